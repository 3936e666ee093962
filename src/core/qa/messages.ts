/**
 * English messages for findings, from the same `qa` i18n namespace the UI
 * translates: one catalogue, so the CLI's wording cannot drift from the
 * app's. The UI renders `messageKey` with i18next in the reader's language;
 * this module fills in the English once, for the CLI and logs.
 */
import english from '../../i18n/locales/en/qa.json';

type Catalogue = { [key: string]: string | Catalogue };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** English templates already looked up, by key: a finding is made for every problem found. */
const englishTemplates = new Map<string, string>();

/** The template at a dotted `key` of a catalogue, `undefined` if there is none. */
export function templateOf(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills `{{name}}` placeholders (i18next syntax) with `params`; unknown names are left as written. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The English message for `key`. A missing key is a bug in a check; it
 * throws rather than showing the reviewer a key, and the tests of every
 * check exercise their keys.
 */
export function englishMessage(key: string, params: Record<string, string | number>): string {
  let template = englishTemplates.get(key);
  if (template === undefined) {
    template = templateOf(english, key);
    if (template !== undefined) englishTemplates.set(key, template);
  }
  if (template === undefined) throw new Error(`qa: no English message for "${key}"`);
  return fillTemplate(template, params);
}

/** A short quote of `text` for a message: at most `max` characters, an ellipsis marking a cut. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
