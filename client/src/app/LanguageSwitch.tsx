import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './i18n';
import { type Language, useLanguage } from './language';

// Each language is named in itself, so a reader of either can find theirs.
const languageOptions: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
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
