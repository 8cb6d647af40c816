import { IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput, notFound } from '../../errors';
import { now } from '../common/record';
import { write } from '../../write/write-service';
import type { TokenService } from '../account/tokens';
import { Session } from './session.entity';

/** Why a session ended, as `Session.endReason` records it. */
export type SessionEndReason = 'SIGNED_OUT' | 'ENDED_BY_USER' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET' | 'DEACTIVATED' | 'ROLE_REMOVED';

/** The longest user agent kept: enough to tell browsers and programs apart. */
const USER_AGENT_MAX = 200;
const CLIENT_ADDRESS_MAX = 64;

/** A new session for an account that has just proved who it is, and the token that names it. */
export async function openSession(
  ctx: RequestContext,
  tokens: TokenService,
  accountId: number,
): Promise<{ token: string; expiresAt: string }> {
  const expiresAt = tokens.expiryFromNow();
  const { identifiers } = await ctx.db.getRepository(Session).insert({
    accountId,
    createdAt: now(),
    expiresAt: expiresAt.toISOString(),
    endedAt: null,
    endReason: null,
    clientAddress: ctx.clientAddress.slice(0, CLIENT_ADDRESS_MAX),
    userAgent: ctx.userAgent.slice(0, USER_AGENT_MAX),
  });
  const sessionId = Number(identifiers[0].id);
  return { token: await tokens.sign({ accountId, sessionId }, expiresAt), expiresAt: expiresAt.toISOString() };
}

/**
 * Ends every open session of an account, or of every account of a person, in one statement; the
 * tokens issued for them are refused from the next request on. `exceptSessionId` keeps one open
 * (the caller's own, when they end their other sessions). Returns how many were ended.
 */
export async function endSessions(
  manager: EntityManager,
  who: { accountId: number } | { personId: number },
  reason: SessionEndReason,
  exceptSessionId?: number,
): Promise<number> {
  const at = now();
  const qb = manager
    .createQueryBuilder()
    .update(Session)
    .set({ endedAt: at, endReason: reason })
    .where('endedAt IS NULL AND expiresAt > :at', { at });
  // The person's accounts are looked up first: TypeORM's UPDATE builder rewrites column names inside a sub-select.
  const accountIds =
    'accountId' in who
      ? [who.accountId]
      : ((await manager.query('SELECT id FROM account WHERE personId = ?', [who.personId])) as Array<{ id: unknown }>).map((r) =>
          Number(r.id),
        );
  if (accountIds.length === 0) return 0;
  qb.andWhere('accountId IN (:...accountIds)', { accountIds });
  if (exceptSessionId !== undefined) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
  const result = await qb.execute();
  return result.affected ?? 0;
}

/** The caller's own sessions, open and ended: where they are signed in, and where they were. */
export function ownSessions(ctx: RequestContext): SelectQueryBuilder<Session> {
  return ctx.db
    .getRepository(Session)
    .createQueryBuilder('session')
    .where('session.accountId = :accountId', { accountId: ctx.caller!.accountId });
}

/** Ends one of the caller's own sessions; another account's reads as not found. */
export function endOwnSession(ctx: RequestContext, id: number, reason: SessionEndReason): Promise<Session> {
  // Through the one write path, like every mutation, so that an Idempotency-Key makes a retry safe.
  return write(ctx, async ({ manager }) => {
    const sessions = manager.getRepository(Session);
    const session = await sessions.findOneBy({ id, accountId: ctx.caller!.accountId });
    if (!session) throw notFound('Session', id);
    if (session.endedAt !== null)
      throw badInput('id', 'session.alreadyEnded', { id, reason: [{ key: `session.end.${session.endReason}` }] });
    await sessions.update({ id, endedAt: IsNull() }, { endedAt: now(), endReason: reason });
    return sessions.findOneByOrFail({ id });
  });
}

/** Ends every session of the caller's but the one this request came through. */
export function endOtherOwnSessions(ctx: RequestContext): Promise<number> {
  return write(ctx, ({ manager }) => endSessions(manager, { accountId: ctx.caller!.accountId }, 'ENDED_BY_USER', ctx.caller!.sessionId));
}
