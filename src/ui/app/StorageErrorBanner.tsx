/**
 * The storage failure banner: what failed, why as far as the browser says,
 * and what the person can do. It stays until dismissed; a later failure
 * replaces it, so it always describes the latest state of storage.
 */
import { useTranslation } from 'react-i18next';
import { Alert } from '../common/Alert.tsx';
import { useProjects, useProjectsStore } from './store-context.tsx';

/** Shows the store's `storageError`, if any. */
export function StorageErrorBanner() {
  const { t } = useTranslation('common');
  const error = useProjects((s) => s.storageError);
  const store = useProjectsStore();
  if (!error) return null;
  return (
    <Alert
      data-testid="storage-error"
      className="storage-error"
      onDismiss={() => store.getState().dismissStorageError()}
    >
      <p>
        <strong>{t(`storage.operation.${error.operation}`)}</strong>{' '}
        {t(`storage.problem.${error.problem}`)}
      </p>
      <p className="storage-error-detail">{t('storage.detail', { detail: error.detail })}</p>
    </Alert>
  );
}
