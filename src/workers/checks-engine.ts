/**
 * What the checks worker does, apart from messaging, so it can be tested
 * and timed in Node: prepare the enabled checks once over the document with
 * the units' current English (the MT with revisions applied), then check
 * every unit, or one unit again with the text being typed.
 */
import type { BilingualDocument } from '../core/model/document.ts';
import { checkUnit, prepareChecks, type Finding, type QaContext } from '../core/qa/index.ts';
import type {
  CheckedFinding,
  ChecksRequest,
  ChecksResponse,
  PartRequest,
  RunRequest,
  UnitRequest,
} from './checks-protocol.ts';
import { RunAssembler } from './checks-transfer.ts';

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

/** The worker's state: the last document and the checks prepared on it. */
export interface ChecksEngine {
  /** Answer one request; throws on a unit request before any run, or a bad unit. */
  handle(request: RunRequest | UnitRequest): CheckedFinding[];
  /** Keep a part of the coming run (see `checks-transfer.ts`); throws on a misplaced part. */
  receive(request: PartRequest): void;
}

/** A fresh engine. */
export function createChecksEngine(): ChecksEngine {
  let document: BilingualDocument | null = null;
  let context: QaContext | null = null;
  /** The parts of the run being sent, by that run's id. */
  let assembly: { id: number; assembler: RunAssembler } | null = null;

  /** The run's document and texts, from its parts. */
  const cargoOf = (request: RunRequest) => {
    if (assembly?.id !== request.id) throw new Error(`The parts of run ${request.id} are missing.`);
    const cargo = assembly.assembler.result();
    assembly = null;
    return cargo;
  };

  const unitFindings = (ctx: QaContext, index: number, text?: string): CheckedFinding[] => {
    const unit = ctx.units[index];
    const target = text ?? unit?.target ?? null;
    return checkUnit(ctx, index, text).map((f) => withQuote(f, target, unit?.source ?? null));
  };

  return {
    handle(request) {
      if (request.kind === 'run') {
        const cargo = cargoOf(request);
        document = cargo.document ?? document;
        if (!document) throw new Error('The checks worker has no document yet.');
        // The UI words messages itself (i18next, `qa` namespace): no catalogue here.
        const ctx = prepareChecks(document, {
          checks: request.checks,
          glossary: request.glossary,
          texts: cargo.texts,
        });
        context = ctx;
        return ctx.units.flatMap((unit) => unitFindings(ctx, unit.index));
      }
      if (!context) throw new Error('The checks worker has not run on a document yet.');
      return unitFindings(context, request.unit, request.text ?? undefined);
    },
    receive({ id, part }) {
      // A newer run's parts replace those of a run the client gave up sending.
      if (assembly?.id !== id) assembly = { id, assembler: new RunAssembler() };
      assembly.assembler.add(part);
    },
  };
}

/**
 * The answer to `request`, timed (what the worker posts back); `null` for
 * a part that was kept (parts are answered only when they fail, under the
 * id of their run).
 */
export function respond(engine: ChecksEngine, request: ChecksRequest): ChecksResponse | null {
  const { id } = request;
  const started = performance.now();
  try {
    if (request.kind === 'part') {
      engine.receive(request);
      return null;
    }
    const findings = engine.handle(request);
    return { id, ok: true, findings, elapsed: performance.now() - started };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
