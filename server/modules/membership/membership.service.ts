import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { applyIdsFilter, pageOf, type ListResult, type PageInput } from '../../graphql/list';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { pathRange } from '../../scope/paths';
import { write } from '../../write/write-service';
import type { RetireInput } from '../common/inputs';
import { today } from '../common/record';
import { givenOnly, refuseNulls } from '../common/text';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { Membership } from './membership.entity';
import { ROLE_BODY_KINDS, type MembershipRole } from './membership-role';
import type { CreateMembershipInput, MembershipFilter, MembershipSort, UpdateMembershipInput } from './membership.inputs';

export async function listMemberships(
  ctx: RequestContext,
  filter: MembershipFilter = {},
  sort?: MembershipSort[],
  page?: PageInput,
): Promise<ListResult<Membership>> {
  const qb = scopedQuery(ctx, Membership, 'membership');
  applyIdsFilter(qb, filter);
  if (filter.personId !== undefined) qb.andWhere('membership.personId = :personId', { personId: filter.personId });
  if (filter.bodyId !== undefined) qb.andWhere('membership.bodyId = :bodyId', { bodyId: filter.bodyId });
  if (filter.roles?.length) qb.andWhere('membership.role IN (:...roles)', { roles: filter.roles });
  if (filter.currentOn) {
    qb.andWhere('membership.since <= :day AND (membership.until IS NULL OR membership.until >= :day)', { day: filter.currentOn });
  }
  if (filter.under !== undefined) {
    const [low, high] = pathRange((await findScoped(ctx, Body, filter.under)).scopePath);
    qb.andWhere('membership.scopePath >= :underLow AND membership.scopePath < :underHigh', { underLow: low, underHigh: high });
  }
  return pageOf(qb, sort, page);
}

export function getMembership(ctx: RequestContext, id: number): Promise<Membership> {
  return findScoped(ctx, Membership, id);
}

function assertRoleFits(role: MembershipRole, body: Body): void {
  if (!ROLE_BODY_KINDS[role].includes(body.kind)) {
    throw badInput('role', `${role} cannot be held in a body of kind ${body.kind} (allowed: ${ROLE_BODY_KINDS[role].join(', ')})`);
  }
}

function assertPeriod(since: string, until: string | null): void {
  if (until !== null && until < since) throw badInput('until', `must not be before since (${since})`);
}

export function createMembership(ctx: RequestContext, input: CreateMembershipInput): Promise<Membership> {
  return write(ctx, async (tx) => {
    const person = await tx.reference(Person, input.personId);
    if (person.retiredOn) throw badInput('personId', `person ${person.id} has left the roster`);
    const body = await tx.reference(Body, input.bodyId);
    if (body.retiredOn) throw badInput('bodyId', `body ${body.id} is retired`);
    assertRoleFits(input.role, body);
    const until = input.until ?? null;
    assertPeriod(input.since, until);
    const values = { personId: person.id, bodyId: body.id, role: input.role, since: input.since, until, scopePath: body.scopePath };
    tx.assertAllowed('create', Membership, values);
    return tx.insert(Membership, values);
  });
}

export function updateMembership(ctx: RequestContext, input: UpdateMembershipInput): Promise<Membership> {
  return write(ctx, async (tx) => {
    refuseNulls(input, ['until']);
    const membership = await tx.load(Membership, input.id, 'update');
    const changes = givenOnly<Partial<Membership>>({ role: input.role, since: input.since, until: input.until });
    const after = { ...membership, ...changes };
    if (changes.role) assertRoleFits(changes.role, await tx.reference(Body, membership.bodyId));
    assertPeriod(after.since, after.until);
    tx.assertAllowed('update', Membership, after);
    return tx.update(Membership, membership, input.version, changes);
  });
}

export function endMembership(ctx: RequestContext, input: RetireInput): Promise<Membership> {
  return write(ctx, async (tx) => {
    const membership = await tx.load(Membership, input.id, 'retire');
    const until = input.on ?? today();
    if (membership.until !== null && membership.until <= until) throw badInput('id', `membership ${membership.id} already ended on ${membership.until}`);
    assertPeriod(membership.since, until);
    return tx.update(Membership, membership, input.version, { until }, 'retire');
  });
}
