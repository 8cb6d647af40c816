/**
 * The few SQL expressions the two dialects spell differently. Dates are `YYYY-MM-DD` strings and
 * instants ISO-8601 strings on both (see modules/common/record.ts), so most date work is string work.
 */
import type { DataSource } from 'typeorm';

export interface SqlDialect {
  /** Whole days from `earlier` to `later`, both date-valued expressions (`YYYY-MM-DD…`). */
  daysBetween(later: string, earlier: string): string;
}

const SQLITE: SqlDialect = {
  daysBetween: (later, earlier) => `CAST(julianday(substr(${later}, 1, 10)) - julianday(substr(${earlier}, 1, 10)) AS INTEGER)`,
};

const MYSQL: SqlDialect = {
  daysBetween: (later, earlier) => `DATEDIFF(substr(${later}, 1, 10), substr(${earlier}, 1, 10))`,
};

export function sqlDialect(db: DataSource): SqlDialect {
  return db.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
}
