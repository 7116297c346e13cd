import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountMessages } from '../account/account.messages';
import { assignmentBoardMessages } from '../assignment-board/assignment-board.messages';
import { assignmentsMessages } from '../assignments/assignments.messages';
import { auditMessages } from '../audit/audit.messages';
import { authMessages } from '../auth/auth.messages';
import { chairConsoleMessages } from '../chair-console/chair-console.messages';
import { closingMessages } from '../closing/closing.messages';
import { cycleTimelineMessages } from '../cycle-timeline/cycle-timeline.messages';
import { cyclesMessages } from '../cycles/cycles.messages';
import { expertPoolMessages } from '../expert-pool/expert-pool.messages';
import { formalReviewMessages } from '../formal-review/formal-review.messages';
import { nominationFormMessages } from '../nomination-form/nomination-form.messages';
import { nominationsMessages } from '../nominations/nominations.messages';
import { nominatorPortalMessages } from '../nominator-portal/nominator-portal.messages';
import { reReviewMessages } from '../re-review/re-review.messages';
import { scoringMessages } from '../scoring/scoring.messages';
import { secretariatMessages } from '../secretariat/secretariat.messages';
import { appMessages } from './app.messages';
import { defaultLanguage, isLanguage, type Language, rememberLanguage, storedLanguage } from './language';

// One namespace per feature folder, so each feature keeps its own texts beside its components.
const namespaces = {
  app: appMessages,
  account: accountMessages,
  assignmentBoard: assignmentBoardMessages,
  assignments: assignmentsMessages,
  audit: auditMessages,
  auth: authMessages,
  chairConsole: chairConsoleMessages,
  closing: closingMessages,
  cycleTimeline: cycleTimelineMessages,
  cycles: cyclesMessages,
  expertPool: expertPoolMessages,
  formalReview: formalReviewMessages,
  nominationForm: nominationFormMessages,
  nominations: nominationsMessages,
  nominatorPortal: nominatorPortalMessages,
  reReview: reReviewMessages,
  scoring: scoringMessages,
  secretariat: secretariatMessages,
};

type Namespaces = typeof namespaces;

function resourcesIn<L extends Language>(language: L): { [N in keyof Namespaces]: Namespaces[N][L] } {
  return Object.fromEntries(
    Object.entries(namespaces).map(([name, messages]) => [name, messages[language]]),
  ) as { [N in keyof Namespaces]: Namespaces[N][L] };
}

export const resources = { 'zh-CN': resourcesIn('zh-CN'), en: resourcesIn('en') } satisfies Record<
  Language,
  object
>;

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

/** The UI's language now, which every request to the API names (Accept-Language, the socket's `language`). */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : defaultLanguage;
}

/** Calls back after each switch of the UI's language. */
export function onLanguageSwitched(listener: (language: Language) => void): void {
  i18next.on('languageChanged', () => listener(currentLanguage()));
}

export function switchLanguage(language: Language): void {
  rememberLanguage(language);
  void i18next.changeLanguage(language);
}
