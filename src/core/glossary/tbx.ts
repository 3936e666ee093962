/**
 * Reading a termbase from TBX, the ISO 30042 TermBase eXchange format, in
 * its basic dialect as exported by terminology tools: both TBX 2
 * (`<martif>` … `<termEntry>` / `<langSet>` / `<tig>` or `<ntig>`) and TBX 3
 * (`<tbx>` … `<conceptEntry>` / `<langSec>` / `<termSec>`).
 *
 * Each concept entry becomes one term entry: its Chinese terms are the
 * source forms, its English terms the accepted renderings, except those
 * whose `administrativeStatus` deprecates or supersedes them, which become
 * forbidden renderings. Notes and definitions are kept for display.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  GlossaryError,
  type GlossaryProblem,
  type GlossaryReadResult,
  type TermEntry,
} from './model.ts';
import { makeEntry } from './csv.ts';
import { expandTermForms } from './term-forms.ts';

/** A node of fast-xml-parser's order-preserving output. */
type XmlNode = Record<string, unknown>;

const ATTRIBUTES = ':@';

/** The element name of a node, `null` for text. */
function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES && key !== '#text') return key;
  return null;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag === null ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** All text inside a node, inline markup flattened. */
function textOf(node: XmlNode): string {
  if (typeof node['#text'] === 'string' || typeof node['#text'] === 'number')
    return String(node['#text']);
  return childrenOf(node).map(textOf).join('');
}

/** Every descendant element (and the node itself) named one of `tags`, in document order. */
function descendants(node: XmlNode, tags: ReadonlySet<string>, out: XmlNode[] = []): XmlNode[] {
  const tag = tagOf(node);
  if (tag !== null && tags.has(tag)) out.push(node);
  for (const child of childrenOf(node)) descendants(child, tags, out);
  return out;
}

const ENTRY_TAGS = new Set(['termEntry', 'conceptEntry']);
const LANGUAGE_TAGS = new Set(['langSet', 'langSec']);
const TERM_GROUP_TAGS = new Set(['tig', 'ntig', 'termSec']);
const NOTE_TAGS = new Set(['note', 'descrip']);

/** Administrative statuses that mean "do not use this term". */
const FORBIDDEN_STATUS = /deprecated|superseded|notrecommended|forbidden/i;

interface Term {
  text: string;
  forbidden: boolean;
}

/** The terms of one language section. */
function termsOf(section: XmlNode): Term[] {
  return descendants(section, TERM_GROUP_TAGS).flatMap((group) => {
    const [term] = descendants(group, new Set(['term']));
    if (!term) return [];
    const status = descendants(group, new Set(['termNote']))
      .filter((n) =>
        /administrativeStatus|normativeAuthorization/i.test(attributeOf(n, 'type') ?? ''),
      )
      .map(textOf)
      .join(' ');
    return [{ text: textOf(term).trim(), forbidden: FORBIDDEN_STATUS.test(status) }];
  });
}

/** The primary language subtag of a section (`zh` for `zh-Hans-CN`). */
function languageOf(section: XmlNode): string {
  const lang = attributeOf(section, 'lang') ?? attributeOf(section, 'xml:lang') ?? '';
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** 1-based line numbers of the entries' start tags, in order. */
function entryLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of xml.matchAll(/<(?:termEntry|conceptEntry)\b/g)) {
    for (let i = from; i < match.index; i++) if (xml.charCodeAt(i) === 10) line++;
    from = match.index;
    lines.push(line);
  }
  return lines;
}

/** Reads a TBX termbase. Throws `GlossaryError` when the XML is malformed or not TBX. */
export function readTbx(xml: string): GlossaryReadResult {
  const body = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new GlossaryError(valid.err.msg, valid.err.line);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
  const document = parser.parse(body) as XmlNode[];
  const root = document.find((node) => {
    const tag = tagOf(node);
    return tag !== null && !tag.startsWith('?');
  });
  const rootTag = root ? tagOf(root) : null;
  if (!root || (rootTag !== 'martif' && rootTag !== 'tbx')) {
    throw new GlossaryError(`not a TBX file: the root element is <${rootTag ?? 'none'}>`);
  }
  const lines = entryLines(body);
  const entries: TermEntry[] = [];
  const problems: GlossaryProblem[] = [];
  descendants(root, ENTRY_TAGS).forEach((entry, k) => {
    const line = lines[k] ?? 1;
    const sections = descendants(entry, LANGUAGE_TAGS);
    const terms = (language: string) =>
      sections.filter((s) => languageOf(s) === language).flatMap(termsOf);
    const zh = terms('zh').filter((t) => t.text !== '');
    const en = terms('en').filter((t) => t.text !== '');
    const accepted = en.filter((t) => !t.forbidden);
    if (zh.length === 0 || accepted.length === 0) {
      const missing = zh.length === 0 ? 'Chinese' : 'usable English';
      problems.push({ line, message: `entry has no ${missing} term` });
      return;
    }
    const note = descendants(entry, NOTE_TAGS)
      .map((n) => textOf(n).trim())
      .filter((t) => t !== '')
      .join(' / ');
    const made = makeEntry(
      zh[0]?.text ?? '',
      accepted[0]?.text ?? '',
      en.filter((t) => t.forbidden).map((t) => t.text),
      note,
      line,
    );
    // Every Chinese term and accepted English term of the concept counts, not only the first.
    made.zhForms = [...new Set(zh.flatMap((t) => expandTermForms(t.text)))];
    made.enForms = [...new Set(accepted.flatMap((t) => expandTermForms(t.text)))];
    entries.push(made);
  });
  return { termbase: { entries }, problems };
}
