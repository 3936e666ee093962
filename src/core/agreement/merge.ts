/**
 * Merging two overlapping flags into one: the union of their spans, the
 * worse severity and its category, both comments. The merged quote is
 * rebuilt from the two quotes rather than from the document, so merging
 * works for flags on any version of the text (a revision's text is not in
 * the document).
 */
import { SEVERITIES, type Author, type Flag, type TextQuoteSelector } from '../model/flag.ts';

/** What making a new flag needs from the world, injected to keep this pure (cf. `ReviewContext`). */
export interface FlagContext {
  /** Who makes it: the editor adjudicating. */
  author: Author;
  /** The current time as an ISO 8601 string. */
  now: () => string;
  /** A fresh random identifier (a UUID in the app). */
  newId: () => string;
}

/** The flagged text of the union of two overlapping spans, pieced from their quotes. */
function unionQuote(first: Flag, last: Flag): TextQuoteSelector {
  // `first` starts no later than `last`; the spans overlap or touch, so the
  // union is `first`'s words followed by whatever of `last` runs past them.
  const f = first.anchor.position;
  const l = last.anchor.position;
  const tail = l.end > f.end ? last.anchor.quote.exact.slice(f.end - l.start) : '';
  return {
    type: 'TextQuoteSelector',
    exact: first.anchor.quote.exact + tail,
    prefix: first.anchor.quote.prefix,
    suffix: l.end > f.end ? last.anchor.quote.suffix : first.anchor.quote.suffix,
  };
}

/** `suggestion` (for `flag`'s words) widened to cover `exact`, which starts at `start`. */
function widen(flag: Flag, exact: string, start: number): string | null {
  if (flag.suggestion === null) return null;
  const { position } = flag.anchor;
  return (
    exact.slice(0, position.start - start) + flag.suggestion + exact.slice(position.end - start)
  );
}

/**
 * One flag standing for overlapping flags `a` and `b` (same unit, side and
 * version): their spans' union; the more severe severity and that flag's
 * category (A's on a tie); both comments; A's suggestion, else B's, widened
 * to the merged span. It is open unless both were resolved.
 */
export function mergeFlags(a: Flag, b: Flag, context: FlagContext): Flag {
  const [first, last] = a.anchor.position.start <= b.anchor.position.start ? [a, b] : [b, a];
  const quote = unionQuote(first, last);
  const start = first.anchor.position.start;
  const worse = SEVERITIES.indexOf(b.severity) < SEVERITIES.indexOf(a.severity) ? b : a;
  const comments = [a.comment.trim(), b.comment.trim()].filter(Boolean);
  const now = context.now();
  return {
    id: context.newId(),
    anchor: {
      ...a.anchor,
      quote,
      position: { type: 'TextPositionSelector', start, end: start + quote.exact.length },
    },
    category: worse.category,
    severity: worse.severity,
    comment: [...new Set(comments)].join('\n'),
    suggestion: widen(a, quote.exact, start) ?? widen(b, quote.exact, start),
    status: a.status === 'resolved' && b.status === 'resolved' ? 'resolved' : 'open',
    author: context.author,
    createdAt: now,
    updatedAt: now,
    origin: 'manual',
  };
}
