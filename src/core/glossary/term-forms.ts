/**
 * The forms a termbase term stands for. Termbases written by people pack
 * several forms into one cell: an abbreviation or alternative in trailing
 * parentheses (`Ministry of Human Resources and Social Security (MOHRSS)`,
 * `gig job market (odd-job market)`), an optional word in the middle
 * (`structural (employment) imbalances`, `结构性（就业）矛盾`), slashes between
 * alternatives (`trips / trainee places`) and quotes around metaphors. The
 * expansion is purely typographic: no word of the term is interpreted.
 */

/** Parentheses in either width, with what they hold. */
const GROUP = /[(（]([^()（）]*)[)）]/;

/** Separators between alternatives: a spaced slash or a semicolon, either width. */
const ALTERNATIVES = /\s+\/\s+|\s*[;；／]\s*/;

/** Quotation marks around a word of a term say nothing about matching it. */
const QUOTES = /["“”„«»「」『』]/g;

const HAN = /\p{Script=Han}/u;

/** Joins two parts of a term: with a space between Latin text, without one next to Chinese. */
function join(before: string, after: string): string {
  const a = before.trim();
  const b = after.trim();
  if (!a || !b) return a || b;
  return HAN.test(a.slice(-1)) || HAN.test(b.charAt(0)) ? a + b : `${a} ${b}`;
}

function clean(form: string): string {
  return form.replace(QUOTES, '').replace(/\s+/g, ' ').trim();
}

/** Expands the first parenthesised group of `text`, recursing on what results. */
function expand(text: string): string[] {
  const match = GROUP.exec(text);
  if (!match) return text.split(ALTERNATIVES);
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  const inside = (match[1] ?? '').trim();
  if (!inside) return expand(join(before, after));
  if (!after.trim() && before.trim()) {
    // Trailing parentheses hold another name for the whole: an
    // abbreviation, a synonym, or alternatives split by slashes.
    return [...expand(before), ...inside.split(ALTERNATIVES)];
  }
  // Parentheses inside a term mark an optional part.
  return [...expand(join(before, after)), ...expand(join(join(before, inside), after))];
}

/**
 * The distinct forms `text` stands for, the main one first (the term without
 * its parenthesised parts): `结构性（就业）矛盾` gives `结构性矛盾` and
 * `结构性就业矛盾`; `veterans` follows `ex-service members`. Matchers that
 * need the longest form first sort for themselves.
 */
export function expandTermForms(text: string): string[] {
  const forms = expand(text)
    .map(clean)
    .filter((form) => form !== '');
  return [...new Set(forms)];
}
