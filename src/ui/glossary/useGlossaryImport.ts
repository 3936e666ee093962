/**
 * Importing a termbase file into the open project: decode it, read it as
 * CSV or TBX, and — when the project already has terms — ask whether the
 * file replaces them or adds to them. Entries the file could not use are
 * kept with their line numbers for the panel to list; a file that cannot be
 * read at all leaves the glossary as it was.
 */
import { useState } from 'react';
import { GlossaryError, readGlossary } from '../../core/glossary/index.ts';
import { glossaryFromFile, mergeGlossaries } from '../../core/glossary/project.ts';
import type { GlossaryProblem } from '../../core/glossary/model.ts';
import { DecodeError, decodeText } from '../../core/io/decode.ts';
import type { ProjectGlossary } from '../../core/model/project-extras.ts';
import { useProjectsStore } from '../app/store-context.tsx';

/** Where an import stands, for the panel to show. */
export type GlossaryImport =
  | { kind: 'idle' }
  | { kind: 'ask'; fileName: string; incoming: ProjectGlossary; problems: GlossaryProblem[] }
  | { kind: 'done'; fileName: string; count: number; problems: GlossaryProblem[] }
  | { kind: 'empty'; fileName: string; problems: GlossaryProblem[] }
  | { kind: 'failed'; fileName: string; reason: FailureReason };

/** Why a file could not be read: a decoding code, or the reader's own words. */
export type FailureReason = { decode: DecodeError['code'] } | { message: string };

/** What `useGlossaryImport` offers the panel. */
export interface GlossaryImportControls {
  state: GlossaryImport;
  /** Read `file` and import it (or ask first, when the project has terms). */
  importFile: (file: File) => Promise<void>;
  /** Answer the question: replace the project's terms, or add to them. */
  apply: (mode: 'replace' | 'merge') => Promise<void>;
  /** Forget the outcome (or the question). */
  dismiss: () => void;
}

function failureOf(error: unknown): FailureReason {
  if (error instanceof DecodeError) return { decode: error.code };
  if (error instanceof GlossaryError) return { message: error.message };
  throw error;
}

/** Importing termbases into the open project (see the module comment). */
export function useGlossaryImport(): GlossaryImportControls {
  const store = useProjectsStore();
  const [state, setState] = useState<GlossaryImport>({ kind: 'idle' });

  const save = async (
    fileName: string,
    next: ProjectGlossary,
    count: number,
    problems: GlossaryProblem[],
  ) => {
    await store.getState().setPart('glossary', next);
    setState({ kind: 'done', fileName, count, problems });
  };

  const importFile = async (file: File) => {
    const fileName = file.name;
    let incoming: ProjectGlossary;
    let problems: GlossaryProblem[];
    try {
      const text = decodeText(new Uint8Array(await file.arrayBuffer()), fileName);
      const read = readGlossary(text, fileName);
      incoming = glossaryFromFile(read, fileName);
      problems = read.problems;
    } catch (error) {
      setState({ kind: 'failed', fileName, reason: failureOf(error) });
      return;
    }
    if (incoming.entries.length === 0) {
      setState({ kind: 'empty', fileName, problems });
      return;
    }
    const existing = store.getState().current?.glossary;
    if (existing && existing.entries.length > 0) {
      setState({ kind: 'ask', fileName, incoming, problems });
      return;
    }
    await save(fileName, incoming, incoming.entries.length, problems);
  };

  const apply = async (mode: 'replace' | 'merge') => {
    if (state.kind !== 'ask') return;
    const { fileName, incoming, problems } = state;
    const next =
      mode === 'replace' ? incoming : mergeGlossaries(store.getState().current?.glossary, incoming);
    await save(fileName, next, incoming.entries.length, problems);
  };

  return { state, importFile, apply, dismiss: () => setState({ kind: 'idle' }) };
}
