/**
 * The review keyboard, as a pure mapping from a key stroke to a command so
 * it is tested without a DOM.
 *
 * Severity keys follow Anthea, Google's MQM annotation tool: with words
 * selected, `M` (Shift+m) flags a Major error and `m` a minor one; `c`/`C`
 * critical and `n` neutral complete the set. The flag editor then opens with
 * the category picker focused on the last category used, so Enter saves:
 * two keystrokes from selection to flag. Undo and redo use the platform
 * keys (Ctrl or ⌘, with Ctrl+Y as Windows' redo).
 */
import type { Severity } from '../../core/model/flag.ts';
import type { KeyStroke } from '../workspace/keys.ts';

/** What a key asks the review layer to do. */
export type FlagCommand =
  /** Flag the selected words with this severity (opens the editor). */
  | { kind: 'flag'; severity: Severity }
  /** Flag the active unit's English as a whole (opens the editor). */
  | { kind: 'whole-unit' }
  /** Move the flag being edited onto the selected words. */
  | { kind: 'edit-span' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /**
   * Extend the keyboard selection in the active unit by a character or a
   * word (Ctrl). `exact` (Alt held) leaves the result unsnapped.
   */
  | { kind: 'extend'; direction: 1 | -1; by: 'character' | 'word'; exact: boolean }
  /** Move the keyboard selection to the unit's other side (English ↔ Chinese). */
  | { kind: 'switch-side' }
  /** Give up moving a flag to other words. */
  | { kind: 'cancel' };

const SEVERITY_KEYS: Readonly<Record<string, Severity>> = {
  M: 'major',
  m: 'minor',
  c: 'critical',
  C: 'critical',
  n: 'neutral',
  N: 'neutral',
};

/** The command for `stroke`, or `null` when the review layer has no use for it. */
export function flagCommandForKey(stroke: KeyStroke): FlagCommand | null {
  const { key, altKey, ctrlKey, metaKey, shiftKey } = stroke;
  const command = ctrlKey || metaKey;
  if (command && !altKey) {
    const lower = key.toLowerCase();
    if (lower === 'z') return { kind: shiftKey ? 'redo' : 'undo' };
    if (lower === 'y' && !shiftKey) return { kind: 'redo' };
  }
  if (shiftKey && !metaKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
    return {
      kind: 'extend',
      direction: key === 'ArrowRight' ? 1 : -1,
      by: ctrlKey ? 'word' : 'character',
      exact: altKey,
    };
  }
  if (command || altKey) return null;
  if (key === 'Escape') return { kind: 'cancel' };
  const severity = SEVERITY_KEYS[key];
  if (severity !== undefined) return { kind: 'flag', severity };
  switch (key) {
    case 'u':
    case 'U':
      return { kind: 'whole-unit' };
    case 'e':
    case 'E':
      return { kind: 'edit-span' };
    case 's':
    case 'S':
      return { kind: 'switch-side' };
    default:
      return null;
  }
}
