/**
 * The checks panel: the findings of the automatic checks on the open
 * project, with counts by severity and check, filters, grouping by unit or
 * by check, the per-project check switches and the dismissed findings.
 * Choosing a finding makes its unit the active one and paints its span;
 * accepting it makes a flag (origin `check:<id>`) and opens the flag
 * editor on it, and the finding leaves the open list and the counts for
 * the "flagged" one; a quick fix is saved as a revision.
 */
import { useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Flag } from '../../core/model/flag.ts';
import { SEVERITIES } from '../../core/model/flag.ts';
import type { Project } from '../../core/model/project.ts';
import { CHECK_IDS } from '../../core/qa/index.ts';
import type { ChecksStore } from '../../store/checks.ts';
import { DEFAULT_CHECKS } from '../../store/checks-settings.ts';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';
import { SidePanel } from '../common/SidePanel.tsx';
import { ChecksSettings } from './ChecksSettings.tsx';
import { DismissedList } from './DismissedList.tsx';
import { FindingList } from './FindingList.tsx';
import {
  filterFindings,
  groupFindings,
  NO_FINDING_FILTER,
  type FindingFilter,
  type FindingStatus,
  type Grouping,
} from './findings-group.ts';
import { paintFinding } from './show-finding.ts';
import { useFindingActions } from './useFindingActions.ts';
import './checks.css';

/** Props of `ChecksPanel`. */
export interface ChecksPanelProps {
  store: ChecksStore;
  project: Project;
  /** The review workspace, whose grid shows the findings. */
  rootRef: RefObject<HTMLElement | null>;
  onActiveUnitChange: (unit: number) => void;
  /** A finding became this flag: open it for editing. */
  onAccepted: (flag: Flag) => void;
  onClose: () => void;
}

/** How many of `findings` each check has. */
function countByCheck(findings: readonly CheckedFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.check] = (counts[f.check] ?? 0) + 1;
  return counts;
}

/** The checks panel (see the module comment). */
export function ChecksPanel(props: ChecksPanelProps) {
  const { store, project, rootRef } = props;
  const { t } = useTranslation('checks');
  const status = useStore(store, (s) => s.status);
  const error = useStore(store, (s) => s.error);
  const visible = useStore(store, (s) => s.visible);
  const flagged = useStore(store, (s) => s.flagged);
  const counts = useStore(store, (s) => s.counts);
  const timing = useStore(store, (s) => s.timing);
  const editing = useStore(store, (s) => s.editing);
  const actions = useFindingActions(project);
  const settings = project.checks ?? DEFAULT_CHECKS;
  const [filter, setFilter] = useState<FindingFilter>(NO_FINDING_FILTER);
  const [grouping, setGrouping] = useState<Grouping>('unit');
  const listed = filter.status === 'open' ? visible : flagged;
  const byCheck = useMemo(() => countByCheck(listed), [listed]);
  const shown = useMemo(() => filterFindings(listed, filter), [listed, filter]);
  const groups = useMemo(() => groupFindings(shown, grouping), [shown, grouping]);

  const show = (finding: CheckedFinding) => {
    props.onActiveUnitChange(finding.unit);
    if (rootRef.current) paintFinding(rootRef.current, finding);
  };

  return (
    <SidePanel
      id="dz-checks-panel"
      data-testid="checks-panel"
      title={t('panel.title')}
      closeLabel={t('panel.close')}
      onClose={props.onClose}
    >
      <p
        className="dz-checks-summary"
        aria-live="polite"
        data-testid="checks-summary"
        // The worker's times, for the browser tests that measure them.
        data-run-ms={timing.run === null ? undefined : timing.run.toFixed(1)}
        data-unit-ms={timing.unit === null ? undefined : timing.unit.toFixed(2)}
      >
        <span data-testid="checks-total" data-count={counts.total}>
          {t('panel.total', { count: counts.total })}
        </span>
        {SEVERITIES.filter((s) => counts.bySeverity[s] > 0).map((s) => (
          <span
            key={s}
            className={`dz-badge dz-badge--${s}`}
            data-testid={`checks-count-${s}`}
            title={t(`flags:severity.${s}`)}
          >
            {t(`flags:severity.${s}`)} {counts.bySeverity[s]}
          </span>
        ))}
        {status === 'running' && <span role="status">{t('panel.running')}</span>}
      </p>
      {editing !== null && (
        <p className="dz-checks-editing" role="status" data-testid="checks-editing">
          {t('panel.editing', { number: editing + 1 })}
        </p>
      )}
      {status === 'failed' && (
        <p role="alert" className="dz-checks-failed">
          {t('panel.failed', { detail: error ?? '' })}
        </p>
      )}
      <ChecksSettings disabled={settings.disabled} onSwitch={actions.switchCheck} />
      <div className="dz-panel-filters" role="search">
        <select
          data-testid="checks-filter-status"
          aria-label={t('panel.status')}
          value={filter.status}
          onChange={(event) =>
            setFilter((f) => ({ ...f, status: event.target.value as FindingStatus }))
          }
        >
          <option value="open">{t('panel.open', { count: visible.length })}</option>
          <option value="flagged">{t('panel.flagged', { count: flagged.length })}</option>
        </select>
        <select
          data-testid="checks-filter-check"
          aria-label={t('panel.check')}
          value={filter.check}
          onChange={(event) => setFilter((f) => ({ ...f, check: event.target.value }))}
        >
          <option value="">{t('panel.anyCheck')}</option>
          {CHECK_IDS.filter((id) => byCheck[id] || id === filter.check).map((id) => (
            <option key={id} value={id}>
              {t(`qa:checks.${id}.name`)} ({byCheck[id] ?? 0})
            </option>
          ))}
        </select>
        <select
          data-testid="checks-filter-severity"
          aria-label={t('panel.severity')}
          value={filter.severity}
          onChange={(event) =>
            setFilter((f) => ({ ...f, severity: event.target.value as FindingFilter['severity'] }))
          }
        >
          <option value="">{t('panel.anySeverity')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`flags:severity.${s}`)}
            </option>
          ))}
        </select>
        <select
          data-testid="checks-grouping"
          aria-label={t('panel.group')}
          value={grouping}
          onChange={(event) => setGrouping(event.target.value as Grouping)}
        >
          <option value="unit">{t('panel.groupUnit')}</option>
          <option value="check">{t('panel.groupCheck')}</option>
        </select>
      </div>
      <p className="dz-panel-help-line">{t('panel.help')}</p>
      {status === 'ready' && shown.length === 0 && <p>{t('panel.none')}</p>}
      <FindingList
        groups={groups}
        textsOf={actions.textsOf}
        flagged={filter.status === 'flagged'}
        editing={editing}
        onShow={show}
        onAccept={(finding) => {
          const flag = actions.accept(finding);
          if (flag) props.onAccepted(flag);
        }}
        onDismiss={actions.dismiss}
        onFix={actions.fix}
      />
      <DismissedList dismissed={settings.dismissed} onRestore={actions.restore} />
    </SidePanel>
  );
}
