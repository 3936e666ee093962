/**
 * Flags for tests: anchors cut from a unit's text the way the app anchors
 * them (W3C quote with up to 32 characters of context, UTF-16 positions
 * relative to the unit), and a factory with plain defaults.
 */
import type { Side } from '../../src/core/model/document.ts';
import type { Flag, FlagAnchor } from '../../src/core/model/flag.ts';

/** Characters of context either side of a quote. */
const CONTEXT = 32;

/**
 * The anchor of `[start, end)` in `unitText`, the text of one side of unit
 * `unit`, in `version` ("mt" unless given).
 */
export function anchorIn(
  unitText: string,
  unit: number,
  side: Side,
  start: number,
  end: number,
  version = 'mt',
): FlagAnchor {
  return {
    side,
    unit,
    version,
    quote: {
      type: 'TextQuoteSelector',
      exact: unitText.slice(start, end),
      prefix: unitText.slice(Math.max(0, start - CONTEXT), start),
      suffix: unitText.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * The anchor of `exact` at `start` of unit `unit`'s English, version "mt",
 * without context: for tests where only the words and offsets matter (a
 * quote without context still anchors where its words are).
 */
export function bareAnchor(unit: number, start: number, exact: string): FlagAnchor {
  return {
    side: 'target',
    unit,
    version: 'mt',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

function spanOf(text: string, words: string): [number, number] {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text "${text}".`);
  return [start, start + words.length];
}

/** The anchor of the first `words` in `unitText`, the English of unit `unit`, version "mt". */
export function anchorOnWords(unitText: string, unit: number, words: string): FlagAnchor {
  const [start, end] = spanOf(unitText, words);
  return anchorIn(unitText, unit, 'target', start, end);
}

let serial = 0;

/**
 * A flag with test defaults: an open minor Accuracy/Mistranslation by
 * reviewer "R" on target characters [0, 4) of unit 0, version "mt",
 * overridden by `fields` (`unit`, `side`, `version`, `text` and `span` are
 * shorthands for the anchor; `words` spans their first occurrence in `text`).
 */
export function makeFlag(
  fields: Partial<Omit<Flag, 'anchor'>> & {
    unit?: number;
    side?: Side;
    version?: string;
    span?: [number, number];
    text?: string;
    words?: string;
  } = {},
): Flag {
  const { unit = 0, side = 'target', version, text, words, span: given, ...rest } = fields;
  const span = words === undefined ? (given ?? [0, 4]) : spanOf(text ?? '', words);
  const unitText = text ?? 'x'.repeat(Math.max(span[1], 40));
  return {
    id: `flag-${++serial}`,
    anchor: anchorIn(unitText, unit, side, span[0], span[1], version),
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
