/**
 * Safe XML reading and writing helpers shared by the interchange formats:
 * decoding bytes by the rules of XML, refusing entity declarations, a small
 * element tree, and escaping for writers.
 */
export { decodeXml, declaredEncoding } from './decode.ts';
export { escapeXmlAttribute, escapeXmlText, isXmlChar, toXmlChars } from './entities.ts';
export { refuseEntityDeclarations } from './guard.ts';
export { rootElementName } from './root-name.ts';
export {
  parseXml,
  type ParseXmlOptions,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from './tree.ts';
