/**
 * Reading TMX 1.4b and 1.1 files into the model of `model.ts`.
 *
 * Bytes go through `xml/decode.ts` (BOM, UTF-16 with or without BOM, the
 * declared encoding) and `xml/tree.ts` (size limit, entity declarations
 * refused, well-formedness with line and column). Not being XML, or not
 * being TMX at all (another root, no `<body>`), is an `ImportError`. Within
 * the body the reader is lenient, because translation memories that fail
 * the DTD in small ways are common and most of their units are still good:
 * a `<tuv>` without language or segment, or an element TMX does not define,
 * is left out or read as text with a warning located at its first
 * occurrence.
 */
import { checkSize, ImportError, WarningLog, type ImportWarning } from '../import-error.ts';
import { decodeXml } from '../xml/decode.ts';
import { parseXml, type XmlDocument, type XmlElement, type XmlNode } from '../xml/tree.ts';
import {
  INLINE_KINDS,
  type InlineContent,
  type InlineKind,
  type Tmx,
  type TmxHeader,
  type TmxNote,
  type TmxProp,
  type Tu,
  type Tuv,
} from './model.ts';

/**
 * Largest TMX file read, in bytes (or characters for a string). Memories
 * can be large, but a project holds one document of at most 50 M characters
 * a side, and the parsed tree takes several times the file's size in memory.
 */
export const MAX_TMX_BYTES = 64_000_000;

/** A read TMX file and what the reader had to work around. */
export interface TmxReadResult {
  tmx: Tmx;
  warnings: ImportWarning[];
}

/** Options of `readTmx`. */
export interface TmxReadOptions {
  /** File name, for locations. */
  file?: string;
}

/** Reads a TMX file from its bytes or its text. Throws `ImportError` only. */
export function readTmx(input: Uint8Array | string, options: TmxReadOptions = {}): TmxReadResult {
  const { file } = options;
  // Bytes are checked before decoding, which would allocate the whole string.
  if (typeof input !== 'string') checkSize(input.length, MAX_TMX_BYTES, 'bytes', file);
  const text = typeof input === 'string' ? input : decodeXml(input, file);
  const document = parseXml(text, {
    maxChars: MAX_TMX_BYTES,
    ...(file === undefined ? {} : { file }),
  });
  const reader = new TmxReader(document);
  return { tmx: reader.read(), warnings: reader.warnings.list() };
}

/** Child elements of `element` named `name`. */
function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.name === name,
  );
}

/** The character data of an element and its descendants. */
function textOf(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : textOf(child)))
    .join('');
}

class TmxReader {
  readonly warnings = new WarningLog();

  constructor(private readonly document: XmlDocument) {}

  read(): Tmx {
    const root = this.document.root;
    if (root.name !== 'tmx') {
      throw new ImportError(
        'invalid',
        `not a TMX file: the root element is <${root.name}>, not <tmx>`,
        this.document.locate(root.offset),
      );
    }
    const body = childrenNamed(root, 'body')[0];
    if (!body) {
      throw new ImportError(
        'invalid',
        'not a TMX file: <tmx> has no <body>',
        this.document.locate(root.offset, 'tmx'),
      );
    }
    const header = childrenNamed(root, 'header')[0];
    if (!header)
      this.warn('no-header', 'the file has no <header>; an empty one was assumed', root, 'tmx');
    const units: Tu[] = [];
    body.children.forEach((child) => {
      if (typeof child === 'string') return;
      if (child.name === 'tu') units.push(this.tu(child, `tmx/body/tu[${units.length + 1}]`));
      else
        this.warn(
          'unknown-element',
          `<${child.name}> is not a TMX element and was left out`,
          child,
          'tmx/body',
        );
    });
    return {
      version: root.attributes.version ?? '1.4',
      header: header ? this.header(header) : { attributes: {}, notes: [], props: [], udes: [] },
      units,
    };
  }

  private header(element: XmlElement): TmxHeader {
    return {
      attributes: { ...element.attributes },
      notes: childrenNamed(element, 'note').map(annotation),
      props: childrenNamed(element, 'prop').map(annotation),
      udes: childrenNamed(element, 'ude').map((ude) => ({
        attributes: { ...ude.attributes },
        maps: childrenNamed(ude, 'map').map((map) => ({ ...map.attributes })),
      })),
    };
  }

  private tu(element: XmlElement, path: string): Tu {
    const variants: Tuv[] = [];
    childrenNamed(element, 'tuv').forEach((tuv, k) => {
      const variant = this.tuv(tuv, `${path}/tuv[${k + 1}]`);
      if (variant) variants.push(variant);
    });
    return {
      attributes: { ...element.attributes },
      notes: childrenNamed(element, 'note').map(annotation),
      props: childrenNamed(element, 'prop').map(annotation),
      variants,
    };
  }

  private tuv(element: XmlElement, path: string): Tuv | null {
    const { 'xml:lang': xmlLang, lang: oldLang, ...attributes } = element.attributes;
    const lang = xmlLang ?? oldLang;
    if (!lang) {
      this.warn(
        'tuv-without-language',
        'a <tuv> has no xml:lang (or lang) and was left out',
        element,
        path,
      );
      return null;
    }
    // TMX 1.4 has only xml:lang; if a file carries both, the other stays an attribute.
    if (xmlLang !== undefined && oldLang !== undefined) attributes.lang = oldLang;
    const segs = childrenNamed(element, 'seg');
    const seg = segs[0];
    if (!seg) {
      this.warn('tuv-without-seg', 'a <tuv> has no <seg> and was left out', element, path);
      return null;
    }
    if (segs.length > 1)
      this.warn('extra-seg', 'a <tuv> has more than one <seg>; the first was read', element, path);
    return {
      lang,
      attributes,
      notes: childrenNamed(element, 'note').map(annotation),
      props: childrenNamed(element, 'prop').map(annotation),
      content: this.inline(seg.children, `${path}/seg`),
    };
  }

  private inline(nodes: readonly XmlNode[], path: string): InlineContent[] {
    const content: InlineContent[] = [];
    const pushText = (text: string): void => {
      const last = content[content.length - 1];
      if (typeof last === 'string') content[content.length - 1] = last + text;
      else if (text) content.push(text);
    };
    for (const node of nodes) {
      if (typeof node === 'string') pushText(node);
      else if (INLINE_KINDS.has(node.name)) {
        content.push({
          kind: node.name as InlineKind,
          attrs: { ...node.attributes },
          content: this.inline(node.children, `${path}/${node.name}`),
        });
      } else {
        this.warn(
          'unknown-inline',
          `<${node.name}> is not a TMX inline element; its text was kept`,
          node,
          path,
        );
        pushText(textOf(node));
      }
    }
    return content;
  }

  private warn(code: string, message: string, element: XmlElement, path: string): void {
    this.warnings.add(code, message, this.document.locate(element.offset, path));
  }
}

function annotation(element: XmlElement): TmxProp | TmxNote {
  return { attributes: { ...element.attributes }, text: textOf(element) };
}
