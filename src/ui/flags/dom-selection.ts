/**
 * The reviewer's text selection in the workspace, read and written through
 * the DOM Selection API.
 *
 * Mouse and keyboard both end up as a DOM selection inside one text cell,
 * which is the single source of truth: flagging reads it, snapping and
 * keyboard extension write it (so the person always sees exactly the words
 * a flag will get). Cells are found by their test ids, which are part of
 * the workspace's contract, and the unit by the row's `data-unit-index`.
 */
import type { Side, TextRange } from '../../core/model/document.ts';
import { offsetInCell, rangeInCell, rangeOffsets } from './selection-offsets.ts';
import { characterEdge, nextWordEdge, previousWordEdge, snapToWords } from './snap.ts';
import type { SnapLanguage } from './snap.ts';

/** Selector of the two text cells of a row. */
const CELL = '[data-testid="unit-source"], [data-testid="unit-target"]';

/** A selection inside one unit side, in UTF-16 offsets of its text. */
export interface UnitSelection extends TextRange {
  unit: number;
  side: Side;
}

/** The word rules of a side's text. */
export function sideLanguage(side: Side): SnapLanguage {
  return side === 'source' ? 'zh' : 'en';
}

/** The text cell holding `node`, if it is one of `root`'s. */
export function cellOf(root: Element, node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const cell = element?.closest<HTMLElement>(CELL) ?? null;
  return cell && root.contains(cell) ? cell : null;
}

function sideOf(cell: Element): Side {
  return cell.getAttribute('data-testid') === 'unit-source' ? 'source' : 'target';
}

function unitOf(cell: Element): number | null {
  const value = cell.closest('[data-unit-index]')?.getAttribute('data-unit-index');
  return value === null || value === undefined ? null : Number(value);
}

/** The cell of `side` in the row of unit `unit`, if that row is rendered. */
export function findCell(root: Element, unit: number, side: Side): HTMLElement | null {
  const testId = side === 'source' ? 'unit-source' : 'unit-target';
  return root.querySelector<HTMLElement>(`[data-unit-index="${unit}"] [data-testid="${testId}"]`);
}

/**
 * The current selection, if it is a non-empty range starting (or else
 * ending) in a text cell of `root`, cut to that cell. `text(unit, side)`
 * gives the unit's text, which must be what the cell shows: a cell saying
 * why it is empty has no text to flag.
 */
export function readSelection(
  root: Element,
  text: (unit: number, side: Side) => string | null,
): UnitSelection | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const cell = cellOf(root, range.startContainer) ?? cellOf(root, range.endContainer);
  if (!cell) return null;
  const unit = unitOf(cell);
  const side = sideOf(cell);
  if (unit === null || text(unit, side) !== cell.textContent) return null;
  const { start, end } = rangeOffsets(cell, range);
  return end > start ? { unit, side, start, end } : null;
}

/** `selection` widened to whole words of `unitText`, or `null` if only spaces were selected. */
export function snapSelection(selection: UnitSelection, unitText: string): UnitSelection | null {
  const snapped = snapToWords(
    unitText,
    selection.start,
    selection.end,
    sideLanguage(selection.side),
  );
  return snapped && { ...selection, ...snapped };
}

/** Select `[start, end)` of `cell`'s text, replacing the current selection. */
export function selectInCell(cell: Element, start: number, end: number): void {
  const selection = cell.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(rangeInCell(cell, start, end));
}

/**
 * Move the focus end of the selection in `cell` by a character or a word
 * (Shift+arrows), keeping its anchor. A selection elsewhere starts afresh
 * at the cell's start. Returns the new `[anchor, focus]` offsets.
 */
export function extendInCell(
  cell: Element,
  direction: 1 | -1,
  by: 'character' | 'word',
  lang: SnapLanguage,
): [number, number] {
  const text = cell.textContent ?? '';
  const selection = cell.ownerDocument.getSelection();
  let anchor = 0;
  let focus = 0;
  if (selection?.anchorNode && selection.focusNode && cell.contains(selection.anchorNode)) {
    anchor = offsetInCell(cell, { node: selection.anchorNode, offset: selection.anchorOffset });
    focus = offsetInCell(cell, { node: selection.focusNode, offset: selection.focusOffset });
  }
  const next =
    by === 'character'
      ? characterEdge(text, focus, direction)
      : direction === 1
        ? nextWordEdge(text, focus, lang)
        : previousWordEdge(text, focus, lang);
  if (selection) {
    const from = rangeInCell(cell, anchor, anchor);
    const to = rangeInCell(cell, next, next);
    selection.setBaseAndExtent(
      from.startContainer,
      from.startOffset,
      to.startContainer,
      to.startOffset,
    );
  }
  return [anchor, next];
}

/** Put a collapsed selection (a caret) at the start of `cell`, ready for Shift+arrows. */
export function caretAtStart(cell: Element): void {
  const selection = cell.ownerDocument.getSelection();
  const range = rangeInCell(cell, 0, 0);
  selection?.collapse(range.startContainer, range.startOffset);
}
