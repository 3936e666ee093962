/**
 * What another feature may lay over the workspace's rows without the
 * workspace knowing about it: the units' current English (revisions) in
 * place of the MT, a status per unit, and other content in one unit's
 * English cell (the unit editor, tracked changes).
 *
 * A context rather than props of `WorkspaceView` so the components between
 * the app shell and the grid (the review workspace) need not pass it on;
 * the grid reads it once per render and hands each row primitives, so the
 * rows' memo still holds for every row the overlay does not touch.
 */
import { createContext } from 'react';
import type { ReactNode } from 'react';
import type { FindingMark } from '../flags/highlights.ts';

/** The overlay a provider gives the grid. */
export interface UnitOverlay {
  /** Each unit's current English, shown (and flags placed) instead of its MT. */
  texts: readonly string[];
  /**
   * The version each of `texts` is (`"mt"` or `"rev:<id>"`): a flag made on
   * the shown text is anchored against that version.
   */
  versions: readonly string[];
  /** Each unit's status id (`core/model/revision.ts` `UnitStatus`), shown as a badge. */
  statuses: readonly string[];
  /**
   * Content replacing the text of unit `unit`'s English cell (the editor,
   * or tracked changes), or `null` for the plain text. Called for rendered
   * rows only.
   */
  targetContent: (unit: number) => ReactNode | null;
  /** The person double-clicked unit `unit`'s English. */
  onEditRequest: (unit: number) => void;
  /**
   * Marks to draw in unit `unit`'s Chinese cell (findings of the automatic
   * checks about the source), the same array while they are unchanged so
   * the row's memo holds; none when absent. Called for rendered rows only.
   */
  sourceFindings?: (unit: number) => readonly FindingMark[] | undefined;
}

/** The overlay in effect; `null` shows the document as it is. */
export const UnitOverlayContext = createContext<UnitOverlay | null>(null);
