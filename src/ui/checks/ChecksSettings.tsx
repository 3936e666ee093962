/**
 * The checks panel's settings popover: a switch per check, stored in the
 * project (`project.checks.disabled`). A disclosure rather than a dialog,
 * so the findings stay in view and change as checks are switched.
 */
import { useTranslation } from 'react-i18next';
import { CHECK_IDS } from '../../core/qa/index.ts';

/** Props of `ChecksSettings`. */
export interface ChecksSettingsProps {
  /** Ids of the checks switched off. */
  disabled: readonly string[];
  onSwitch: (id: string, on: boolean) => void;
}

/** The settings popover (see the module comment). */
export function ChecksSettings({ disabled, onSwitch }: ChecksSettingsProps) {
  const { t } = useTranslation('checks');
  const off = new Set(disabled);
  return (
    <details className="dz-checks-settings" data-testid="checks-settings">
      <summary data-testid="checks-settings-open">{t('settings.open')}</summary>
      <fieldset className="dz-checks-settings-body">
        <legend>{t('settings.title')}</legend>
        {CHECK_IDS.map((id) => (
          <label key={id} className="dz-checks-switch" title={t(`qa:checks.${id}.description`)}>
            <input
              type="checkbox"
              data-testid={`check-switch-${id}`}
              checked={!off.has(id)}
              onChange={(event) => onSwitch(id, event.target.checked)}
            />{' '}
            {t(`qa:checks.${id}.name`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
