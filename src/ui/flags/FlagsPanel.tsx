/**
 * The flags panel: every flag of the review, filterable by category,
 * severity, status, author, text and the editor's verdict, in document
 * order. Choosing a flag
 * scrolls the workspace to it and focuses its highlight; a flag whose words
 * are gone from its unit is listed as orphaned with its original quote,
 * since it cannot be shown in the text.
 */
import { useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilingualDocument } from '../../core/model/document.ts';
import { SEVERITIES } from '../../core/model/flag.ts';
import type { Flag } from '../../core/model/flag.ts';
import { TYPOLOGIES } from '../../core/typology/index.ts';
import type { ShowNotice } from '../app/notice.ts';
import { SidePanel } from '../common/SidePanel.tsx';
import { matchesVerdict, type VerdictFilter } from '../revisions/flag-verdict.ts';
import { FlagVerdict } from '../revisions/FlagVerdict.tsx';
import { VerdictFilterSelect } from '../revisions/VerdictFilterSelect.tsx';
import { UnitOverlayContext } from '../workspace/unit-overlay.ts';
import { isOrphaned } from './anchoring.ts';
import { categoryLabel } from './category-options.ts';
import { authorsOf, filterFlags, NO_FILTER } from './filters.ts';
import type { FlagFilter, StatusFilter } from './filters.ts';
import { useReview, useReviewStore } from './review-context.tsx';
import { ReviewFileActions } from './ReviewFileActions.tsx';
import { useCategoryOptions, useTypologyLanguage } from './useCategoryOptions.ts';

const STATUS_FILTERS: readonly StatusFilter[] = [
  'current',
  'all',
  'open',
  'resolved',
  'rejected',
  'deleted',
];

/** Props of `FlagsPanel`. */
export interface FlagsPanelProps {
  document: BilingualDocument;
  projectName: string;
  /** Scroll to the flag and focus its highlight. */
  onShow: (flag: Flag) => void;
  onEdit: (flag: Flag) => void;
  onClose: () => void;
  onNotice: ShowNotice;
}

