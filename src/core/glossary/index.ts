/**
 * Termbases: reading them from CSV or TBX and finding their terms in text.
 * The glossary and consistency checks (`core/qa/`) are the main users.
 */
import { readGlossaryCsv } from './csv.ts';
import type { GlossaryReadResult } from './model.ts';
import { readTbx } from './tbx.ts';

export type { GlossaryProblem, GlossaryReadResult, TermEntry, Termbase } from './model.ts';
export { GlossaryError } from './model.ts';
export { readGlossaryCsv, parseCsv } from './csv.ts';
export { readTbx } from './tbx.ts';
export { expandTermForms } from './term-forms.ts';
export {
  findAnyForm,
  findChineseTerms,
  findForm,
  indexTermbase,
  compileForm,
  type ChineseOccurrence,
  type EnglishOccurrence,
  type FormPattern,
  type IndexedEntry,
  type TermIndex,
} from './match.ts';
export { locateRenderings, type LocatedRendering } from './locate.ts';
export { englishWords, type Word } from './words.ts';
export {
  addTerm,
  glossaryFromFile,
  glossaryIndex,
  glossaryToCsv,
  mergeGlossaries,
  removeTerm,
  termbaseOf,
  type NewTerm,
} from './project.ts';
export { termsInUnit, type UnitTerm } from './unit-terms.ts';

/**
 * Reads a termbase, choosing the format by the file name (`.tbx`, `.xml`
 * → TBX; anything else → CSV) or, without a telling name, by whether the
 * text starts like XML. `text` must already be decoded.
 */
export function readGlossary(text: string, fileName = ''): GlossaryReadResult {
  const name = fileName.toLowerCase();
  const looksXml = /^\uFEFF?\s*</.test(text);
  if (name.endsWith('.tbx') || name.endsWith('.xml') || (!name.endsWith('.csv') && looksXml))
    return readTbx(text);
  return readGlossaryCsv(text);
}
