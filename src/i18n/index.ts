/**
 * i18next set-up for the app: English and Simplified Chinese, every string
 * bundled (no loading state, no flash of keys), the choice of language
 * remembered in localStorage under `duizhao.lang`.
 *
 * Components use `useTranslation('common')` / `useTranslation('workspace')`.
 * Code outside React (the stores) may call `i18n.t` directly, but only for
 * text that is stored, such as the demo project's name; messages shown later
 * are translated when rendered so that switching language updates them.
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, resources } from './resources.ts';

/** The languages of the interface. `zh` is Simplified Chinese. */
export const LANGUAGES = ['en', 'zh'] as const;

/** A language of the interface. */
export type Language = (typeof LANGUAGES)[number];

/** The localStorage key that remembers the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'duizhao.lang';

/** Whether `value` names a language of the interface. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * localStorage, or `null` where it cannot be used. Reading the property
 * itself throws in some privacy modes and sandboxed iframes, so the
 * language choice degrades to "not remembered" instead of a blank page.
 */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The language to start in: the remembered choice, else the first of the
 * browser's preferred languages that the interface has (any `zh-*` counts as
 * Chinese: the UI has no Traditional variant, and Simplified reads better to
 * a Traditional reader than English does to most), else English.
 */
export function detectLanguage(
  remembered: string | null = readRememberedLanguage(),
  preferred: readonly string[] = typeof navigator === 'undefined'
    ? []
    : (navigator.languages ?? []),
): Language {
  if (isLanguage(remembered)) return remembered;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The remembered language choice, or `null`. */
export function readRememberedLanguage(): string | null {
  try {
    return storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The BCP 47 tag for `<html lang>`, so screen readers and fonts pick the right script. */
export function htmlLang(language: Language): string {
  return language === 'zh' ? 'zh-Hans' : 'en';
}

function applyDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined' && isLanguage(language)) {
    document.documentElement.lang = htmlLang(language);
  }
}

/**
 * Initialise the shared i18next instance (once; later calls return it as it
 * is). Initialisation is synchronous because every resource is bundled, so
 * the first render already has its strings.
 */
export function initI18n(language: Language = detectLanguage()): I18n {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', applyDocumentLanguage);
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      ns: [...NAMESPACES],
      defaultNS: 'common',
      initAsync: false,
      // React escapes what it renders; escaping here too would show `&amp;`.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    applyDocumentLanguage(language);
  }
  return i18next;
}

/** Switch the interface language and remember the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage full or denied: the switch still applies to this visit.
  }
  await initI18n(language).changeLanguage(language);
}

/** The shared i18next instance (initialise it with `initI18n` first). */
export { i18next as i18n };
