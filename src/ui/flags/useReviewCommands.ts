/**
 * What the review keys do in the workspace: open the flag editor on the
 * selected words (snapped to whole words unless the selection was made with
 * Alt held), flag a whole unit, move a flag to newly selected words, extend
 * the selection from the keyboard, undo and redo. The editor and the
 * "moving a flag" state live here too, since keys open and close them.
 */
import { useContext, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { describeSpan } from '../../core/anchor/index.ts';
import type { BilingualDocument, Side } from '../../core/model/document.ts';
import type { FlagAnchor } from '../../core/model/flag.ts';
import { DEFAULT_TYPOLOGY_ID, typologyById } from '../../core/typology/index.ts';
import type { ReviewStore } from '../../store/review.ts';
import { UnitOverlayContext } from '../workspace/unit-overlay.ts';
import { unitText, unitVersion } from './anchoring.ts';
import type { CategoryOption } from './category-options.ts';
import {
  caretAtStart,
  extendInCell,
  findCell,
  readSelection,
  selectInCell,
  sideLanguage,
  snapSelection,
} from './dom-selection.ts';
import type { UnitSelection } from './dom-selection.ts';
import type { EditorTarget } from './FlagEditor.tsx';
import type { FlagCommand } from './keymap.ts';
import { wholeUnitCategory, wholeUnitSpan } from './whole-unit.ts';

/** A message for the screen-reader live region (`flags` namespace key). */
export type Announcement = 'undone' | 'redone' | 'nothingToUndo' | 'nothingToRedo' | 'respanned';

/** What the commands need from the workspace. */
export interface ReviewCommandsOptions {
  rootRef: RefObject<HTMLElement | null>;
  document: BilingualDocument;
  activeUnit: number;
  store: ReviewStore;
  options: readonly CategoryOption[];
}

/** The review commands, and the editor and respan state they drive. */
export function useReviewCommands({
  rootRef,
  document,
  activeUnit,
  store,
  options,
}: ReviewCommandsOptions) {
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [respan, setRespan] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  /** Whether the latest selection gesture asked for exact (unsnapped) bounds. */
  const exact = useRef(false);
  /** The side Shift+arrows select in when no selection is there yet. */
  const keyboardSide = useRef<Side>('target');

  const overlay = useContext(UnitOverlayContext);
  const textOf = (unit: number, side: Side) => unitText(document, unit, side, overlay);
  /** The anchor of a selection in the text shown (the unit's current version). */
  const anchorOf = (selection: UnitSelection, text: string): FlagAnchor =>
    describeSpan(text, selection.start, selection.end, {
      side: selection.side,
      unit: selection.unit,
      version: unitVersion(selection.unit, selection.side, overlay),
    });
  const known = (path: string | null) =>
    path !== null && options.some((o) => o.path === path) ? path : null;

  /** The selected words, snapped unless made with Alt; shown snapped, too. */
  const selection = (): { selection: UnitSelection; text: string } | null => {
    const root = rootRef.current;
    if (!root) return null;
    const raw = readSelection(root, textOf);
    const text = raw && textOf(raw.unit, raw.side);
    if (!raw || text === null || text === undefined) return null;
    const chosen = exact.current ? raw : snapSelection(raw, text);
    if (!chosen) return null;
    if (chosen.start !== raw.start || chosen.end !== raw.end) {
      const cell = findCell(root, chosen.unit, chosen.side);
      if (cell) selectInCell(cell, chosen.start, chosen.end);
    }
    return { selection: chosen, text };
  };

  const wholeUnit = (): boolean => {
    const side: Side = textOf(activeUnit, 'target') !== null ? 'target' : 'source';
    const text = textOf(activeUnit, side);
    const span = text === null ? null : wholeUnitSpan(text);
    if (text === null || span === null) return false;
    const typology = typologyById(store.getState().typologyId) ?? typologyById(DEFAULT_TYPOLOGY_ID);
    const category = wholeUnitCategory(text, typology, known(store.getState().lastCategory));
    setEditor({
      mode: 'new',
      anchor: anchorOf({ unit: activeUnit, side, ...span }, text),
      severity: 'major',
      category: known(category),
    });
    return true;
  };

  const extend = (command: Extract<FlagCommand, { kind: 'extend' }>): boolean => {
    const root = rootRef.current;
    const side =
      textOf(activeUnit, keyboardSide.current) === null
        ? otherSide(keyboardSide.current)
        : keyboardSide.current;
    const cell = root && findCell(root, activeUnit, side);
    if (!cell || textOf(activeUnit, side) === null) return false;
    extendInCell(cell, command.direction, command.by, sideLanguage(side));
    exact.current = command.exact;
    return true;
  };

  const run = (command: FlagCommand): boolean => {
    const state = store.getState();
    switch (command.kind) {
      case 'undo':
        setAnnouncement(state.undo() ? 'undone' : 'nothingToUndo');
        return true;
      case 'redo':
        setAnnouncement(state.redo() ? 'redone' : 'nothingToRedo');
        return true;
      case 'flag': {
        const picked = selection();
        if (!picked) return false;
        setEditor({
          mode: 'new',
          anchor: anchorOf(picked.selection, picked.text),
          severity: command.severity,
          category: known(state.lastCategory),
        });
        return true;
      }
      case 'whole-unit':
        return selection() === null && wholeUnit();
      case 'edit-span': {
        const flag = respan === null ? undefined : state.review.flags.get(respan);
        const picked = flag && selection();
        if (!flag || !picked) return false;
        state.changeFlag(flag.id, { anchor: anchorOf(picked.selection, picked.text) });
        setRespan(null);
        setAnnouncement('respanned');
        const moved = store.getState().review.flags.get(flag.id);
        if (moved) setEditor({ mode: 'edit', flag: moved });
        return true;
      }
      case 'extend':
        return extend(command);
      case 'switch-side': {
        const next = otherSide(keyboardSide.current);
        const cell = rootRef.current && findCell(rootRef.current, activeUnit, next);
        if (!cell || textOf(activeUnit, next) === null) return false;
        keyboardSide.current = next;
        caretAtStart(cell);
        return true;
      }
      case 'cancel':
        if (respan === null) return false;
        setRespan(null);
        return true;
    }
  };

  return {
    run,
    editor,
    setEditor,
    respan,
    setRespan,
    announcement,
    /**
     * A mouse selection ended: remember whether Alt was held (exact bounds)
     * and, if not, show it snapped to whole words straight away.
     */
    endGesture: (altKey: boolean) => {
      exact.current = altKey;
      if (!altKey) selection();
    },
  };
}

function otherSide(side: Side): Side {
  return side === 'source' ? 'target' : 'source';
}
