/**
 * A cell's text with its marks: untranslated runs, flag highlights and
 * the automatic checks' findings (dotted spans inside them).
 *
 * Only text nodes and `<mark>`s are rendered, so DOM selections map back to
 * unit offsets by counting characters (`selection-offsets.ts`); the count of
 * overlapping flags is drawn by CSS from `data-count`, outside the DOM text.
 * Highlights are focusable, and carry the ids of their flags for the card
 * and the editor, which listen once on the workspace rather than per mark.
 */
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '../../core/model/document.ts';
import type { Flag } from '../../core/model/flag.ts';
import { TokenText } from '../interchange/TokenText.tsx';
import { anchoredSpans } from './anchoring.ts';
import { cellRuns, findingPieces } from './highlights.ts';
import type { FindingMark, FlagPiece } from './highlights.ts';

/** Props of `CellText`. */
export interface CellTextProps {
  text: string;
  /** The flags on this side of the unit (live ones; orphans are skipped). */
  flags: readonly Flag[];
  /** Untranslated runs to mark (target cells). */
  untranslated?: readonly TextRange[];
  /** Title and language of untranslated marks. */
  untranslatedTitle?: string;
  untranslatedLang?: string;
  /** Findings of the automatic checks on this side, drawn under the flags' colours. */
  findings?: readonly FindingMark[];
}

/** The attribute listing the findings a span of text carries, space-separated. */
export const FINDING_IDS_ATTRIBUTE = 'data-finding-ids';

/** `[start, end)` of `text`, findings wrapped in dotted spans (text nodes stay the only text). */
function FindingText({
  text,
  start,
  end,
  findings,
}: {
  text: string;
  start: number;
  end: number;
  findings: readonly FindingMark[] | undefined;
}) {
  // Inline codes of interchange files are drawn as protected tokens (one character each).
  if (!findings?.length) return <TokenText text={text} start={start} end={end} />;
  return findingPieces(start, end, findings).map((piece) =>
    piece.marks.length === 0 ? (
      <TokenText key={piece.start} text={text} start={piece.start} end={piece.end} />
    ) : (
      <span
        key={piece.start}
        className="dz-finding"
        data-testid="finding-highlight"
        data-finding-ids={piece.marks.map((m) => m.id).join(' ')}
        title={piece.marks.map((m) => m.label).join('\n')}
        aria-description={piece.marks.map((m) => m.label).join('; ')}
      >
        <TokenText text={text} start={piece.start} end={piece.end} />
      </span>
    ),
  );
}

/** The attribute listing a highlight's flag ids, space-separated. */
export const FLAG_IDS_ATTRIBUTE = 'data-flag-ids';

function Highlight({
  piece,
  text,
  byId,
  findings,
}: {
  piece: FlagPiece;
  text: string;
  byId: ReadonlyMap<string, Flag>;
  findings?: readonly FindingMark[];
}) {
  const { t } = useTranslation('flags');
  // Screen readers hear what the colour says: severity and category of
  // each flag on these words, worst first.
  const description = piece.flags
    .flatMap((id) => byId.get(id) ?? [])
    .map((f) =>
      t('highlight.describe', { severity: t(`severity.${f.severity}`), category: f.category }),
    )
    .join('; ');
  return (
    <mark
      className={`dz-flag dz-flag--${piece.severity ?? 'neutral'}`}
      data-testid="flag-highlight"
      data-flag-ids={piece.flags.join(' ')}
      data-severity={piece.severity ?? undefined}
      data-count={piece.flags.length > 1 ? piece.flags.length : undefined}
      tabIndex={0}
      aria-description={description}
    >
      <FindingText text={text} start={piece.start} end={piece.end} findings={findings} />
    </mark>
  );
}

/** The text of a cell, split into plain text and marks. */
export function CellText({
  text,
  flags,
  untranslated,
  untranslatedTitle,
  untranslatedLang,
  findings,
}: CellTextProps) {
  const runs = useMemo(
    () => cellRuns(text.length, anchoredSpans(text, flags), untranslated),
    [text, flags, untranslated],
  );
  const byId = useMemo(() => new Map(flags.map((f) => [f.id, f])), [flags]);
  return runs.map((run) => {
    const inner = run.pieces.map((piece) =>
      piece.severity === null ? (
        <Fragment key={piece.start}>
          <FindingText text={text} start={piece.start} end={piece.end} findings={findings} />
        </Fragment>
      ) : (
        <Highlight key={piece.start} piece={piece} text={text} byId={byId} findings={findings} />
      ),
    );
    return run.untranslated ? (
      <mark
        key={run.start}
        data-testid="untranslated"
        className="dz-ws-untranslated"
        lang={untranslatedLang}
        title={untranslatedTitle}
      >
        {inner}
      </mark>
    ) : (
      <Fragment key={run.start}>{inner}</Fragment>
    );
  });
}
