/**
 * The unit editor: one unit's English in a Tiptap (ProseMirror) editor,
 * opened in place of the text of the active row.
 *
 * The schema is a document of one paragraph of plain text: no marks, no
 * lists, no headings, no hard breaks, since the transcript a revision lands
 * in holds none of them (`editor-text.ts`). Tiptap still earns its place
 * over a textarea: the cell keeps its typography and wrapping while editing,
 * and its own undo history works inside the edit before it is saved (the
 * review's undo takes over once it is).
 *
 * Ctrl/Cmd+Enter saves, Esc cancels, Enter alone does nothing (it would
 * split the line). Paste is plain text on one line, capped.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, Extension, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { UnitCodes } from '../../core/model/inline-code.ts';
import { useUnitCodes } from '../interchange/codes-context.tsx';
import { CodeToken } from '../interchange/token-node.ts';
import { useStableCallback } from '../workspace/useStableCallback.ts';
import { editorPieces, MAX_UNIT_LENGTH, plannedPaste } from './editor-text.ts';

/** Props of `UnitEditor`. */
export interface UnitEditorProps {
  /** The unit's index (for its label). */
  unit: number;
  /** The unit's current text, which the editor starts from. */
  text: string;
  /** Save `text`, then close (the caller moves on). */
  onSave: (text: string) => void;
  onCancel: () => void;
}

/**
 * Told the editor's text as the person types (e.g. to re-check the unit
 * live), and `null` when the editor closes; a context so whoever listens
 * needs no prop through the grid.
 */
export const UnitEditorTextContext = createContext<
  ((unit: number, text: string | null) => void) | null
>(null);

/** Everything StarterKit brings that one line of plain text cannot hold. */
const PLAIN = StarterKit.configure({
  blockquote: false,
  bold: false,
  bulletList: false,
  code: false,
  codeBlock: false,
  hardBreak: false,
  heading: false,
  horizontalRule: false,
  italic: false,
  link: false,
  listItem: false,
  listKeymap: false,
  orderedList: false,
  strike: false,
  underline: false,
  trailingNode: false,
  dropcursor: false,
});

/** ProseMirror JSON of `text`: text nodes, and protected tokens for the unit's inline codes. */
function inlineOf(text: string, codes: UnitCodes | undefined) {
  return editorPieces(text, codes).map((piece) =>
    'text' in piece
      ? { type: 'text', text: piece.text }
      : { type: 'codeToken', attrs: { char: piece.char, label: piece.label, title: piece.title } },
  );
}

/** The ProseMirror JSON of one paragraph holding `text` (an empty text node is not allowed). */
function paragraphOf(text: string, codes: UnitCodes | undefined) {
  return { type: 'doc', content: [{ type: 'paragraph', content: inlineOf(text, codes) }] };
}

/** The unit editor (see the module comment). */
export function UnitEditor({ unit, text, onSave, onCancel }: UnitEditorProps) {
  const { t } = useTranslation('revisions');
  const [capped, setCapped] = useState(false);
  const save = useStableCallback(onSave);
  const cancel = useStableCallback(onCancel);
  const listener = useContext(UnitEditorTextContext);
  const typed = useStableCallback((text: string | null) => listener?.(unit, text));
  useEffect(() => () => typed(null), [typed]);
  const codes = useUnitCodes(unit);
  const editor = useEditor({
    onUpdate: ({ editor }) => typed(editor.state.doc.textContent),
    extensions: [
      PLAIN,
      CodeToken,
      Extension.create({
        name: 'unitKeys',
        addKeyboardShortcuts() {
          return {
            // The document is one paragraph: the text of the whole editor is the unit.
            'Mod-Enter': ({ editor }) => {
              save(editor.state.doc.textContent);
              return true;
            },
            Escape: () => {
              cancel();
              return true;
            },
            Enter: () => true,
            'Shift-Enter': () => true,
          };
        },
      }),
    ],
    content: paragraphOf(text, codes),
    autofocus: 'end',
    editorProps: {
      attributes: {
        'aria-label': t('editor.label', { unit: unit + 1 }),
        'aria-description': t('editor.help'),
        'aria-multiline': 'false',
        role: 'textbox',
        lang: 'en',
        'data-testid': 'unit-editor-input',
        class: 'dz-unit-editor-input',
      },
      handlePaste(view, event) {
        const clipboard = event.clipboardData?.getData('text/plain') ?? '';
        const { from, to } = view.state.selection;
        const plan = plannedPaste(clipboard, view.state.doc.textContent.length, to - from);
        // A cut token pasted back is a token again (its placeholder is in the clipboard's text).
        const nodes = inlineOf(plan.text, codes).map((json) =>
          view.state.schema.nodeFromJSON(json),
        );
        view.dispatch(view.state.tr.replaceWith(from, to, nodes).scrollIntoView());
        setCapped(plan.capped);
        return true;
      },
      // Dropped text would bring line breaks the paste rules keep out.
      handleDrop: () => true,
    },
  });

  return (
    <div
      className="dz-unit-editor"
      data-testid="unit-editor"
      // The row underneath selects its unit on click; editing must not re-run that.
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      <EditorContent editor={editor} />
      <div className="dz-unit-editor-bar">
        <span className="dz-unit-editor-help">{t('editor.help')}</span>
        <button
          type="button"
          data-testid="unit-editor-save"
          onClick={() => editor && save(editor.state.doc.textContent)}
        >
          {t('editor.save')}
        </button>
        <button type="button" onClick={cancel}>
          {t('editor.cancel')}
        </button>
      </div>
      {capped && (
        <p role="status" className="dz-unit-editor-capped" data-testid="paste-capped">
          {t('editor.pasteCapped', { max: MAX_UNIT_LENGTH })}
        </p>
      )}
    </div>
  );
}
