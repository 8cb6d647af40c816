/**
 * Whom the office may staff on an inspection, and whom the leading group may name its leader:
 * the same people the mutations accept, each with their post, their unit and any recusal ground
 * (回避) the mutations would refuse them for, so that a form can say so before it is sent.
 */
import { subject } from '@casl/ability';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput, forbidden } from '../../errors';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { Body } from '../body/body.entity';
import { today } from '../common/record';
import { Membership } from '../membership/membership.entity';
import { MembershipRole, MembershipStatus } from '../membership/membership-role';
import { Person } from '../person/person.entity';
import { PoolEntry } from '../pool/pool-entry.entity';
import { Round } from '../round/round.entity';
import { Assignment } from './assignment.entity';
import { catalogueMessage, CatalogueMessage } from './next-step';
import { recusalGroundMessages, recusalGroundMessagesOf } from './recusal';

const MAX_SEARCH = 60;
const MAX_CANDIDATES = 50;

@ObjectType({ description: 'A person who may be chosen for an inspection, as a picker shows them.' })
export class InspectionCandidate {
  @Field(() => Int, { description: 'The person.' })
  personId!: number;

  @Field(() => Int, { nullable: true, description: 'For a leader, the pool entry to appoint from; null for staff.' })
  poolEntryId!: number | null;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Current position (职务).' })
  position!: string;

  @Field(() => String, { nullable: true, description: 'The unit that employs them; null when outside your scope.' })
  unitName!: string | null;

  @Field(() => [CatalogueMessage], {
    description:
      'Why they should recuse (回避) from this inspection: the grounds the staffing or appointment refusal lists; empty when none.',
  })
  recusalGrounds!: CatalogueMessage[];
}

/** Approved team memberships in force today: only these people may be staffed (assignment.service.ts). */
export function currentTeamMemberships(manager: EntityManager, teamId: number): SelectQueryBuilder<Membership> {
  const day = today();
  return manager
    .createQueryBuilder(Membership, 'm')
    .where('m.bodyId = :teamId AND m.role = :role', { teamId, role: MembershipRole.TEAM_MEMBER })
    .andWhere('m.status = :approved AND m.endedAt IS NULL', { approved: MembershipStatus.APPROVED })
    .andWhere('m.since <= :day AND (m.until IS NULL OR m.until >= :day)', { day });
}

/** The inspection, if the caller may read it and take `action` on it: NOT_FOUND out of scope, FORBIDDEN otherwise. */
async function assignmentFor(ctx: RequestContext, assignmentId: number, actions: ('staff' | 'appoint')[]): Promise<Assignment> {
  const assignment = await findScoped(ctx, Assignment, assignmentId);
  if (!actions.some((action) => ctx.ability.can(action, subject('Assignment', { ...assignment }) as never))) {
    throw forbidden(actions.join(' or '), 'Assignment');
  }
  return assignment;
}

/**
 * The part of a name searched for, or null for none. The argument is a bare String, so its length
 * is checked here: a name is never longer than MAX_SEARCH, and a longer search is refused as such.
 */
export function searchTerm(search: string | undefined | null): string | null {
  const term = search?.trim() ?? '';
  if (term.length > MAX_SEARCH) throw badInput('search', 'input.tooLong', { max: MAX_SEARCH, length: term.length });
  return term === '' ? null : term;
}

/** `<alias>.name` contains `:search`; '!' escapes alike on SQLite (which has no default escape) and MariaDB. */
export const nameContains = (alias: string) => `${alias}.name LIKE :search ESCAPE '!'`;
export const likePattern = (term: string) => `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** People the caller may see, matching the search by name, in pinyin order of their names. */
function peopleQuery(ctx: RequestContext, search: string | null): SelectQueryBuilder<Person> {
  const qb = scopedQuery(ctx, Person, 'p').andWhere('p.retiredOn IS NULL');
  if (search) qb.andWhere(nameContains('p'), { search: likePattern(search) });
  return qb.orderBy('p.nameSortKey', 'ASC').addOrderBy('p.id', 'ASC').take(MAX_CANDIDATES);
}

/** The people as candidates, with their units and grounds read for all of them at once. */
async function candidatesOf(
  ctx: RequestContext,
  people: Person[],
  target: Body,
  poolEntryOf: (personId: number) => number | null,
): Promise<InspectionCandidate[]> {
  const self = ctx.caller?.personId;
  const chosen = people.filter((p) => p.id !== self);
  const [units, grounds] = await Promise.all([
    Promise.all(chosen.map((p) => ctx.loaders.byId(Body).load(p.employerId))),
    recusalGroundMessagesOf(
      ctx.db.manager,
      chosen.map((p) => p.id),
      target,
    ),
  ]);
  return chosen.map((person, i) => ({
    personId: person.id,
    poolEntryId: poolEntryOf(person.id),
    name: person.name,
    position: person.position,
    unitName: units[i]?.name ?? null,
    recusalGrounds: grounds.get(person.id)!.map(catalogueMessage),
  }));
}

/** The team's current members, as staffAssignment accepts them. */
export async function staffCandidates(ctx: RequestContext, assignmentId: number, search?: string | null): Promise<InspectionCandidate[]> {
  const assignment = await assignmentFor(ctx, assignmentId, ['staff']);
  const target = await ctx.db.manager.findOneByOrFail(Body, { id: assignment.targetId });
  const members = currentTeamMemberships(ctx.db.manager, assignment.teamId).select('m.personId');
  const people = await peopleQuery(ctx, searchTerm(search))
    .andWhere(`p.id IN (${members.getQuery()})`, members.getParameters())
    .andWhere('p.id NOT IN (SELECT s.personId FROM assignment_member s WHERE s.assignmentId = :assignmentId AND s.removedOn IS NULL)', {
      assignmentId,
    })
    .getMany();
  return candidatesOf(ctx, people, target, () => null);
}

/** The current pool of the plan's leading group, as appointLeader accepts it. */
export async function leaderCandidates(ctx: RequestContext, assignmentId: number, search?: string | null): Promise<InspectionCandidate[]> {
  const assignment = await assignmentFor(ctx, assignmentId, ['appoint']);
  const round = await ctx.db.manager.findOneByOrFail(Round, { id: assignment.roundId });
  const target = await ctx.db.manager.findOneByOrFail(Body, { id: assignment.targetId });
  const entries = await ctx.db.manager
    .createQueryBuilder(PoolEntry, 'e')
    .where('e.leadingGroupId = :group AND e.retiredOn IS NULL', { group: round.leadingGroupId })
    .getMany();
  if (entries.length === 0) return [];
  const entryOf = new Map(entries.map((e) => [e.personId, e.id]));
  const people = await peopleQuery(ctx, searchTerm(search))
    .andWhere('p.id IN (:...ids)', { ids: [...entryOf.keys()] })
    .getMany();
  return candidatesOf(ctx, people, target, (personId) => entryOf.get(personId)!);
}

/** The recusal grounds of one person for the inspection, for those who may staff it or name its leader. */
export async function recusalCheck(ctx: RequestContext, assignmentId: number, personId: number): Promise<CatalogueMessage[]> {
  const assignment = await assignmentFor(ctx, assignmentId, ['staff', 'appoint']);
  const person = await findScoped(ctx, Person, personId);
  const target = await ctx.db.manager.findOneByOrFail(Body, { id: assignment.targetId });
  return (await recusalGroundMessages(ctx.db.manager, person.id, target)).map(catalogueMessage);
}
