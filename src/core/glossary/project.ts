/**
 * The project's termbase (`ProjectGlossary` in `model/project-extras.ts`)
 * as the app keeps it: made from an imported file, merged with the terms
 * already there, grown by terms added from a selection, and compiled for the
 * checks. A project term has the fields of a `TermEntry`, so the checks
 * read it as it is.
 */
import type { ProjectGlossary, ProjectTerm } from '../model/project-extras.ts';
import { makeEntry } from './csv.ts';
import { indexTermbase, type TermIndex } from './match.ts';
import type { GlossaryReadResult, TermEntry, Termbase } from './model.ts';

/** The termbase of a project glossary, for `QaOptions.glossary`. */
export function termbaseOf(glossary: ProjectGlossary): Termbase {
  return { entries: glossary.entries };
}

/** Compiled termbases by glossary object: the glossary only changes by replacement. */
const compiled = new WeakMap<ProjectGlossary, TermIndex>();

/**
 * The project glossary compiled for the glossary and consistency checks
 * (`DocumentView.termIndex`); `null` when the project has no terms. The same
 * glossary object gives the same index, so re-preparing the checks after an
 * edit does not recompile it.
 */
export function glossaryIndex(glossary: ProjectGlossary | null | undefined): TermIndex | null {
  if (!glossary || glossary.entries.length === 0) return null;
  let index = compiled.get(glossary);
  if (!index) {
    index = indexTermbase(termbaseOf(glossary));
    compiled.set(glossary, index);
  }
  return index;
}

/** A copy of an entry as the project stores it: plain data, arrays copied. */
function projectTerm(entry: TermEntry): ProjectTerm {
  return {
    zh: entry.zh,
    en: entry.en,
    zhForms: [...entry.zhForms],
    enForms: [...entry.enForms],
    forbidden: [...entry.forbidden],
    note: entry.note,
    line: entry.line,
  };
}

/** A project glossary from a file that was read. */
export function glossaryFromFile(read: GlossaryReadResult, fileName: string): ProjectGlossary {
  return { fileName, entries: read.termbase.entries.map(projectTerm) };
}

/** What identifies a term when glossaries are merged: its Chinese and its English, as written. */
function termKey(term: Pick<ProjectTerm, 'zh' | 'en'>): string {
  return `${term.zh}\u0000${term.en.toLowerCase()}`;
}

/**
 * `existing` with the terms of `incoming` it does not have yet (same Chinese
 * and English: the existing one stays, with its note). The file name is the
 * incoming one, the file the terms came from last.
 */
export function mergeGlossaries(
  existing: ProjectGlossary | null | undefined,
  incoming: ProjectGlossary,
): ProjectGlossary {
  if (!existing) return incoming;
  const known = new Set(existing.entries.map(termKey));
  const added = incoming.entries.filter((term) => {
    const key = termKey(term);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  return { fileName: incoming.fileName, entries: [...existing.entries, ...added] };
}

/** The fields of a term added in the app. */
export interface NewTerm {
  zh: string;
  en: string;
  note?: string;
  /** Renderings not to use, as typed (several separated by `;` or `|`). */
  forbidden?: string;
}

/**
 * `glossary` with a term added in the app (line 0), replacing a term with
 * the same Chinese and English. Throws a `RangeError` when the Chinese or
 * English is blank: the form refuses those before saving.
 */
export function addTerm(
  glossary: ProjectGlossary | null | undefined,
  term: NewTerm,
): ProjectGlossary {
  if (!term.zh.trim() || !term.en.trim()) throw new RangeError('a term needs Chinese and English');
  const forbidden = (term.forbidden ?? '').split(/\s*[;|]\s*/).filter((f) => f.trim() !== '');
  const entry = projectTerm(makeEntry(term.zh, term.en, forbidden, term.note ?? '', 0));
  const key = termKey(entry);
  const entries = (glossary?.entries ?? []).filter((t) => termKey(t) !== key);
  return { fileName: glossary?.fileName ?? null, entries: [...entries, entry] };
}

/** `glossary` without the term at `index` of its entries. */
export function removeTerm(glossary: ProjectGlossary, index: number): ProjectGlossary {
  return { ...glossary, entries: glossary.entries.filter((_, k) => k !== index) };
}

/** A CSV field, quoted when it must be (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The glossary as CSV with the header `zh,en,note,forbidden`, which
 * `readGlossaryCsv` reads back to the same terms. Lines end in CRLF, as RFC
 * 4180 and spreadsheets expect.
 */
export function glossaryToCsv(glossary: ProjectGlossary): string {
  const rows = [['zh', 'en', 'note', 'forbidden']];
  for (const term of glossary.entries)
    rows.push([term.zh, term.en, term.note, term.forbidden.join('; ')]);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
