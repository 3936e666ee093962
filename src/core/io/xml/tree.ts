/**
 * A small, safe XML element tree, shared by the interchange readers (TMX,
 * XLIFF 1.2 and 2).
 *
 * What goes in must already be a string (`decode.ts` for bytes). Then, in
 * order: the size limit; line ends normalised to LF (XML 1.0 §2.11, done
 * first so that every offset below points into the text that was parsed);
 * entity declarations refused (`guard.ts`); characters XML forbids refused;
 * then one strict pass of our own tokenizer (`scan.ts`) checks
 * well-formedness, with line and column in every error, and builds
 * `XmlElement`s whose text has its references resolved (`entities.ts`).
 * Nothing is ever expanded but the five predefined entities and character
 * references. Comments and processing instructions are dropped; CDATA
 * becomes text.
 */
import { checkSize, ImportError, lineColumnAt, type ImportLocation } from '../import-error.ts';
import { findNonXmlChar } from './entities.ts';
import { refuseEntityDeclarations } from './guard.ts';
import { scanDocument } from './scan.ts';

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

/** Parses an XML document. Throws `ImportError` only. */
export function parseXml(input: string, options: ParseXmlOptions): XmlDocument {
  const { file } = options;
  checkSize(input.length, options.maxChars, 'characters', file);
  const unmarked = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const locate = (offset: number, path?: string): ImportLocation => ({
    ...(file === undefined ? {} : { file }),
    ...lineColumnAt(text, offset),
    ...(path === undefined ? {} : { path }),
  });
  refuseEntityDeclarations(text, file);
  const bad = findNonXmlChar(text);
  if (bad !== -1) {
    const code = text.codePointAt(bad) ?? 0;
    throw new ImportError(
      'malformed',
      `the file contains a character XML does not allow (U+${code.toString(16).toUpperCase().padStart(4, '0')})`,
      locate(bad),
    );
  }
  const root = scanDocument(text, (offset, problem) => {
    throw new ImportError('malformed', `not well-formed XML: ${problem}`, locate(offset));
  });
  return { root, locate };
}
