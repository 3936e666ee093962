/**
 * Capitalization, three ways:
 *
 * - a sentence that starts in lower case;
 * - a name written with other capitals than elsewhere in the document or
 *   in the termbase ("National people's Congress" where the termbase has
 *   "National People's Congress"), or with a lower-case word inside an
 *   institution's name ("Chinese people's political Consultative
 *   Conference");
 * - an ordinary word capitalised inside a sentence ("…, Vigorously
 *   promote"), typical of MT that restarts after untranslated Chinese: it is
 *   reported when the document writes the word in lower case elsewhere and
 *   never capitalises it inside a sentence.
 *
 * A phrase in all lower case is never taken for a misspelt name: "social
 * security" is as often a common noun as part of a ministry's name.
 */
import { LEADING_OPENERS } from '../text/punctuation.ts';
import {
  CONNECTORS,
  strayCapital,
  studyNames,
  isHeadline,
  type NameStudy,
  type NameToken,
} from './names.ts';
import type { Check, Issue, UnitText } from './types.ts';
import { inUntranslated, targetWords } from './unit-text.ts';
import { NONE } from './none.ts';

/** Last words of institutions' names, which make "X lower-case Y Congress" a name with a slip. */
const INSTITUTION =
  /^(?:Congress|Conference|Committee|Commission|Council|Ministry|Department|Bureau|Administration|Agency|Office|Party|Assembly|Association|Federation|Union|Court|Parliament|Senate|Institute|University|Academy|Organi[sz]ation|Foundation|Corporation|Bank|Fund|Society|League|Authority|Board|Secretariat|Tribunal|Forum|Competition|Award|Campaign|Initiative|Program(?:me)?|Project)$/;

const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

function lowerCaseStarts(unit: UnitText, text: string, tokens: readonly NameToken[]): Issue[] {
  return tokens
    .filter((t) => t.initial && !t.capitalized && t.text === t.lower && /^\p{Ll}/u.test(t.text))
    .filter((t) => {
      const sentence = unit.targetSentences.find((s) => s.start <= t.start && t.start < s.end);
      const lead = sentence ? text.slice(sentence.start, t.start) : '';
      // Only a word the sentence opens with: not "3 km", "e.g.", "www.", a list's "a)".
      return lead.replace(LEADING_OPENERS, '') === '' && !/^[.)@/]/.test(text.charAt(t.end));
    })
    .map((t) => ({
      target: { start: t.start, end: t.end },
      source: null,
      messageKey: 'capitalization.sentenceStart',
      params: { word: t.text },
      fix: { start: t.start, end: t.start + 1, replacement: t.text.charAt(0).toUpperCase() },
    }));
}

/** Rewrites the words of an occurrence with the capitals of `usual`. */
function recased(tokens: readonly NameToken[], usual: readonly string[]): string[] {
  return tokens.map((t, k) => {
    const want = usual[k] ?? t.text;
    return /^\p{Lu}/u.test(want) ? upperFirst(t.text) : lowerFirst(t.text);
  });
}

/** A name issue over `tokens`, rewritten as `words`. */
function nameIssue(
  text: string,
  tokens: readonly NameToken[],
  words: string[],
  key: string,
): Issue {
  const start = (tokens[0] as NameToken).start;
  const end = (tokens[tokens.length - 1] as NameToken).end;
  let replacement = '';
  tokens.forEach((t, k) => {
    replacement +=
      (k === 0 ? '' : text.slice((tokens[k - 1] as NameToken).end, t.start)) + words[k];
  });
  return {
    target: { start, end },
    source: null,
    messageKey: key,
    params: { text: text.slice(start, end), expected: replacement },
    fix: { start, end, replacement },
  };
}

/** Names written with other capitals than their usual form, and lower-case slips in institutions' names. */
function nameCase(study: NameStudy, text: string, tokens: readonly NameToken[]): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = usualFormAt(study, tokens, i) ?? institutionAt(tokens, i);
    if (!found) continue;
    issues.push(nameIssue(text, found.tokens, found.words, found.key));
    i += found.tokens.length - 1;
  }
  return issues;
}

function usualFormAt(study: NameStudy, tokens: readonly NameToken[], i: number) {
  for (const form of study.names.get((tokens[i] as NameToken).lower) ?? NONE) {
    const span = tokens.slice(i, i + form.lower.length);
    if (span.length < form.lower.length) continue;
    if (!span.every((t, k) => t.lower === form.lower[k] && (k === 0 || t.joined))) continue;
    const differs = span.filter(
      (t, k) =>
        !t.initial &&
        !CONNECTORS.has(t.lower) &&
        t.capitalized !== /^\p{Lu}/u.test(form.words[k] ?? ''),
    );
    const capitals = span.filter((t) => t.capitalized && !t.initial);
    // Mixed case only: an all-lower-case phrase may be an ordinary noun phrase.
    if (differs.length === 0 || capitals.length === 0) return null;
    return { tokens: span, words: recased(span, form.words), key: 'capitalization.name' };
  }
  return null;
}

/** "Capital lower [lower] Capital… Institution": a lower-case word inside an institution's name. */
function institutionAt(tokens: readonly NameToken[], i: number) {
  const first = tokens[i] as NameToken;
  if (!first.capitalized || first.initial) return null;
  let k = i + 1;
  const lowered: number[] = [];
  while (k < tokens.length && lowered.length <= 2) {
    const t = tokens[k] as NameToken;
    if (!t.joined || t.capitalized || CONNECTORS.has(t.lower) || !/^\p{Ll}/u.test(t.text)) break;
    lowered.push(k++);
  }
  if (lowered.length === 0 || lowered.length > 2) return null;
  let end = k;
  while (
    end < tokens.length &&
    (tokens[end] as NameToken).joined &&
    (tokens[end] as NameToken).capitalized
  )
    end++;
  const last = tokens[end - 1] as NameToken;
  if (end === k || !INSTITUTION.test(last.text)) return null;
  const span = tokens.slice(i, end);
  const words = span.map((t, j) => (lowered.includes(i + j) ? upperFirst(t.text) : t.text));
  return { tokens: span, words, key: 'capitalization.name' };
}

/** "…, Vigorously promote": an ordinary word capitalised after a comma or Chinese text. */
function strayCapitals(
  study: NameStudy,
  unit: UnitText,
  text: string,
  tokens: readonly NameToken[],
): Issue[] {
  const issues: Issue[] = [];
  tokens.forEach((t, k) => {
    if (!strayCapital(text, tokens, k) || !study.ordinaryWords.has(t.lower)) return;
    if (inUntranslated(unit, t.start, t.end)) return;
    issues.push({
      target: { start: t.start, end: t.end },
      source: null,
      messageKey: 'capitalization.midSentence',
      params: { word: t.text },
      fix: { start: t.start, end: t.start + 1, replacement: t.text.charAt(0).toLowerCase() },
    });
  });
  return issues;
}

/** The capitalization check. */
export const capitalizationCheck: Check = {
  id: 'capitalization',
  category: 'Fluency/Spelling',
  severity: 'minor',
  subsumes: [],
  prepare: (view) => {
    const study = studyNames(view.units, view.termIndex, targetWords);
    return (unit) => {
      const text = unit.target;
      if (text === null || unit.untranslatedUnit) return [];
      const tokens = targetWords(unit);
      return [
        ...lowerCaseStarts(unit, text, tokens),
        ...(isHeadline(unit) ? [] : nameCase(study, text, tokens)),
        ...strayCapitals(study, unit, text, tokens),
      ].filter(
        (issue) => !issue.target || !inUntranslated(unit, issue.target.start, issue.target.end),
      );
    };
  },
};
