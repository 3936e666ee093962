/**
 * Element trees to XML text. Attributes keep their order and names as
 * written; text and attribute values are escaped by the shared helpers,
 * which also replace characters XML cannot carry.
 */
import { escapeXmlAttribute, escapeXmlText, type XmlElement, type XmlNode } from '../xml/index.ts';

/** Appends the XML of `node` to `out`. Iterative over children, recursive over depth (bounded by the parser). */
function write(node: XmlNode, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeXmlText(node));
    return;
  }
  let tag = `<${node.name}`;
  for (const [name, value] of Object.entries(node.attributes)) {
    tag += ` ${name}="${escapeXmlAttribute(value)}"`;
  }
  if (node.children.length === 0) {
    out.push(`${tag}/>`);
    return;
  }
  out.push(`${tag}>`);
  for (const child of node.children) write(child, out);
  out.push(`</${node.name}>`);
}

/** The XML of `root` as a document, with an XML declaration and a final line break. */
export function serializeDocument(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, out);
  out.push('\n');
  return out.join('');
}
