/** The part of a better-sqlite3 database used here. */
interface SqliteHandle {
  prepare(sql: string): unknown;
}

/**
 * Has every transaction take SQLite's write lock when it begins (BEGIN IMMEDIATE) instead of at
 * its first write. Several server processes share one file (WORKERS): a transaction that began by
 * reading and then writes after another process committed cannot be let through (its reads are
 * stale), and SQLite fails it at once with SQLITE_BUSY, without waiting. Taking the lock first makes
 * such a writer wait its turn (busy_timeout) instead. A single process, with its one connection,
 * sees no difference.
 */
export function beginImmediately(handle: SqliteHandle): void {
  const prepare = handle.prepare;
  handle.prepare = function immediatePrepare(this: SqliteHandle, sql: string) {
    return prepare.call(this, sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql);
  };
}
