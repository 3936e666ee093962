/**
 * Messages for findings. A finding carries a key of the `qa` i18n namespace
 * and its parameters; the UI renders the key with i18next in the reader's
 * language. Core holds no wording of its own: whoever wants the text in a
 * finding (the CLI, logs) passes the catalogue in (`QaOptions.messages`),
 * so core depends on no locale file and the CLI's wording is the app's.
 */

/** Message templates by dotted key, as an i18next namespace holds them. */
export type MessageCatalogue = { readonly [key: string]: string | MessageCatalogue };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The template at a dotted `key` of a catalogue, `undefined` if there is none. */
export function templateOf(catalogue: MessageCatalogue, key: string): string | undefined {
  let node: string | MessageCatalogue | undefined = catalogue;
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

/** Templates already looked up, per catalogue and key: a finding is made for every problem found. */
const lookedUp = new WeakMap<MessageCatalogue, Map<string, string>>();

/**
 * The message for `key` from `catalogue`. A missing key is a bug in a
 * check; it throws rather than showing the reviewer a key, and the tests of
 * every check exercise their keys.
 */
export function messageOf(
  catalogue: MessageCatalogue,
  key: string,
  params: Record<string, string | number>,
): string {
  let templates = lookedUp.get(catalogue);
  if (!templates) lookedUp.set(catalogue, (templates = new Map<string, string>()));
  let template = templates.get(key);
  if (template === undefined) {
    template = templateOf(catalogue, key);
    if (template !== undefined) templates.set(key, template);
  }
  if (template === undefined) throw new Error(`qa: no message for "${key}"`);
  return fillTemplate(template, params);
}

/** A short quote of `text` for a message: at most `max` characters, an ellipsis marking a cut. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
