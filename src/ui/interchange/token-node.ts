/**
 * The unit editor's protected token: an inline atom node standing for one
 * inline code. Its text is the code's placeholder character (`leafText`,
 * `renderText`), so the editor's `textContent` is the unit's text with its
 * codes where they were, and saving round-trips to the same characters.
 * An atom cannot be typed into; it is deleted or cut and pasted whole.
 */
import { Node } from '@tiptap/core';

/** Attributes of a token: the placeholder character and what the chip shows. */
export interface TokenAttributes {
  char: string;
  label: string;
  title: string;
}

/** The Tiptap node (`codeToken`). */
export const CodeToken = Node.create({
  name: 'codeToken',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      char: { default: '' },
      label: { default: '' },
      title: { default: '' },
    };
  },
  // ProseMirror's `textContent` asks leaves for `leafText`; Tiptap passes it through this hook.
  extendNodeSchema(extension) {
    return extension.name === 'codeToken'
      ? { leafText: (node: { attrs: Record<string, unknown> }) => String(node.attrs.char) }
      : {};
  },
  renderText: ({ node }) => String(node.attrs.char),
  parseHTML() {
    return [{ tag: 'span[data-code-token]' }];
  },
  renderHTML({ node }) {
    const attrs = node.attrs as TokenAttributes;
    return [
      'span',
      {
        'data-code-token': '',
        'data-testid': 'editor-code-token',
        'data-label': attrs.label,
        title: attrs.title,
        class: 'dz-token dz-token--editor',
        contenteditable: 'false',
      },
      attrs.char,
    ];
  },
});
