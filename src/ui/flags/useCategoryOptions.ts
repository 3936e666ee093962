/**
 * The open project's categories as picker options, in the interface
 * language, recomputed only when the typology or the language changes.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TYPOLOGY_ID, typologyById } from '../../core/typology/index.ts';
import { typologyOptions } from './category-options.ts';
import type { CategoryOption } from './category-options.ts';
import { useReview } from './review-context.tsx';

/** The interface language as the typologies name it. */
export function useTypologyLanguage(): 'en' | 'zh' {
  const { i18n } = useTranslation('flags');
  return i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
}

/** The categories of the project's typology (the default one if it is unknown here). */
export function useCategoryOptions(): CategoryOption[] {
  const typologyId = useReview((s) => s.typologyId);
  const lang = useTypologyLanguage();
  return useMemo(() => {
    const typology = typologyById(typologyId) ?? typologyById(DEFAULT_TYPOLOGY_ID);
    return typologyOptions(typology?.categories ?? [], lang);
  }, [typologyId, lang]);
}
