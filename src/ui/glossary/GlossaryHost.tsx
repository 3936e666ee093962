/**
 * The glossary in the review workspace: remembers what the reviewer selects
 * for a new term, answers the add-term key (`T`), and shows the glossary
 * panel and the add-term form when they are open. Mounted once in the
 * workspace, whether the panel is open or not, so the key always works.
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import type { Project } from '../../core/model/project.ts';
import { isEditableTarget } from '../workspace/keys.ts';
import { GlossaryPanel } from './GlossaryPanel.tsx';
import { glossaryPanel, useGlossaryPanel } from './panel-state.ts';
import { draftOf, recordSelection, type TermSelection } from './term-selection.ts';
import { TermForm } from './TermForm.tsx';

/** Whether a key stroke is the add-term key: `t` or `T` without Ctrl, Alt or ⌘. */
export function isAddTermKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>) {
  return (
    (event.key === 't' || event.key === 'T') && !event.ctrlKey && !event.altKey && !event.metaKey
  );
}

/** The glossary's part of the review workspace (see the module comment). */
export function GlossaryHost({
  project,
  rootRef,
}: {
  project: Project;
  /** The workspace, whose text cells the selections come from. */
  rootRef: RefObject<HTMLElement | null>;
}) {
  const open = useGlossaryPanel((s) => s.open);
  const draft = useGlossaryPanel((s) => s.draft);
  const picked = useRef<TermSelection>({ source: null, target: null });

  const startAdding = () => {
    // `selectionchange` arrives as a task of its own: a key pressed right
    // after selecting can come first, so the current selection is read now too.
    if (rootRef.current) recordSelection(rootRef.current, picked.current);
    glossaryPanel.getState().setDraft(draftOf(picked.current));
  };

  const onSelectionChange = useEffectEvent(() => {
    if (rootRef.current) recordSelection(rootRef.current, picked.current);
  });
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || !isAddTermKey(event)) return;
    if (isEditableTarget(event.target as Partial<HTMLElement> | null)) return;
    if (document.querySelector('[aria-modal="true"]')) return;
    event.preventDefault();
    startAdding();
  });
  useEffect(() => {
    const selection = () => onSelectionChange();
    const key = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('selectionchange', selection);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('selectionchange', selection);
      document.removeEventListener('keydown', key);
    };
  }, []);

  return (
    <>
      {open && <GlossaryPanel project={project} onAddTerm={startAdding} />}
      {draft && (
        <TermForm
          draft={draft}
          onClose={(saved) => {
            glossaryPanel.getState().setDraft(null);
            if (saved) picked.current = { source: null, target: null };
          }}
        />
      )}
    </>
  );
}
