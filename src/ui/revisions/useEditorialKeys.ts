/**
 * Listens for the editorial keys (`editorial-keys.ts`) on the document,
 * under the workspace's rules: never while typing in a field or the unit
 * editor, never with a dialog open, never for a key someone handled first.
 */
import { useEffect, useEffectEvent } from 'react';
import { isEditableTarget } from '../workspace/keys.ts';
import { editorialCommandForKey, type EditorialCommand } from './editorial-keys.ts';

/** Call `onCommand` for each editorial key; it returns whether it acted. */
export function useEditorialKeys(onCommand: (command: EditorialCommand) => boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const command = editorialCommandForKey(event);
    if (command === null) return;
    if (isEditableTarget(event.target as Partial<HTMLElement> | null)) return;
    if (document.querySelector('[aria-modal="true"]')) return;
    if (onCommand(command)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
