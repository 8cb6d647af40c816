/**
 * Signing in, built to hold under attack. Every attempt is counted before its password is hashed,
 * so a burst gets no more guesses than the limits allow, however many requests arrive at once; and
 * hashing waits in a short line shared fairly between network addresses, so a burst from one
 * address cannot keep anyone else's sign-in waiting.
 */
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { tooManyRequests, unauthenticated } from '../../errors';
import { FairQueue, LimitBuckets, RateLimiter, type BucketDecision, type QueueRefusal } from '../../limits/rate-limit';
import { retryTransient } from '../../db/transient';
import { appendAudit } from '../audit/audit.service';
import { now } from '../common/record';
import { openSession } from '../session/session.service';
import { Account } from './account.entity';
import type { LoginInput } from './account.inputs';
import type { TokenService } from './tokens';
import { countSignInFailure } from '../../http/metrics';

/** Failed sign-ins that lock a login, and for how long; a password reset unlocks it at once. */
export const LOGIN_LOCKOUT = { failures: 5, minutes: 15 } as const;
/** Failed sign-ins one network address may make in the same window, whatever the logins. */
export const FAILURES_PER_ADDRESS = 30;
/**
 * Argon2id holds 64 MiB for as long as a hash runs: two run at once and a bounded number wait. One address runs one hash at a time, which leaves the other to everyone else, and
 * holds as many places as it takes failures to lock a login: a burst at one login is checked up to
 * the lock and no further.
 */
export const HASH_QUEUE = { running: 2, waiting: 30, placesPerAddress: LOGIN_LOCKOUT.failures } as const;
/** How long a sign-in waits for the other attempts on its login to be decided before it gives up. */
const WAIT_FOR_OTHER_ATTEMPTS_MS = 10_000;

const lockWindowMs = LOGIN_LOCKOUT.minutes * 60_000;
/**
 * How long the failures on a login that does not exist are remembered after the last attempt: an
 * account keeps its count until a success, and a day is long past any pause of a guessing run, while
 * logins sprayed at random do not pile up in the database for good.
 */
const UNKNOWN_LOGIN_MEMORY_MS = 24 * 3600_000;
const hashQueue = new FairQueue({ running: HASH_QUEUE.running, waiting: HASH_QUEUE.waiting, placesPerKey: HASH_QUEUE.placesPerAddress });
/** Counts failures and attempts still being checked; a success or an attempt refused unchecked is given back. */
const attemptsByAddress = new RateLimiter('sign-in address', FAILURES_PER_ADDRESS, lockWindowMs);
/** Hashes made for account administration, which has no address of its own to queue under. */
const ADMINISTRATION = 'account administration';

const inMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

function hashQueueRefused(refusal: QueueRefusal, signingIn: boolean) {
  const wait = hashQueue.retryAfterSeconds();
  return signingIn && refusal === 'share'
    ? tooManyRequests('limit.signInsWaitingFromAddress', { seconds: wait }, wait)
    : tooManyRequests('limit.passwordsWaiting', { seconds: wait }, wait);
}

function throughHashQueue<T>(from: string, work: () => Promise<T>): Promise<T> {
  const place = hashQueue.enter(from);
  if (typeof place === 'string') throw hashQueueRefused(place, false);
  return place.run(work);
}

/**
 * Hash and check passwords in the same line as sign-ins; a full line answers TOO_MANY_REQUESTS at
 * once. `from` is whose share of the line the work takes: the caller's network address, when known.
 */
export const hashPassword = (password: string, from = ADMINISTRATION) =>
  throughHashQueue(from, () => argon2.hash(password, { type: argon2.argon2id }));
export const verifyPassword = (hash: string, password: string, from = ADMINISTRATION) =>
  throughHashQueue(from, () => argon2.verify(hash, password));

// Compared against when the login does not exist, so that a wrong login takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= argon2.hash('decoy password that matches nothing', { type: argon2.argon2id }));

/** Why an attempt was refused before its password was checked: a lock (until when), or others still being checked. */
type Refusal = { lockedUntil: number } | 'others-pending';

