/**
 * What the checks worker does, apart from messaging, so it can be tested
 * and timed in Node: prepare the enabled checks once over the document with
 * the units' current English (the MT with revisions applied), then check
 * every unit, or one unit again with the text being typed.
 */
import { indexTermbase } from '../core/glossary/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import {
  CHECKS,
  checkUnit,
  type DocumentView,
  type Finding,
  type QaContext,
} from '../core/qa/index.ts';
import { documentUnits, unitText } from '../core/qa/unit-text.ts';
import type { CheckedFinding, ChecksRequest, RunRequest } from './checks-protocol.ts';

/** The id of a finding: its unit, check, message and spans. */
export function findingId(finding: Finding): string {
  const span = (r: Finding['target']) => (r ? `${r.start}-${r.end}` : '');
  return [
    finding.unit,
    finding.check,
    finding.messageKey,
    span(finding.target),
    span(finding.source),
  ].join('|');
}

/** `finding` with its id and quote (see `CheckedFinding`). */
export function withQuote(
  finding: Finding,
  target: string | null,
  source: string | null,
): CheckedFinding {
  const quote = finding.target
    ? (target ?? '').slice(finding.target.start, finding.target.end)
    : finding.source
      ? (source ?? '').slice(finding.source.start, finding.source.end)
      : '';
  return { ...finding, id: findingId(finding), quote };
}

/**
 * The checks of `request.checks` prepared over `document` whose targets are
 * `texts`. Units whose text is still their MT keep the aligner's sentences;
 * revised units are segmented afresh, as `checkUnit` does for edited text.
 */
export function prepareWithTexts(document: BilingualDocument, request: RunRequest): QaContext {
  const units = documentUnits(document).map((unit, index) => {
    const text = request.texts[index];
    if (text === undefined || text === null || unit.target === null || text === unit.target)
      return unit;
    return unitText(document, index, text);
  });
  const view: DocumentView = {
    units,
    termIndex: request.glossary ? indexTermbase(request.glossary) : null,
    hasSource: document.source !== null,
    charRatio: document.alignment.charRatio,
  };
  const enabled = new Set(request.checks);
  const checkers = CHECKS.filter((check) => enabled.has(check.id)).map((check) => ({
    check,
    run: check.prepare(view),
  }));
  // The UI words messages itself (i18next, `qa` namespace): no catalogue here.
  return { document, units, checkers, messages: null };
}

/** The worker's state: the last document and the checks prepared on it. */
export interface ChecksEngine {
  /** Answer one request; throws on a unit request before any run, or a bad unit. */
  handle(request: ChecksRequest): CheckedFinding[];
}

/** A fresh engine. */
export function createChecksEngine(): ChecksEngine {
  let document: BilingualDocument | null = null;
  let context: QaContext | null = null;

  const unitFindings = (ctx: QaContext, index: number, text?: string): CheckedFinding[] => {
    const unit = ctx.units[index];
    const target = text ?? unit?.target ?? null;
    return checkUnit(ctx, index, text).map((f) => withQuote(f, target, unit?.source ?? null));
  };

  return {
    handle(request) {
      if (request.kind === 'run') {
        document = request.document ?? document;
        if (!document) throw new Error('The checks worker has no document yet.');
        const ctx = prepareWithTexts(document, request);
        context = ctx;
        return ctx.units.flatMap((unit) => unitFindings(ctx, unit.index));
      }
      if (!context) throw new Error('The checks worker has not run on a document yet.');
      return unitFindings(context, request.unit, request.text ?? undefined);
    },
  };
}
