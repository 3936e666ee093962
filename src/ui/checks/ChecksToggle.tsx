/** The header's button that opens and closes the checks panel. */
import { useTranslation } from 'react-i18next';

/** Props of `ChecksToggle`. */
export interface ChecksToggleProps {
  open: boolean;
  onToggle: () => void;
}

/** The toggle (see the module comment). */
export function ChecksToggle({ open, onToggle }: ChecksToggleProps) {
  const { t } = useTranslation('checks');
  return (
    <button
      type="button"
      data-testid="checks-toggle"
      aria-pressed={open}
      aria-controls="dz-checks-panel"
      onClick={onToggle}
    >
      {t('toggle')}
    </button>
  );
}