/**
 * The attempts on one login. Each attempt is reserved before its password is hashed, so the count
 * includes attempts still being checked; a failure keeps its reservation, a success clears the count.
 */
interface LoginAttempts {
  reserve(): Promise<Refusal | null>;
  failed(): Promise<void>;
  /** Null when the success stands; a refusal when the login was locked meanwhile. */
  succeeded(): Promise<Refusal | null>;
}

/** The attempts on an existing account, counted in its row so that every process sees the same count. */
function accountAttempts(ctx: RequestContext, accountId: number): LoginAttempts {
  const refusal = async (): Promise<Refusal> => {
    const row = await ctx.db.getRepository(Account).findOne({ where: { id: accountId }, select: { id: true, lockedUntil: true } });
    return row?.lockedUntil && row.lockedUntil > now() ? { lockedUntil: Date.parse(row.lockedUntil) } : 'others-pending';
  };
  const update = () => ctx.db.createQueryBuilder().update(Account);
  return {
    async reserve() {
      const { affected } = await update()
        // failedLogins first: MySQL evaluates assignments in order, so it still reads the old lockedUntil.
        // A lock that has run out starts the count again.
        .set({ failedLogins: () => 'CASE WHEN lockedUntil IS NULL THEN failedLogins + 1 ELSE 1 END', lockedUntil: null })
        .where('id = :id AND ((lockedUntil IS NULL AND failedLogins < :limit) OR lockedUntil <= :at)', {
          id: accountId,
          limit: LOGIN_LOCKOUT.failures,
          at: now(),
        })
        .execute();
      return affected ? null : refusal();
    },
    async failed() {
      // The first failure to find the count at the limit locks the login, and only that one joins the audit trail.
      await retryTransient(() =>
        ctx.db.transaction(async (manager) => {
          const at = new Date();
          const { affected } = await manager
            .createQueryBuilder()
            .update(Account)
            .set({ lockedUntil: new Date(at.getTime() + lockWindowMs).toISOString() })
            .where('id = :id AND failedLogins >= :limit AND (lockedUntil IS NULL OR lockedUntil <= :at)', {
              id: accountId,
              limit: LOGIN_LOCKOUT.failures,
              at: at.toISOString(),
            })
            .execute();
          if (affected) await appendAudit(manager, null, 'lock', 'Account', accountId, null, null);
        }),
      );
    },
    async succeeded() {
      const at = now();
      const { affected } = await update()
        .set({ lastLoginAt: at, failedLogins: 0, lockedUntil: null })
        .where('id = :id AND (lockedUntil IS NULL OR lockedUntil <= :at)', { id: accountId, at })
        .execute();
      return affected ? null : refusal();
    },
  };
}

/** What is kept about a login that does not exist: as an account's row keeps it. */
interface UnknownLogin {
  failedLogins: number;
  lockedUntil: number | null;
}

/**
 * Logins that do not exist, counted and locked exactly as an account is in its row, so that neither
 * a lock nor its timing reveals whether an account exists; kept in the database (not in this
 * process), so that every process counts the same failures, as they do for an account.
 */
class UnknownLogins {
  private readonly buckets = new LimitBuckets<UnknownLogin>('unknown login');

  attempts(db: DataSource, login: string): LoginAttempts {
    return {
      reserve: () => this.buckets.change(db, login, (record, at) => this.reserve(record ?? { failedLogins: 0, lockedUntil: null }, at)),
      failed: () => this.buckets.change(db, login, (record, at) => this.failed(record, at)),
      succeeded: async () => null,
    };
  }

  private reserve(record: UnknownLogin, at: number): BucketDecision<UnknownLogin, Refusal | null> {
    if (record.lockedUntil !== null && record.lockedUntil > at) return { result: { lockedUntil: record.lockedUntil } };
    if (record.lockedUntil !== null) record = { failedLogins: 1, lockedUntil: null };
    else if (record.failedLogins < LOGIN_LOCKOUT.failures) record = { ...record, failedLogins: record.failedLogins + 1 };
    else return { result: 'others-pending' };
    return { result: null, state: record, expiresAt: at + UNKNOWN_LOGIN_MEMORY_MS };
  }

