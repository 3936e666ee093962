/**
 * The flags of a review as CSV, one row per flag, with the penalty each
 * carries in a scorecard: the table a project manager filters and pivots.
 */
import type { Flag } from '../model/flag.ts';
import type { ScoredFlag } from '../score/unit-scores.ts';
import type { Scorecard } from '../score/scorecard.ts';
import { toCsv } from './csv.ts';

/** The columns of the flags CSV, in order. */
export const FLAG_COLUMNS = [
  'id',
  'unit',
  'side',
  'start',
  'end',
  'quote',
  'category',
  'severity',
  'status',
  'counted',
  'penalty',
  'comment',
  'suggestion',
  'author',
  'role',
  'origin',
  'created_at',
  'updated_at',
] as const;

/**
 * `flags` as CSV, in the order given. `unit` is 1-based as the screen shows
 * it; offsets stay 0-based UTF-16 code units, as everywhere in Duizhao.
 * `penalty` is empty and `counted` false for flags the scorecard does not
 * score (rejected, deleted, or cut by the per-unit cap: then the penalty is
 * given but `counted` is false).
 */
export function flagsCsv(flags: readonly Flag[], scorecard: Scorecard): string {
  const scored = new Map<string, ScoredFlag>();
  for (const unit of scorecard.units) {
    for (const entry of unit.flags) scored.set(entry.flag.id, entry);
  }
  const rows = flags.map((flag) => {
    const entry = scored.get(flag.id);
    const { anchor } = flag;
    return [
      flag.id,
      anchor.unit + 1,
      anchor.side,
      anchor.position.start,
      anchor.position.end,
      anchor.quote.exact,
      flag.category,
      flag.severity,
      flag.status,
      entry?.counted ?? false,
      entry ? entry.penalty : null,
      flag.comment,
      flag.suggestion,
      flag.author.name,
      flag.author.role,
      flag.origin,
      flag.createdAt,
      flag.updatedAt,
    ];
  });
  return toCsv(FLAG_COLUMNS, rows);
}
