/**
 * Whether a word is spoken starting with a vowel sound, which is what
 * chooses between "a" and "an". Spelling gets it wrong often enough to need
 * rules of its own: "a European", "a one-off", "a useful" (a vowel letter
 * spoken as a consonant), "an honest", "an hour" (a silent h), "an MP",
 * "an FBI agent" (letters spelt out), "an 8-hour shift", "an 11-year-old"
 * (numbers read aloud).
 */

/** Vowel letters spoken as a consonant: "you" (unit, use, Europe), "w" (one, once). */
const CONSONANT_VOWEL =
  /^(?:uni(?![mnd])|unan|us[aeiu]|ut[aeio]|ubi|uk|uga|ur[aeiou]|u-|eu|ewe|one(?:$|-|s$|self)|once|oui)/;

/** Consonant letters spoken as a vowel: the silent h, and "x" as a prefix (x-ray). */
const VOWEL_CONSONANT = /^(?:hour|honest|honou?r|heir|x-)/;

/** Words both articles go with in good usage ("a/an historic", "a/an herb"). */
const EITHER = /^(?:historic|herb|hotel|heroic|habitual|hysteric|humble)/;

/** Letters whose names start with a vowel sound: A, E, F (eff), H (aitch), I, L, M, N, O, R, S, X. */
const VOWEL_LETTER_NAMES = new Set('AEFHILMNORSX');

/** Whether an acronym is read as a word (NATO, ASEAN) rather than spelt out (FBI, MP). */
function readAsWord(acronym: string): boolean {
  return (
    acronym.length >= 4 && /[AEIOU]/.test(acronym.slice(0, 3)) && /[AEIOU]/.test(acronym.slice(1))
  );
}

/**
 * Whether a number written in digits is read starting with a vowel: eight,
 * eighty, eight hundred, eleven and eighteen (thousand, hundred).
 */
function numberStartsWithVowel(digits: string): boolean {
  const whole = digits.replace(/,/g, '').split('.')[0] ?? '';
  if (whole === '') return false;
  if (whole.startsWith('8')) return true;
  // The leading group as it is read: "11" of 11,000 or of 1100 ("eleven hundred").
  const lead =
    whole.length === 4 ? whole.slice(0, 2) : whole.slice(0, ((whole.length - 1) % 3) + 1);
  return lead === '11' || lead === '18';
}

/**
 * Whether `word` (as written, with its case) starts with a vowel sound;
 * `null` when the answer depends on the speaker or cannot be told.
 */
export function startsWithVowelSound(word: string): boolean | null {
  if (/^\d/.test(word)) return numberStartsWithVowel(/^[\d,.]+/.exec(word)?.[0] ?? '');
  const letters = /^\p{L}+/u.exec(word)?.[0] ?? '';
  if (letters === '') return null;
  const acronym = /^(\p{Lu}{2,})s?$/u.exec(letters)?.[1];
  if (acronym && !readAsWord(acronym)) return VOWEL_LETTER_NAMES.has(acronym.charAt(0));
  // Acronyms read as words start like words, and U- ones with "you" (a UNESCO site).
  if (acronym) return /^[AEIO]/.test(acronym);
  if (letters.length === 1 && /\p{Lu}/u.test(letters)) return VOWEL_LETTER_NAMES.has(letters);
  if (/\d/.test(word.slice(letters.length, letters.length + 1))) return null;
  const lower = word.toLowerCase();
  if (EITHER.test(lower)) return null;
  if (CONSONANT_VOWEL.test(lower)) return false;
  if (VOWEL_CONSONANT.test(lower)) return true;
  return /^[aeiou]/.test(lower);
}
