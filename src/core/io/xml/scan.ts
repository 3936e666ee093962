/**
 * A strict, single-pass XML 1.0 tokenizer that builds the `XmlElement` tree
 * directly: elements and attributes (names by §2.3, unique attributes,
 * quoted values without `<`), matching end tags, character data (no `]]>`),
 * the five predefined and numeric references (`entities.ts`), CDATA,
 * comments and processing instructions (`markup.ts`), one root element with
 * only white space, comments and PIs around it, and a document type
 * declaration before it.
 *
 * It replaces a validating pass and a parse by fast-xml-parser, which on a
 * 50 MB file took ten times as long. It expects what `parseXml` has already
 * done: line ends normalised, entity declarations and internal subsets
 * refused, characters XML forbids refused. The loops jump with `indexOf`
 * from one `<` to the next and allocate nothing but the tree.
 */
import { lineColumnAt } from '../import-error.ts';
import { decodeReferences, normalizeAttributeWhitespace } from './entities.ts';
import {
  skipComment,
  skipMisc,
  skipProcessingInstruction,
  skipXmlDeclaration,
  startsWithXmlDeclaration,
  type Fail,
} from './markup.ts';
import { isXmlSpace, NameCache, nameEnd, RESERVED_NAMES, skipSpace } from './names.ts';
import type { XmlElement, XmlNode } from './tree.ts';

/** Deepest nesting accepted: interchange formats nest a few levels; deeper input is hostile. */
export const MAX_DEPTH = 64;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/** Parses `text` into its root element; `fail` throws at an offset. */
export function scanDocument(text: string, fail: Fail): XmlElement {
  const scanner = new Scanner(text, fail);
  const declared = startsWithXmlDeclaration(text) ? skipXmlDeclaration(text, fail) : 0;
  const at = skipMisc(text, declared, true, fail);
  if (at >= text.length) fail(at, 'the document has no root element');
  const root = scanner.content(at);
  const end = skipMisc(text, scanner.pos, false, fail);
  if (end < text.length) {
    fail(
      end,
      text.charCodeAt(end) === LT
        ? 'a document has exactly one root element'
        : 'text after the root element',
    );
  }
  return root;
}

class Scanner {
  /** Where scanning stopped. */
  pos = 0;
  /** The name of the start tag read last. */
  tagName = '';
  /** The attributes of the start tag read last. */
  tagAttributes: Record<string, string> = {};
  /** Element and attribute names, one string per name however often it occurs. */
  private readonly names = new NameCache();
  /** Offset of the next `]]>` at or after the last text checked (text.length + 1 when none). */
  private cdataEnd = -1;

  constructor(
    private readonly text: string,
    private readonly fail: Fail,
  ) {}

