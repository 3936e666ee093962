/**
 * The state of both sides of the import dialog, and loading files into
 * them. Each side counts its loads so that a slow read of a file the person
 * has since replaced cannot overwrite the newer choice.
 */
import { useCallback, useRef, useState } from 'react';
import type { Side } from '../../core/model/document.ts';
import { assignDropped } from './drop.ts';
import type { ImportMode } from './drop.ts';
import { EMPTY_SIDE, readSideFile } from './side-input.ts';
import type { FileReadResult, SideState } from './side-input.ts';

/** Both sides and the ways to fill them. */
export interface ImportSides {
  sides: Record<Side, SideState>;
  loadFile: (side: Side, file: File) => Promise<void>;
  loadDropped: (files: readonly File[], mode: ImportMode) => Promise<void>;
  setText: (side: Side, text: string) => void;
  refusePaste: (side: Side) => void;
  clear: (side: Side) => void;
}

function fromResult(result: FileReadResult): SideState {
  return result.ok
    ? { value: result.value, problem: null, reading: false }
    : { value: null, problem: result.problem, reading: false };
}

/** State and actions for the import dialog's two sides. */
export function useImportSides(): ImportSides {
  const [sides, setSides] = useState<Record<Side, SideState>>({
    source: EMPTY_SIDE,
    target: EMPTY_SIDE,
  });
  const generation = useRef<Record<Side, number>>({ source: 0, target: 0 });

  const put = useCallback((side: Side, state: SideState | ((previous: SideState) => SideState)) => {
    setSides((s) => ({ ...s, [side]: typeof state === 'function' ? state(s[side]) : state }));
  }, []);

  /** Start a change of `side`; returns a check that it is still the latest one. */
  const begin = useCallback((side: Side) => {
    const mine = ++generation.current[side];
    return () => generation.current[side] === mine;
  }, []);

  const loadFile = useCallback(
    async (side: Side, file: File) => {
      const current = begin(side);
      put(side, { ...EMPTY_SIDE, reading: true });
      const result = await readSideFile(file);
      if (current()) put(side, fromResult(result));
    },
    [begin, put],
  );

  const loadDropped = useCallback(
    async (files: readonly File[], mode: ImportMode) => {
      const results = await Promise.all(files.map(readSideFile));
      for (const [side, result] of Object.entries(assignDropped(results, mode)) as [
        Side,
        FileReadResult,
      ][]) {
        begin(side);
        put(side, fromResult(result));
      }
    },
    [begin, put],
  );

  const setText = useCallback(
    (side: Side, text: string) => {
      begin(side);
      put(side, {
        value: text === '' ? null : { text, fileName: null },
        problem: null,
        reading: false,
      });
    },
    [begin, put],
  );

  const refusePaste = useCallback(
    (side: Side) =>
      put(side, (previous) => ({ ...previous, problem: { kind: 'paste-too-large' } })),
    [put],
  );

  const clear = useCallback(
    (side: Side) => {
      begin(side);
      put(side, EMPTY_SIDE);
    },
    [begin, put],
  );

  return { sides, loadFile, loadDropped, setText, refusePaste, clear };
}
