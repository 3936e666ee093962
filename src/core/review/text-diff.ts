/**
 * The text side of review operations: a suggested fix as a change list
 * against the words it would replace, the way a reviewer reads it ("rate →
 * rates") and the way a future merge of revisions will need it.
 */
import { diffWordsWithSpace } from 'diff';
import type { Flag } from '../model/flag.ts';
import type { TextChange } from '../model/review-log.ts';

/**
 * jsdiff's word diff of `before` into `after`, without its token counts
 * (they depend on the tokenizer and are not needed to apply the list).
 * jsdiff splits Chinese into single characters and English into words,
 * which is the granularity a reviewer edits at on either side. Whitespace
 * runs are tokens of their own (`diffWordsWithSpace`): the list must
 * reproduce the new text exactly, line breaks and double spaces included,
 * which `diffWords` (it folds whitespace into neighbouring words and keeps
 * the new text's spacing in unchanged parts) does not promise.
 */
export function textChanges(before: string, after: string): TextChange[] {
  return diffWordsWithSpace(before, after).map(({ value, added, removed }) => ({
    value,
    added,
    removed,
  }));
}

/**
 * The text diff an operation carries: the suggestion of the flag after the
 * operation against its flagged words, when the operation sets or changes
 * either of them. `null` when there is no suggestion or neither changed.
 */
export function suggestionDiff(before: Partial<Flag>, after: Flag): TextChange[] | null {
  if (after.suggestion === null) return null;
  const unchanged =
    before.suggestion === after.suggestion &&
    before.anchor?.quote.exact === after.anchor.quote.exact;
  return unchanged ? null : textChanges(after.anchor.quote.exact, after.suggestion);
}

/**
 * The text a change list turns `before` into; the inverse of
 * `textChanges` (`applyTextChanges(a, textChanges(a, b)) === b`). Throws
 * when the list's kept and removed parts do not spell `before`, i.e. when it
 * was computed against another text.
 */
export function applyTextChanges(before: string, changes: readonly TextChange[]): string {
  let offset = 0;
  let out = '';
  for (const change of changes) {
    if (change.added) {
      out += change.value;
      continue;
    }
    if (!before.startsWith(change.value, offset)) {
      throw new Error(`The change list does not apply: "${change.value}" is not at ${offset}.`);
    }
    offset += change.value.length;
    if (!change.removed) out += change.value;
  }
  if (offset !== before.length) {
    throw new Error(`The change list covers ${offset} of ${before.length} characters.`);
  }
  return out;
}
