/**
 * Pointing at a finding in the grid: once its row is rendered, its span is
 * painted with the CSS Custom Highlight API (`::highlight(dz-finding-active)`)
 * on whichever side it has one, Chinese included, without adding elements
 * to the cells (their DOM must stay text nodes and marks). Browsers without
 * the API still scroll to the unit.
 */
import { rangeInCell } from '../flags/selection-offsets.ts';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';

/** The name of the highlight in `checks.css`. */
export const ACTIVE_HIGHLIGHT = 'dz-finding-active';

/** Frames to wait for the row to render. */
const ATTEMPTS = 60;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights ?? null;
}

/** The ranges of `finding`'s spans in the cells under `root`, `null` until its row is rendered. */
function rangesOf(root: Element, finding: CheckedFinding): Range[] | null {
  const row = root.querySelector(`[data-unit-index="${finding.unit}"]`);
  if (!row) return null;
  const ranges: Range[] = [];
  for (const side of ['source', 'target'] as const) {
    const span = finding[side];
    const cell = row.querySelector(`[data-testid="unit-${side}"]`);
    if (!span || !cell || span.end > (cell.textContent ?? '').length) continue;
    ranges.push(rangeInCell(cell, span.start, Math.max(span.end, span.start)));
  }
  return ranges;
}

/**
 * Paint `finding`'s spans under `root` once its row is rendered (the caller
 * has made its unit the active one), replacing the previous finding's.
 */
export function paintFinding(root: Element, finding: CheckedFinding): void {
  const highlights = registry();
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  let attempts = 0;
  const attempt = () => {
    const ranges = rangesOf(root, finding);
    if (ranges === null) {
      if (++attempts < ATTEMPTS) requestAnimationFrame(attempt);
      return;
    }
    const first = ranges[0];
    if (first) (first.startContainer.parentElement ?? null)?.scrollIntoView?.({ block: 'nearest' });
    if (highlights && Highlight) highlights.set(ACTIVE_HIGHLIGHT, new Highlight(...ranges));
  };
  requestAnimationFrame(attempt);
}

/** Remove the painted finding. */
export function clearPaintedFinding(): void {
  registry()?.delete(ACTIVE_HIGHLIGHT);
}
