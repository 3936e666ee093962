/**
 * After a save, when the revision changed words that open flags sit on:
 * a small non-modal offer to mark them resolved by that revision. Not a
 * dialog, so the person can carry on to the next unit and ignore it.
 */
import { useTranslation } from 'react-i18next';

/** Props of `TouchedPrompt`. */
export interface TouchedPromptProps {
  count: number;
  /** The revision's number in its unit's history. */
  number: number;
  onResolve: () => void;
  onDismiss: () => void;
}

/** The "mark resolved by revision N" offer. */
export function TouchedPrompt({ count, number, onResolve, onDismiss }: TouchedPromptProps) {
  const { t } = useTranslation('revisions');
  return (
    <div className="dz-touched" role="status" data-testid="touched-prompt">
      {t('touched.prompt', { count })}{' '}
      <button type="button" data-testid="resolve-touched" onClick={onResolve}>
        {t('touched.resolve', { number })}
      </button>{' '}
      <button type="button" onClick={onDismiss}>
        {t('touched.dismiss')}
      </button>
    </div>
  );
}
