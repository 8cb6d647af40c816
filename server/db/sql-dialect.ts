/**
 * The few SQL expressions the two dialects spell differently. Dates are `YYYY-MM-DD` strings and
 * instants ISO-8601 strings on both (see modules/common/record.ts), so most date work is string work.
 */
import type { DataSource } from 'typeorm';
import { currentOffsetMinutes } from '../modules/common/calendar';

export interface SqlDialect {
  /** Whole days from `earlier` to `later`, both date-valued expressions (`YYYY-MM-DD…`). */
  daysBetween(later: string, earlier: string): string;
  /** The day (`YYYY-MM-DD`) in the configured time zone of `instant`, an ISO-8601 UTC instant expression. */
  dayOf(instant: string): string;
}

/** A whole number of minutes, so it can stand in SQL text as it is. */
const offset = () => Math.trunc(currentOffsetMinutes());

const SQLITE: SqlDialect = {
  daysBetween: (later, earlier) => `CAST(julianday(substr(${later}, 1, 10)) - julianday(substr(${earlier}, 1, 10)) AS INTEGER)`,
  dayOf: (instant) => `date(substr(${instant}, 1, 19), '${offset()} minutes')`,
};

const MYSQL: SqlDialect = {
  daysBetween: (later, earlier) => `DATEDIFF(substr(${later}, 1, 10), substr(${earlier}, 1, 10))`,
  dayOf: (instant) =>
    `DATE_FORMAT(DATE_ADD(STR_TO_DATE(substr(${instant}, 1, 19), '%Y-%m-%dT%H:%i:%s'), INTERVAL ${offset()} MINUTE), '%Y-%m-%d')`,
};

export function sqlDialect(db: DataSource): SqlDialect {
  return db.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
}
