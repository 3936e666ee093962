/**
 * A last check on chart markup before it goes into a report verbatim. The
 * app serialises its charts from a cleaned copy of the DOM (see
 * `ui/scorecard/serialise-svg.ts`); this guard does not sanitise, it refuses:
 * markup that could run script when the report is opened is dropped
 * whole. A refusal costs a chart; a pass-through of a hostile one would cost
 * whoever opens the report.
 */

const ACTIVE_CONTENT = /<\s*(script|foreignObject|iframe|object|embed)\b|\son\w+\s*=|javascript:/i;

/** Whether `markup` is one `<svg>` element with nothing in it that could run script. */
export function isInertSvg(markup: string): boolean {
  const trimmed = markup.trim();
  return /^<svg[\s>]/i.test(trimmed) && /<\/svg>$/i.test(trimmed) && !ACTIVE_CONTENT.test(trimmed);
}
