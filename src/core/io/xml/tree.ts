/**
 * A small, safe XML element tree on top of fast-xml-parser, shared by the
 * interchange readers (TMX now, XLIFF next).
 *
 * What goes in must already be a string (`decode.ts` for bytes). Then, in
 * order: the size limit; line ends normalised to LF (XML 1.0 §2.11, done
 * first so that every offset below points into the text the parser saw);
 * entity declarations refused (`guard.ts`); characters XML forbids refused;
 * well-formedness checked by fast-xml-parser's validator, whose line and
 * column go into the error; then the parse, with entity processing off and
 * values untrimmed, into `XmlElement`s whose text has its references
 * resolved by us (`entities.ts`). Comments and processing instructions are
 * dropped; CDATA becomes text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  checkSize,
  fromParserErrors,
  ImportError,
  lineColumnAt,
  type ImportLocation,
} from '../import-error.ts';
import { decodeReferences, NON_XML_CHAR, normalizeAttributeWhitespace } from './entities.ts';
import { refuseEntityDeclarations } from './guard.ts';

/** A node of the tree: character data or an element. */
export type XmlNode = string | XmlElement;

/** An element with its attributes (references resolved) and children in document order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Adjacent character data is merged: no two strings follow each other, none is empty. */
  children: XmlNode[];
  /** UTF-16 offset of the element's `<` in the parsed text, for error locations. */
  offset: number;
}

/** A parsed document: its root element and a way to turn offsets into locations. */
export interface XmlDocument {
  root: XmlElement;
  /** The location of an offset, with the file name given to `parseXml`. */
  locate(offset: number, path?: string): ImportLocation;
}

/** Options of `parseXml`. */
export interface ParseXmlOptions {
  /** File name for locations. */
  file?: string;
  /** Largest text accepted, in characters. */
  maxChars: number;
}

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  captureMetaData: true,
  // TMX nests at most a few levels; deeper input is hostile or broken.
  maxNestedTags: 64,
} as const;

/** One parser for every document: `parse` keeps no state between calls, and building the options costs. */
const parser = new XMLParser(PARSER_OPTIONS);

/** Parses an XML document. Throws `ImportError` only. */
export function parseXml(input: string, options: ParseXmlOptions): XmlDocument {
  const { file } = options;
  checkSize(input.length, options.maxChars, 'characters', file);
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const locate = (offset: number, path?: string): ImportLocation => ({
    ...(file === undefined ? {} : { file }),
    ...lineColumnAt(text, offset),
    ...(path === undefined ? {} : { path }),
  });
  refuseEntityDeclarations(text, file);
  const bad = NON_XML_CHAR.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0) ?? 0;
    throw new ImportError(
      'malformed',
      `the file contains a character XML does not allow (U+${code.toString(16).toUpperCase().padStart(4, '0')})`,
      locate(bad.index),
    );
  }
  const valid = fromParserErrors(() => XMLValidator.validate(text), locate(0));
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ImportError('malformed', `not well-formed XML: ${msg}`, {
      ...(file === undefined ? {} : { file }),
      ...(line ? { line } : {}),
      ...(col ? { column: col } : {}),
    });
  }
  const parsed = fromParserErrors(() => parser.parse(text) as unknown[], locate(0));
  const context: Context = { text, locate };
  const roots = toNodes(parsed, 0, context).filter(
    (node) => typeof node !== 'string' || /\S/.test(node),
  );
  const root = roots[0];
  if (roots.length !== 1 || typeof root !== 'object') {
    throw new ImportError(
      'malformed',
      'not well-formed XML: a document has exactly one root element',
      locate(0),
    );
  }
  refuseTrailingContent(text, parsed, locate);
  return { root, locate };
}

/**
 * The parser silently drops character data after the root element; XML
 * allows only comments, processing instructions and whitespace there.
 */
function refuseTrailingContent(
  text: string,
  parsed: readonly unknown[],
  locate: (offset: number) => ImportLocation,
): void {
  const ends = parsed.map(
    (item) => (item as { [META]?: { endIndex?: number } })[META]?.endIndex ?? 0,
  );
  const end = Math.max(0, ...ends);
  const rest = text
    .slice(end)
    .replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (markup) => ' '.repeat(markup.length));
  const stray = rest.search(/\S/);
  if (stray !== -1) {
    throw new ImportError(
      'malformed',
      'not well-formed XML: text after the root element',
      locate(end + stray),
    );
  }
}

/** What converting the parser's output needs to know. */
interface Context {
  text: string;
  locate: (offset: number) => ImportLocation;
}

// Typed as the boxed `Symbol` by the library; it is a plain symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The parser's ordered output as nodes; `parentOffset` locates text errors. */
function toNodes(raw: readonly unknown[], parentOffset: number, context: Context): XmlNode[] {
  const nodes: XmlNode[] = [];
  const pushText = (text: string): void => {
    if (!text) return;
    const last = nodes[nodes.length - 1];
    if (typeof last === 'string') nodes[nodes.length - 1] = last + text;
    else nodes.push(text);
  };
  for (const item of raw) {
    const entry = item as Record<string, unknown> & { [META]?: { startIndex?: number } };
    const name = Object.keys(entry).find((key) => key !== ':@');
    if (name === undefined || name.startsWith('?')) continue;
    const content = entry[name];
    if (name === '#text') {
      pushText(resolveText(String(content), parentOffset, context));
    } else if (name === '#cdata') {
      pushText(cdataText(content));
    } else {
      const offset = entry[META]?.startIndex ?? parentOffset;
      nodes.push({
        name,
        attributes: toAttributes(entry[':@'], offset, context),
        children: toNodes(Array.isArray(content) ? content : [], offset, context),
        offset,
      });
    }
  }
  return nodes;
}

/**
 * Resolves references in raw text found inside the element at `offset`. The
 * parser does not say where text starts, so a bad reference is located by
 * searching for it from the element's start: the first occurrence there is
 * the one that failed, since every earlier reference resolved.
 */
function resolveText(raw: string, offset: number, context: Context): string {
  const result = decodeReferences(raw);
  if ('text' in result) return result.text;
  const { reference, problem } = result.bad;
  const at = context.text.indexOf(reference, offset);
  throw new ImportError(
    'malformed',
    `${reference} ${problem}`,
    context.locate(at === -1 ? offset : at),
  );
}

function cdataText(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => {
      const text = (part as Record<string, unknown>)['#text'];
      return typeof text === 'string' ? text : '';
    })
    .join('');
}

function toAttributes(raw: unknown, offset: number, context: Context): Record<string, string> {
  if (typeof raw !== 'object' || raw === null) return {};
  // fromEntries defines own properties, so even an attribute named
  // `__proto__` stays data and never reaches a prototype.
  return Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [
      name,
      resolveText(normalizeAttributeWhitespace(String(value)), offset, context),
    ]),
  );
}
