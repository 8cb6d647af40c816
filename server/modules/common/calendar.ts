/**
 * The one place that knows what day it is. Days (YYYY-MM-DD) are calendar days where the work
 * happens, in the configured time zone (`TIME_ZONE`, Asia/Shanghai by default): a deadline of
 * 3 December is overdue from 00:00 on 4 December there, not from 08:00 when UTC catches up.
 * Instants stay ISO-8601 UTC. The day arithmetic itself is shared with the console
 * (shared/calendar-day.ts); the zone and the clock are the server's.
 */

import { addDays, dayIn, DEFAULT_TIME_ZONE, isTimeZone, offsetMinutes } from '../../../shared/calendar-day';

export { addDays, dayIn, DEFAULT_TIME_ZONE, isTimeZone, offsetMinutes };

/** TIME_ZONE as the process was started with (checked by the server's configuration at start-up). */
function zoneFromEnvironment(): string {
  const configured = process.env.TIME_ZONE;
  return configured && isTimeZone(configured) ? configured : DEFAULT_TIME_ZONE;
}

let zone: string | undefined;
let clock: () => Date = () => new Date();

/** Sets the zone every day is computed in; refuses a name the runtime does not know. */
export function useTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  zone = timeZone;
}

export function timeZone(): string {
  return (zone ??= zoneFromEnvironment());
}

/**
 * Replaces the clock (for tests: a fixed instant, to see the server on either side of midnight);
 * returns a function that puts the previous clock back.
 */
export function useClock(next: () => Date): () => void {
  const previous = clock;
  clock = next;
  return () => {
    clock = previous;
  };
}

/** Today where the work happens (YYYY-MM-DD in the configured zone). */
export function today(): string {
  return dayIn(timeZone(), clock());
}

/**
 * The configured zone's offset now, for SQL that turns stored instants into days. A zone with
 * daylight saving has two offsets a year; SQL gets today's, so an instant recorded in the other
 * season within an hour of midnight can land on the neighbouring day (Asia/Shanghai has one).
 */
export function currentOffsetMinutes(): number {
  return offsetMinutes(timeZone(), clock());
}

/** Now as an instant (ISO-8601, UTC). */
export function now(): string {
  return clock().toISOString();
}

/** The day `offset` days from today, e.g. -1 for yesterday. */
export function dayFromToday(offset: number): string {
  return addDays(today(), offset);
}
