/**
 * Which failures of a transaction are transient: the database rolled the whole transaction back
 * because of another one running at the same moment, so running it again from its start (reading
 * afresh what it read) will most likely succeed. Beside outage.ts, which says which failures mean
 * the database cannot be reached at all.
 *
 * On one InnoDB server that is a deadlock (two transactions each waiting for a row the other
 * holds). On a Galera cluster every node takes writes, and row locks are local to a node: two
 * nodes may change the same row at once, and when the second COMMIT reaches certification it is
 * refused as a deadlock (the first one won), or a transaction still running on a node is aborted
 * by a conflicting one replicated from another node, at whatever statement it is on. Either way
 * nothing of the refused transaction was applied. A node that has just left or not yet joined the
 * cluster's primary component answers "WSREP has not yet prepared node for application use"
 * until it has.
 *
 * Never transient: anything the transaction itself got wrong (a constraint, a conflict of versions
 * decided in SQL, a refusal), which would fail again the same way.
 */
import { AppError } from '../errors';
import { remainingMs } from '../limits/deadline';
import { log } from '../observability/log';

/** `conflict`: rolled back because of a concurrent transaction. `not-ready`: the node is not (yet) in the cluster. */
export type TransientKind = 'conflict' | 'not-ready';

/**
 * mysql2's codes for a transaction rolled back by a concurrent one: a deadlock (InnoDB's, and
 * Galera's certification failure and abort), a lock wait that ran out, and a row changed since it
 * was read under snapshot isolation (MariaDB's innodb_snapshot_isolation).
 */
const CONFLICT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_CHECKREAD']);
/** MySQL's "unknown command", which Galera answers, with its own message, on a node outside the primary component. */
const NOT_READY_CODE = 'ER_UNKNOWN_COM_ERROR';
const NOT_READY_MESSAGE = /WSREP has not yet prepared node/i;

/** How many times a transaction runs at most, the first time included. */
export const TRANSIENT_ATTEMPTS = 4;

/** The pause before the retry after the `failed`-th attempt: doubling from 8 ms, with jitter so that the losers do not collide again in step. */
export function transientBackoffMs(failed: number, random: () => number = Math.random): number {
  const base = 8 * 2 ** (failed - 1);
  return Math.round(base / 2 + random() * base);
}

/** The driver's error under whatever wrapped it (TypeORM keeps it as `driverError`, GraphQL as `originalError`). */
function* causes(error: unknown): Generator<Record<string, unknown>> {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as Record<string, unknown>;
    yield e;
    current = e.driverError ?? e.originalError ?? e.cause;
  }
}

/** Whether `error` is transient, and of which kind; null for any other failure. */
export function transientKind(error: unknown): TransientKind | null {
  for (const e of causes(error)) {
    if (e instanceof AppError) return null;
    const code = typeof e.code === 'string' ? e.code : '';
    if (CONFLICT_CODES.has(code)) return 'conflict';
    if (code === NOT_READY_CODE && typeof e.message === 'string' && NOT_READY_MESSAGE.test(e.message)) return 'not-ready';
  }
  return null;
}

/** Transactions started over and given up in this process, for the benchmark and the log. */
export const transientRetries = { retried: 0, givenUp: 0 };

/**
 * Called when attempt number `attempt` of a transaction failed with `error`: true, after a short
 * pause, when it should run again from its start; false when the failure is not transient, the
 * attempts are used up, or the request's deadline would pass during the pause.
 */
export async function shouldRetryTransient(error: unknown, attempt: number): Promise<boolean> {
  const kind = transientKind(error);
  if (!kind) return false;
  const pause = transientBackoffMs(attempt);
  const left = remainingMs();
  if (attempt >= TRANSIENT_ATTEMPTS || (left !== undefined && left <= pause)) {
    transientRetries.givenUp++;
    log({ level: 'warn', msg: 'transaction given up after transient failures', kind, attempts: attempt });
    return false;
  }
  transientRetries.retried++;
  log({ level: 'info', msg: 'transaction started over after a transient failure', kind, attempt });
  await new Promise((resolve) => setTimeout(resolve, pause));
  return true;
}

/**
 * What a caller is told of a transaction given up: a conflict that kept recurring is a CONFLICT
 * (409) saying nothing was changed; anything else (a node not ready counts as an outage) as it is.
 */
export function givenUp(error: unknown): unknown {
  if (transientKind(error) !== 'conflict') return error;
  return new AppError('CONFLICT', 'record.concurrentWrites', {}, { details: { reason: 'concurrent-writes' } });
}

/**
 * Runs `transaction` (one whole transaction, from its first statement to COMMIT) and runs it again
 * from its start after a transient failure, up to TRANSIENT_ATTEMPTS times in all.
 */
export async function retryTransient<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!(await shouldRetryTransient(error, attempt))) throw givenUp(error);
    }
  }
}
