import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import type { SelectQueryBuilder } from 'typeorm';
import { applyIdsFilter } from '../../graphql/list';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { write, type WriteTransaction } from '../../write/write-service';
import type { RetireInput } from '../common/inputs';
import { givenOnly, likePattern, refuseNulls } from '../common/text';
import { Person } from '../person/person.entity';
import { endSessions } from '../session/session.service';
import { Account } from './account.entity';
import type { AccountFilter, ChangePasswordInput, CreateAccountInput, ResetPasswordInput, UpdateAccountInput } from './account.inputs';
import { hashPassword, verifyPassword } from './sign-in';
import { assertMaySetPasswordFor } from './takeover';

/** The accounts the caller may see that `filter` selects, under the alias `account`. */
export function accountsMatching(ctx: RequestContext, filter: AccountFilter): SelectQueryBuilder<Account> {
  const qb = scopedQuery(ctx, Account, 'account');
  applyIdsFilter(qb, filter);
  if (filter.q) qb.andWhere("account.login LIKE :q ESCAPE '!'", { q: likePattern(filter.q.toLowerCase()) });
  if (filter.personId !== undefined) qb.andWhere('account.personId = :personId', { personId: filter.personId });
  if (filter.active !== undefined && filter.active !== null) qb.andWhere('account.active = :active', { active: filter.active ? 1 : 0 });
  return qb;
}

export function getAccount(ctx: RequestContext, id: number): Promise<Account> {
  return findScoped(ctx, Account, id);
}

async function assertLoginFree(tx: WriteTransaction, login: string, exceptId?: number): Promise<void> {
  const holder = await tx.manager.findOneBy(Account, { login });
  if (holder && holder.id !== exceptId) throw badInput('login', 'account.loginTaken', { login });
}

/** Hashed before the transaction opens: a hash can wait in the sign-in queue, and no write should wait with it. */
export async function createAccount(ctx: RequestContext, input: CreateAccountInput): Promise<Account> {
  const passwordHash = await hashPassword(input.password, ctx.clientAddress);
  return write(ctx, async (tx) => {
    const person = await tx.reference(Person, input.personId);
    if (person.retiredOn) throw badInput('personId', 'person.left', { id: person.id });
    await assertLoginFree(tx, input.login);
    await assertMaySetPasswordFor(tx, person.id, 'create');
    const values = {
      login: input.login,
      passwordHash,
      personId: person.id,
      active: true,
      lastLoginAt: null,
      failedLogins: 0,
      lockedUntil: null,
      // The administrator chose the first password: its holder chooses their own before anything else.
      mustChangePassword: true,
      scopePath: person.scopePath,
    };
    tx.assertAllowed('create', Account, values);
    return tx.insert(Account, values);
  });
}

export function updateAccount(ctx: RequestContext, input: UpdateAccountInput): Promise<Account> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const account = await tx.load(Account, input.id, 'update');
    if (input.login !== undefined) await assertLoginFree(tx, input.login, account.id);
    const changes = givenOnly<Partial<Account>>({ login: input.login, active: input.active });
    // Deactivating is retiring: the rules keep anyone from locking themselves out.
    const deactivates = changes.active === false && account.active;
    if (deactivates) tx.assertAllowed('retire', Account, account);
    const updated = await tx.update(Account, account, input.version, changes);
    // Reactivating revives nothing: the holder signs in anew.
    if (deactivates) await endSessions(tx.manager, { accountId: account.id }, 'DEACTIVATED');
    return updated;
  });
}

export async function resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<Account> {
  const passwordHash = await hashPassword(input.password, ctx.clientAddress);
  return write(ctx, async (tx) => {
    const account = await tx.load(Account, input.id, 'reset');
    await assertMaySetPasswordFor(tx, account.personId, 'reset');
    const changes = { passwordHash, failedLogins: 0, lockedUntil: null, mustChangePassword: true };
    const updated = await tx.update(Account, account, input.version, changes, 'reset-password');
    // Whoever held the old password (or a token issued with it) is out from the next request on.
    await endSessions(tx.manager, { accountId: account.id }, 'PASSWORD_RESET');
    return updated;
  });
}

export function deactivateAccount(ctx: RequestContext, input: RetireInput): Promise<Account> {
  return write(ctx, async (tx) => {
    const account = await tx.load(Account, input.id, 'retire');
    if (!account.active) throw badInput('id', 'account.alreadyDeactivated', { id: account.id });
    const updated = await tx.update(Account, account, input.version, { active: false }, 'retire');
    await endSessions(tx.manager, { accountId: account.id }, 'DEACTIVATED');
    return updated;
  });
}

/**
 * The caller's own new password, proven by the current one. It clears the demand to change it and
 * ends every other session: whoever else knew the old password is out, this session stays. The
 * hashes run before the transaction, so that no write waits on them.
 */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<Account> {
  const caller = ctx.caller!;
  ctx.readFromPrimary();
  const current = await ctx.db.getRepository(Account).findOneByOrFail({ id: caller.accountId });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword, ctx.clientAddress)))
    throw badInput('currentPassword', 'account.wrongCurrentPassword');
  if (input.newPassword === input.currentPassword) throw badInput('newPassword', 'account.samePassword');
  const passwordHash = await hashPassword(input.newPassword, ctx.clientAddress);
  return write(ctx, async (tx) => {
    // The version read before hashing: a reset or another change since then wins, and this one is refused as a conflict.
    const updated = await tx.update(Account, current, current.version, { passwordHash, mustChangePassword: false }, 'change-password');
    await endSessions(tx.manager, { accountId: caller.accountId }, 'PASSWORD_CHANGED', caller.sessionId);
    return updated;
  });
}
