import type { Language } from './language';

// The award's windows are defined and shown in the cycle's zone (ARCHITECTURE.md, Time); every cycle so
// far is Shanghai's.
export const awardTimeZone = 'Asia/Shanghai';

/** An instant (ISO 8601, UTC) as a date and time in the award's zone, in the UI language. */
export function formatInstant(instant: string, language: Language, timeZone = awardTimeZone): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(instant));
}
