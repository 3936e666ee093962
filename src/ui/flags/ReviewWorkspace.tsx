/**
 * The workspace with the review on top: highlights in the cells, the review
 * keys, the flag editor, the highlight card, the flags panel and the
 * "moving a flag" bar. It also hosts the side panels that act on the same
 * rows and root element: the checks (findings drawn by `FindingsLayer`) and
 * the glossary. The project's view (active unit) stays with the projects
 * store; everything about flags goes through the review store.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../core/model/flag.ts';
import type { Project } from '../../core/model/project.ts';
import type { ShowNotice } from '../app/notice.ts';
import { ChecksPanel } from '../checks/ChecksPanel.tsx';
import { FindingsLayer } from '../checks/FindingsLayer.tsx';
import { useChecksSession } from '../checks/useChecksSession.ts';
import { GlossaryHost } from '../glossary/GlossaryHost.tsx';
import { WorkspaceView } from '../workspace/WorkspaceView.tsx';
import { FlagCard } from './FlagCard.tsx';
import { FlagEditor } from './FlagEditor.tsx';
import type { FlagFormValues } from './FlagEditor.tsx';
import { FlagsPanel } from './FlagsPanel.tsx';
import { useReview, useReviewStore } from './review-context.tsx';
import { useCategoryOptions } from './useCategoryOptions.ts';
import { useFlagKeyboard } from './useFlagKeyboard.ts';
import { highlightIds, highlightOf, useHighlightCard } from './useHighlightCard.ts';
import { useReviewCommands } from './useReviewCommands.ts';
import './flags.css';
import './flag-forms.css';

/** Props of `ReviewWorkspace`. */
export interface ReviewWorkspaceProps {
  project: Project;
  onActiveUnitChange: (index: number) => void;
  /** The flags panel is open (toggled from the header's flag counts). */
  flagsOpen: boolean;
  onCloseFlags: () => void;
  onNotice: ShowNotice;
  /** The checks panel is open (toggled from the header). The glossary panel keeps its own state. */
  checksOpen: boolean;
  onCloseChecks: () => void;
}

/** Frames to wait for a row to render before giving up focusing its highlight. */
const FOCUS_ATTEMPTS = 60;

/** The reviewing workspace (see the module comment). */
export function ReviewWorkspace({
  project,
  onActiveUnitChange,
  flagsOpen,
  onCloseFlags,
  onNotice,
  checksOpen,
  onCloseChecks,
}: ReviewWorkspaceProps) {
  const { t } = useTranslation('flags');
  const store = useReviewStore();
  const byUnit = useReview((s) => s.byUnit);
  const flags = useReview((s) => s.review.flags);
  const options = useCategoryOptions();
  const rootRef = useRef<HTMLDivElement>(null);
  const { document } = project;
  const commands = useReviewCommands({
    rootRef,
    document,
    activeUnit: project.view.activeUnit,
    store,
    options,
  });
  const { editor, setEditor, respan, setRespan } = commands;
  const card = useHighlightCard(rootRef);
  useFlagKeyboard(commands.run);
  const checks = useChecksSession(project);

  const edit = (flag: Flag) => {
    card.hide();
    setEditor({ mode: 'edit', flag });
  };

  /** Scroll the workspace to `flag` and focus its highlight once its row is rendered. */
  const show = (flag: Flag) => {
    onActiveUnitChange(flag.anchor.unit);
    let attempts = 0;
    const tryFocus = () => {
      // Flag ids are restricted to [A-Za-z0-9._:-] (review-schema), so a
      // JSON string is a valid CSS attribute value for them.
      const mark = rootRef.current?.querySelector<HTMLElement>(
        `[data-unit-index="${flag.anchor.unit}"] [data-flag-ids~=${JSON.stringify(flag.id)}]`,
      );
      if (mark) {
        mark.scrollIntoView?.({ block: 'nearest' });
        mark.focus();
      } else if (++attempts < FOCUS_ATTEMPTS) {
        requestAnimationFrame(tryFocus);
      }
    };
    requestAnimationFrame(tryFocus);
  };

  const save = (values: FlagFormValues) => {
    if (!editor) return;
    const state = store.getState();
    if (editor.mode === 'new') {
      const { status: _status, ...rest } = values;
      state.addFlag({ anchor: editor.anchor, ...rest });
    } else {
      state.changeFlag(editor.flag.id, values);
    }
    setEditor(null);
  };

  const cardFlags = (card.card?.ids ?? []).flatMap((id) => flags.get(id) ?? []);

  return (
    <div
      ref={rootRef}
      className="dz-review"
      {...card.handlers}
      onMouseUp={(event) => commands.endGesture(event.altKey)}
      onKeyDown={(event) => {
        // Enter on a focused highlight edits its worst flag.
        const mark = event.key === 'Enter' ? highlightOf(event.target) : null;
        const flag = mark && flags.get(highlightIds(mark)[0] ?? '');
        if (flag) {
          event.preventDefault();
          edit(flag);
        }
      }}
    >
      <div className="dz-review-main">
        {respan !== null && (
          <div className="dz-respan-bar" role="status" data-testid="respan-bar">
            {t('respan.prompt')}{' '}
            <button type="button" onClick={() => setRespan(null)}>
              {t('respan.cancel')}
            </button>
          </div>
        )}
        <div className="workspace-host">
          <FindingsLayer store={checks} document={document} flags={byUnit}>
            <WorkspaceView
              document={document}
              activeUnit={project.view.activeUnit}
              onActiveUnitChange={onActiveUnitChange}
              flags={byUnit}
            />
          </FindingsLayer>
        </div>
      </div>
      {flagsOpen && (
        <FlagsPanel
          document={document}
          projectName={project.name}
          onShow={show}
          onEdit={edit}
          onClose={onCloseFlags}
          onNotice={onNotice}
        />
      )}
      <GlossaryHost project={project} rootRef={rootRef} />
      {checksOpen && (
        <ChecksPanel
          store={checks}
          project={project}
          rootRef={rootRef}
          onActiveUnitChange={onActiveUnitChange}
          onAccepted={edit}
          onClose={onCloseChecks}
        />
      )}
      {editor && (
        <FlagEditor
          target={editor}
          options={options}
          onSave={save}
          onClose={() => setEditor(null)}
          onDelete={
            editor.mode === 'edit'
              ? () => {
                  store.getState().deleteFlag(editor.flag.id);
                  setEditor(null);
                }
              : undefined
          }
          onRespan={
            editor.mode === 'edit'
              ? () => {
                  setRespan(editor.flag.id);
                  setEditor(null);
                }
              : undefined
          }
        />
      )}
      {card.card && cardFlags.length > 0 && (
        <FlagCard
          flags={cardFlags}
          placement={card.card.placement}
          options={options}
          onEdit={edit}
          onHover={card.hoverCard}
        />
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="review-announcement">
        {commands.announcement ? t(`announce.${commands.announcement}`) : ''}
      </p>
    </div>
  );
}
