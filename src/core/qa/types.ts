/**
 * The shapes shared by the automatic checks, the runner that applies them
 * and their users (the CLI now, the review UI later).
 *
 * A check looks at one unit at a time, but may first study the whole
 * document (how long translations run, how names are capitalised, how a
 * term is rendered elsewhere): `Check.prepare` does that once and returns
 * the function that checks a unit. Re-checking the unit being edited is
 * then a call of that function, with no document-wide work.
 *
 * Every range in a finding is relative to the unit's text on that side,
 * like a flag's anchor (`model/flag.ts`): a finding on the unit being
 * edited stays meaningful while the rest of the document is unchanged, and
 * accepting it as a flag needs no conversion. `toDocumentRange` (in
 * `run.ts`) gives offsets into the whole side text for files and the CLI.
 */
import type { TextRange } from '../model/document.ts';
import type { Severity } from '../model/flag.ts';
import type { TermIndex } from '../glossary/match.ts';
import type { Word } from '../glossary/words.ts';
import type { TermUse } from './term-use.ts';

/** The stable identifier of a check. Stored in project options and in `check:<id>` flag origins. */
export type CheckId =
  | 'untranslated'
  | 'repetition'
  | 'number'
  | 'glossary'
  | 'consistency'
  | 'punctuation'
  | 'capitalization'
  | 'article'
  | 'spacing'
  | 'length';

/**
 * A text edit that fixes a finding in one step: replace `[start, end)` of
 * the unit's target text with `replacement`. Offered only when the fix is
 * unambiguous (a doubled word, a full-width comma, `a` for `an`).
 */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * What a check reports about one unit. The runner adds the check's id, the
 * unit index, the default category and severity (a check overrides them
 * when one finding is worse or different in kind) and the English message.
 */
export interface Issue {
  /** Span in the unit's target text; `null` when the problem has no place there (a number left out). */
  target: TextRange | null;
  /** Span in the unit's source text; `null` when the problem has no counterpart there. */
  source: TextRange | null;
  /** Key of the message in the `qa` i18n namespace, e.g. `number.magnitude`. */
  messageKey: string;
  /** Values for the message's `{{placeholders}}`. */
  params: Record<string, string | number>;
  fix?: TextEdit;
  category?: string;
  severity?: Severity;
}

/** A problem an automatic check found in a unit. */
export interface Finding extends Issue {
  check: CheckId;
  /** Index of the unit in the document's alignment. */
  unit: number;
  /** MQM category path, e.g. `Accuracy/Mistranslation`. */
  category: string;
  severity: Severity;
  /**
   * The message from the catalogue given to the runner (`QaOptions.messages`),
   * for the CLI and logs; empty without one. The UI translates `messageKey` instead.
   */
  message: string;
}

/** One unit's texts as the checks see them. */
export interface UnitText {
  /** Index of the unit in the document's alignment. */
  index: number;
  /** The unit's source text; `null` when the unit or the document has none. */
  source: string | null;
  /** The unit's target text; `null` when the unit has none (an omission). */
  target: string | null;
  /** The target's sentences, relative to `target`. */
  targetSentences: TextRange[];
  /** Chinese left in the target (`findUntranslatedSpans`), relative to `target`. */
  untranslated: TextRange[];
  /**
   * Chinese covers nearly all of the target: the MT failed on the whole
   * unit. Checks of English (articles, names, numbers in words) have
   * nothing to say then, and the untranslated check already flags the unit.
   */
  untranslatedUnit: boolean;
  /** What the checks derive from the texts and share, filled in on first use. */
  derived: UnitDerived;
}

/**
 * Data derived from a unit's texts by `targetWords` (`unit-text.ts`),
 * `termUse` (`term-use.ts`) and `isHeadline` (`names.ts`). Kept on the unit rather than in a `WeakMap`:
 * tens of thousands of weak keys make every garbage collection slower.
 */
export interface UnitDerived {
  words?: Word[];
  termUse?: { index: TermIndex; use: TermUse };
  /** The target is written in title case (`names.ts`). */
  headline?: boolean;
}

/** Everything a check may study before checking units. */
export interface DocumentView {
  units: readonly UnitText[];
  /** The project's termbase, compiled; `null` when the project has none. */
  termIndex: TermIndex | null;
  /** Whether the document has a source at all (an MT-only import has not). */
  hasSource: boolean;
  /** English characters per Chinese character, as the aligner estimated them. */
  charRatio: number;
}

/** Checks one unit; built by `Check.prepare` from what it learnt about the document. */
export type UnitChecker = (unit: UnitText) => Issue[];

/** An automatic check. */
export interface Check {
  id: CheckId;
  /** MQM category of its findings unless a finding says otherwise. */
  category: string;
  /** Severity of its findings unless a finding says otherwise. */
  severity: Severity;
  /**
   * Checks whose findings this one makes redundant where their target spans
   * overlap: inside a Chinese run, a full-width comma is part of the
   * untranslated text, not a punctuation error of its own.
   */
  subsumes: readonly CheckId[];
  /** Studies the document once; returns the checker for single units. */
  prepare(view: DocumentView): UnitChecker;
}
