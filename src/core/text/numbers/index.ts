/**
 * Numbers in Chinese and English text: extraction with exact offsets and
 * normalised values, and comparison across the two languages. Numbers are
 * the anchors that survive translation; the aligner scores sentence pairs
 * with them and the QA checks compare a source's numbers with its target's.
 */
import { extractEnglishNumbers } from './en.ts';
import type { NumberLanguage, NumberMention } from './types.ts';
import { extractChineseNumbers } from './zh.ts';
import { hasHan, hasLatin, scriptZones } from './zones.ts';

export type { NumberKind, NumberLanguage, NumberMention } from './types.ts';
export { compareNumbers, numberAgreement, numbersMatch, type NumberComparison } from './match.ts';
export { extractChineseNumbers } from './zh.ts';
export { extractEnglishNumbers } from './en.ts';

/**
 * Every number mentioned in `text`, in order, with UTF-16 offsets into
 * `text`. `lang` is the language the text is meant to be in; stretches in
 * the other script (an untranslated Chinese sentence in the MT, a Latin
 * acronym in the source) are read by that script's rules, and `lang` decides
 * only for text without letters (a bare "2023" or "15:00").
 */
export function extractNumbers(text: string, lang: NumberLanguage): NumberMention[] {
  const han = hasHan(text);
  const latin = hasLatin(text);
  if (!han && !latin)
    return lang === 'zh' ? extractChineseNumbers(text) : extractEnglishNumbers(text);
  if (!latin) return extractChineseNumbers(text);
  if (!han) return extractEnglishNumbers(text);
  const out: NumberMention[] = [];
  for (const zone of scriptZones(text)) {
    const part = text.slice(zone.start, zone.end);
    const read = zone.script === 'han' ? extractChineseNumbers : extractEnglishNumbers;
    for (const m of read(part))
      out.push({ ...m, start: m.start + zone.start, end: m.end + zone.start });
  }
  return out;
}
