/**
 * Corrections on top of the reviewing workspace: the units' current
 * English in the grid (flags placed against it), the unit editor in the
 * active row, tracked changes, statuses, the active unit's toolbar with
 * marks, decisions and history, the status filter with approve-all,
 * sign-off, and the "resolved by revision N" offer.
 *
 * It wraps the review workspace and reaches the grid through
 * `UnitOverlayContext`, so neither the flags UI nor the grid depends on
 * revisions. Everything is derived from the review store's state; the MT in
 * the document is never touched.
 */
import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Project } from '../../core/model/project.ts';
import type { Revision } from '../../core/model/revision.ts';
import { revisionIdOf } from '../../core/model/revision.ts';
import {
  canEdit,
  mtText,
  signoffHistory,
  touchedFlags,
  unitHistory,
} from '../../core/revision/index.ts';
import { useReview, useReviewStore } from '../flags/review-context.tsx';
import { UnitOverlayContext } from '../workspace/unit-overlay.ts';
import type { UnitOverlay } from '../workspace/unit-overlay.ts';
import { useStableCallback } from '../workspace/useStableCallback.ts';
import { oneLine } from './editor-text.ts';
import { SignoffBar } from './SignoffBar.tsx';
import type { UnitStatusFilter } from './status-filter.ts';
import { StatusNavigator } from './StatusNavigator.tsx';
import { TouchedPrompt } from './TouchedPrompt.tsx';
import { TrackedText } from './TrackedText.tsx';
import { UnitBar } from './UnitBar.tsx';
import { UnitEditor } from './UnitEditor.tsx';
import { canMark, editorialCommands, ownMark } from './editorial-commands.ts';
import { useEditKey } from './useEditKey.ts';
import { useEditorialKeys } from './useEditorialKeys.ts';
import { useRole } from './useRole.ts';
import { useUnitRevisions } from './useUnitRevisions.ts';
import './revisions.css';

/** Props of `RevisionsLayer`. */
export interface RevisionsLayerProps {
  project: Project;
  onActiveUnitChange: (index: number) => void;
  /** Show revised units as tracked changes against the MT. */
  tracked: boolean;
  /** The review workspace. */
  children: ReactNode;
}

/** A save's offer to resolve the flags it touched. */
interface Offer {
  unit: number;
  number: number;
  flagIds: string[];
}

