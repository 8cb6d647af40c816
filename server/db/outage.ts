/**
 * Which failures mean "the database cannot be reached or cannot take a write right now", as
 * opposed to a fault in a statement. Such a request failed as a whole (every write is one
 * transaction), so the client is told to try again instead of being shown an internal error.
 */
import { renderMessage } from '../../shared/messages';

export const DATABASE_UNAVAILABLE_MESSAGE = renderMessage('outage.databaseUnavailable')!;

/**
 * A change whose work was done but whose commit was never confirmed (the connection was lost during
 * COMMIT, or a deadline cut the request off while it committed): it may or may not have been
 * applied, and only the database knows. Sending it again with the same `Idempotency-Key` is safe and
 * tells which: the first result if it was applied, the change made once now if it was not.
 */
export const OUTCOME_UNKNOWN_MESSAGE = renderMessage('outage.outcomeUnknown')!;

/**
 * Thrown for a change that may have been applied (see OUTCOME_UNKNOWN_MESSAGE). Counts as an
 * outage (503 with `Retry-After`), and formatError answers it with `extensions.outcome: "UNKNOWN"`.
 * `cause` is kept for the log only.
 */
export class OutcomeUnknownError extends Error {
  readonly outcome = 'UNKNOWN';

  constructor(cause?: unknown) {
    super(OUTCOME_UNKNOWN_MESSAGE, { cause });
    this.name = 'OutcomeUnknownError';
  }
}

/** What a client is asked to wait before trying again, in seconds (the `Retry-After` header). */
export const RETRY_AFTER_SECONDS = 5;

/** mysql2's codes (MySQL and MariaDB) for a lost, refused or refused-for-now connection. */
const SERVER_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_NORMAL_SHUTDOWN',
  'ER_SHUTDOWN_COMPLETE',
  // A Galera node outside the cluster's primary component: "WSREP has not yet prepared node for application use".
  'ER_UNKNOWN_COM_ERROR',
  // A pool cluster (primary and replicas) with every server of the kind needed set aside as failing.
  'POOL_NONEONLINE',
]);

/**
 * SQLite result codes for a file that is locked by another process, unreadable, unwritable or on a
 * full disk. Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, …) share the prefix.
 */
const SQLITE_CODE = /^SQLITE_(BUSY|LOCKED|IOERR|READONLY|CANTOPEN|FULL)(_|$)/;

/** Errors that carry no code: a pool or an SQLite handle already closed (during shutdown). */
const CLOSED_HANDLE_MESSAGES = [/^Pool is closed\.?$/, /connection is in closed state/, /database connection is not open/];

/**
 * The chain of errors a failure was wrapped in: GraphQL keeps the resolver's error as
 * `originalError`, TypeORM keeps the driver's as `driverError`.
 */
function* causes(error: unknown): Generator<Record<string, unknown>> {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as Record<string, unknown>;
    yield e;
    current = e.originalError ?? e.driverError ?? e.cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e instanceof OutcomeUnknownError) return true;
    const code = typeof e.code === 'string' ? e.code : '';
    if (SERVER_CODES.has(code) || SQLITE_CODE.test(code)) return true;
    // mysql2 marks a connection that cannot be used any more as fatal, whatever the code.
    if (e.fatal === true) return true;
    if (typeof e.message === 'string' && CLOSED_HANDLE_MESSAGES.some((m) => m.test(e.message as string))) return true;
  }
  return false;
}

/** Whether a failure is a change that may have been applied (not "nothing was changed"). */
export function isOutcomeUnknown(error: unknown): boolean {
  for (const e of causes(error)) if (e instanceof OutcomeUnknownError) return true;
  return false;
}

/** For the log: the driver's own account of the outage, under whatever wrapped it. */
export function outageDetail(error: unknown): string {
  let innermost: unknown = error;
  for (const e of causes(error)) innermost = e;
  return String(innermost);
}
