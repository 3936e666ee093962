/**
 * A project draft from a read memory: one unit per translation unit that
 * has both languages (each its own paragraph, see `segments.ts`), inline
 * codes as placeholder characters (`codes.ts`), notes for display, and the
 * whole memory as the project's TMX record (`record.ts`) for writing back.
 *
 * Languages. The app reviews Chinese→English, so `zh*` → `en*` is read when
 * any unit has both. A memory in other languages still loads, with a
 * warning: from the header's `srclang` (or the first language met) to the
 * first other language; a memory of one language gives an MT-only project
 * of that language.
 */
import type { InterchangeNote } from '../../model/project-extras.ts';
import type { UnitCodes } from '../../model/inline-code.ts';
import { DEFAULT_TYPOLOGY_ID } from '../../typology/index.ts';
import { projectNameOf, type ReadResult } from '../format.ts';
import { WarningLog } from '../import-error.ts';
import { packRecord } from '../packed-record.ts';
import { buildSegmentDocument, type SegmentPair } from '../segments.ts';
import { placeholdersOf } from './codes.ts';
import type { Tmx, TmxNote, Tu } from './model.ts';
import type { TmxRecord, TmxUnitOrigin } from './record.ts';
import { matchesLanguage, type LanguagePattern } from './segments.ts';

/** The languages a project reads from a memory; `source` is `null` for a memory of one language. */
interface Languages {
  source: LanguagePattern | null;
  target: LanguagePattern;
}

const CHINESE_ENGLISH: Languages = { source: 'zh*', target: 'en*' };

/** Which languages to read from `tmx` (see the module comment). */
function chooseLanguages(tmx: Tmx): Languages {
  const has = (tu: Tu, pattern: LanguagePattern): boolean =>
    tu.variants.some((tuv) => matchesLanguage(tuv.lang, pattern));
  if (tmx.units.some((tu) => has(tu, 'zh*') && has(tu, 'en*'))) return CHINESE_ENGLISH;
  const all = tmx.units.flatMap((tu) => tu.variants.map((tuv) => tuv.lang));
  const declared = tmx.header.attributes.srclang;
  const source = all.find((lang) => declared && matchesLanguage(lang, declared)) ?? all[0];
  if (source === undefined) return CHINESE_ENGLISH;
  const target = all.find((lang) => !matchesLanguage(lang, source));
  return target === undefined ? { source: null, target: source } : { source, target };
}

/** Longest note shown (the project schema's bound); the record keeps the whole note. */
const MAX_NOTE_CHARS = 1_000_000;

const noteOf =
  (appliesTo?: 'source' | 'target') =>
  (note: TmxNote): InterchangeNote => ({
    text: note.text.slice(0, MAX_NOTE_CHARS),
    ...(appliesTo ? { appliesTo } : {}),
  });

/** Reads a memory as a project draft. */
export function tmxToDraft(tmx: Tmx, fileName: string): ReadResult {
  const warnings = new WarningLog();
  const languages = chooseLanguages(tmx);
  const variantOf = (tu: Tu, index: number, pattern: LanguagePattern): number | null => {
    const matching = tu.variants.flatMap((tuv, k) =>
      matchesLanguage(tuv.lang, pattern) ? [k] : [],
    );
    if (matching.length > 1) {
      warnings.add(
        'several-variants',
        `a translation unit has ${matching.length} ${pattern} variants; the first was read`,
        { file: fileName, path: `tmx/body/tu[${index + 1}]` },
      );
    }
    return matching[0] ?? null;
  };
  const origins: TmxUnitOrigin[] = [];
  const pairs: SegmentPair[] = [];
  const pairCodes: UnitCodes[] = [];
  const pairNotes: InterchangeNote[][] = [];
  let skipped = 0;
  tmx.units.forEach((tu, index) => {
    const source = languages.source === null ? null : variantOf(tu, index, languages.source);
    const target = variantOf(tu, index, languages.target);
    if (target === null || (languages.source !== null && source === null)) {
      skipped++;
      return;
    }
    const sourceVariant = source === null ? undefined : tu.variants[source];
    const targetVariant = tu.variants[target];
    const { texts, codes } = placeholdersOf([
      sourceVariant?.content ?? [],
      targetVariant?.content ?? [],
    ]);
    origins.push({ tu: index, source, target });
    pairs.push({
      source: languages.source === null ? null : (texts[0] ?? ''),
      target: texts[1] ?? '',
    });
    pairCodes.push(codes);
    pairNotes.push([
      ...tu.notes.map(noteOf()),
      ...(sourceVariant?.notes ?? []).map(noteOf('source')),
      ...(targetVariant?.notes ?? []).map(noteOf('target')),
    ]);
  });
  const spelled = (pattern: LanguagePattern | null): string | null => {
    if (pattern === null) return null;
    const lang = tmx.units
      .flatMap((tu) => tu.variants)
      .find((tuv) => matchesLanguage(tuv.lang, pattern));
    return lang?.lang ?? pattern;
  };
  const record: TmxRecord = {
    tmx,
    languages: { source: spelled(languages.source), target: spelled(languages.target) ?? 'en' },
    units: [],
  };
  if (languages !== CHINESE_ENGLISH) {
    warnings.add(
      'not-chinese-english',
      `the memory has no unit in Chinese (zh*) and English (en*); it was read from ${record.languages.source ?? '(no source)'} to ${record.languages.target}`,
      { file: fileName },
    );
  }
  if (skipped > 0) {
    warnings.add(
      'missing-language',
      `${skipped} of ${tmx.units.length} translation units have no ${languages.source ?? ''} or no ${languages.target} variant; they were left out of the project and are kept for export`,
      { file: fileName },
    );
  }
  const { document, unitOfPair } = buildSegmentDocument(pairs);
  const codes: Record<string, UnitCodes> = {};
  const notes: Record<string, InterchangeNote[]> = {};
  unitOfPair.forEach((unit, k) => {
    if (unit === null) return;
    record.units[unit] = origins[k] as TmxUnitOrigin;
    const unitCodes = pairCodes[k] ?? [];
    const unitNotes = pairNotes[k] ?? [];
    if (unitCodes.length > 0) codes[String(unit)] = unitCodes;
    if (unitNotes.length > 0) notes[String(unit)] = unitNotes;
  });
  if (document.alignment.units.length === 0) {
    warnings.add('no-units', 'the memory has no translation unit with text to review', {
      file: fileName,
    });
  }
  return {
    drafts: [
      {
        name: projectNameOf(fileName),
        document,
        review: { typologyId: DEFAULT_TYPOLOGY_ID, ops: [] },
        sourceFileName: fileName,
        targetFileName: fileName,
        interchange: {
          format: 'tmx',
          codes,
          ...(Object.keys(notes).length > 0 ? { notes } : {}),
          // Packed: a large memory's record must not be cloned object by object.
          data: packRecord(record),
        },
      },
    ],
    warnings: warnings.list(),
  };
}
