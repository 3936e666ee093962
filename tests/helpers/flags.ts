/**
 * Flags for tests: anchors cut from a unit's text the way the app anchors
 * them (W3C quote with up to 32 characters of context, UTF-16 positions
 * relative to the unit), and a factory with plain defaults.
 */
import type { Side } from '../../src/core/model/document.ts';
import type { Flag, FlagAnchor } from '../../src/core/model/flag.ts';

/** Characters of context either side of a quote. */
const CONTEXT = 32;

/** The anchor of `[start, end)` in `unitText`, the text of one side of unit `unit`, version "mt". */
export function anchorIn(
  unitText: string,
  unit: number,
  side: Side,
  start: number,
  end: number,
): FlagAnchor {
  return {
    side,
    unit,
    version: 'mt',
    quote: {
      type: 'TextQuoteSelector',
      exact: unitText.slice(start, end),
      prefix: unitText.slice(Math.max(0, start - CONTEXT), start),
      suffix: unitText.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

let serial = 0;

/**
 * A flag with test defaults: an open minor Accuracy/Mistranslation by
 * reviewer "R" on target characters [0, 4) of unit 0, overridden by `fields`
 * (`span` and `unit`/`side` are shorthands for the anchor).
 */
export function makeFlag(
  fields: Partial<Omit<Flag, 'anchor'>> & {
    unit?: number;
    side?: Side;
    span?: [number, number];
    text?: string;
  } = {},
): Flag {
  const { unit = 0, side = 'target', span = [0, 4], text, ...rest } = fields;
  const unitText = text ?? 'x'.repeat(Math.max(span[1], 40));
  return {
    id: `flag-${++serial}`,
    anchor: anchorIn(unitText, unit, side, span[0], span[1]),
    category: 'Accuracy/Mistranslation',
    severity: 'minor',
    comment: '',
    suggestion: null,
    status: 'open',
    author: { name: 'R', role: 'reviewer' },
    createdAt: '2024-03-07T00:00:00.000Z',
    updatedAt: '2024-03-07T00:00:00.000Z',
    origin: 'manual',
    ...rest,
  };
}
