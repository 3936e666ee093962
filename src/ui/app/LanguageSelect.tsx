/**
 * The interface language switch. Each language is named in itself, so a
 * person who cannot read the current one still finds theirs.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, isLanguage } from '../../i18n/index.ts';

/** A labelled `<select>` of the interface languages; the choice is remembered. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation('common');
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <label className="language-select">
      <span className="visually-hidden">{t('language.label')}</span>
      <span aria-hidden="true" className="language-select-icon">
        文A
      </span>
      <select
        data-testid="language-select"
        value={current}
        title={t('language.label')}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language === 'zh' ? 'zh-Hans' : 'en'}>
            {t(`language.names.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
