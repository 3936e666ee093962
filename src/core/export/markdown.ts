/**
 * The corrected transcript as Markdown: one paragraph per MT paragraph,
 * separated by blank lines (Markdown's only paragraph break, so the MT's
 * single newlines between paragraphs become blank lines here).
 */
import type { BilingualDocument } from '../model/document.ts';
import { escapeMarkdown } from './escape.ts';
import { layOut } from './layout.ts';

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** A level-one heading above the text; none when absent. */
  title?: string;
}

/** The transcript as CommonMark, every paragraph escaped to render as plain text. */
export function toMarkdown(
  document: BilingualDocument,
  texts: readonly string[],
  options: MarkdownOptions = {},
): string {
  const blocks = layOut(document, texts)
    .paragraphs.map((paragraph) => escapeMarkdown(paragraph.text.trim()))
    .filter((block) => block.length > 0);
  if (options.title) blocks.unshift(`# ${escapeMarkdown(options.title)}`);
  return blocks.join('\n\n') + '\n';
}