  /**
   * Reads the element starting at `start` and everything inside it; sets
   * `pos` after it. Children are collected on one scratch stack and copied
   * into an exact-size array when their element ends: arrays grown by
   * `push` would keep room for 17 children each, which on a big file is
   * most of the tree's memory.
   */
  content(start: number): XmlElement {
    const { text, fail } = this;
    const kids: XmlNode[] = [];
    const names: string[] = [];
    const attributes: Record<string, string>[] = [];
    const offsets: number[] = [];
    /** Where each open element's children start in `kids`. */
    const bases: number[] = [];
    let at = start;
    let base = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt === -1) {
        const offset = offsets[offsets.length - 1] ?? at;
        fail(offset, `<${names[names.length - 1] ?? ''}> is never closed`);
      }
      if (lt > at) {
        if (bases.length === 0) fail(at, 'text outside the root element');
        this.addText(kids, base, at, lt);
      }
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) {
        const depth = names.length - 1;
        if (depth < 0) fail(lt, 'an end tag without a start tag');
        at = this.endTag(names[depth] as string, offsets[depth] as number, lt);
        const element: XmlElement = {
          name: names.pop() as string,
          attributes: attributes.pop() as Record<string, string>,
          children: kids.slice(base),
          offset: offsets.pop() as number,
        };
        bases.pop();
        if (bases.length === 0) {
          this.pos = at;
          return element;
        }
        kids.length = base;
        kids.push(element);
        base = bases[bases.length - 1] as number;
      } else if (next === BANG && bases.length > 0) {
        at = this.bang(kids, base, lt);
      } else if (next === QUESTION && bases.length > 0) {
        at = skipProcessingInstruction(text, lt, fail);
      } else {
        const end = this.startTag(lt);
        if (end < 0) {
          const element: XmlElement = {
            name: this.tagName,
            attributes: this.tagAttributes,
            children: [],
            offset: lt,
          };
          if (bases.length === 0) {
            this.pos = -end;
            return element;
          }
          kids.push(element);
          at = -end;
        } else {
          if (bases.length >= MAX_DEPTH) fail(lt, `elements are nested deeper than ${MAX_DEPTH}`);
          names.push(this.tagName);
          attributes.push(this.tagAttributes);
          offsets.push(lt);
          base = kids.length;
          bases.push(base);
          at = end;
        }
      }
    }
  }

  /**
   * Reads a start tag at `lt` into `tagName` and `tagAttributes`. Returns
   * the offset after it, negated for an empty element (`<a/>`).
   */
  private startTag(lt: number): number {
    const { text, fail } = this;
    const end = nameEnd(text, lt + 1);
    if (end === lt + 1) {
      fail(
        lt,
        isXmlSpace(text.charCodeAt(lt + 1)) ? 'white space after <' : 'invalid element name',
      );
    }
    const name = this.names.read(text, lt + 1, end);
    if (RESERVED_NAMES.has(name)) fail(lt, `the element name "${name}" is refused`);
    const attributes: Record<string, string> = {};
    this.tagName = name;
    this.tagAttributes = attributes;
    let at = end;
    for (;;) {
      const after = skipSpace(text, at);
      const c = text.charCodeAt(after);
      if (c === GT) return after + 1;
      if (c === SLASH && text.charCodeAt(after + 1) === GT) return -(after + 2);
      if (after === at) {
        fail(
          after,
          after >= text.length ? `<${name}> is never closed` : `unexpected character in <${name}>`,
        );
      }
      at = this.attribute(attributes, name, after);
    }
  }

  /** Reads the attribute at `start` into `attributes`; returns the offset after its value. */
  private attribute(attributes: Record<string, string>, element: string, start: number): number {
    const { text, fail } = this;
    const end = nameEnd(text, start);
    if (end === start) fail(start, `invalid attribute name in <${element}>`);
    const name = this.names.read(text, start, end);
    if (RESERVED_NAMES.has(name)) fail(start, `the attribute name "${name}" is refused`);
    if (Object.hasOwn(attributes, name)) fail(start, `attribute ${name} is repeated`);
    let at = skipSpace(text, end);
    if (text.charCodeAt(at) !== 0x3d) fail(at, `attribute ${name} has no value (=)`);
    at = skipSpace(text, at + 1);
    const quote = text.charAt(at);
    if (quote !== '"' && quote !== "'") fail(at, `the value of attribute ${name} is not quoted`);
    const close = text.indexOf(quote, at + 1);
    if (close === -1) fail(at, `the value of attribute ${name} is never closed`);
    const raw = text.slice(at + 1, close);
    const lt = raw.indexOf('<');
    if (lt !== -1) fail(at + 1 + lt, `"<" is not allowed in the value of attribute ${name}`);
    // Line ends are LF by now; most values have neither LF nor tab, and stay as they are.
    const value =
      raw.includes('\n') || raw.includes('\t') ? normalizeAttributeWhitespace(raw) : raw;
    attributes[name] = this.resolve(value, at + 1);
    return close + 1;
  }

  /** Reads the end tag at `lt`, which must close `parent`; returns the offset after it. */
  private endTag(open: string, openedAt: number, lt: number): number {
    const { text, fail } = this;
    const end = nameEnd(text, lt + 2);
    const name = text.slice(lt + 2, end);
    const gt = skipSpace(text, end);
    if (end === lt + 2 || text.charCodeAt(gt) !== GT) fail(lt, 'malformed end tag');
    if (name !== open) {
      const { line, column } = lineColumnAt(text, openedAt);
      fail(lt, `expected </${open}> (opened at line ${line}, column ${column}), found </${name}>`);
    }
    return gt + 1;
  }

  /** Comment or CDATA section at `lt` inside an element. */
  private bang(kids: XmlNode[], base: number, lt: number): number {
    const { text, fail } = this;
    if (text.startsWith('<!--', lt)) return skipComment(text, lt, fail);
    if (!text.startsWith('<![CDATA[', lt)) fail(lt, 'unexpected <! inside an element');
    const close = text.indexOf(']]>', lt + 9);
    if (close === -1) fail(lt, 'a CDATA section is never closed (missing ]]>)');
    if (close > lt + 9) pushText(kids, base, text.slice(lt + 9, close));
    return close + 3;
  }

  /** Adds the character data from `start` to `end` to the children from `base` on. */
  private addText(kids: XmlNode[], base: number, start: number, end: number): void {
    const { text } = this;
    if (this.cdataEnd < start) {
      const next = text.indexOf(']]>', start);
      this.cdataEnd = next === -1 ? text.length + 1 : next;
    }
    if (this.cdataEnd < end) this.fail(this.cdataEnd, '"]]>" is not allowed in text');
    pushText(kids, base, this.resolve(text.slice(start, end), start));
  }

  /** Resolves the references of `raw`, which starts at `offset` in the text. */
  private resolve(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    const result = decodeReferences(raw);
    if ('text' in result) return result.text;
    const { reference, problem, offset: at } = result.bad;
    return this.fail(offset + at, `${reference} ${problem}`);
  }
}

/** Appends text to the children from `base` on in `kids`, merged with text before it. */
function pushText(kids: XmlNode[], base: number, text: string): void {
  const last = kids.length - 1;
  if (last >= base && typeof kids[last] === 'string') kids[last] += text;
  else kids.push(text);
}