function FlagItem({
  flag,
  orphaned,
  label,
  onShow,
  onEdit,
}: {
  flag: Flag;
  orphaned: boolean;
  label: string;
  onShow: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation('flags');
  return (
    <li
      className="dz-flag-item"
      data-testid="flag-item"
      data-flag-id={flag.id}
      data-status={flag.status}
    >
      <button type="button" className="dz-flag-item-main" onClick={onShow}>
        <span className="dz-flag-item-head">
          <span className={`dz-badge dz-badge--${flag.severity}`}>
            {t(`severity.${flag.severity}`)}
          </span>
          <span className="dz-flag-item-category">{label}</span>
          <span className="dz-flag-item-unit">
            {t('panel.unit', { number: flag.anchor.unit + 1 })}
          </span>
        </span>
        <q className="dz-flag-item-quote" lang={flag.anchor.side === 'source' ? 'zh-Hans' : 'en'}>
          {flag.anchor.quote.exact}
        </q>
        {orphaned && (
          <span className="dz-flag-item-orphaned" data-testid="flag-orphaned">
            {t('panel.orphaned')}
          </span>
        )}
        {flag.status !== 'open' && (
          <span className="dz-flag-item-status">{t(`status.${flag.status}`)}</span>
        )}
        {flag.comment && <span className="dz-flag-item-comment">{flag.comment}</span>}
      </button>
      {flag.status !== 'deleted' && (
        <button
          type="button"
          className="button--quiet dz-flag-item-edit"
          onClick={onEdit}
          data-testid="flag-item-edit"
        >
          {t('panel.edit')}
        </button>
      )}
      <FlagVerdict flag={flag} />
    </li>
  );
}

/** The flags panel (see the module comment). */
export function FlagsPanel({
  document,
  projectName,
  onShow,
  onEdit,
  onClose,
  onNotice,
}: FlagsPanelProps) {
  const { t } = useTranslation('flags');
  const store = useReviewStore();
  const overlay = useContext(UnitOverlayContext);
  const flags = useReview((s) => s.review.flags);
  const typologyId = useReview((s) => s.typologyId);
  const options = useCategoryOptions();
  const lang = useTypologyLanguage();
  const [filter, setFilter] = useState<FlagFilter>(NO_FILTER);
  const [verdict, setVerdict] = useState<VerdictFilter>('any');
  const decisions = useReview((s) => s.review.flagDecisions);
  const shown = useMemo(
    () =>
      filterFlags(flags.values(), filter).filter((f) =>
        matchesVerdict(decisions.get(f.id), verdict),
      ),
    [flags, filter, decisions, verdict],
  );
  const authors = useMemo(() => authorsOf(flags.values()), [flags]);
  const orphans = useMemo(
    () =>
      new Set([...flags.values()].filter((f) => isOrphaned(document, f, overlay)).map((f) => f.id)),
    [flags, document, overlay],
  );
  const update = (changes: Partial<FlagFilter>) => setFilter((f) => ({ ...f, ...changes }));

  return (
    <SidePanel
      id="dz-flags-panel"
      data-testid="flags-panel"
      title={t('panel.title')}
      closeLabel={t('panel.close')}
      onClose={onClose}
    >
      <details className="dz-panel-help" data-testid="flags-help">
        <summary>{t('help.title')}</summary>
        <ul>
          <li>{t('help.select')}</li>
          <li>{t('help.snap')}</li>
          <li>{t('help.unit')}</li>
          <li>{t('help.undo')}</li>
          <li>{t('help.editorial')}</li>
        </ul>
      </details>
      <label className="dz-field dz-field--inline">
        <span className="dz-field-label">{t('panel.typology')}</span>
        <select
          data-testid="typology-select"
          value={typologyId}
          onChange={(event) => store.getState().setTypology(event.target.value)}
        >
          {TYPOLOGIES.map((typology) => (
            <option key={typology.id} value={typology.id}>
              {lang === 'zh' ? typology.name_zh : typology.name}
            </option>
          ))}
        </select>
      </label>
      <ReviewFileActions document={document} projectName={projectName} onNotice={onNotice} />
      <div className="dz-panel-filters" role="search" aria-label={t('panel.filters')}>
        <input
          type="search"
          data-testid="flags-filter-text"
          aria-label={t('panel.search')}
          placeholder={t('panel.search')}
          value={filter.text}
          onChange={(event) => update({ text: event.target.value })}
        />
        <select
          data-testid="flags-filter-category"
          aria-label={t('panel.category')}
          value={filter.category}
          onChange={(event) => update({ category: event.target.value })}
        >
          <option value="">{t('panel.anyCategory')}</option>
          {options.map((option) => (
            <option key={option.path} value={option.path}>
              {option.path === option.group ? option.label : `\u2003${option.label}`}
            </option>
          ))}
        </select>
        <select
          data-testid="flags-filter-severity"
          aria-label={t('panel.severity')}
          value={filter.severity}
          onChange={(event) => update({ severity: event.target.value as FlagFilter['severity'] })}
        >
          <option value="">{t('panel.anySeverity')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
        <select
          data-testid="flags-filter-status"
          aria-label={t('panel.status')}
          value={filter.status}
          onChange={(event) => update({ status: event.target.value as StatusFilter })}
        >
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`statusFilter.${s}`)}
            </option>
          ))}
        </select>
        <select
          data-testid="flags-filter-author"
          aria-label={t('panel.author')}
          value={filter.author}
          onChange={(event) => update({ author: event.target.value })}
        >
          <option value="">{t('panel.anyAuthor')}</option>
          {authors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <VerdictFilterSelect value={verdict} onChange={setVerdict} />
      </div>
      <p className="dz-panel-count" aria-live="polite">
        {t('panel.shown', { count: shown.length, total: flags.size })}
      </p>
      <ul className="dz-flag-list" data-testid="flag-list">
        {shown.map((flag) => (
          <FlagItem
            key={flag.id}
            flag={flag}
            orphaned={orphans.has(flag.id)}
            label={categoryLabel(options, flag.category)}
            onShow={() => onShow(flag)}
            onEdit={() => onEdit(flag)}
          />
        ))}
      </ul>
    </SidePanel>
  );
}
