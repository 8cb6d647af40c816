/**
 * Safe retries: a mutation sent with an `Idempotency-Key` header is applied at most once, however
 * often it is sent, and every sending of it is answered with the first result.
 *
 * Why: a client that loses the answer to a write (a cut connection, a 503 whose COMMIT may have gone
 * through, a timeout) cannot tell whether the write happened. Sending it again must then be safe.
 *
 * How, in three places that together cover every moment a request can be cut off:
 * 1. In the write's own transaction (write-service.ts `write()`), first a row is inserted for
 *    (account, key) with the request's fingerprint, and last what the write returned (`outcome`)
 *    is stored in it. The row commits exactly when the change and its audit entry commit, so
 *    "the row exists" means "the change was made" whatever happened afterwards. The unique index
 *    on (account, key) decides between duplicates sent at once: the second insert waits for the
 *    first transaction (InnoDB's lock on the key) and then fails, so the loser never does the
 *    work; it answers with the winner's result.
 * 2. After the response is built (`keepResponse`, called by graphql/idempotent-mutations.ts), the
 *    whole response body is stored in the row, outside the transaction, because it is only known
 *    after it.
 * 3. A request that arrives with a known key is answered before it executes: with the stored
 *    response, verbatim (`responseForOperation`), or, if the server never got to store it (the
 *    answer was cut off after COMMIT), by executing the operation with the write replaced by its
 *    stored outcome: `write()` returns the recorded result instead of doing the work again, and
 *    the rest of the selection is read as usual. Either way nothing is written and no audit entry
 *    is added.
 *
 * Scope and limits, as the README states them: keys belong to the signed-in account (anonymous
 * mutations, login and the public intake, ignore them; the public intake page keys its own forms,
 * see PUBLIC_FORM_KEYS); a key covers one mutation field; a key
 * reused for another operation or other variables is refused (IDEMPOTENCY_KEY_REUSED); a request
 * that failed wrote nothing and is not remembered, so sending it again runs it again; rows expire
 * after IDEMPOTENCY_WINDOW_HOURS and are purged now and then by the writes themselves.
 */
