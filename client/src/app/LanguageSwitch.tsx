import { Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './i18n';
import { type Language, useLanguage } from './language';

// Each language is named in itself, so a reader of either can find theirs; `lang` tells screen readers (and
// the page sweep) that the name is in that language, whatever the page's.
const languageOptions: { value: Language; label: ReactNode }[] = [
  { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
  { value: 'en', label: <span lang="en">English</span> },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('languageSwitch')}
      options={languageOptions}
      value={useLanguage()}
      onChange={switchLanguage}
    />
  );
}
