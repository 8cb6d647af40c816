import argon2 from 'argon2';
import type { RequestContext } from '../../graphql/context';
import { tooManyRequests, unauthenticated } from '../../graphql/errors';
import { RateLimiter } from '../../http/rate-limit';
import { appendAudit } from '../audit/audit.service';
import { now } from '../common/record';
import { openSession } from '../session/session.service';
import { Account } from './account.entity';
import type { LoginInput } from './account.inputs';
import type { TokenService } from './tokens';

/**
 * Argon2id holds 64 MiB for as long as a hash runs, and the thread pool runs four at once: a burst
 * of sign-ins would add a quarter of a gigabyte to the server. Two at a time keep both cores busy.
 */
const HASHES_AT_ONCE = 2;
let hashing = 0;
const waitingToHash: Array<() => void> = [];

async function oneOfFewHashes<T>(work: () => Promise<T>): Promise<T> {
  if (hashing < HASHES_AT_ONCE) hashing++;
  // A finishing hash hands its place straight to the next in line, so the count never overshoots.
  else await new Promise<void>((resolve) => waitingToHash.push(resolve));
  try {
    return await work();
  } finally {
    const next = waitingToHash.shift();
    if (next) next();
    else hashing--;
  }
}

export const hashPassword = (password: string) => oneOfFewHashes(() => argon2.hash(password, { type: argon2.argon2id }));
export const verifyPassword = (hash: string, password: string) => oneOfFewHashes(() => argon2.verify(hash, password));

// Compared against when the login does not exist, so that a wrong login takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Failed sign-ins that lock a login, and for how long; a password reset unlocks it at once. */
export const LOGIN_LOCKOUT = { failures: 5, minutes: 15 } as const;
/** Failed sign-ins one network address may make in the same window, whatever the logins. */
export const FAILURES_PER_ADDRESS = 30;

const lockWindowMs = LOGIN_LOCKOUT.minutes * 60_000;
const failuresByAddress = new RateLimiter(FAILURES_PER_ADDRESS, lockWindowMs);
// Logins that do not exist lock the same way, in memory, so that a lock reveals no account.
const failuresByUnknownLogin = new RateLimiter(LOGIN_LOCKOUT.failures, lockWindowMs);

const lockedOut = () =>
  tooManyRequests(`Too many failed sign-ins: try again in ${LOGIN_LOCKOUT.minutes} minutes, or ask an administrator to reset the password.`);

/** Counts a failure against the account; the one that reaches the limit locks it and joins the audit trail. */
async function recordFailure(ctx: RequestContext, account: Account): Promise<void> {
  const failures = account.failedLogins + 1;
  const locks = failures >= LOGIN_LOCKOUT.failures;
  await ctx.db.transaction(async (manager) => {
    await manager.update(Account, { id: account.id }, {
      failedLogins: locks ? 0 : failures,
      ...(locks ? { lockedUntil: new Date(Date.now() + lockWindowMs).toISOString() } : {}),
    });
    if (locks) await appendAudit(manager, null, 'lock', 'Account', account.id, null, null);
  });
}

export async function login(ctx: RequestContext, tokens: TokenService, input: LoginInput) {
  if (failuresByAddress.exhausted(ctx.clientAddress)) throw lockedOut();
  // The failure count and the lock decide what is written next: a lagging replica would lose failures.
  ctx.readFromPrimary();
  const name = input.login.trim().toLowerCase();
  const account = await ctx.db.getRepository(Account).findOneBy({ login: name });
  decoyHash ??= hashPassword('decoy password that matches nothing');
  // Verified even when locked, so that a locked login answers no faster than an open one.
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash), input.password);
  const locked = account ? account.lockedUntil !== null && account.lockedUntil > now() : failuresByUnknownLogin.exhausted(name);
  if (locked) throw lockedOut();
  if (!account || !valid || !account.active) {
    failuresByAddress.take(ctx.clientAddress);
    if (account) await recordFailure(ctx, account);
    else failuresByUnknownLogin.take(name);
    throw unauthenticated('Wrong login or password, or the account is deactivated.');
  }
  await ctx.db.getRepository(Account).update({ id: account.id }, { lastLoginAt: now(), failedLogins: 0, lockedUntil: null });
  return openSession(ctx, tokens, account.id);
}
