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
 *
 * The XML goes through the project's own reader (`io/xml`), as every other
 * XML import does: a termbase comes from outside, so entity declarations
 * are refused rather than expanded.
 */
import { ImportError } from '../io/import-error.ts';
import { parseXml, type XmlDocument, type XmlElement, type XmlNode } from '../io/xml/index.ts';
import {
  GlossaryError,
  type GlossaryProblem,
  type GlossaryReadResult,
  type TermEntry,
} from './model.ts';
import { makeEntry } from './csv.ts';
import { expandTermForms } from './term-forms.ts';

/**
 * Largest TBX read, in characters. Termbases are far smaller than the
 * interchange files; the limit only keeps a wrong file from hanging the tab.
 */
const MAX_TBX_CHARS = 64_000_000;

/** An element's name without its namespace prefix: `tbx:term` and `term` are one element. */
function tagOf(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

function attributeOf(element: XmlElement, name: string): string | undefined {
  return element.attributes[name];
}

/** All text inside a node, inline markup flattened. */
function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Every descendant element (and the element itself) named one of `tags`, in document order. */
function descendants(
  element: XmlElement,
  tags: ReadonlySet<string>,
  out: XmlElement[] = [],
): XmlElement[] {
  if (tags.has(tagOf(element))) out.push(element);
  for (const child of element.children)
    if (typeof child !== 'string') descendants(child, tags, out);
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
function termsOf(section: XmlElement): Term[] {
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
function languageOf(section: XmlElement): string {
  const lang = attributeOf(section, 'lang') ?? attributeOf(section, 'xml:lang') ?? '';
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Reads a TBX termbase. Throws `GlossaryError` when the XML is malformed or not TBX. */
export function readTbx(xml: string): GlossaryReadResult {
  const xmlDocument = parseTbxXml(xml);
  const root = xmlDocument.root;
  const rootTag = tagOf(root);
  if (rootTag !== 'martif' && rootTag !== 'tbx') {
    throw new GlossaryError(`not a TBX file: the root element is <${rootTag}>`);
  }
  const entries: TermEntry[] = [];
  const problems: GlossaryProblem[] = [];
  for (const entry of descendants(root, ENTRY_TAGS)) {
    const line = xmlDocument.locate(entry.offset).line ?? 1;
    const sections = descendants(entry, LANGUAGE_TAGS);
    const terms = (language: string) =>
      sections.filter((s) => languageOf(s) === language).flatMap(termsOf);
    const zh = terms('zh').filter((t) => t.text !== '');
    const en = terms('en').filter((t) => t.text !== '');
    const accepted = en.filter((t) => !t.forbidden);
    if (zh.length === 0 || accepted.length === 0) {
      const missing = zh.length === 0 ? 'Chinese' : 'usable English';
      problems.push({ line, message: `entry has no ${missing} term` });
      continue;
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
  }
  return { termbase: { entries }, problems };
}

/**
 * The project's safe XML reader (entity declarations refused, nothing
 * expanded but the predefined entities), its errors as `GlossaryError`s so
 * that callers of the glossary readers catch one type.
 */
function parseTbxXml(xml: string): XmlDocument {
  try {
    return parseXml(xml, { maxChars: MAX_TBX_CHARS });
  } catch (error) {
    if (error instanceof ImportError) throw new GlossaryError(error.problem, error.location.line);
    throw error;
  }
}