/** The revisions layer (see the module comment). */
export function RevisionsLayer({
  project,
  onActiveUnitChange,
  tracked,
  children,
}: RevisionsLayerProps) {
  const { document } = project;
  const store = useReviewStore();
  const review = useReview((s) => s.review);
  const ops = useReview((s) => s.ops);
  const role = useRole();
  const derived = useUnitRevisions(document, review);
  const rootRef = useRef<HTMLDivElement>(null);
  const count = document.alignment.units.length;
  const active = Math.max(0, Math.min(project.view.activeUnit, count - 1));
  const frozen = !canEdit(review);
  const hasEnglish = (unit: number) => document.alignment.units[unit]?.target != null;

  const [editing, setEditing] = useState<number | null>(null);
  const [offer, setOffer] = useState<Offer | null>(null);
  const [filter, setFilter] = useState<UnitStatusFilter>('all');
  // Someone tried to edit the signed-off text: the bar says why.
  const [blocked, setBlocked] = useState(false);
  if (blocked && !frozen) setBlocked(false);
  // Only the active unit holds an editor: moving away abandons the edit
  // (adjusted during render, so the stale editor never paints).
  if (editing !== null && editing !== active) setEditing(null);

  const focusGrid = () =>
    requestAnimationFrame(() =>
      rootRef.current?.querySelector<HTMLElement>('[data-testid="workspace-scroll"]')?.focus(),
    );

  const startEdit = useStableCallback((unit: number) => {
    if (!hasEnglish(unit)) return;
    if (unit !== active) onActiveUnitChange(unit);
    if (frozen) setBlocked(true);
    else setEditing(unit);
  });
  useEditKey(() => {
    if (editing !== null || !hasEnglish(active)) return false;
    startEdit(active);
    return true;
  });

  const save = (unit: number, text: string) => {
    const current = derived.versions[unit];
    if (!current) return;
    const revision = store.getState().saveRevision(unit, current, oneLine(text));
    setEditing(null);
    if (revision) {
      const flags = store.getState().review.flags.values();
      const touched = touchedFlags(revision, flags, current.text);
      const number = [...store.getState().review.revisions.values()].filter(
        (r) => r.unit === unit,
      ).length;
      setOffer(touched.length ? { unit, number, flagIds: touched.map((f) => f.id) } : null);
    }
    if (unit + 1 < count) onActiveUnitChange(unit + 1);
    focusGrid();
  };

  const saveEdit = useStableCallback(save);
  const cancelEdit = useStableCallback(() => {
    setEditing(null);
    focusGrid();
  });
  const editingVersion = editing === null ? undefined : derived.versions[editing];
  // One element for the life of an edit: when the grid re-renders while the
  // person types (another layer's overlay changed), the row's memo holds and
  // the editor is not re-rendered at all.
  const editor = useMemo(
    () =>
      editing === null || !editingVersion ? null : (
        <UnitEditor
          key={`${editing}:${editingVersion.version}`}
          unit={editing}
          text={editingVersion.text}
          onSave={(text) => saveEdit(editing, text)}
          onCancel={cancelEdit}
        />
      ),
    [editing, editingVersion, saveEdit, cancelEdit],
  );

  const targetContent = (unit: number): ReactNode | null => {
    const version = derived.versions[unit];
    if (!version) return null;
    if (unit === editing) return editor;
    const revisions = derived.byUnit.get(unit);
    if (!tracked || version.version === 'mt' || !revisions) return null;
    return (
      <TrackedText mt={mtText(document, unit)} version={version.version} revisions={revisions} />
    );
  };

  const overlay: UnitOverlay = {
    texts: derived.texts,
    versions: derived.versionIds,
    statuses: derived.statuses,
    targetContent,
    onEditRequest: startEdit,
  };

  const head = derived.versions[active]?.version ?? 'mt';
  const headId = revisionIdOf(head);
  const headRevision = headId === null ? undefined : review.revisions.get(headId);
  const pending: Revision | null = headRevision?.status === 'pending' ? headRevision : null;
  const history = useMemo(
    () => () => unitHistory(document, review, active),
    [document, review, active],
  );
  const events = useMemo(() => signoffHistory(ops), [ops]);
  const status = derived.statuses[active] ?? 'untouched';
  const commands = editorialCommands({
    document,
    store,
    role,
    frozen,
    active,
    statuses: derived.statuses,
    head,
    pending,
    filter,
    onActiveUnitChange,
  });
  useEditorialKeys((command) => editing === null && commands.run(command));
  const mark = ownMark(role);

  return (
    <div ref={rootRef} className="dz-revisions">
      <UnitBar
        unit={active}
        status={status}
        role={role}
        pending={pending}
        approved={derived.approved}
        total={count}
        editable={hasEnglish(active) && editing === null}
        mark={mark && !frozen && canMark(mark, status) ? mark : null}
        decidable={!frozen}
        onMark={commands.mark}
        history={history}
        onEdit={() => startEdit(active)}
        onDecideRevision={(revision, input) => store.getState().decideRevision(revision.id, input)}
        onDecideUnit={(input) =>
          store.getState().markUnit(active, input.verdict, head, {
            reason: input.reason ?? null,
            note: input.note ?? '',
          })
        }
        onRestore={(text, version) => {
          const current = derived.versions[active];
          if (current) store.getState().saveRevision(active, current, text, `Restored ${version}.`);
        }}
      >
        <StatusNavigator
          filter={filter}
          onFilterChange={setFilter}
          shown={commands.shown.length}
          onJump={commands.jump}
          onApproveAll={commands.approveAll}
          toApprove={commands.toApprove}
        />
        <SignoffBar
          signoff={review.signoff}
          editor={role === 'editor'}
          unapproved={count - derived.approved}
          events={events}
          blocked={blocked}
          onSignOff={() => store.getState().signOff(document)}
          onReopen={(note) => store.getState().reopen(note)}
        />
      </UnitBar>
      {offer && (
        <TouchedPrompt
          count={offer.flagIds.length}
          number={offer.number}
          onResolve={() => {
            for (const id of offer.flagIds) store.getState().changeFlag(id, { status: 'resolved' });
            setOffer(null);
          }}
          onDismiss={() => setOffer(null)}
        />
      )}
      <UnitOverlayContext.Provider value={overlay}>{children}</UnitOverlayContext.Provider>
    </div>
  );
}
