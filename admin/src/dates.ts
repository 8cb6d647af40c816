/**
 * The one way the console writes days and times, per language: Chinese `2026-05-02` and
 * `2026-05-02 14:30`, English `2 May 2026` and `2 May 2026, 14:30`. Days (YYYY-MM-DD) are calendar
 * days as the API sends them and are never put through a time zone; instants are shown in the
 * reader's own zone.
 */

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function written(year: number, month: number, day: number, locale: string): string {
  return locale === 'en' ? `${day} ${MONTHS_EN[month - 1]} ${year}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** A day (YYYY-MM-DD) in the console's language; anything else as it is. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return '';
  const match = DAY.exec(day);
  return match ? written(Number(match[1]), Number(match[2]), Number(match[3]), locale) : day;
}

/** An instant (ISO-8601) as the day and minute in the reader's zone, in the console's language. */
export function formatTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const day = written(at.getFullYear(), at.getMonth() + 1, at.getDate(), locale);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return locale === 'en' ? `${day}, ${time}` : `${day} ${time}`;
}
