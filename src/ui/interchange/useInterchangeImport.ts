/**
 * The state of one interchange import in the dialog: reading in the worker
 * (with progress, stoppable), read and waiting for the person's choice,
 * failed, or stopped; and the commit, where the worker stores the chosen
 * projects and hands over the one to open. Nothing here touches the open
 * project: the dialog opens the imported one only once it is stored.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { newProjectId } from '../../store/new-project.ts';
import { createImportClient, ImportCancelled, ImportFailed } from '../../workers/import-client.ts';
import type { CommittedImport, ImportClient } from '../../workers/import-client.ts';
import type {
  DraftChoice,
  ImportFailure,
  ImportOutcome,
  ImportStage,
} from '../../workers/import-protocol.ts';

/** What the worker read that can become projects. */
export type ReadableOutcome = Extract<ImportOutcome, { kind: 'interchange' | 'project' }>;

/** Where the import of one file is. */
export type InterchangeState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; stage: ImportStage; fraction: number }
  | { phase: 'ready'; fileName: string; outcome: ReadableOutcome }
  | {
      phase: 'failed';
      fileName: string;
      failure: ImportFailure | 'review' | 'unknown';
      /** Whether the failed read was already lenient (then reading anyway is no way out). */
      lenient: boolean;
    }
  | { phase: 'stopped'; fileName: string };

/** The state and what can be done to it. */
export interface InterchangeImport {
  state: InterchangeState;
  /** Read `file` in the worker (`lenient`: as far as it can be read), replacing whatever was there. */
  start: (file: File, options?: { lenient?: boolean }) => void;
  /** Read the last file again leniently, after it was refused for breaking its format's rules. */
  readAnyway: () => void;
  /** Stop a read in progress (terminates the worker). */
  stop: () => void;
  /** Back to idle, stopping any read. */
  reset: () => void;
  /** Store the projects `choice` picks from a ready read; the last one comes back to open. */
  commit: (choice: DraftChoice) => Promise<CommittedImport>;
}

/** State and actions for importing one interchange file; `makeClient` for tests. */
export function useInterchangeImport(
  makeClient: () => ImportClient = createImportClient,
): InterchangeImport {
  const [state, setState] = useState<InterchangeState>({ phase: 'idle' });
  const client = useRef<ImportClient | null>(null);
  const generation = useRef(0);
  const lastFile = useRef<File | null>(null);

  const getClient = useCallback(() => (client.current ??= makeClient()), [makeClient]);

  // A dialog closed mid-read must not leave a worker parsing for nobody.
  useEffect(() => () => client.current?.cancel(), []);

  const start = useCallback(
    (file: File, options: { lenient?: boolean } = {}) => {
      const mine = ++generation.current;
      const current = () => generation.current === mine;
      const fileName = file.name;
      const lenient = options.lenient === true;
      lastFile.current = file;
      client.current?.cancel();
      setState({ phase: 'reading', fileName, stage: 'load', fraction: 0 });
      getClient()
        .read(
          file,
          fileName,
          (stage, fraction) => {
            if (current()) setState({ phase: 'reading', fileName, stage, fraction });
          },
          { lenient },
        )
        .then(
          (outcome) => {
            if (!current()) return;
            if (outcome.kind === 'review' || outcome.kind === 'plain') {
              const failure = outcome.kind === 'review' ? 'review' : 'unknown';
              setState({ phase: 'failed', fileName, failure, lenient });
            } else {
              setState({ phase: 'ready', fileName, outcome });
            }
          },
          (error: unknown) => {
            if (!current()) return;
            if (error instanceof ImportCancelled) setState({ phase: 'stopped', fileName });
            else {
              const failure: ImportFailure =
                error instanceof ImportFailed
                  ? error.failure
                  : { code: 'internal', problem: String(error), location: {} };
              setState({ phase: 'failed', fileName, failure, lenient });
            }
          },
        );
    },
    [getClient],
  );

  const readAnyway = useCallback(() => {
    if (lastFile.current) start(lastFile.current, { lenient: true });
  }, [start]);

  const stop = useCallback(() => client.current?.cancel(), []);

  const reset = useCallback(() => {
    generation.current++;
    lastFile.current = null;
    client.current?.cancel();
    setState({ phase: 'idle' });
  }, []);

  const commit = useCallback(
    (choice: DraftChoice) => {
      if (state.phase !== 'ready') return Promise.reject(new Error('nothing is ready to import'));
      const { outcome } = state;
      const count = outcome.kind === 'project' || choice !== 'all' ? 1 : outcome.drafts.length;
      const ids = Array.from({ length: count }, () => newProjectId());
      return getClient().commit(choice, ids, new Date());
    },
    [state, getClient],
  );

  return { state, start, readAnyway, stop, reset, commit };
}
