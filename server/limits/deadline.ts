/**
 * The request deadline (REQUEST_TIMEOUT_SECONDS; server/http/deadline.ts puts each HTTP request
 * under it): how long a request may wait for the database in all, taking a connection, connecting
 * and running statements together. The database layer (server/db/bounded-waits.ts) reads the time
 * left from here: a wait that would outlast it is cut off, the connection it was stuck on is
 * destroyed, and the client is answered 503 instead of waiting on a database that has stopped
 * answering.
 *
 * Once an answer has started (an export or a document streaming out), the deadline no longer
 * bounds the request as a whole but each statement it still runs: a long export that keeps
 * moving is not cut, one that stops moving is.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Deadline {
  /** The deadline's full length: the most any one statement may take. */
  readonly lengthMs: number;
  readonly expiresAt: number;
  /** Whether the answer has started going out; from then on each statement gets the full length. */
  readonly answering?: () => boolean;
}

const scope = new AsyncLocalStorage<Deadline>();

/** Runs `next` under `deadline`: everything it starts waits for the database at most until then. */
export function runUnderDeadline<T>(deadline: Deadline, next: () => T): T {
  return scope.run(deadline, next);
}

/** Runs `work` under a deadline of its own (a probe, a job outside any request). */
export function withinDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return scope.run({ lengthMs: ms, expiresAt: Date.now() + ms }, work);
}

/** The deadline of the work in progress, if it has one (migrations and tools have none). */
export function currentDeadline(): Deadline | undefined {
  return scope.getStore();
}

/**
 * How long the work in progress may still wait for the database: undefined without a deadline, 0
 * or less once it has passed; the full length for each statement once the answer is streaming.
 */
export function remainingMs(deadline = currentDeadline()): number | undefined {
  if (!deadline) return undefined;
  if (deadline.answering?.()) return deadline.lengthMs;
  return deadline.expiresAt - Date.now();
}

/**
 * The database did not answer within the deadline. It carries the codes the outage check
 * (server/db/outage.ts) knows, so that the client is answered 503 with `Retry-After`; `fatal`
 * because the connection it happened on has been destroyed.
 */
export class DeadlineExceeded extends Error {
  readonly fatal = true;
  readonly deadline = true;

  constructor(
    /** `PROTOCOL_SEQUENCE_TIMEOUT` for a statement (mysql2's own code for it), `ETIMEDOUT` for a connection. */
    readonly code: 'PROTOCOL_SEQUENCE_TIMEOUT' | 'ETIMEDOUT',
    waitingFor: string,
  ) {
    super(`the database did not answer within the deadline (waiting for ${waitingFor})`);
    this.name = 'DeadlineExceeded';
  }
}

export function isDeadlineExceeded(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof DeadlineExceeded) return true;
    e = (e.originalError ?? e.driverError ?? e.cause) as Record<string, unknown> | undefined;
  }
  return false;
}
