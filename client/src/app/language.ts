import { useTranslation } from 'react-i18next';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

// Users of the association work in Chinese first; English is the second language.
export const defaultLanguage: Language = 'zh-CN';

const storageKey = 'award.language';

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

export function storedLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  return isLanguage(stored) ? stored : defaultLanguage;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

/** Entities named in both languages (fields of expertise, award cycles) show the name of the UI language. */
export function localizedName(named: { nameZh: string; nameEn: string }, language: Language): string {
  return language === 'zh-CN' ? named.nameZh : named.nameEn;
}
