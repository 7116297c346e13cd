/** An instant given as a wall-clock time in Shanghai (UTC+8 all year, no daylight saving). */
export function shanghai(localDateTime: string): Date {
  return new Date(`${localDateTime.replace(' ', 'T')}:00+08:00`);
}
