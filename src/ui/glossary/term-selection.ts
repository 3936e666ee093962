/**
 * The words picked for a new term: the last selection made in a source
 * cell (the Chinese) and in a target cell (the English). A page holds one
 * DOM selection at a time, so the Chinese is remembered while the reviewer
 * goes on to select the English; "Add term" then reads both.
 */
import type { NewTerm } from '../../core/glossary/project.ts';

/** A selection remembered from one cell. */
interface Picked {
  unit: number;
  text: string;
}

/** The last selections, by side. */
export interface TermSelection {
  source: Picked | null;
  target: Picked | null;
}

const CELL = '[data-testid="unit-source"], [data-testid="unit-target"]';

/**
 * Records the document's current selection into `picked` when it is a
 * non-empty selection inside one text cell of `root`. Selecting Chinese in
 * another unit forgets English picked in the previous one, which belongs to
 * another term.
 */
export function recordSelection(root: Element, picked: TermSelection): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const node = selection.anchorNode;
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const cell = element?.closest(CELL);
  if (!cell || !root.contains(cell)) return;
  const focus = selection.focusNode;
  const focusElement = focus instanceof Element ? focus : (focus?.parentElement ?? null);
  if (focusElement?.closest(CELL) !== cell) return;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  const unit = Number(cell.closest('[data-unit-index]')?.getAttribute('data-unit-index'));
  if (!text || !Number.isInteger(unit)) return;
  if (cell.getAttribute('data-testid') === 'unit-source') {
    if (picked.target && picked.target.unit !== unit) picked.target = null;
    picked.source = { unit, text };
  } else {
    picked.target = { unit, text };
  }
}

/** The term the form opens with: the picked Chinese, and the English when picked in the same unit. */
export function draftOf(picked: TermSelection): NewTerm {
  const { source, target } = picked;
  const sameUnit = !source || !target || source.unit === target.unit;
  return {
    zh: source?.text ?? '',
    en: sameUnit ? (target?.text ?? '') : '',
    note: '',
    forbidden: '',
  };
}
