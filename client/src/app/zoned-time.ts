import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * Wall-clock times in the cycle's zone (ARCHITECTURE.md, Time: windows are defined in Asia/Shanghai), as the
 * date picker shows them ("2024-05-01 09:00:00"), whatever the zone of the browser.
 */

function wallClockParts(instant: number, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  return Object.fromEntries(
    parts.filter((part) => part.type !== 'literal').map((part) => [part.type, Number(part.value)]),
  );
}

/** How far the zone's wall clock is ahead of UTC at that instant (ms). */
function zoneOffset(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClockParts(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The instant's wall-clock time in the zone, to the second ("2024-05-01T09:00:00"). */
export function zonedWallTime(instant: string, timeZone: string): string {
  const { year, month, day, hour, minute, second } = wallClockParts(Date.parse(instant), timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** The instant (ISO 8601, UTC) at which the zone's wall clock shows this time. */
export function instantOfWallTime(wallTime: string, timeZone: string): string {
  const [date, time = '00:00'] = wallTime.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second = 0] = time.split(':').map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset at the guess, then at the corrected instant: right on both sides of a change of offset.
  const guess = asIfUtc - zoneOffset(asIfUtc, timeZone);
  return new Date(asIfUtc - zoneOffset(guess, timeZone)).toISOString();
}

/**
 * The picker's value for an instant: a dayjs whose own fields read the zone's wall clock (kept in UTC
 * mode, so that no daylight saving of the browser's zone moves them). The picker shows and edits those
 * fields, and only they are read back, so the browser's zone never enters.
 */
export function zonedPick(instant: string, timeZone: string): Dayjs {
  return dayjs.utc(zonedWallTime(instant, timeZone));
}

/** The instant a picked wall-clock time stands for in the zone. */
export function instantOfZonedPick(picked: Dayjs, timeZone: string): string {
  return instantOfWallTime(picked.format('YYYY-MM-DDTHH:mm:ss'), timeZone);
}
