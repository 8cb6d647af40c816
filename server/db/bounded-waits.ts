/**
 * Every wait for the database inside a request ends by the request's deadline (server/limits/deadline.ts):
 * taking a connection from the pool (mysql2's pool has no acquire timeout of its own and waits for
 * ever), opening one (`connectTimeout` ends that outside requests too), each statement and, on
 * SQLite, the wait for another process's write lock.
 *
 * A statement that outlives the deadline destroys its connection: the driver's own `timeout`
 * answers the caller but leaves the connection waiting for the lost reply, and returned to the pool
 * it would hold up every later statement queued on it. A destroyed connection also cannot commit
 * what it had begun, so a write cut off before its COMMIT was sent is never applied (one cut off
 * during its COMMIT is reported as of unknown outcome, see server/write/write-service.ts).
 *
 * Work outside requests (migrations, the admin tools) has no deadline and is not bounded here.
 */
import type { DataSource } from 'typeorm';
import { DeadlineExceeded, remainingMs, currentDeadline } from '../limits/deadline';
import { log } from '../observability/log';

/** The parts of a mysql2 pool connection used here. */
interface PooledConnection {
  query(sql: unknown, values?: unknown, callback?: unknown): unknown;
  release(): void;
  destroy(): void;
  stream?: { destroy(): void };
  [sessionLimit]?: number;
  [bounded]?: true;
}

const bounded = Symbol('statements bounded by the deadline');
const sessionLimit = Symbol('session statement limit in ms (0: none)');

/** The database server gives up on a statement this long after the client has (the client's limit comes first). */
const SERVER_LIMIT_MARGIN_MS = 1000;

function destroy(connection: PooledConnection): void {
  connection.destroy();
  // destroy() only half-closes, which a silent network never acknowledges: free the socket now.
  connection.stream?.destroy();
}

/**
 * The server's own limit for this session, so that it stops working on a statement its client has
 * given up on (MariaDB: `max_statement_time`, seconds, every statement; MySQL: `max_execution_time`,
 * milliseconds, SELECTs only, with `innodb_lock_wait_timeout` for the row locks writes wait on).
 * Set only while the connection serves requests: a migration may rightly take minutes.
 */
function sessionLimitSql(kind: 'mysql' | 'mariadb', limitMs: number): string {
  const lockWait = limitMs ? String(Math.ceil(limitMs / 1000)) : 'DEFAULT';
  if (kind === 'mariadb') return `SET SESSION max_statement_time = ${limitMs / 1000}, innodb_lock_wait_timeout = ${lockWait}`;
  return `SET SESSION max_execution_time = ${limitMs}, innodb_lock_wait_timeout = ${lockWait}`;
}

let sessionLimitFailureLogged = false;

function boundStatements(connection: PooledConnection, kind: 'mysql' | 'mariadb'): void {
  const query = connection.query;
  connection[bounded] = true;
  connection.query = function boundedQuery(this: PooledConnection, sql: unknown, values?: unknown, callback?: unknown) {
    if (typeof values === 'function') [values, callback] = [undefined, values];
    const deadline = currentDeadline();
    const left = remainingMs(deadline);
    // Streams and work without a deadline go as they are.
    if (left === undefined || typeof callback !== 'function') return query.call(this, sql, values, callback);
    const done = callback as (error: unknown, ...rest: unknown[]) => void;
    if (left <= 0) {
      // Whatever it had begun is abandoned with it, a transaction included (ROLLBACK is not sent: it could wait as long).
      destroy(this);
      process.nextTick(done, new DeadlineExceeded('PROTOCOL_SEQUENCE_TIMEOUT', 'a statement'));
      return undefined;
    }
    const wanted = deadline!.lengthMs + SERVER_LIMIT_MARGIN_MS;
    if (this[sessionLimit] !== wanted) {
      this[sessionLimit] = wanted;
      query.call(this, sessionLimitSql(kind, wanted), undefined, (error: unknown) => {
        // A lost connection is the statement's to report; only the server refusing the setting is news.
        if (!error || (error as { fatal?: boolean }).fatal || sessionLimitFailureLogged) return;
        sessionLimitFailureLogged = true;
        log({
          level: 'warn',
          msg: 'the database refused a per-session statement limit; only the client-side limit applies',
          error: String(error),
        });
      });
    }
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      destroy(this);
      done(new DeadlineExceeded('PROTOCOL_SEQUENCE_TIMEOUT', 'a statement'));
    }, left);
    return query.call(this, sql, values, (...args: unknown[]) => {
      if (settled) return;
      clearTimeout(timer);
      (done as (...a: unknown[]) => void)(...args);
    });
  };
}

