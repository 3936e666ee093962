/**
 * Corrections and editorial review: revisions of the English as word
 * diffs, the text they produce, unit statuses, decisions and sign-off.
 * All commands return review operations (`model/review-log.ts`) for the
 * caller to append; nothing here keeps state.
 *
 * - `chain.ts`: each revision's text and each unit's head (rejection policy).
 * - `texts.ts`: every unit's current or approved text.
 * - `save.ts`, `history.ts`: saving, history, restoring a version.
 * - `decide.ts`, `approve-all.ts`: editorial decisions.
 * - `status.ts`, `signoff.ts`: unit statuses, sign-off and reopening.
 * - `touched.ts`: flags a revision touches.
 */
export { approveAll } from './approve-all.ts';
export {
  revisionsByUnit,
  unitChain,
  type TextMode,
  type UnitChain,
  type UnitText,
} from './chain.ts';
export { flagDecided, makeDecision, revisionDecided, type DecisionInput } from './decide.ts';
export {
  restoreVersion,
  unitHistory,
  type UnitHistory,
  type UnitVersion,
  type VersionState,
} from './history.ts';
export { revisionChanges, revisionSaved } from './save.ts';
export {
  canEdit,
  canSignOff,
  reopened,
  signedOff,
  signoffHistory,
  unapprovedUnits,
  type SignoffEvent,
} from './signoff.ts';
export { deriveUnitStatus, unitMarked, unitStatuses } from './status.ts';
export { mtText, sourceText, unitTexts, unitVersions, type UnitTextOptions } from './texts.ts';
export { touchedFlags } from './touched.ts';
