/**
 * Keyboard navigation between units, as pure functions of the key and the
 * current position so that the mapping can be tested without a DOM.
 *
 * Vim-style j/k sit next to the arrows because reviewers read with one hand
 * on the keyboard and the other on the mouse; Home/End and PageUp/PageDown
 * follow the ARIA grid conventions.
 */

/** A navigation request, independent of the key that asked for it. */
export type UnitMove =
  | { kind: 'step'; delta: 1 | -1 }
  | { kind: 'page'; delta: 1 | -1 }
  | { kind: 'first' }
  | { kind: 'last' };

/** The parts of a keyboard event that decide the move. */
export interface KeyStroke {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The move a key stroke asks for, or `null` when it is not a navigation key.
 * Modified strokes are left to the browser and the app (Alt+← is "back",
 * Ctrl+K may be a command palette), except Ctrl+Home/End, which mean
 * first/last row in a grid.
 */
export function moveForKey(stroke: KeyStroke): UnitMove | null {
  const { key } = stroke;
  if (stroke.altKey || stroke.metaKey) return null;
  if (stroke.ctrlKey) {
    if (key === 'Home') return { kind: 'first' };
    if (key === 'End') return { kind: 'last' };
    return null;
  }
  if (stroke.shiftKey) return null;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'step', delta: 1 };
    case 'ArrowUp':
    case 'k':
      return { kind: 'step', delta: -1 };
    case 'PageDown':
      return { kind: 'page', delta: 1 };
    case 'PageUp':
      return { kind: 'page', delta: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    default:
      return null;
  }
}

/**
 * The unit index a move leads to from `current` among `count` units, moving
 * `pageSize` units per page. Always within `[0, count)`; `null` when there
 * are no units. An out-of-range `current` (a stale index after the document
 * shrank) is clamped first, so a step from it lands next to the last unit.
 */
export function applyMove(
  move: UnitMove,
  current: number,
  count: number,
  pageSize: number,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.max(0, Math.min(current, last));
  let to: number;
  switch (move.kind) {
    case 'first':
      to = 0;
      break;
    case 'last':
      to = last;
      break;
    case 'step':
      to = from + move.delta;
      break;
    case 'page':
      to = from + move.delta * Math.max(1, Math.floor(pageSize));
      break;
  }
  return Math.max(0, Math.min(to, last));
}

/**
 * How many rows a page holds: the rows lying wholly inside the viewport
 * `[viewStart, viewEnd)`, at least one so PageDown always moves.
 */
export function rowsPerPage(
  rows: readonly { start: number; end: number }[],
  viewStart: number,
  viewEnd: number,
): number {
  let visible = 0;
  for (const row of rows) if (row.start >= viewStart && row.end <= viewEnd) visible++;
  return Math.max(1, visible);
}

/** The parts of an event target that tell whether it takes typed text. */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

const EDITABLE_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Whether keys typed at `target` belong to it rather than to the workspace:
 * form fields and contenteditable regions. `closest` covers the children of
 * a contenteditable host and engines (jsdom) without `isContentEditable`.
 */
export function isEditableTarget(target: TargetLike | null): boolean {
  if (target === null) return false;
  if (target.tagName !== undefined && EDITABLE_TAGS.has(target.tagName.toUpperCase())) return true;
  if (target.isContentEditable === true) return true;
  const host = target.closest?.('[contenteditable]:not([contenteditable="false"])');
  return host !== null && host !== undefined;
}
