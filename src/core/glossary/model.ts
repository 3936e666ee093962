/**
 * A termbase: the Chinese terms a client cares about, the English each must
 * be rendered as, and renderings it must not use. The glossary check reads
 * it; CSV and TBX files are read into it (`csv.ts`, `tbx.ts`).
 */
import type { ProjectTerm } from '../model/project-extras.ts';

/**
 * One concept of the termbase. The project stores entries as they are, so
 * the type lives with the project model (the lower layer) and is named here
 * by what the glossary module calls it.
 */
export type TermEntry = ProjectTerm;

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
