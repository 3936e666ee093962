/**
 * The editorial keys, as a pure mapping from a key stroke to a command.
 * Alt with a letter, matched on the physical key (`code`) since Alt+letter
 * types another character on some layouts (macOS): the plain letters belong
 * to flagging (`flags/keymap.ts`), and Alt+letter is free there.
 *
 * - Alt+C: the translator confirms the active unit.
 * - Alt+R: the reviewer marks it reviewed.
 * - Alt+A: the editor approves its pending revision, or the unit as it stands.
 * - Alt+N / Alt+P: next / previous unit with the filtered status.
 */
import type { KeyStroke } from '../workspace/keys.ts';

/** What an editorial key asks for. */
export type EditorialCommand = 'confirm' | 'review' | 'approve' | 'next' | 'previous';

const BY_CODE: Readonly<Record<string, EditorialCommand>> = {
  KeyC: 'confirm',
  KeyR: 'review',
  KeyA: 'approve',
  KeyN: 'next',
  KeyP: 'previous',
};

/** The command for `stroke` with its physical `code`, or `null`. */
export function editorialCommandForKey(
  stroke: KeyStroke & { code: string },
): EditorialCommand | null {
  if (!stroke.altKey || stroke.ctrlKey || stroke.metaKey || stroke.shiftKey) return null;
  return BY_CODE[stroke.code] ?? null;
}
