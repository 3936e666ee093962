/**
 * Test set-up for the checks engine: a whole run sent as the client sends
 * it (`checks-client.ts`), its parts first, then the run request, so tests
 * exercise the one path the worker has.
 */
import type { ChecksEngine } from './checks-engine.ts';
import type { CheckedFinding, RunRequest } from './checks-protocol.ts';
import { runParts, type RunCargo } from './checks-transfer.ts';

/** A run: its document (`null`: the one of the engine's last run), texts and settings. */
export type WholeRun = RunCargo & Pick<RunRequest, 'glossary' | 'checks'>;

/** The findings of `run` sent to `engine` in parts under `id`. */
export function runInParts(
  engine: ChecksEngine,
  { document, texts, glossary, checks }: WholeRun,
  id = 1,
): CheckedFinding[] {
  for (const part of runParts({ document, texts })) engine.receive({ kind: 'part', id, part });
  return engine.handle({ kind: 'run', id, glossary, checks });
}
