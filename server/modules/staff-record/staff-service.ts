/**
 * A person's service history (履职记录): every inspection they served on, as a member of its staff
 * or as its granted leader, read from the staffing and the grants in one statement. Each line is
 * there only where the caller's rules allow `review` of the staffing or the grant it comes from:
 * the office and the leading group see the inspections of their group, the person their own; no
 * line names an inspection of another leading group.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { DEFAULT_PAGE_SIZE, type ListResult, type PageInput } from '../../graphql/list';
import { notFound } from '../../errors';
import { OWN_RECORDS } from '../../permissions/define-ability';
import { findScoped, scopePredicate } from '../../scope/scoped-query';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Assignment, AssignmentMember } from '../assignment/assignment.entity';
import { Stage } from '../assignment/stage';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { Person } from '../person/person.entity';
import { ServiceRole } from './staff-assessment.entity';

@ObjectType({ description: 'One inspection a person served on, and how (a line of their service history).' })
export class StaffServiceEntry {
  @Field(() => ServiceRole, { description: 'Member of its staff, or its leader by grant.' })
  role!: ServiceRole;

  @Field(() => Int, { description: 'The staffing (AssignmentMember) or the grant (LeaderGrant) the line comes from.' })
  recordId!: number;

  @Field(() => Int, { description: 'The inspection.' })
  assignmentId!: number;

  @Field(() => Int, { description: 'The inspection team.' })
  teamId!: number;

  @Field(() => Stage, { description: 'Where the inspection stands now.' })
  stage!: Stage;

  @Field({ description: "First day of the service (YYYY-MM-DD): the inspection's planned first day on site, or the grant's first day." })
  fromDay!: string;

  @Field({ description: "Last day of the service (YYYY-MM-DD): the inspection's planned last day on site, or the grant's last day." })
  untilDay!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Day the service ended early (YYYY-MM-DD): the person was taken off the inspection, or the grant was revoked; null otherwise.',
  })
  endedEarlyOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Day the inspection closed (YYYY-MM-DD); null while it is open.' })
  closedOn!: string | null;
}

/** Whether the caller has a rule to review the service of people other than themselves. */
function reviewsOthers(ctx: RequestContext): boolean {
  return (['AssignmentMember', 'LeaderGrant'] as const).some((subject) =>
    ctx.ability.rulesFor('review', subject).some((rule) => !rule.inverted && rule.reason !== OWN_RECORDS),
  );
}

interface Row {
  serviceRole: ServiceRole;
  recordId: number | string;
  assignmentId: number | string;
  teamId: number | string;
  stage: Stage;
  fromDay: string;
  untilDay: string;
  endedEarlyOn: string | null;
  closedOn: string | null;
}

const COLUMNS = ['serviceRole', 'recordId', 'assignmentId', 'teamId', 'stage', 'fromDay', 'untilDay', 'endedEarlyOn', 'closedOn'];

/** The lines as one statement's text and parameters: the staffing and the grants the caller may review. */
function lines(ctx: RequestContext, personId: number): { sql: string; params: Record<string, unknown> } {
  const removable = ctx.db.getMetadata(AssignmentMember).findColumnWithPropertyName('removedOn');
  const part = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entity: new () => T, alias: string) => {
    const predicate = scopePredicate(ctx, qb as SelectQueryBuilder<ObjectLiteral>, entity, alias, 'review');
    return qb
      .innerJoin(Assignment, `${alias}_a`, `${alias}_a.id = ${alias}.assignmentId`)
      .where(predicate.sql, predicate.params)
      .andWhere(`${alias}.personId = :servicePerson`, { servicePerson: personId })
      .addSelect(`${alias}.id`, 'recordId')
      .addSelect(`${alias}.assignmentId`, 'assignmentId')
      .addSelect(`${alias}_a.teamId`, 'teamId')
      .addSelect(`${alias}_a.stage`, 'stage')
      .addSelect(`${alias}_a.closedOn`, 'closedOn');
  };
  const members = part(ctx.db.createQueryBuilder(AssignmentMember, 's').select("'MEMBER'", 'serviceRole'), AssignmentMember, 's')
    .addSelect('s_a.startsOn', 'fromDay')
    .addSelect('s_a.endsOn', 'untilDay')
    .addSelect(removable ? 's.removedOn' : 'NULL', 'endedEarlyOn');
  const grants = part(ctx.db.createQueryBuilder(LeaderGrant, 'g').select("'LEADER'", 'serviceRole'), LeaderGrant, 'g')
    .andWhere('g.assignmentId IS NOT NULL')
    .addSelect('g.validFrom', 'fromDay')
    .addSelect('g.validUntil', 'untilDay')
    .addSelect('g.revokedOn', 'endedEarlyOn');
  // Each part's columns named in one order: the query builder orders a part's own columns before its join's.
  const columns = (alias: string) => COLUMNS.map((c) => `${alias}.${c}`).join(', ');
  return {
    sql: `SELECT ${columns('m')} FROM (${members.getQuery()}) m UNION ALL SELECT ${columns('l')} FROM (${grants.getQuery()}) l`,
    params: { ...members.getParameters(), ...grants.getParameters() },
  };
}

/**
 * The person's service history, newest first, as the caller may see it. NOT_FOUND for a person the
 * caller may not read, or whose service is not theirs to review.
 */
export async function staffService(ctx: RequestContext, personId: number, page?: PageInput): Promise<ListResult<StaffServiceEntry>> {
  await findScoped(ctx, Person, personId);
  if (personId !== ctx.caller?.personId && !reviewsOthers(ctx)) throw notFound('Person', personId);
  const { sql, params } = lines(ctx, personId);
  const skip = page?.skip ?? 0;
  const take = page?.take ?? DEFAULT_PAGE_SIZE;
  const rows: Row[] = await ctx.db
    .createQueryBuilder()
    .select('h.*')
    .from(`(${sql})`, 'h')
    .setParameters(params)
    .orderBy('h.fromDay', 'DESC')
    .addOrderBy('h.serviceRole', 'ASC')
    .addOrderBy('h.recordId', 'DESC')
    .offset(skip)
    .limit(take)
    .getRawMany();
  let counted: Promise<number> | undefined;
  return {
    items: rows.map(({ serviceRole, ...row }) => ({
      ...row,
      role: serviceRole,
      recordId: Number(row.recordId),
      assignmentId: Number(row.assignmentId),
      teamId: Number(row.teamId),
    })),
    get totalCount() {
      return (counted ??= ctx.db
        .createQueryBuilder()
        .select('COUNT(*)', 'n')
        .from(`(${sql})`, 'h')
        .setParameters(params)
        .getRawOne()
        .then((row: { n: number | string }) => Number(row.n)));
    },
  };
}
