/**
 * The one place that knows what day it is. Days (YYYY-MM-DD) are calendar days where the work
 * happens, in the configured time zone (`TIME_ZONE`, Asia/Shanghai by default): a deadline of
 * 3 December is overdue from 00:00 on 4 December there, not from 08:00 when UTC catches up.
 * Instants stay ISO-8601 UTC. Imported by the console too, so it has no Node dependencies.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether `name` is an IANA time zone this runtime knows (e.g. Asia/Shanghai, Europe/Berlin, UTC). */
export function isTimeZone(name: string): boolean {
  // Offsets such as +08:00 are not zones: they know no daylight saving and some runtimes accept them.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function dayIn(timeZone: string, instant: Date): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** How far `timeZone` is ahead of UTC at `instant`, in minutes (480 for Asia/Shanghai). */
export function offsetMinutes(timeZone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** Adds whole days to a YYYY-MM-DD day (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** TIME_ZONE as the process was started with (checked by the server's configuration at start-up). */
function zoneFromEnvironment(): string {
  // Read through globalThis: the console imports this module, and a browser has no process.
  const configured = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.TIME_ZONE;
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
