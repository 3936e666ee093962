/**
 * The seed's 93 known errors (fixtures/press-conference.errors.json) as
 * flags on the demo document, for tests of everything that reads flags.
 *
 * Each error names its paragraph (1-based, counting the non-empty lines of
 * the MT) and its English words, unique within that paragraph. The flag goes
 * on the unit whose target holds the first character of those words, with
 * the span clipped to that unit: a flag belongs to one unit, and one of the
 * seed errors (paragraph 2's untranslated run) spans four sentence units.
 * Scoring counts an error once however long it is, so clipping keeps the
 * seed's totals.
 */
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/core/align/index.ts';
import type { BilingualDocument } from '../../src/core/model/document.ts';
import type { Flag, Severity } from '../../src/core/model/flag.ts';
import { normalizeText } from '../../src/core/text/normalize.ts';
import {
  DEFAULT_TYPOLOGY_ID,
  normalizeCategory,
  typologyById,
} from '../../src/core/typology/index.ts';
import { anchorIn } from './flags.ts';

/** One entry of the seed's error list. */
export interface SeedError {
  para: number;
  en: string;
  zh: string;
  category: string;
  severity: string;
  fix: string;
}

/** The seed's error list, as stored. */
export function readSeedErrors(): SeedError[] {
  const path = new URL('../../fixtures/press-conference.errors.json', import.meta.url);
  return JSON.parse(readFileSync(path, 'utf8')) as SeedError[];
}

/**
 * The seed's category names as the default typology spells them: the seed
 * writes two of them short ("Accuracy/Untranslated", "Terminology/Inconsistent
 * use"), which the typology knows as aliases.
 */
export function seedCategory(category: string): string {
  const typology = typologyById(DEFAULT_TYPOLOGY_ID);
  const path = typology && normalizeCategory(category, typology);
  if (!path) throw new Error(`seed category ${category} is not in the default typology`);
  return path;
}

/**
 * The seed errors as open flags by reviewer "Seed" on `doc`, which must be
 * the demo built from the fixtures (`buildDocument(source, mt)`). Throws if
 * an error's words are missing or ambiguous, which would mean the fixtures
 * and this helper disagree.
 */
export function loadSeedFlags(doc: BilingualDocument): Flag[] {
  const { text, segmentation } = doc.target;
  return readSeedErrors().map((error, k) => {
    const paragraph = segmentation.paragraphs[error.para - 1];
    if (!paragraph) throw new Error(`seed error ${k}: no paragraph ${error.para}`);
    const local = text.slice(paragraph.start, paragraph.end).indexOf(error.en);
    const again = text.slice(paragraph.start, paragraph.end).indexOf(error.en, local + 1);
    if (!error.en || local < 0 || again >= 0) {
      throw new Error(`seed error ${k}: words not found once in paragraph ${error.para}`);
    }
    const start = paragraph.start + local;
    const unit = doc.alignment.units.findIndex(
      ({ target }) => target !== null && target.start <= start && start < target.end,
    );
    const range = doc.alignment.units[unit]?.target;
    if (!range) throw new Error(`seed error ${k}: no unit holds offset ${start}`);
    const unitText = text.slice(range.start, range.end);
    const end = Math.min(start + error.en.length, range.end);
    return {
      id: `seed-${String(k + 1).padStart(2, '0')}`,
      anchor: anchorIn(unitText, unit, 'target', start - range.start, end - range.start),
      category: seedCategory(error.category),
      severity: error.severity.toLowerCase() as Severity,
      comment: '',
      // The fix replaces all of the error's words: it fits a clipped span no more.
      suggestion: end === start + error.en.length ? error.fix : null,
      status: 'open',
      author: { name: 'Seed', role: 'reviewer' },
      createdAt: '2024-03-07T07:00:00.000Z',
      updatedAt: '2024-03-07T07:00:00.000Z',
      origin: 'import:seed',
    };
  });
}

/** The demo's texts, normalised as the app normalises them (`store/demo.ts`). */
export function readDemoTexts(): { source: string; target: string } {
  const read = (name: string) =>
    normalizeText(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
  return {
    source: read('press-conference.source.zh.txt'),
    target: read('press-conference.mt.en.txt'),
  };
}

/** The demo document with the seed's errors as flags. */
export function demoWithSeedFlags(): { doc: BilingualDocument; flags: Flag[] } {
  const { source, target } = readDemoTexts();
  const doc = buildDocument(source, target);
  return { doc, flags: loadSeedFlags(doc) };
}
