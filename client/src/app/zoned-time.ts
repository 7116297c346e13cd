import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { awardTimeZone } from './time';

dayjs.extend(utc);
dayjs.extend(timezone);

/** An instant as the wall-clock time of `zone`, for a picker that shows the cycle's zone whatever the browser's. */
export function wallClockIn(instant: Date, zone = awardTimeZone): Dayjs {
  return dayjs(dayjs(instant).tz(zone).format('YYYY-MM-DDTHH:mm:ss'));
}

/** The instant a picked wall-clock time means in `zone` (the picker's value carries the browser's offset). */
export function instantOfWallClock(picked: Dayjs, zone = awardTimeZone): Date {
  return dayjs.tz(picked.format('YYYY-MM-DDTHH:mm:ss'), zone).toDate();
}
