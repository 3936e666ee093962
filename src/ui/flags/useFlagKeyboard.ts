/**
 * The review keys (see `keymap.ts`), listened for on the document like the
 * workspace's navigation keys so they work wherever focus rests in the
 * page. They never fire while the person types (a form field or
 * contenteditable) or while a modal dialog is open (its own keys win), and
 * a key counts as used only when the handler says it did something, so an
 * `m` without a selection stays an ordinary key.
 */
import { useEffect, useEffectEvent } from 'react';
import { isEditableTarget } from '../workspace/keys.ts';
import { flagCommandForKey } from './keymap.ts';
import type { FlagCommand } from './keymap.ts';

/** Whether `target` is inside an open modal dialog. */
function inModal(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-modal="true"]') !== null;
}

/**
 * Call `onCommand` for each review key. It returns whether it acted; the
 * key's default action is prevented only then.
 */
export function useFlagKeyboard(onCommand: (command: FlagCommand) => boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (isEditableTarget(event.target as Partial<HTMLElement> | null)) return;
    if (inModal(event.target) || document.querySelector('[aria-modal="true"]')) return;
    const command = flagCommandForKey(event);
    if (command !== null && onCommand(command)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
