/**
 * One unit of the workspace grid: gutter with the unit number, Chinese cell,
 * English cell. Rows are memoised and take only primitives and stable
 * callbacks, so a scroll frame re-renders just the rows entering the
 * viewport and a change of active unit re-renders two rows.
 */
import { memo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FLAGS } from '../../store/flag-index.ts';
import type { UnitFlags } from '../../store/flag-index.ts';
import type { FindingMark } from '../flags/highlights.ts';
import { SourceCell, TargetCell } from './UnitCells.tsx';
import type { WorkspaceRow } from './rows.ts';

/** Props of `UnitRow`. */
export interface UnitRowProps {
  /** The unit's index in `document.alignment.units`. */
  index: number;
  row: WorkspaceRow;
  /** The English shown: the unit's current text (its MT unless revised), `null` without one. */
  target: string | null;
  /** The unit's status id, drawn as a badge in the gutter; none without a review. */
  status?: string;
  /** Content replacing the English text (editor, tracked changes); `null` for the text. */
  content?: ReactNode;
  /** Findings to mark in the Chinese (see `UnitOverlay.sourceFindings`). */
  sourceFindings?: readonly FindingMark[];
  /** Double-click on the English asks to edit it (stable). */
  onEditRequest?: (index: number) => void;
  /** DOM id, the target of the grid's `aria-activedescendant`. */
  id: string;
  /** Distance from the top of the row container, px. */
  offset: number;
  active: boolean;
  documentHasSource: boolean;
  /** The unit's live flags; the same object until they change, so the memo holds. */
  flags: UnitFlags | undefined;
  /** The virtualiser's measuring ref (stable). */
  measureRef: (node: HTMLDivElement | null) => void;
  /** Make this unit the active one (stable). */
  onSelect: (index: number) => void;
}

/** A unit row; see the module comment for why its props are shaped so. */
export const UnitRow = memo(function UnitRow({
  index,
  row,
  target,
  status,
  content = null,
  sourceFindings,
  onEditRequest,
  id,
  offset,
  active,
  documentHasSource,
  flags,
  measureRef,
  onSelect,
}: UnitRowProps) {
  const { t } = useTranslation('workspace');
  const confidenceNote = row.lowConfidence
    ? t('lowConfidence', { percent: Math.round(row.confidence * 100) })
    : undefined;
  return (
    <div
      ref={measureRef}
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      aria-description={confidenceNote}
      data-testid="unit-row"
      data-unit-index={index}
      data-paragraph-start={row.paragraphStart || undefined}
      data-low-confidence={row.lowConfidence || undefined}
      className={index % 2 === 1 ? 'dz-ws-row dz-ws-row--odd' : 'dz-ws-row'}
      style={{ transform: `translateY(${offset}px)` }}
      onClick={() => onSelect(index)}
    >
      <div role="rowheader" className="dz-ws-gutter" title={confidenceNote}>
        {index + 1}
        {status !== undefined && (
          <span
            className={`dz-ws-status dz-ws-status--${status}`}
            data-testid="unit-status"
            data-status={status}
            title={t(`revisions:status.${status}`)}
          >
            <span className="dz-ws-visually-hidden">{t(`revisions:status.${status}`)}</span>
          </span>
        )}
      </div>
      <SourceCell
        text={row.source}
        documentHasSource={documentHasSource}
        flags={flags?.source ?? NO_FLAGS}
        findings={sourceFindings}
      />
      <TargetCell
        text={target}
        flags={flags?.target ?? NO_FLAGS}
        content={content}
        onDoubleClick={onEditRequest && (() => onEditRequest(index))}
      />
    </div>
  );
});
