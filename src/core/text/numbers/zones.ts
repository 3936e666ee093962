/**
 * Script zones: where a text switches between Chinese and English.
 *
 * MT output is often mixed: a paragraph left untranslated, or one that
 * switches language mid-sentence (…省级“一卡通”, Vigorously promote…).
 * Reading 9.7亿 with the English rules would give 9.7, so each stretch is
 * read by the reader for its own script. A zone boundary falls between the
 * last letter of one script and the first of the other; the digits glued to
 * that first letter (9.7亿, 5G) go with it, everything else in the gap
 * (spaces, punctuation, free-standing numbers) stays with the earlier zone.
 */

/** A stretch of text in one script, half-open `[start, end)`. */
export interface ScriptZone {
  start: number;
  end: number;
  /** `null` for text with no letters at all (digits and punctuation only). */
  script: 'han' | 'latin' | null;
}

// CJK ideographs, Extension A, compatibility ideographs, and the astral
// extensions as surrogate pairs.
const HAN = String.raw`[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]`;
const LETTER_RUN = new RegExp(`((?:${HAN})+)|([A-Za-z]+)`, 'g');
const HAS_HAN = new RegExp(HAN);
const HAS_LATIN = /[A-Za-z]/;
const GLUED = /[\d.,%:]*$/;

/** Whether `text` holds any Chinese ideograph. */
export function hasHan(text: string): boolean {
  return HAS_HAN.test(text);
}

/** Whether `text` holds any ASCII letter. */
export function hasLatin(text: string): boolean {
  return HAS_LATIN.test(text);
}

/** Splits `text` into zones of one script each, covering it end to end. */
export function scriptZones(text: string): ScriptZone[] {
  const zones: ScriptZone[] = [];
  let current: ScriptZone = { start: 0, end: text.length, script: null };
  let lastLetterEnd = 0;
  const re = LETTER_RUN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const script = m[1] !== undefined ? 'han' : 'latin';
    if (current.script === null) {
      current.script = script;
    } else if (script !== current.script) {
      const gap = text.slice(lastLetterEnd, m.index);
      const cut = m.index - (GLUED.exec(gap)?.[0].length ?? 0);
      zones.push({ start: current.start, end: cut, script: current.script });
      current = { start: cut, end: text.length, script };
    }
    lastLetterEnd = m.index + m[0].length;
  }
  zones.push(current);
  return zones;
}
