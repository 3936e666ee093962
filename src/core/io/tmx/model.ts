/**
 * The TMX document model: what a TMX 1.4b (or 1.1) file holds, kept
 * completely enough that writing it back loses nothing the format means.
 *
 * Attributes stay a plain record in document order rather than named
 * fields: TMX tools add their own (`o-encoding`, `usagecount`, `type2`…), and
 * a model that names only the standard ones would drop the rest on export.
 * Segment content is a list of text and inline elements in order, the inline
 * elements keeping their attributes and their own content (the native code
 * of `<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`; the text of `<hi>` and
 * `<sub>`). What is not kept: comments, the order of notes relative to
 * props, and the whitespace between structural elements, none of which
 * carries meaning in TMX.
 */

/** The inline elements of TMX segment content. `ut` is TMX 1.4's deprecated "unknown tag". */
export type InlineKind = 'bpt' | 'ept' | 'it' | 'ph' | 'hi' | 'sub' | 'ut';

/** The inline element names, for parsing. */
export const INLINE_KINDS: ReadonlySet<string> = new Set<InlineKind>([
  'bpt',
  'ept',
  'it',
  'ph',
  'hi',
  'sub',
  'ut',
]);

/** An inline element with its attributes (`i`, `x`, `type`, `pos`, `assoc`…) and content. */
export interface InlineElement {
  kind: InlineKind;
  attrs: Record<string, string>;
  content: InlineContent[];
}

/**
 * Segment content: text and inline elements in document order. In a model
 * produced by `readTmx`, no two strings are adjacent and none is empty.
 */
export type InlineContent = string | InlineElement;

/** `<prop>`: tool-defined data, usually with a `type` attribute. */
export interface TmxProp {
  attributes: Record<string, string>;
  text: string;
}

/** `<note>`: a comment for people. */
export interface TmxNote {
  attributes: Record<string, string>;
  text: string;
}

/** `<ude>`: a user-defined encoding, with the attributes of each of its `<map>`s. */
export interface TmxUde {
  attributes: Record<string, string>;
  maps: Record<string, string>[];
}

/**
 * `<header>`. Its attributes hold `srclang`, `adminlang`, `datatype`,
 * `segtype`, `o-tmf`, `creationtool`, `creationtoolversion` and any others.
 */
export interface TmxHeader {
  attributes: Record<string, string>;
  notes: TmxNote[];
  props: TmxProp[];
  udes: TmxUde[];
}

/** `<tuv>`: one language's version of a translation unit. */
export interface Tuv {
  /** From `xml:lang` (TMX 1.4) or `lang` (TMX 1.1), as written. */
  lang: string;
  /** The other attributes. */
  attributes: Record<string, string>;
  notes: TmxNote[];
  props: TmxProp[];
  content: InlineContent[];
}

/** `<tu>`: a translation unit; `tuid`, `srclang` and the like are in `attributes`. */
export interface Tu {
  attributes: Record<string, string>;
  notes: TmxNote[];
  props: TmxProp[];
  variants: Tuv[];
}

/** A TMX document. */
export interface Tmx {
  /** The `version` attribute of `<tmx>`: `"1.4"`, `"1.1"`… */
  version: string;
  header: TmxHeader;
  units: Tu[];
}

/**
 * The text of segment content. `visible` is what a reader of the document
 * sees: the text and what `<hi>` marks, without the native codes (`<bpt>`,
 * `<ept>`, `<it>`, `<ph>`, `<ut>` and the `<sub>` text inside them).
 * `native` puts the codes' content back in place, which rebuilds the
 * original document's markup (the LISA kit's expected outputs are that).
 */
export function inlineText(content: readonly InlineContent[], mode: 'visible' | 'native'): string {
  let text = '';
  for (const item of content) {
    if (typeof item === 'string') text += item;
    else if (item.kind === 'hi' || item.kind === 'sub' || mode === 'native') {
      text += inlineText(item.content, mode);
    }
  }
  return text;
}

/** Content in the canonical form `readTmx` returns: adjacent strings merged, empty ones dropped. */
export function normalizeInline(content: readonly InlineContent[]): InlineContent[] {
  const out: InlineContent[] = [];
  for (const item of content) {
    if (typeof item !== 'string') {
      out.push({ ...item, content: normalizeInline(item.content) });
    } else if (item) {
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + item;
      else out.push(item);
    }
  }
  return out;
}
