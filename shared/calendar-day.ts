/**
 * Calendar days (YYYY-MM-DD) in a time zone, the arithmetic the server and the console both count
 * days with. Kept free of Node imports; which zone and which clock is the server's to say
 * (server/modules/common/calendar.ts).
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
/** The last day found in each zone, by the minute it was found for: a day begins on a whole minute in every zone in use. */
const lastDays = new Map<string, { minute: number; day: string }>();

/** The calendar day (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function dayIn(timeZone: string, instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDays.get(timeZone);
  if (last?.minute === minute) return last.day;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  lastDays.set(timeZone, { minute, day });
  return day;
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
