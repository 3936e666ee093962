/**
 * A termbase: the Chinese terms a client cares about, the English each must
 * be rendered as, and renderings it must not use. The glossary check reads
 * it; CSV and TBX files are read into it (`csv.ts`, `tbx.ts`).
 */

/** One concept of the termbase. */
export interface TermEntry {
  /** The Chinese term as the file writes it, for display (`结构性（就业）矛盾`). */
  zh: string;
  /** The English term as the file writes it, for display and suggestions. */
  en: string;
  /**
   * The Chinese strings to look for in the source: the term with its
   * optional parts expanded and its alternatives split (`结构性矛盾`,
   * `结构性就业矛盾`); see `term-forms.ts`.
   */
  zhForms: string[];
  /** The accepted English renderings, expanded the same way, the main one first. */
  enForms: string[];
  /** English renderings the termbase forbids for this concept. */
  forbidden: string[];
  /** Free text from the file, shown to the reviewer and never interpreted. */
  note: string;
  /** Where the entry starts in its file: a 1-based line number. */
  line: number;
}

/** A termbase as read from one file. */
export interface Termbase {
  entries: TermEntry[];
}

/** An entry of the file that could not be used, and why; the rest still loads. */
export interface GlossaryProblem {
  line: number;
  message: string;
}

/** A file read into a termbase, with the entries that had to be skipped. */
export interface GlossaryReadResult {
  termbase: Termbase;
  problems: GlossaryProblem[];
}

/**
 * A file that cannot be read as a termbase at all: malformed CSV or XML, no
 * `zh`/`en` columns, no languages a TBX entry could hold. Entry-level
 * trouble is a {@link GlossaryProblem} instead, so one bad row does not
 * cost the reviewer the whole glossary.
 */
export class GlossaryError extends Error {
  override readonly name = 'GlossaryError';
  /** 1-based line where reading failed, when known. */
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.line = line;
  }
}
