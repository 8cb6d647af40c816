import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { applyIdsFilter, pageOf, type ListResult, type PageInput } from '../../graphql/list';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { write, type WriteTransaction } from '../../write/write-service';
import type { RetireInput } from '../common/inputs';
import { givenOnly, likePattern, refuseNulls } from '../common/text';
import { Person } from '../person/person.entity';
import { Account } from './account.entity';
import type { AccountFilter, AccountSort, CreateAccountInput, ResetPasswordInput, UpdateAccountInput } from './account.inputs';
import { hashPassword } from './sign-in';

export async function listAccounts(
  ctx: RequestContext,
  filter: AccountFilter = {},
  sort?: AccountSort[],
  page?: PageInput,
): Promise<ListResult<Account>> {
  const qb = scopedQuery(ctx, Account, 'account');
  applyIdsFilter(qb, filter);
  if (filter.q) qb.andWhere("account.login LIKE :q ESCAPE '!'", { q: likePattern(filter.q.toLowerCase()) });
  if (filter.personId !== undefined) qb.andWhere('account.personId = :personId', { personId: filter.personId });
  if (filter.active !== undefined && filter.active !== null) qb.andWhere('account.active = :active', { active: filter.active ? 1 : 0 });
  return pageOf(qb, sort, page);
}

export function getAccount(ctx: RequestContext, id: number): Promise<Account> {
  return findScoped(ctx, Account, id);
}

async function assertLoginFree(tx: WriteTransaction, login: string, exceptId?: number): Promise<void> {
  const holder = await tx.manager.findOneBy(Account, { login });
  if (holder && holder.id !== exceptId) throw badInput('login', `"${login}" is already taken`);
}

export function createAccount(ctx: RequestContext, input: CreateAccountInput): Promise<Account> {
  return write(ctx, async (tx) => {
    const person = await tx.reference(Person, input.personId);
    if (person.retiredOn) throw badInput('personId', `person ${person.id} has left the roster`);
    await assertLoginFree(tx, input.login);
    const values = {
      login: input.login,
      passwordHash: await hashPassword(input.password),
      personId: person.id,
      active: true,
      lastLoginAt: null,
      failedLogins: 0,
      lockedUntil: null,
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
    if (changes.active === false && account.active) tx.assertAllowed('retire', Account, account);
    return tx.update(Account, account, input.version, changes);
  });
}

export function resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<Account> {
  return write(ctx, async (tx) => {
    const account = await tx.load(Account, input.id, 'update');
    return tx.update(Account, account, input.version, { passwordHash: await hashPassword(input.password), failedLogins: 0, lockedUntil: null }, 'reset-password');
  });
}

export function deactivateAccount(ctx: RequestContext, input: RetireInput): Promise<Account> {
  return write(ctx, async (tx) => {
    const account = await tx.load(Account, input.id, 'retire');
    if (!account.active) throw badInput('id', `account ${account.id} is already deactivated`);
    return tx.update(Account, account, input.version, { active: false }, 'retire');
  });
}