  private failed(record: UnknownLogin | undefined, at: number): BucketDecision<UnknownLogin, void> {
    if (record && record.failedLogins >= LOGIN_LOCKOUT.failures && (record.lockedUntil === null || record.lockedUntil <= at)) {
      const lockedUntil = at + lockWindowMs;
      return { result: undefined, state: { ...record, lockedUntil }, expiresAt: Math.max(lockedUntil, at + UNKNOWN_LOGIN_MEMORY_MS) };
    }
    return { result: undefined };
  }
}
const unknownLogins = new UnknownLogins();

/** Sign-ins of this process waiting for the other attempts on their login to be decided. */
const waitingForLogin = new Map<string, Set<() => void>>();

function decided(login: string): void {
  const waiting = waitingForLogin.get(login);
  waitingForLogin.delete(login);
  waiting?.forEach((wake) => wake());
}

/** Resolves when an attempt on `login` is decided here, or after `ms` (it may be decided by another process). */
function nextDecision(login: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const waiting = waitingForLogin.get(login) ?? new Set();
    waitingForLogin.set(login, waiting);
    const wake = () => {
      clearTimeout(timer);
      waiting.delete(wake);
      if (waiting.size === 0 && waitingForLogin.get(login) === waiting) waitingForLogin.delete(login);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    waiting.add(wake);
  });
}

/**
 * Reserves an attempt. While the attempts left are all being checked (a burst of right passwords, say),
 * waits for them to be decided rather than refuse: a success frees the count, a failure may lock.
 */
async function reserveAttempt(login: string, attempts: LoginAttempts): Promise<Refusal | null> {
  const giveUpAt = Date.now() + WAIT_FOR_OTHER_ATTEMPTS_MS;
  for (;;) {
    const refusal = await attempts.reserve();
    if (refusal !== 'others-pending' || Date.now() >= giveUpAt) return refusal;
    await nextDecision(login, 250);
  }
}

function refused(refusal: Refusal) {
  if (refusal === 'others-pending') {
    const wait = hashQueue.retryAfterSeconds();
    return tooManyRequests('limit.loginBusy', { seconds: wait }, wait);
  }
  // The same words and status whether or not the account exists.
  const wait = Math.max(1, Math.ceil((refusal.lockedUntil - Date.now()) / 1000));
  return tooManyRequests('limit.failedSignIns', { minutes: inMinutes(wait) }, wait);
}

export async function login(ctx: RequestContext, tokens: TokenService, input: LoginInput) {
  const address = ctx.clientAddress;
  const taken = await attemptsByAddress.take(ctx.db, address);
  if (!taken.taken) {
    const wait = taken.retryAfterSeconds;
    throw tooManyRequests('limit.failedSignInsFromAddress', { minutes: inMinutes(wait) }, wait);
  }
  let failed = false;
  let account: Account | null;
  try {
    const place = hashQueue.enter(address);
    if (typeof place === 'string') throw hashQueueRefused(place, true);
    const name = input.login.trim().toLowerCase();
    let reserved = false;
    try {
      // The count and the lock decide what is written next: a lagging replica would lose failures.
      ctx.readFromPrimary();
      account = await ctx.db.getRepository(Account).findOneBy({ login: name });
      const attempts = account ? accountAttempts(ctx, account.id) : unknownLogins.attempts(ctx.db, name);
      const refusal = await reserveAttempt(name, attempts);
      if (refusal) throw refused(refusal);
      reserved = true;
      const hash = account?.passwordHash;
      const valid = await place.run(async () => argon2.verify(hash ?? (await decoy()), input.password));
      if (!account || !valid || !account.active) {
        failed = true;
        countSignInFailure();
        await attempts.failed();
        throw unauthenticated('auth.wrongLogin');
      }
      const lockedMeanwhile = await attempts.succeeded();
      if (lockedMeanwhile) throw refused(lockedMeanwhile);
    } finally {
      place.leave();
      if (reserved) decided(name);
    }
  } finally {
    if (!failed) await attemptsByAddress.giveBack(ctx.db, address);
  }
  return openSession(ctx, tokens, account.id);
}
