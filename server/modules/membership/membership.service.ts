import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import type { SelectQueryBuilder } from 'typeorm';
import { applyIdsFilter } from '../../graphql/list';
import { findScoped, scopedQuery, scopePredicate } from '../../scope/scoped-query';
import { pathRange } from '../../scope/paths';
import { refusedBy, write, type WriteTransaction } from '../../write/write-service';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Account } from '../account/account.entity';
import { needsApproval } from '../../permissions/delegation';
import { endSessions } from '../session/session.service';
import type { RetireInput } from '../common/inputs';
import { now as nowInstant, today } from '../common/record';
import { givenOnly, refuseNulls } from '../common/text';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { Membership } from './membership.entity';
import { MembershipStatus, ROLE_BODY_KINDS, type MembershipRole } from './membership-role';
import type { CreateMembershipInput, DecideMembershipInput, MembershipFilter, UpdateMembershipInput } from './membership.inputs';

/** The memberships the caller may see that `filter` selects, under the alias `membership`. */
export async function membershipsMatching(ctx: RequestContext, filter: MembershipFilter): Promise<SelectQueryBuilder<Membership>> {
  const qb = scopedQuery(ctx, Membership, 'membership');
  applyIdsFilter(qb, filter);
  if (filter.personId !== undefined) qb.andWhere('membership.personId = :personId', { personId: filter.personId });
  if (filter.bodyId !== undefined) qb.andWhere('membership.bodyId = :bodyId', { bodyId: filter.bodyId });
  if (filter.roles?.length) qb.andWhere('membership.role IN (:...roles)', { roles: filter.roles });
  if (filter.statuses?.length) qb.andWhere('membership.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.awaitingMyDecision) {
    // The proposals this caller may decide: the approve rules in SQL, less their own proposals.
    const decidable = scopePredicate(ctx, qb as never, Membership, 'membership', 'approve');
    qb.andWhere(decidable.sql, decidable.params);
    qb.andWhere(
      'NOT EXISTS (SELECT 1 FROM account proposer WHERE proposer.id = membership.proposedByAccountId AND proposer.personId = :me) ' +
        "AND NOT EXISTS (SELECT 1 FROM audit_entry shaped JOIN account author ON author.id = shaped.accountId WHERE shaped.subject = 'Membership' AND shaped.recordId = membership.id AND author.personId = :me)",
      { me: ctx.caller!.personId },
    );
  }
  if (filter.currentOn) {
    qb.andWhere('membership.since <= :day AND (membership.until IS NULL OR membership.until >= :day)', { day: filter.currentOn });
    qb.andWhere('membership.status = :approved AND membership.endedAt IS NULL', { approved: MembershipStatus.APPROVED });
  }
  if (filter.under !== undefined) {
    const [low, high] = pathRange((await findScoped(ctx, Body, filter.under)).scopePath);
    qb.andWhere('membership.scopePath >= :underLow AND membership.scopePath < :underHigh', { underLow: low, underHigh: high });
  }
  return qb;
}

function assertRoleFits(role: MembershipRole, body: Body): void {
  if (!ROLE_BODY_KINDS[role].includes(body.kind)) {
    throw badInput('role', 'membership.roleNotInKind', { role, kind: body.kind, allowed: [...ROLE_BODY_KINDS[role]] });
  }
}

function assertPeriod(since: string, until: string | null): void {
  if (until !== null && until < since) throw badInput('until', 'membership.untilBeforeSince', { since });
}

/**
 * A role that reads inspection records waits for a leading-group leader; the roster roles are in
 * force at once. Either way the one who created it is on record, so that nobody approves their own.
 */
export function createMembership(ctx: RequestContext, input: CreateMembershipInput): Promise<Membership> {
  return write(ctx, async (tx) => {
    const person = await tx.reference(Person, input.personId);
    if (person.retiredOn) throw badInput('personId', 'person.left', { id: person.id });
    const body = await tx.reference(Body, input.bodyId);
    if (body.retiredOn) throw badInput('bodyId', 'body.retired', { id: body.id });
    assertRoleFits(input.role, body);
    const until = input.until ?? null;
    assertPeriod(input.since, until);
    const pending = needsApproval(input.role);
    const values = {
      personId: person.id,
      bodyId: body.id,
      role: input.role,
      since: input.since,
      until,
      status: pending ? MembershipStatus.PENDING : MembershipStatus.APPROVED,
      proposedByAccountId: ctx.caller!.accountId,
      decidedByAccountId: null,
      decidedAt: null,
      decisionNote: '',
      endedAt: null,
      scopePath: body.scopePath,
    };
    tx.assertAllowed('create', Membership, values);
    return tx.insert(Membership, values, undefined, pending ? 'propose' : 'create');
  });
}