import { createHash } from 'node:crypto';
import { IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { idempotencyKeyReused, invalidIdempotencyKey, outcomeUnknown } from '../errors';
import { protectedFieldsOf } from '../permissions/protected-fields';
import { log } from '../observability/log';
import { now } from '../modules/common/record';
import { IdempotentRequest } from './idempotent-request.entity';

/**
 * The owner, in place of an account, of the keys the public pages put in the forms they serve: a
 * form sent twice is one report. No account has id 0. The keys are the server's own, random and
 * unguessable, and a repeat is answered only with what the first was (the day it was received).
 */
export const PUBLIC_FORM_KEYS = 0;

/** How long a key is remembered: a client retrying for longer than this is sending a new request. */
export const IDEMPOTENCY_WINDOW_HOURS = 24;
const KEY_FORMAT = /^[\x20-\x7e]{8,128}$/;
/** A response larger than this is not kept verbatim (a TEXT column holds 65,535 bytes on MariaDB); repeats are then answered from the outcome. */
const LARGEST_KEPT_RESPONSE_BYTES = 60_000;
/** How long the loser of a race waits for the winner's transaction to end (SQLite runs both on one connection). */
const WINNER_WAIT_MS = 10_000;
const PURGE_INTERVAL_MS = 10 * 60_000;

/** The `Idempotency-Key` as sent, or null without one; a malformed key is refused with a 400 naming the header. */
export function parseIdempotencyKey(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  if (!KEY_FORMAT.test(value)) {
    throw invalidIdempotencyKey('idempotency.keyMalformed');
  }
  return value;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Objects with their keys sorted, at every depth, so that `{a, b}` and `{b, a}` are one request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** What a key is bound to: the operation as the edge prints it (layout and comments do not count), its name and its variables. */
export function requestFingerprint(
  operation: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  return sha256(JSON.stringify([operationName ?? null, operation, canonical(variables ?? {})]));
}

/** The request's part in idempotency, made by the GraphQL edge for every request and shared with `write()`. */
export class IdempotencyState {
  /** Set for a keyed mutation of a signed-in account, once the operation is known. */
  request: { accountId: number; keyDigest: string; fingerprint: string } | null = null;
  /** `claimed`: this request made the write; `replayed`: it answered with an earlier one's. */
  write: 'none' | 'claimed' | 'replayed' = 'none';
  /** Whether a write of this request committed: from then on, no error may say "nothing was changed". */
  committed = false;
  private writes = 0;

  /**
   * Binds this request to its key, so that its write is keyed, and returns the response kept for an
   * earlier sending of the same request, if one was kept. A key used for another request is refused.
   */
  async bind(db: DataSource, accountId: number, key: string, fingerprint: string): Promise<string | null> {
    this.request = { accountId, keyDigest: sha256(key), fingerprint };
    const row = await db.getRepository(IdempotentRequest).findOneBy({ accountId, keyDigest: this.request.keyDigest });
    if (!row || row.createdAt < expiryCutoff()) return null;
    if (row.fingerprint !== fingerprint) throw idempotencyKeyReused();
    return row.response;
  }

  /**
   * Keeps the response of the request that made (or replayed) the write, so that a repeat is
   * answered with it. For a replay, returns the first request's own response if it was kept
   * meanwhile. A response over LARGEST_KEPT_RESPONSE_BYTES is not kept: repeats are answered from
   * the outcome.
   */
  async keepResponse(db: DataSource, response: string): Promise<string | null> {
    if (!this.request) return null;
    const rows = db.getRepository(IdempotentRequest);
    const where = { accountId: this.request.accountId, keyDigest: this.request.keyDigest };
    if (Buffer.byteLength(response) <= LARGEST_KEPT_RESPONSE_BYTES) await rows.update({ ...where, response: IsNull() }, { response });
    if (this.write !== 'replayed') return null;
    return (await rows.findOneBy(where))?.response ?? null;
  }

  /** The keyed write of this request, or null when it has no key. A key names one change. */
  keyedWrite(db: DataSource): KeyedWrite | null {
    if (!this.request) return null;
    if (++this.writes > 1) throw new Error('A request sent with an Idempotency-Key made a second write; a key names one change.');
    return new KeyedWrite(this, this.request, db);
  }
}

const expiryCutoff = () => new Date(Date.now() - IDEMPOTENCY_WINDOW_HOURS * 3600_000).toISOString();

// ---------------------------------------------------------------------------------------------
// What a write returned, kept so that a repeat can return it again

type Encoded =
  | { v: string | number | boolean | null }
  | { d: string }
  | { a: Encoded[] }
  | { o: Record<string, Encoded> }
  /** A record: read again by id (its current state), or rebuilt from `f` if it is gone (a deletion returns what it deleted). */
  | { e: string; id: number; f: Record<string, Encoded> };

/** `seen`: the objects on the way here, so that relations pointing back (a body and its parent's children) end. */
function encode(value: unknown, db: DataSource, seen: readonly object[] = []): Encoded {
  if (value === undefined || value === null) return { v: null };
  if (typeof value !== 'object') return { v: value as string | number | boolean };
  if (value instanceof Date) return { d: value.toISOString() };
  if (seen.includes(value)) return { v: null };
  const inner = [...seen, value];
  if (Array.isArray(value)) return { a: value.map((item) => encode(item, db, inner)) };
  const fields = (skip: ReadonlySet<string>) =>
    Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !skip.has(key))
        .map(([key, item]) => [key, encode(item, db, inner)]),
    );
  const record = value as { constructor: unknown; id?: unknown };
  if (
    typeof record.constructor === 'function' &&
    record.constructor !== Object &&
    db.hasMetadata(record.constructor) &&
    typeof record.id === 'number'
  ) {
    const name = db.getMetadata(record.constructor).name;
    // Protected fields (an id number) are not copied here: the record itself is read again.
    return { e: name, id: record.id, f: fields(protectedFieldsOf(name)) };
  }
  return { o: fields(new Set()) };
}

async function decode(encoded: Encoded, manager: EntityManager): Promise<unknown> {
  if ('v' in encoded) return encoded.v;
  if ('d' in encoded) return new Date(encoded.d);
  if ('a' in encoded) return Promise.all(encoded.a.map((item) => decode(item, manager)));
  const fields = 'o' in encoded ? encoded.o : encoded.f;
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(fields)) plain[key] = await decode(item, manager);
  if ('o' in encoded) return plain;
  const target = manager.connection.getMetadata(encoded.e).target;
  return (await manager.findOneBy(target, { id: encoded.id })) ?? manager.create(target, plain);
}

// ---------------------------------------------------------------------------------------------
// The write side (used by write-service.ts)

const DUPLICATE_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'ER_LOCK_DEADLOCK']);

