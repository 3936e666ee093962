/**
 * The corrected transcript as plain text, in the MT's paragraph layout.
 */
import type { BilingualDocument } from '../model/document.ts';
import { layOut } from './layout.ts';

/** The MT with each unit's text replaced by `texts[unit]`, line breaks as in the MT. */
export function toPlainText(document: BilingualDocument, texts: readonly string[]): string {
  const { paragraphs, after } = layOut(document, texts);
  return paragraphs.map((paragraph) => paragraph.before + paragraph.text).join('') + after;
}