/**
 * A proposal can be reshaped freely until it is decided. Once approved, a role that needed approval
 * can only be narrowed (a later start, an earlier end): anything that widens it would take effect
 * without the approver, so it must be proposed anew.
 */
export function updateMembership(ctx: RequestContext, input: UpdateMembershipInput): Promise<Membership> {
  return write(ctx, async (tx) => {
    refuseNulls(input, ['until']);
    const membership = await tx.load(Membership, input.id, 'update');
    if (membership.status === MembershipStatus.REFUSED) throw badInput('id', 'membership.refused', { id: membership.id });
    if (membership.endedAt !== null) throw badInput('id', 'membership.ended', { id: membership.id });
    const changes = givenOnly<Partial<Membership>>({ role: input.role, since: input.since, until: input.until });
    const after = { ...membership, ...changes };
    if (changes.role) assertRoleFits(changes.role, await tx.reference(Body, membership.bodyId));
    assertPeriod(after.since, after.until);
    if (membership.status === MembershipStatus.APPROVED && needsApproval(membership.role)) {
      if (after.role !== membership.role) {
        throw badInput('role', 'membership.roleFixed', { id: membership.id, role: membership.role });
      }
      const startsEarlier = after.since < membership.since;
      const endsLater = membership.until !== null && (after.until === null || after.until > membership.until);
      if (startsEarlier || endsLater) {
        throw badInput(startsEarlier ? 'since' : 'until', 'membership.onlyShorten', { role: membership.role });
      }
    }
    if (membership.status === MembershipStatus.APPROVED && after.role !== membership.role && needsApproval(after.role)) {
      throw badInput('role', 'membership.roleNeedsApproval', { role: after.role });
    }
    // A proposal reshaped into a role that needs no second person is in force at once, as if created so.
    if (membership.status === MembershipStatus.PENDING && !needsApproval(after.role))
      after.status = changes.status = MembershipStatus.APPROVED;
    tx.assertAllowed('update', Membership, after);
    return tx.update(Membership, membership, input.version, changes);
  });
}

/**
 * Ends a membership. Ended "now" (no day, or today) it stops giving its role with the very next
 * request, not at midnight; the holder's sessions end with it. A later day ends it on that day.
 */
export function endMembership(ctx: RequestContext, input: RetireInput): Promise<Membership> {
  return write(ctx, async (tx) => {
    const membership = await tx.load(Membership, input.id, 'retire');
    const day = today();
    const until = input.on ?? day;
    const ended = membership.endedAt !== null || (membership.until !== null && membership.until < day);
    if (ended || (membership.until !== null && membership.until <= until)) {
      throw badInput('id', 'membership.alreadyEnded', { id: membership.id, on: String(membership.until) });
    }
    if (until < membership.since && until < day) throw badInput('on', 'membership.endBeforeStart', { since: membership.since });
    const now = until <= day;
    const changes = now ? { until: until < membership.since ? membership.since : until, endedAt: nowInstant() } : { until };
    const result = await tx.update(Membership, membership, input.version, changes, 'retire');
    if (now && membership.status === MembershipStatus.APPROVED)
      await endSessions(tx.manager, { personId: membership.personId }, 'ROLE_REMOVED');
    return result;
  });
}

/**
 * Whether the person proposed or changed the membership, under any of their accounts: the trail
 * records every write, so whoever shaped a proposal is known however many accounts they hold.
 */
async function hasShaped(tx: WriteTransaction, membership: Membership, personId: number): Promise<boolean> {
  if (membership.proposedByAccountId !== null) {
    const proposer = await tx.manager.findOneBy(Account, { id: membership.proposedByAccountId });
    if (proposer?.personId === personId) return true;
  }
  return tx.manager
    .createQueryBuilder(AuditEntry, 'e')
    .innerJoin(Account, 'a', 'a.id = e.accountId')
    .where('e.subject = :subject AND e.recordId = :id AND a.personId = :personId', { subject: 'Membership', id: membership.id, personId })
    .getExists();
}

/** A leading-group leader's decision on a proposed membership: never on their own, never on their own proposal. */
export function decideMembership(ctx: RequestContext, input: DecideMembershipInput, approve: boolean): Promise<Membership> {
  return write(ctx, async (tx) => {
    const membership = await tx.load(Membership, input.id, 'approve');
    if (await hasShaped(tx, membership, ctx.caller!.personId))
      throw refusedBy('second-person', approve ? 'approve' : 'refuse', 'Membership');
    const note = (input.note ?? '').trim();
    if (!approve && !note) throw badInput('note', 'membership.refusalReason');
    const changes = {
      status: approve ? MembershipStatus.APPROVED : MembershipStatus.REFUSED,
      decidedByAccountId: ctx.caller!.accountId,
      decidedAt: nowInstant(),
      decisionNote: note,
    };
    return tx.update(Membership, membership, input.version, changes, approve ? 'approve' : 'refuse');
  });
}