/** A lock wait that timed out (InnoDB), or a statement cut off by the request's deadline (server/db/bounded-waits.ts). */
const WAIT_ENDED_CODES = new Set(['ER_LOCK_WAIT_TIMEOUT', 'PROTOCOL_SEQUENCE_TIMEOUT']);

function errorCode(error: unknown): string {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return String(e?.driverError?.code ?? e?.code ?? '');
}

function isDuplicateOrDeadlock(error: unknown): boolean {
  return DUPLICATE_CODES.has(errorCode(error));
}

let lastPurge = 0;

/** Deletes the rows past the window; one indexed range delete. */
export async function purgeExpiredRequests(db: DataSource): Promise<number> {
  const result = await db.getRepository(IdempotentRequest).delete({ createdAt: LessThan(expiryCutoff()) });
  return result.affected ?? 0;
}

/** Now and then (at most every ten minutes per process), after a keyed write: no scheduler to run. */
function purgeNowAndThen(db: DataSource): void {
  if (Date.now() - lastPurge < PURGE_INTERVAL_MS) return;
  lastPurge = Date.now();
  purgeExpiredRequests(db).catch((error: unknown) =>
    log({ level: 'warn', msg: 'expired idempotency keys not purged', error: String(error) }),
  );
}

/** One keyed write: what `write()` does before, inside and after its transaction. */
export class KeyedWrite {
  private claiming = false;

  constructor(
    private readonly state: IdempotencyState,
    private readonly request: NonNullable<IdempotencyState['request']>,
    private readonly db: DataSource,
  ) {}

  private find(): Promise<IdempotentRequest | null> {
    return this.db.getRepository(IdempotentRequest).findOneBy({ accountId: this.request.accountId, keyDigest: this.request.keyDigest });
  }

  /** The row for this key, if it is in the window and was made for this very request; else refused. */
  private async current(): Promise<IdempotentRequest | null> {
    const row = await this.find();
    if (!row) return null;
    if (row.createdAt < expiryCutoff()) {
      await this.db.getRepository(IdempotentRequest).delete({ id: row.id });
      return null;
    }
    if (row.fingerprint !== this.request.fingerprint) throw idempotencyKeyReused();
    return row;
  }

  private async replay(row: IdempotentRequest & { outcome: string }): Promise<{ result: unknown }> {
    this.state.write = 'replayed';
    return { result: await decode(JSON.parse(row.outcome) as Encoded, this.db.manager) };
  }

  /** The result of the write this key already made, without writing; null if it made none. */
  async earlier(): Promise<{ result: unknown } | null> {
    const row = await this.current();
    return row?.outcome ? this.replay(row as IdempotentRequest & { outcome: string }) : null;
  }

  /** First statement of the transaction: takes the key, or waits for and loses to whoever holds it. */
  async claim(manager: EntityManager): Promise<void> {
    this.claiming = true;
    await manager.insert(IdempotentRequest, { ...this.request, outcome: null, response: null, createdAt: now() });
    this.claiming = false;
  }

  /** Last statement of the transaction: what the write returned, committed with it. */
  async settle(manager: EntityManager, result: unknown): Promise<void> {
    const outcome = JSON.stringify(encode(result, this.db));
    await manager.update(IdempotentRequest, { accountId: this.request.accountId, keyDigest: this.request.keyDigest }, { outcome });
  }

  committed(): void {
    this.state.write = 'claimed';
    purgeNowAndThen(this.db);
  }

  /**
   * Why the transaction failed, if it failed taking the key: `lost` when another request took it
   * first (its transaction has ended), `waited` when this one gave up waiting for another that still
   * holds it (a lock wait timeout, or the request's deadline): that one may yet make the change.
   */
  claimFailure(error: unknown): 'lost' | 'waited' | null {
    const claiming = this.claiming;
    this.claiming = false;
    if (!claiming) return null;
    if (isDuplicateOrDeadlock(error)) return 'lost';
    return WAIT_ENDED_CODES.has(errorCode(error)) ? 'waited' : null;
  }

  /**
   * The winner's result once its transaction has ended; null if it wrote nothing (it failed), so
   * that this request makes the write itself.
   */
  async winner(): Promise<{ result: unknown } | null> {
    const until = Date.now() + WINNER_WAIT_MS;
    for (;;) {
      const row = await this.current();
      if (!row) return null;
      if (row.outcome) return this.replay(row as IdempotentRequest & { outcome: string });
      // Only on SQLite can a row without its outcome be seen: the winner's transaction is still open.
      if (Date.now() > until) throw outcomeUnknown();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
