/**
 * Days (YYYY-MM-DD) and instants (ISO-8601, UTC) of generated records, all relative to the day the
 * data is generated for, so that a dataset reads the same (stages, overdue items, current grants)
 * whichever day it is loaded, and never holds an instant in the future.
 */
import { seeded } from '../demo/demo-inspections';

/** Every day from 1950 to 2100, for date arithmetic without a Date object per call (millions of calls). */
const FIRST_DAY = Date.UTC(1950, 0, 1);
const DAYS: string[] = Array.from({ length: 151 * 366 }, (_, i) => new Date(FIRST_DAY + i * 86_400_000).toISOString().slice(0, 10));
const DAY_INDEX = new Map(DAYS.map((d, i) => [d, i]));

export function addDays(day: string, days: number): string {
  const index = DAY_INDEX.get(day);
  const result = index === undefined ? undefined : DAYS[index + days];
  if (result === undefined) throw new RangeError(`${day} + ${days} days is outside the years generated data can span`);
  return result;
}

export const minDay = (a: string, b: string): string => (a < b ? a : b);
export const maxDay = (a: string, b: string): string => (a > b ? a : b);

export function daysBetween(from: string, to: string): number {
  const a = DAY_INDEX.get(from);
  const b = DAY_INDEX.get(to);
  if (a === undefined || b === undefined) throw new RangeError(`cannot count the days from ${from} to ${to}`);
  return Math.max(0, b - a);
}

export interface Clock {
  /** The day the data is generated for: nothing happens after it. */
  asOf: string;
  /** An instant during office hours of `day`, never later than now. */
  at(day: string): string;
  /** `version`, `createdAt` and `updatedAt` of a record made on `created` and last changed on `updated`. */
  stamp(created: string, updated?: string): { version: number; createdAt: string; updatedAt: string };
}

export function clockFor(asOf: string, rng: ReturnType<typeof seeded>): Clock {
  const now = new Date().toISOString();
  const two = (n: number) => String(n).padStart(2, '0');
  const at = (day: string) => {
    const instant = `${day}T${two(rng.int(1, 9))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}.000Z`;
    return instant > now ? now : instant;
  };
  return {
    asOf,
    at,
    stamp(created, updated = created) {
      const createdAt = at(created);
      const updatedAt = updated > created ? at(updated) : createdAt;
      return { version: 1, createdAt, updatedAt };
    },
  };
}
