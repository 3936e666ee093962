/**
 * The workspace: the document as a two-column grid, Chinese original left,
 * English machine translation right, one row per aligned unit.
 *
 * Accessibility pattern: an ARIA grid whose scroll container is the grid
 * itself. It is the single tab stop and keeps focus while the active row is
 * announced through `aria-activedescendant`; rows are virtualised, so moving
 * DOM focus onto them would lose it whenever a row scrolls out and unmounts.
 * `aria-rowcount`/`aria-rowindex` tell assistive technology how many rows
 * exist beyond the rendered ones.
 *
 * Rows are virtualised with @tanstack/react-virtual and measured after
 * rendering, since a unit can be one line or a whole paragraph.
 */
import { useCallback, useContext, useEffect, useId, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { BilingualDocument } from '../../core/model/document.ts';
import { EMPTY_FLAG_INDEX } from '../../store/flag-index.ts';
import type { FlagIndex } from '../../store/flag-index.ts';
import { estimateRowHeight } from './estimate.ts';
import { rowsPerPage } from './keys.ts';
import { buildWorkspaceRows } from './rows.ts';
import { UnitOverlayContext } from './unit-overlay.ts';
import { UnitRow } from './UnitRow.tsx';
import { useElementSize } from './useElementSize.ts';
import { useStableCallback } from './useStableCallback.ts';
import { useUnitKeyboard } from './useUnitKeyboard.ts';
import './workspace.css';

/** Props of `WorkspaceView` (the shared UI contract). */
export interface WorkspaceViewProps {
  document: BilingualDocument;
  /** Index of the active unit in `document.alignment.units`. */
  activeUnit: number;
  /** Called when the user activates another unit (click or keyboard). */
  onActiveUnitChange: (index: number) => void;
  /** The review's live flags by unit, drawn in the cells; none by default. */
  flags?: FlagIndex;
}

/** Rows rendered beyond each edge of the viewport, to hide blank flashes on fast scrolls. */
const OVERSCAN = 8;

/** Initial layout guesses, replaced after the first layout. */
const INITIAL_HEADER = { width: 0, height: 36 };
const INITIAL_COLUMN = { width: 400, height: 0 };

const documentKeys = new WeakMap<BilingualDocument, number>();
let nextDocumentKey = 0;

/**
 * A key that changes exactly when the document object does. Remounting the
 * grid for a new document drops the virtualiser's measured heights, which
 * are cached by row index and would otherwise be applied to another
 * document's rows.
 */
function documentKey(document: BilingualDocument): number {
  let key = documentKeys.get(document);
  if (key === undefined) {
    key = nextDocumentKey++;
    documentKeys.set(document, key);
  }
  return key;
}

/** The two-column aligned view of a bilingual document. */
export function WorkspaceView(props: WorkspaceViewProps) {
  return <WorkspaceGrid key={documentKey(props.document)} {...props} />;
}

function WorkspaceGrid({
  document,
  activeUnit,
  onActiveUnitChange,
  flags = EMPTY_FLAG_INDEX,
}: WorkspaceViewProps) {
  const { t } = useTranslation('workspace');
  const idPrefix = useId();
  const rows = useMemo(() => buildWorkspaceRows(document), [document]);
  const count = rows.length;
  const active = Math.max(0, Math.min(activeUnit, count - 1));
  const documentHasSource = document.source !== null;
  const overlay = useContext(UnitOverlayContext);

  const scrollRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const columnRef = useRef<HTMLDivElement>(null);
  const header = useElementSize(headerRef, INITIAL_HEADER);
  const column = useElementSize(columnRef, INITIAL_COLUMN);

  const estimateSize = useCallback(
    (index: number) => {
      const row = rows[index];
      return row === undefined ? 0 : estimateRowHeight(row, column.width);
    },
    [rows, column.width],
  );

  // The app does not use the React Compiler; the virtualiser re-renders this
  // component itself, and rows receive only its stable `measureElement`.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: OVERSCAN,
    // The sticky header sits above the rows inside the scroll container:
    // rows start that far down, and a row scrolled to the top must clear it.
    scrollMargin: header.height,
    scrollPaddingStart: header.height,
    indexAttribute: 'data-unit-index',
    // React 19 warns about flushSync inside effects; a frame of latency on
    // measurement is not visible.
    useFlushSync: false,
  });

  const selectUnit = useStableCallback(onActiveUnitChange);

  const pageSize = () => {
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    return rowsPerPage(virtualizer.getVirtualItems(), top + header.height, top + height);
  };
  useUnitKeyboard({
    containerRef: scrollRef,
    count,
    current: active,
    pageSize,
    onMove: onActiveUnitChange,
  });

  // Bring the active unit into view when it changes; on first display
  // centre it, since a restored position usually has context above it.
  const hasScrolled = useRef(false);
  useEffect(() => {
    if (count === 0) return;
    virtualizer.scrollToIndex(active, { align: hasScrolled.current ? 'auto' : 'center' });
    hasScrolled.current = true;
  }, [active, count, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const activeId = `${idPrefix}-unit-${active}`;
  const activeRendered = items.some((item) => item.index === active);

  if (count === 0) {
    return (
      <div className="dz-ws dz-ws--empty" data-testid="workspace-scroll">
        <p className="dz-ws-empty">{t('empty.document')}</p>
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className="dz-ws"
      data-testid="workspace-scroll"
      role="grid"
      tabIndex={0}
      aria-label={t('gridLabel')}
      aria-description={t('keyboardHelp')}
      aria-rowcount={count + 1}
      aria-colcount={3}
      aria-activedescendant={activeRendered ? activeId : undefined}
    >
      <div ref={headerRef} role="rowgroup" className="dz-ws-head">
        <div role="row" aria-rowindex={1} className="dz-ws-row dz-ws-row--head">
          <div role="columnheader" className="dz-ws-gutter" title={t('columns.unitLabel')}>
            <span aria-hidden="true">{t('columns.unit')}</span>
            <span className="dz-ws-visually-hidden">{t('columns.unitLabel')}</span>
          </div>
          <div ref={columnRef} role="columnheader" className="dz-ws-cell dz-ws-cell--source">
            {t('columns.source')}
          </div>
          <div role="columnheader" className="dz-ws-cell dz-ws-cell--target">
            {t('columns.target')}
          </div>
        </div>
      </div>
      <div role="rowgroup" className="dz-ws-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          return (
            <UnitRow
              key={item.key}
              index={item.index}
              row={row}
              target={row.target === null ? null : (overlay?.texts[item.index] ?? row.target)}
              status={overlay?.statuses[item.index]}
              content={overlay?.targetContent(item.index) ?? null}
              sourceFindings={overlay?.sourceFindings?.(item.index)}
              onEditRequest={overlay?.onEditRequest}
              id={`${idPrefix}-unit-${item.index}`}
              offset={item.start - header.height}
              active={item.index === active}
              documentHasSource={documentHasSource}
              flags={flags.get(item.index)}
              measureRef={virtualizer.measureElement}
              onSelect={selectUnit}
            />
          );
        })}
      </div>
    </div>
  );
}
