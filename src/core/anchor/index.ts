/**
 * Anchoring flags to text that changes: describing a span as a W3C
 * selector pair (`describe.ts`), and finding it again after edits
 * (`anchor.ts`, with its thresholds in `thresholds.ts` and the
 * sole-occurrence rule in `unique.ts`).
 */
export { anchorSpan, type AnchorMethod, type AnchorResult, type OrphanReason } from './anchor.ts';
export { CONTEXT_CHARS, describeSpan, splitsPair, type SpanOwner } from './describe.ts';
export {
  AMBIGUITY_MARGIN,
  MAX_FUZZY_ERROR_RATE,
  maxFuzzyErrors,
  MIN_ADJACENT,
  MIN_CONTEXT_EXACT,
  MIN_CONTEXT_FUZZY,
  MIN_EVIDENCE,
  MIN_FUZZY_QUOTE,
} from './thresholds.ts';
export { distinctive, MIN_DISTINCT_HAN, MIN_DISTINCT_UNITS, MIN_SOLE_ADJACENT } from './unique.ts';