/** Outside requests, a connection that served them drops the server-side limit again. */
function liftSessionLimit(connection: PooledConnection, kind: 'mysql' | 'mariadb'): void {
  if (!connection[sessionLimit]) return;
  connection[sessionLimit] = 0;
  connection.query(sessionLimitSql(kind, 0), undefined, () => undefined);
}

/**
 * Takes a connection within the time left, or gives up: a connection that arrives afterwards goes
 * back to the pool (it is sound: it was merely late).
 */
function acquireWithin(take: () => Promise<PooledConnection>, kind: 'mysql' | 'mariadb'): Promise<PooledConnection> {
  const left = remainingMs();
  if (left === undefined) {
    return take().then((connection) => {
      if (!connection[bounded]) boundStatements(connection, kind);
      liftSessionLimit(connection, kind);
      return connection;
    });
  }
  if (left <= 0) return Promise.reject(new DeadlineExceeded('ETIMEDOUT', 'a connection'));
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new DeadlineExceeded('ETIMEDOUT', 'a connection'));
    }, left);
    take().then(
      (connection) => {
        if (settled) return connection.release();
        clearTimeout(timer);
        if (!connection[bounded]) boundStatements(connection, kind);
        resolve(connection);
      },
      (error: unknown) => {
        if (settled) return;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Bounds the waits of a MySQL/MariaDB data source; call before it is initialised. */
export function boundServerWaits(db: DataSource, kind: 'mysql' | 'mariadb'): void {
  const driver = db.driver as unknown as {
    obtainMasterConnection(): Promise<PooledConnection>;
    obtainSlaveConnection(): Promise<PooledConnection>;
  };
  const master = driver.obtainMasterConnection.bind(driver);
  const slave = driver.obtainSlaveConnection.bind(driver);
  driver.obtainMasterConnection = () => acquireWithin(master, kind);
  driver.obtainSlaveConnection = () => acquireWithin(slave, kind);
}

/** The parts of a better-sqlite3 database used here. */
interface SqliteHandle {
  prepare(sql: string): Record<string, unknown>;
  pragma(source: string): unknown;
}

/**
 * SQLite's only wait is for the write lock another process holds, and better-sqlite3 waits
 * synchronously: the whole process stands still meanwhile. Outside requests it waits up to
 * `busyTimeoutMs`; inside one, no longer than the request has left (not at all once it has
 * passed, so that a request behind another's wait gives up at once instead of waiting in turn).
 */
export function boundSqliteWaits(handle: SqliteHandle, busyTimeoutMs: number): void {
  let current = busyTimeoutMs;
  handle.pragma(`busy_timeout = ${current}`);
  const waitFor = () => {
    const left = remainingMs();
    const wanted = left === undefined ? busyTimeoutMs : Math.max(0, Math.min(busyTimeoutMs, Math.floor(left)));
    if (wanted !== current) {
      current = wanted;
      handle.pragma(`busy_timeout = ${wanted}`);
    }
  };
  const prepare = handle.prepare;
  handle.prepare = function boundedPrepare(this: SqliteHandle, sql: string) {
    const statement = prepare.call(this, sql);
    for (const method of ['run', 'get', 'all', 'iterate']) {
      const run = statement[method] as ((...args: unknown[]) => unknown) | undefined;
      if (typeof run !== 'function') continue;
      statement[method] = function (this: unknown, ...args: unknown[]) {
        waitFor();
        return run.apply(this, args);
      };
    }
    return statement;
  };
}
