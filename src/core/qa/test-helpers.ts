/**
 * Helpers for the checks' unit tests: run one check over short texts, one
 * unit per line, and read back what it flagged.
 */
import { buildDocument } from '../align/index.ts';
import type { Termbase } from '../glossary/model.ts';
import type { BilingualDocument, Sentence, SideText } from '../model/document.ts';
import english from '../../i18n/locales/en/qa.json';
import { checkDocument, toDocumentRange } from './run.ts';
import type { CheckId, Finding } from './types.ts';

/** A finding with the text of its spans, for readable assertions. */
export interface FlaggedText {
  finding: Finding;
  /** The flagged target text, `null` when the finding has no target span. */
  target: string | null;
  source: string | null;
  /** The unit's target text after applying the finding's fix, when it has one. */
  fixed?: string;
}

/**
 * A document whose units pair the non-empty lines of `source` and `target`
 * one to one, whatever the aligner would make of them: the checks' tests
 * must not depend on alignment. A side with fewer lines leaves the last
 * units one-sided.
 */
export function pairedDocument(source: string | null, target: string): BilingualDocument {
  const document = buildDocument(source, target, { presplit: true });
  const side = (text: SideText | null, k: number) => {
    const s: Sentence | undefined = text?.segmentation.sentences[k];
    return s ? { start: s.start, end: s.end, sentences: [k] } : null;
  };
  const count = Math.max(
    document.source?.segmentation.sentences.length ?? 0,
    document.target.segmentation.sentences.length,
  );
  document.alignment.units = Array.from({ length: count }, (_, k) => ({
    source: side(document.source, k),
    target: side(document.target, k),
    confidence: 1,
  }));
  return document;
}

/**
 * Runs check `id` over `source` and `target`, their lines paired one to
 * one (`pairedDocument`). `source` may be `null` for an MT alone.
 */
export function runCheck(
  id: CheckId,
  source: string | null,
  target: string,
  glossary: Termbase | null = null,
): FlaggedText[] {
  const document = pairedDocument(source, target);
  return checkDocument(document, { checks: [id], glossary, messages: english }).map((finding) => {
    const t = toDocumentRange(document, finding, 'target');
    const s = toDocumentRange(document, finding, 'source');
    const unit = document.alignment.units[finding.unit]?.target;
    const unitText = unit ? document.target.text.slice(unit.start, unit.end) : '';
    const fix = finding.fix;
    return {
      finding,
      target: t ? document.target.text.slice(t.start, t.end) : null,
      source: s && document.source ? document.source.text.slice(s.start, s.end) : null,
      ...(fix
        ? { fixed: unitText.slice(0, fix.start) + fix.replacement + unitText.slice(fix.end) }
        : {}),
    };
  });
}

/** The flagged target texts only. */
export function flagged(
  id: CheckId,
  source: string | null,
  target: string,
  glossary: Termbase | null = null,
): (string | null)[] {
  return runCheck(id, source, target, glossary).map((f) => f.target);
}
