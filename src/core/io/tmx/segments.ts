/**
 * Between translation memories and projects: the pairs of a TMX file for two
 * languages, and a TMX file from a project's pairs.
 *
 * Here inline codes are flattened to the text a reader sees, which suits
 * comparisons and plain exports; projects are read by `project.ts`, which
 * keeps codes as placeholder characters (`codes.ts`). Each segment keeps
 * its structured content as well.
 */
import { WarningLog, type ImportWarning } from '../import-error.ts';
import type { SegmentPair } from '../segments.ts';
import { inlineText, type InlineContent, type Tmx, type Tu, type Tuv } from './model.ts';

/**
 * A language pattern: a BCP 47 tag matched without regard to case or to `_`
 * for `-` (`en-us` matches `EN-US`), or a prefix ending in `*` (`zh*`
 * matches `zh`, `zh-CN`, `zh-Hant-TW`, not `zha`).
 */
export type LanguagePattern = string;

/** Whether `tag` matches `pattern` (see `LanguagePattern`). */
export function matchesLanguage(tag: string, pattern: LanguagePattern): boolean {
  const canonical = (value: string): string => value.trim().toLowerCase().replace(/_/g, '-');
  const wanted = canonical(pattern);
  const actual = canonical(tag);
  if (!wanted.endsWith('*')) return actual === wanted;
  const prefix = wanted.slice(0, -1).replace(/-$/, '');
  return actual === prefix || actual.startsWith(`${prefix}-`);
}

/** A pair read from a translation unit. */
export interface TmxSegment extends SegmentPair {
  source: string;
  /** Index of the unit in `tmx.units`. */
  unit: number;
  /** The structured content, inline codes included. */
  sourceContent: InlineContent[];
  targetContent: InlineContent[];
}

/** The pairs of a memory and what was left out. */
export interface TmxSegments {
  segments: TmxSegment[];
  /** Units without a variant in one of the two languages. */
  skipped: number;
  warnings: ImportWarning[];
}

/** Languages to read; project imports use the defaults, Chinese to English. */
export interface TmxLanguages {
  /** Default `zh*`. */
  sourceLang?: LanguagePattern;
  /** Default `en*`. */
  targetLang?: LanguagePattern;
}

/**
 * The pairs of `tmx` from `sourceLang` to `targetLang`, one per unit that has
 * both, with the visible text of each (`inlineText`). A unit with several
 * variants of one language gives its first, with a warning.
 */
export function tmxToSegments(tmx: Tmx, languages: TmxLanguages = {}): TmxSegments {
  const sourceLang = languages.sourceLang ?? 'zh*';
  const targetLang = languages.targetLang ?? 'en*';
  const warnings = new WarningLog();
  const segments: TmxSegment[] = [];
  let skipped = 0;
  tmx.units.forEach((tu, index) => {
    const source = pick(tu, sourceLang, index, warnings);
    const target = pick(tu, targetLang, index, warnings);
    if (!source || !target) {
      skipped++;
      return;
    }
    segments.push({
      source: inlineText(source.content, 'visible'),
      target: inlineText(target.content, 'visible'),
      unit: index,
      sourceContent: source.content,
      targetContent: target.content,
    });
  });
  if (skipped > 0) {
    warnings.add(
      'missing-language',
      `${skipped} of ${tmx.units.length} translation units have no ${sourceLang} or no ${targetLang} variant and were left out`,
      {},
    );
  }
  return { segments, skipped, warnings: warnings.list() };
}

function pick(
  tu: Tu,
  pattern: LanguagePattern,
  index: number,
  warnings: WarningLog,
): Tuv | undefined {
  const matching = tu.variants.filter((tuv) => matchesLanguage(tuv.lang, pattern));
  if (matching.length > 1) {
    warnings.add(
      'several-variants',
      `a translation unit has ${matching.length} ${pattern} variants; the first was read`,
      { path: `tmx/body/tu[${index + 1}]` },
    );
  }
  return matching[0];
}

/** How to write a memory from a project. */
export interface TmxExportOptions {
  /** Default `zh-CN`. */
  sourceLang?: string;
  /** Default `en`. */
  targetLang?: string;
  /** Recorded as the creation date of the memory; default now. */
  now?: Date;
  /** Default `Duizhao`. */
  creationTool?: string;
  /** The app's version (core does not know it; the CLI reads package.json). Default `unknown`. */
  creationToolVersion?: string;
}

/** A TMX date: `YYYYMMDDThhmmssZ`. */
export function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A TMX 1.4 memory of the pairs, one plain-text unit each, numbered by
 * `tuid` from 1 in the order given. A side without text (an omission, an
 * MT-only project's source) is written as an empty segment, so that reading
 * the memory back gives the same units; pairs blank on both sides, which
 * are no unit, are left out.
 */
export function tmxFromSegments(
  pairs: readonly SegmentPair[],
  options: TmxExportOptions = {},
): Tmx {
  const sourceLang = options.sourceLang ?? 'zh-CN';
  const targetLang = options.targetLang ?? 'en';
  const date = tmxDate(options.now ?? new Date());
  const variant = (lang: string, text: string): Tuv => ({
    lang,
    attributes: {},
    notes: [],
    props: [],
    content: text ? [text] : [],
  });
  const units: Tu[] = pairs
    .filter((pair) => (pair.source ?? '').trim() || pair.target.trim())
    .map((pair, index) => ({
      attributes: { tuid: String(index + 1) },
      notes: [],
      props: [],
      variants: [variant(sourceLang, pair.source ?? ''), variant(targetLang, pair.target)],
    }));
  return {
    version: '1.4',
    header: {
      attributes: {
        creationtool: options.creationTool ?? 'Duizhao',
        creationtoolversion: options.creationToolVersion ?? 'unknown',
        segtype: 'sentence',
        'o-tmf': 'Duizhao',
        adminlang: 'en',
        srclang: sourceLang,
        datatype: 'plaintext',
        creationdate: date,
      },
      notes: [],
      props: [],
      udes: [],
    },
    units,
  };
}
