/**
 * The editorial actions on the active unit and on the filtered units, as
 * the toolbar buttons and the Alt keys share them: confirm (translator),
 * mark reviewed (reviewer), approve (editor), jump to the next unit with
 * the filtered status, approve-all, sign-off and reopening. Each action
 * checks the role, so a key does nothing a button would not offer.
 */
import type { Role } from '../../core/model/flag.ts';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { Revision, UnitMarkStatus, UnitStatus } from '../../core/model/revision.ts';
import type { DecisionInput } from '../../core/revision/index.ts';
import type { ReviewStore } from '../../store/review.ts';
import type { EditorialCommand } from './editorial-keys.ts';
import { filteredUnits, jumpTarget, type UnitStatusFilter } from './status-filter.ts';

/** The person's own mark: what their role sets on a unit, if anything. */
export function ownMark(role: Role): UnitMarkStatus | null {
  if (role === 'translator') return 'confirmed';
  if (role === 'reviewer') return 'reviewed';
  return null;
}

/**
 * Whether `mark` may be set on a unit whose status is `status`: not when it
 * already has it, and never over an approval (a confirmation must not undo
 * the editor's ruling).
 */
export function canMark(mark: UnitMarkStatus, status: UnitStatus): boolean {
  return status !== mark && status !== 'approved';
}

/** What the commands work on. */
export interface EditorialInput {
  document: BilingualDocument;
  store: ReviewStore;
  role: Role;
  /** Whether the document is signed off (nothing changes then). */
  frozen: boolean;
  active: number;
  statuses: readonly UnitStatus[];
  /** The active unit's current version. */
  head: string;
  /** The active unit's pending revision, if its current text is one. */
  pending: Revision | null;
  filter: UnitStatusFilter;
  onActiveUnitChange: (unit: number) => void;
}

/** The editorial commands over `input`. */
export function editorialCommands(input: EditorialInput) {
  const { document, store, role, frozen, active, statuses, head, pending, filter } = input;
  const status = statuses[active] ?? 'untouched';
  const shown = filteredUnits(statuses, filter);
  const editor = role === 'editor' && !frozen;

  const mark = (): boolean => {
    const own = ownMark(role);
    if (frozen || own === null || !canMark(own, status)) return false;
    store.getState().markUnit(active, own, head);
    return true;
  };

  const approve = (decision: Omit<DecisionInput, 'verdict'> = {}): boolean => {
    if (!editor) return false;
    if (pending) store.getState().decideRevision(pending.id, { ...decision, verdict: 'approved' });
    else if (status !== 'approved') store.getState().markUnit(active, 'approved', head, decision);
    else return false;
    return true;
  };

  const jump = (direction: 1 | -1): boolean => {
    const target = jumpTarget(statuses, filter, active, direction);
    if (target === null) return false;
    input.onActiveUnitChange(target);
    return true;
  };

  return {
    shown,
    toApprove: shown.filter((unit) => statuses[unit] !== 'approved').length,
    mark,
    approve,
    jump,
    approveAll: editor ? () => store.getState().approveAll(document, shown) : undefined,
    /** Runs an editorial key's command; whether it did anything. */
    run(command: EditorialCommand): boolean {
      switch (command) {
        case 'confirm':
          return role === 'translator' && mark();
        case 'review':
          return role === 'reviewer' && mark();
        case 'approve':
          return approve();
        case 'next':
          return jump(1);
        case 'previous':
          return jump(-1);
      }
    },
  };
}
