/**
 * What the workspace area shows with no project open: the two ways to get
 * one, importing texts or bringing back the demo.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowNotice } from '../app/notice.ts';
import { useProjectsStore } from '../app/store-context.tsx';
import './projects.css';

/** Props of `EmptyState`. */
export interface EmptyStateProps {
  onImport: () => void;
  onNotice: ShowNotice;
}

/** The empty state (no project open). */
export function EmptyState({ onImport, onNotice }: EmptyStateProps) {
  const { t } = useTranslation('common');
  const store = useProjectsStore();
  const [restoring, setRestoring] = useState(false);

  const restoreDemo = async () => {
    setRestoring(true);
    try {
      await store.getState().restoreDemo();
    } catch (error) {
      onNotice({
        key: 'demo.failed',
        values: { detail: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setRestoring(false);
    }
  };

  return (
    <section className="empty-state" aria-labelledby="empty-state-title" data-testid="empty-state">
      <h2 id="empty-state-title">{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="empty-state-actions">
        <button type="button" className="button--primary" onClick={onImport}>
          {t('empty.import')}
        </button>
        <button
          type="button"
          data-testid="restore-demo"
          onClick={() => void restoreDemo()}
          disabled={restoring}
          aria-busy={restoring}
        >
          {restoring ? t('empty.restoring') : t('empty.restoreDemo')}
        </button>
      </div>
    </section>
  );
}
