/**
 * Enter opens the active unit's editor. Listened for on the document, like
 * the workspace's other keys, and under the same rules: only when focus is
 * in the grid or nowhere in particular, never in a field, a button or a
 * dialog, and never when someone handled the key first (Enter on a flag
 * highlight edits that flag).
 */
import { useEffect, useEffectEvent } from 'react';
import { isEditableTarget } from '../workspace/keys.ts';

function inGridOrBody(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  const doc = target.ownerDocument;
  return (
    target === doc.body ||
    target === doc.documentElement ||
    target.closest('[role="grid"]') !== null
  );
}

/** Call `onEdit` for a plain Enter that nothing else claimed. */
export function useEditKey(onEdit: () => boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    if (isEditableTarget(event.target as Partial<HTMLElement> | null)) return;
    if (!inGridOrBody(event.target) || document.querySelector('[aria-modal="true"]')) return;
    if (onEdit()) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
