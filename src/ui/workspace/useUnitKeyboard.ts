/**
 * Keyboard navigation for the workspace, listened for on the document.
 *
 * The listener sits on the document rather than the grid so that j/k work
 * straight after the page loads, before anything has focus. To stay out of
 * the way of the rest of the app it only acts when focus is inside the grid
 * or nowhere in particular (the body), never inside a form field, a dialog
 * or another widget, and never on an event someone already handled.
 */
import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';
import { applyMove, isEditableTarget, moveForKey } from './keys.ts';

/** What the keyboard hook needs to know at the moment a key is pressed. */
export interface UnitKeyboardOptions {
  /** The grid; keys count when focus is inside it. */
  containerRef: RefObject<HTMLElement | null>;
  /** Number of units. */
  count: number;
  /** The active unit index. */
  current: number;
  /** Rows per page, asked for only when PageUp/PageDown is pressed. */
  pageSize: () => number;
  /** Called with the new active unit index. */
  onMove: (index: number) => void;
}

function ownsKeys(container: HTMLElement, target: EventTarget | null): boolean {
  if (!(target instanceof Node)) return true;
  const doc = container.ownerDocument;
  return (
    container.contains(target) ||
    target === doc.body ||
    target === doc.documentElement ||
    target === doc
  );
}

/** Move the active unit with ↑/↓, j/k, Home/End and PageUp/PageDown. */
export function useUnitKeyboard(options: UnitKeyboardOptions): void {
  // An effect event reads the latest count and position without
  // re-attaching the listener on every render (the grid re-renders on every
  // scroll frame).
  const onKeyDown = useEffectEvent((event: KeyboardEvent, container: HTMLElement) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (
      isEditableTarget(event.target as Partial<HTMLElement> | null) ||
      !ownsKeys(container, event.target)
    )
      return;
    const move = moveForKey(event);
    if (move === null) return;
    const { count, current, pageSize, onMove } = options;
    const next = applyMove(move, current, count, move.kind === 'page' ? pageSize() : 1);
    if (next === null) return;
    // Arrow keys and PageUp/Down would also scroll the container natively,
    // fighting the scroll-into-view of the new active row.
    event.preventDefault();
    if (next !== current) onMove(next);
  });

  const { containerRef } = options;
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const doc = container.ownerDocument;
    const listener = (event: KeyboardEvent) => onKeyDown(event, container);
    doc.addEventListener('keydown', listener);
    return () => doc.removeEventListener('keydown', listener);
  }, [containerRef]);
}
