/**
 * The findings of the checks panel, in groups, walked from the keyboard:
 * ↓/j and ↑/k move to the next and previous finding (and show it in the
 * grid), Home/End to the first and last, Page Up/Down ten at a time, Enter
 * shows it, A accepts it as a flag, D dismisses it (asking for an optional
 * reason), F applies its quick fix. One finding holds the focus at a time
 * (a roving tab stop), so Tab leaves the list in one step.
 *
 * The list is virtualised (@tanstack/react-virtual): a large project has
 * thousands of findings, and rendering them all made opening it take
 * seconds. Groups are flattened into rows (a heading, then its findings),
 * measured after rendering since a message can wrap. The focused finding
 * and the one being dismissed are always rendered, wherever the list is
 * scrolled, so DOM focus is never lost with an unmounted row; the list
 * is a `list` whose items carry `aria-setsize`/`aria-posinset`, so
 * assistive technology knows how many rows exist beyond the rendered ones.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';
import type { UnitTexts } from './finding-actions.ts';
import { FindingItem } from './FindingItem.tsx';
import { listRows, type FindingGroup, type FindingRow } from './findings-group.ts';

/** Props of `FindingList`. */
export interface FindingListProps {
  groups: readonly FindingGroup[];
  textsOf: (unit: number) => UnitTexts;
  /** The listed findings were accepted as flags (the "flagged" filter): nothing to accept. */
  flagged: boolean;
  /** The unit being edited, whose findings are re-checked as the person types. */
  editing: number | null;
  onShow: (finding: CheckedFinding) => void;
  onAccept: (finding: CheckedFinding) => void;
  onDismiss: (finding: CheckedFinding, reason: string) => void;
  onFix: (finding: CheckedFinding) => void;
}

/** Findings Page Up/Down moves by. */
const PAGE = 10;
/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN = 6;
/** Height guesses before measuring, px. */
const HEADING_HEIGHT = 30;
const FINDING_HEIGHT = 64;

/** The list (see the module comment). */
export function FindingList(props: FindingListProps) {
  const { groups, textsOf, flagged, editing } = props;
  const { t } = useTranslation('checks');
  const { rows, order, rowOf } = useMemo(() => listRows(groups), [groups]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [dismissingId, setDismissingId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  /** Move DOM focus to `focusedId` after the next render (a key moved it). */
  const pull = useRef(false);

  const focusedRow = rowOf.get(focusedId ?? '') ?? rows.findIndex((r) => r.kind === 'finding');
  const focusedEntry = rows[focusedRow];
  const focused = focusedEntry?.kind === 'finding' ? focusedEntry.finding : null;
  const index = focused ? order.indexOf(focused) : -1;
  const dismissingRow = rowOf.get(dismissingId ?? '') ?? -1;

  // The rows on screen, plus the focused and dismissed ones wherever they are.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      for (const keep of [focusedRow, dismissingRow])
        if (keep >= 0 && keep < range.count && !shown.includes(keep)) shown.push(keep);
      return shown.sort((a, b) => a - b);
    },
    [focusedRow, dismissingRow],
  );
  // Stable while the rows are, so the virtualiser keeps its measurements.
  const estimateSize = useCallback(
    (i: number) => (rows[i]?.kind === 'group' ? HEADING_HEIGHT : FINDING_HEIGHT),
    [rows],
  );
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  // The app does not use the React Compiler; the virtualiser re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    useFlushSync: false,
  });

  useEffect(() => {
    if (!pull.current || !focused) return;
    pull.current = false;
    listRef.current
      ?.querySelector<HTMLElement>(
        // Finding ids hold no quotes or backslashes: a JSON string is a valid CSS value.
        `[data-finding-id=${JSON.stringify(focused.id)}] [data-testid="finding-item-main"]`,
      )
      // The virtualiser scrolls to it; the browser's own scrolling would fight it.
      ?.focus({ preventScroll: true });
  });

  /**
   * Make `finding` the focused one, scroll it into view and show it in the
   * grid; moving up onto a group's first finding brings its heading in too.
   */
  const moveTo = (finding: CheckedFinding | undefined) => {
    if (!finding) return;
    pull.current = true;
    setFocusedId(finding.id);
    const row = rowOf.get(finding.id) ?? 0;
    const up = row < focusedRow && rows[row - 1]?.kind === 'group';
    virtualizer.scrollToIndex(up ? row - 1 : row, { align: 'auto' });
    props.onShow(finding);
  };
  /** The finding to focus once `finding` leaves the list. */
  const neighbour = (finding: CheckedFinding) => {
    const at = order.indexOf(finding);
    return order[at + 1] ?? order[at - 1];
  };
  const accept = (finding: CheckedFinding) => {
    if (flagged) return;
    // It leaves the open list; the flag editor takes the focus meanwhile.
    const next = neighbour(finding);
    if (next) setFocusedId(next.id);
    props.onAccept(finding);
  };
  const fix = (finding: CheckedFinding) => {
    const next = neighbour(finding);
    props.onFix(finding);
    if (next) setFocusedId(next.id);
    pull.current = true;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    if (!focused) return;
    const key = event.key;
    const last = order.length - 1;
    let handled = true;
    if (key === 'ArrowDown' || key === 'j') moveTo(order[index + 1]);
    else if (key === 'ArrowUp' || key === 'k') moveTo(order[index - 1]);
    else if (key === 'Home') moveTo(order[0]);
    else if (key === 'End') moveTo(order[last]);
    else if (key === 'PageDown') moveTo(order[Math.min(last, index + PAGE)]);
    else if (key === 'PageUp') moveTo(order[Math.max(0, index - PAGE)]);
    else if ((key === 'a' || key === 'A') && !flagged) accept(focused);
    else if (key === 'd' || key === 'D') setDismissingId(focused.id);
    else if ((key === 'f' || key === 'F') && focused.fix) fix(focused);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const renderRow = (row: FindingRow) => {
    if (row.kind === 'group') {
      const { group } = row;
      return (
        <h3 className="dz-finding-group-title" data-testid="finding-group">
          {group.unit !== null
            ? t('panel.unit', { number: group.unit + 1 })
            : t(`qa:checks.${group.check ?? ''}.name`)}{' '}
          <span className="dz-finding-group-count">{group.findings.length}</span>
        </h3>
      );
    }
    const { finding } = row;
    return (
      <FindingItem
        finding={finding}
        target={textsOf(finding.unit).target}
        focused={finding === focused}
        accepted={flagged}
        editing={finding.unit === editing}
        dismissing={finding.id === dismissingId}
        onFocus={() => setFocusedId(finding.id)}
        onShow={() => {
          setFocusedId(finding.id);
          props.onShow(finding);
        }}
        onAccept={() => accept(finding)}
        onStartDismiss={() => {
          setFocusedId(finding.id);
          setDismissingId(finding.id);
        }}
        onCancelDismiss={() => {
          setDismissingId(null);
          pull.current = true;
        }}
        onDismiss={(reason) => {
          const next = neighbour(finding);
          setDismissingId(null);
          if (next) setFocusedId(next.id);
          pull.current = true;
          props.onDismiss(finding, reason);
        }}
        onFix={() => fix(finding)}
      />
    );
  };

  return (
    <div
      ref={listRef}
      className="dz-finding-list"
      data-testid="finding-list"
      data-count={order.length}
      role="group"
      aria-label={t('panel.list')}
      onKeyDown={onKeyDown}
    >
      <div role="list" className="dz-finding-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className={`dz-finding-row dz-finding-row--${row.kind}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderRow(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
