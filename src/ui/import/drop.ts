/**
 * Which side dropped files belong to. People drop the two files of a pair
 * together without saying which is which, so their content decides: the
 * more Chinese one is the source.
 */
import type { Side } from '../../core/model/document.ts';
import { SOURCE_MIN_HAN_RATIO, sampledHanRatio } from './language-check.ts';
import type { FileReadResult } from './side-input.ts';

/** What the dialog is importing: a whole new project, or the source of the open one. */
export type ImportMode = 'new' | 'add-source';

/** Most files the drop zone takes in `mode`. */
export function maxDroppedFiles(mode: ImportMode): number {
  return mode === 'new' ? 2 : 1;
}

/**
 * Assign read results to sides. In `add-source` mode the file is the source.
 * Otherwise one readable file goes to the source if it is Chinese enough not
 * to be warned about as a source, and to the MT if not; of two, the one with
 * more Han is the source. A file that could not be read has no content to
 * judge and takes whichever side is left, so its error still shows.
 */
export function assignDropped(
  results: readonly FileReadResult[],
  mode: ImportMode,
): Partial<Record<Side, FileReadResult>> {
  if (mode === 'add-source') return results[0] ? { source: results[0] } : {};
  const readable = results
    .filter((r): r is Extract<FileReadResult, { ok: true }> => r.ok)
    .map((r) => ({ result: r, ratio: sampledHanRatio(r.value.text) }));
  const assigned: Partial<Record<Side, FileReadResult>> = {};
  if (readable.length === 2) {
    const [a, b] = readable as [(typeof readable)[0], (typeof readable)[0]];
    const [source, target] = b.ratio > a.ratio ? [b, a] : [a, b];
    assigned.source = source.result;
    assigned.target = target.result;
  } else if (readable[0]) {
    assigned[readable[0].ratio >= SOURCE_MIN_HAN_RATIO ? 'source' : 'target'] = readable[0].result;
  }
  for (const failed of results.filter((r) => !r.ok)) {
    const free: Side | undefined = !assigned.target
      ? 'target'
      : !assigned.source
        ? 'source'
        : undefined;
    if (free) assigned[free] = failed;
  }
  return assigned;
}
