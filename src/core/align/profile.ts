/**
 * Profiles: what the aligner needs to know about each sentence (and each
 * paragraph), computed once before any candidate bead is scored, since the
 * dynamic programme scores every sentence in many combinations.
 */
import type { SideText } from '../model/document.ts';
import { isBlankCode } from '../text/whitespace.ts';
import { anchorsOf, mergeAnchors, type Anchors } from './anchors.ts';

/** The alignment-relevant summary of a sentence or of a run of sentences. */
export interface Profile {
  /** The text itself, for the character-overlap test of untranslated MT. */
  text: string;
  /** Han characters: the part whose length translation multiplies by the document's ratio. */
  han: number;
  /** Other non-space characters (digits, Latin letters, punctuation), carried over at about their own length. */
  other: number;
  anchors: Anchors;
}

/**
 * Whether a code point is a Han character: the ranges of Unicode's Han
 * script (CJK ideographs and their extensions, compatibility ideographs,
 * radicals, 々 〇 and the Suzhou numerals). Tested by range rather than with
 * `\p{Script=Han}` because it runs on every character of both texts.
 */
function isHanCodePoint(cp: number): boolean {
  if (cp < 0x2e80) return false;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp >= 0x3400 && cp <= 0x4dbf) return true;
  if (cp >= 0x20000 && cp <= 0x323af) return true;
  if (cp >= 0xf900 && cp <= 0xfaff) return true;
  if (cp >= 0x2e80 && cp <= 0x2fdf) return true;
  return (
    cp === 0x3005 ||
    cp === 0x3007 ||
    (cp >= 0x3021 && cp <= 0x3029) ||
    (cp >= 0x3038 && cp <= 0x303b)
  );
}

/** Profile one sentence meant to be in `lang`. */
export function profileSentence(text: string, lang: 'zh' | 'en'): Profile {
  let han = 0;
  let other = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const cp = code >= 0xd800 && code < 0xdc00 ? (text.codePointAt(k) as number) : code;
    if (cp > 0xffff) k++;
    if (isHanCodePoint(cp)) han++;
    else if (!isBlankCode(cp)) other++;
  }
  return { text, han, other, anchors: anchorsOf(text, lang) };
}

/** Merge the profiles of consecutive sentences into the profile of the run. */
export function mergeProfiles(parts: readonly Profile[]): Profile {
  let han = 0;
  let other = 0;
  for (const part of parts) {
    han += part.han;
    other += part.other;
  }
  return {
    text: parts.map((p) => p.text).join('\n'),
    han,
    other,
    anchors: mergeAnchors(parts.map((p) => p.anchors)),
  };
}

/** One side of the document as the aligner sees it: a profile and a paragraph index per sentence. */
export interface SentenceSide {
  profiles: readonly Profile[];
  /** Paragraph index of each sentence, non-decreasing. */
  paragraphOf: readonly number[];
}

/** A run of consecutive sentences: indices `[start, end)`. */
export interface SentenceRun {
  start: number;
  end: number;
}

/** Profile every sentence of a side, meant to be in `lang`. */
export function profileSide(side: SideText, lang: 'zh' | 'en'): SentenceSide {
  const sentences = side.segmentation.sentences;
  return {
    profiles: sentences.map((s) => profileSentence(side.text.slice(s.start, s.end), lang)),
    paragraphOf: sentences.map((s) => s.paragraph),
  };
}

/**
 * The sentences of a side grouped by paragraph, in order. Paragraphs that
 * hold no sentence do not appear, since there is nothing in them to align.
 */
export function paragraphRuns(paragraphOf: readonly number[]): SentenceRun[] {
  const runs: SentenceRun[] = [];
  paragraphOf.forEach((paragraph, k) => {
    const last = runs[runs.length - 1];
    if (last && paragraphOf[k - 1] === paragraph) last.end = k + 1;
    else runs.push({ start: k, end: k + 1 });
  });
  return runs;
}

/** Length in target characters the profile is expected to have (or has, on the target side). */
export function expectedLength(profile: Profile, ratio: number): number {
  return profile.han * ratio + profile.other;
}

/** Prefix sums of `expectedLength` (n + 1 entries), so that the length of any run is one subtraction. */
export function prefixLengths(profiles: readonly Profile[], ratio: number): Float64Array {
  const prefix = new Float64Array(profiles.length + 1);
  for (let k = 0; k < profiles.length; k++) {
    prefix[k + 1] = (prefix[k] as number) + expectedLength(profiles[k] as Profile, ratio);
  }
  return prefix;
}
