/**
 * Whether the glossary panel is open, and the term being added. Kept in a
 * small store of its own rather than in the shell's state, so the header's
 * toggle and the workspace's panel share it without the shell passing it
 * through every layer between them.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { NewTerm } from '../../core/glossary/project.ts';

/** State of the glossary panel. */
export interface GlossaryPanelState {
  open: boolean;
  /** The term in the add form, prefilled from the selections; `null` while the form is closed. */
  draft: NewTerm | null;
  toggle: () => void;
  setOpen: (open: boolean) => void;
  setDraft: (draft: NewTerm | null) => void;
}

/** The glossary panel's store: one per page, like the panel. */
export const glossaryPanel = createStore<GlossaryPanelState>()((set) => ({
  open: false,
  draft: null,
  toggle: () => set((s) => ({ open: !s.open })),
  setOpen: (open) => set({ open }),
  setDraft: (draft) => set({ draft }),
}));

/** A slice of the glossary panel's state. */
export function useGlossaryPanel<T>(selector: (state: GlossaryPanelState) => T): T {
  return useStore(glossaryPanel, selector);
}
