import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { authMessages } from '../auth/auth.messages';
import { nominationsMessages } from '../nominations/nominations.messages';
import { appMessages } from './app.messages';
import { defaultLanguage, type Language, rememberLanguage, storedLanguage } from './language';

// One namespace per feature folder, so each feature keeps its own texts beside its components.
export const resources = {
  'zh-CN': {
    app: appMessages['zh-CN'],
    auth: authMessages['zh-CN'],
    nominations: nominationsMessages['zh-CN'],
  },
  en: { app: appMessages.en, auth: authMessages.en, nominations: nominationsMessages.en },
} satisfies Record<Language, object>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: (typeof resources)['zh-CN'];
  }
}

// The page's language and title follow the switch too, for screen readers, spell-checkers and browser tabs.
i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.title = i18next.t('platformName');
});

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  defaultNS: 'app',
  // React escapes what it renders; escaping here too would show entities such as &amp;.
  interpolation: { escapeValue: false },
});

export function switchLanguage(language: Language): void {
  rememberLanguage(language);
  void i18next.changeLanguage(language);
}
