/**
 * Every term of the project's glossary, searchable by its Chinese, English
 * or note, with where it came from (a line of the imported file, or added
 * here) and a button to delete it.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectTerm } from '../../core/model/project-extras.ts';

/** Whether `term` matches the search `query` (already lower case and trimmed). */
export function termMatches(term: ProjectTerm, query: string): boolean {
  if (!query) return true;
  return [term.zh, term.en, term.note, ...term.forbidden].some((text) =>
    text.toLowerCase().includes(query),
  );
}

/** The searchable term list (see the module comment). */
export function TermList({
  terms,
  onDelete,
}: {
  terms: readonly ProjectTerm[];
  /** Delete the term at this position of `terms`. */
  onDelete: (index: number) => void;
}) {
  const { t } = useTranslation('glossary');
  const [query, setQuery] = useState('');
  // A glossary can hold thousands of terms: typing stays responsive while the list catches up.
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const shown = useMemo(
    () => terms.flatMap((term, index) => (termMatches(term, deferred) ? [{ term, index }] : [])),
    [terms, deferred],
  );
  return (
    <section className="dz-glossary-all">
      <h3 className="dz-glossary-heading">{t('list.title')}</h3>
      <input
        type="search"
        data-testid="glossary-search"
        aria-label={t('list.search')}
        placeholder={t('list.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="dz-panel-count" aria-live="polite">
        {t('list.shown', { shown: shown.length, total: terms.length })}
      </p>
      <ul className="dz-glossary-list" data-testid="glossary-list">
        {shown.map(({ term, index }) => (
          <li key={`${index}:${term.zh}:${term.en}`} data-testid="glossary-term">
            <div className="dz-glossary-term-text">
              <span className="dz-glossary-zh" lang="zh-Hans">
                {term.zh}
              </span>{' '}
              <span className="dz-glossary-en" lang="en">
                {term.en}
              </span>
              <span className="dz-glossary-origin">
                {term.line > 0 ? t('list.line', { line: term.line }) : t('list.added')}
              </span>
              {term.forbidden.length > 0 && (
                <span className="dz-glossary-forbidden" lang="en">
                  {t('list.forbidden', { list: term.forbidden.join(', ') })}
                </span>
              )}
              {term.note && <span className="dz-glossary-note">{term.note}</span>}
            </div>
            <button
              type="button"
              className="button--quiet"
              data-testid="glossary-delete"
              aria-label={t('actions.deleteLabel', { term: term.zh })}
              onClick={() => onDelete(index)}
            >
              {t('actions.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
