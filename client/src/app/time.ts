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

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** A span of time in whole days, hours, minutes and seconds, for a countdown. */
export function durationParts(ms: number): DurationParts {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor(totalSeconds / 3600) % 24,
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
  };
}

/** The time of day of an instant (hh:mm) in the user's own zone: when the user's own action happened. */
export function formatTimeOfDay(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(instant);
}

/** The time of day of an instant to the second (hh:mm:ss, 24-hour) in the user's own zone. */
export function formatTimeToSecond(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(instant);
}
