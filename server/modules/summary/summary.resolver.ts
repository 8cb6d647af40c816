import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { today } from '../common/record';
import { Assignment } from '../assignment/assignment.entity';
import { AssignmentFilter } from '../assignment/assignment.inputs';
import { applyAssignmentFilter } from '../assignment/assignment.resolver';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';
import { FindingFilter } from '../finding/finding.inputs';
import { applyFindingFilter } from '../finding/finding.resolver';
import { RectificationItem, RectificationStatus } from '../rectification/rectification-item.entity';
import { RectificationItemFilter } from '../rectification/rectification.inputs';
import { applyRectificationFilter } from '../rectification/rectification.resolver';
import { overdueCondition } from '../rectification/rectification.service';
import { MAX_DIMENSIONS, MAX_GROUPS, summarize, type SummarySpec } from './summary.service';
import { AssignmentDimension, FindingDimension, RectificationDimension, RectificationState, Summary } from './summary.types';

type ViaAssignment = 'assignment' | 'target';

const joinAssignment = <T extends Finding | RectificationItem>(qb: SelectQueryBuilder<T>) =>
  qb.leftJoin(Assignment, 'assignment', 'assignment.id = record.assignmentId');

const FINDINGS: SummarySpec<Finding, FindingFilter, FindingDimension, ViaAssignment> = {
  entity: Finding,
  applyFilter: applyFindingFilter,
  joins: {
    assignment: joinAssignment,
    target: (qb) => qb.leftJoin(Body, 'target', 'target.id = record.targetId'),
  },
  dimensions: {
    CATEGORY: { sql: () => 'record.category' },
    SUB_KIND: { sql: () => 'record.subKind' },
    SEVERITY: { sql: () => 'record.severity' },
    STATUS: { sql: () => 'record.status' },
    URGENT: { sql: () => "CASE WHEN record.urgent = 1 THEN 'true' ELSE 'false' END" },
    TARGET: { sql: () => 'record.targetId' },
    TARGET_LEVEL: { sql: () => 'target.level', joins: ['target'] },
    STAGE: { sql: () => 'assignment.stage', joins: ['assignment'] },
    TEAM: { sql: () => 'assignment.teamId', joins: ['assignment'] },
    ROUND: { sql: () => 'assignment.roundId', joins: ['assignment'] },
    MONTH: { sql: () => 'substr(record.createdAt, 1, 7)' },
  },
  aboutNamedPerson: 'record.subjectPersonId IS NOT NULL',
  duration: { days: (d) => d.daysBetween('record.transferredOn', 'record.createdAt'), over: 'record.transferredOn IS NOT NULL' },
};

/** Days late: up to the day it was closed off, or up to today while it is still open. */
const LATE_UNTIL = 'COALESCE(record.closedOn, :summaryToday)';

const RECTIFICATION: SummarySpec<RectificationItem, RectificationItemFilter, RectificationDimension, ViaAssignment> = {
  entity: RectificationItem,
  applyFilter: applyRectificationFilter,
  joins: {
    assignment: joinAssignment,
    target: (qb) => qb.leftJoin(Body, 'target', 'target.id = assignment.targetId'),
  },
  dimensions: {
    STATE: {
      sql: () =>
        `CASE WHEN record.status = '${RectificationStatus.CLOSED}' THEN '${RectificationState.DONE}' ` +
        `WHEN ${overdueCondition('record').sql} THEN '${RectificationState.OVERDUE}' ELSE '${RectificationState.OPEN}' END`,
      params: () => overdueCondition('record').params,
    },
    STATUS: { sql: () => 'record.status' },
    TARGET: { sql: () => 'assignment.targetId', joins: ['assignment'] },
    TARGET_LEVEL: { sql: () => 'target.level', joins: ['assignment', 'target'] },
    STAGE: { sql: () => 'assignment.stage', joins: ['assignment'] },
    TEAM: { sql: () => 'assignment.teamId', joins: ['assignment'] },
    ROUND: { sql: () => 'assignment.roundId', joins: ['assignment'] },
    MONTH: { sql: () => 'substr(record.deadline, 1, 7)' },
  },
  duration: {
    days: (d) => d.daysBetween(LATE_UNTIL, 'record.deadline'),
    over: `${LATE_UNTIL} > record.deadline`,
    params: () => ({ summaryToday: today() }),
  },
};

const ASSIGNMENTS: SummarySpec<Assignment, AssignmentFilter, AssignmentDimension, 'target'> = {
  entity: Assignment,
  applyFilter: applyAssignmentFilter,
  joins: { target: (qb) => qb.leftJoin(Body, 'target', 'target.id = record.targetId') },
  dimensions: {
    STAGE: { sql: () => 'record.stage' },
    TARGET: { sql: () => 'record.targetId' },
    TARGET_LEVEL: { sql: () => 'target.level', joins: ['target'] },
    TEAM: { sql: () => 'record.teamId' },
    ROUND: { sql: () => 'record.roundId' },
    MONTH: { sql: () => 'substr(record.startsOn, 1, 7)' },
  },
};

const GROUP_BY_DESCRIPTION = `The dimensions to group by (at most ${MAX_DIMENSIONS}); none gives the total alone.`;
const LIMIT_DESCRIPTION = `How many groups to return, largest first (1 to ${MAX_GROUPS}).`;
const COUNTED = 'Counts exactly the records you may list (or, as a committee leader, only count) that match the filter, like the list query of the same name.';

@Resolver()
export class SummaryResolver {
  @Query(() => Summary, { description: `Findings counted by the dimensions asked. ${COUNTED} Averages are days from recording to transfer.` })
  findingSummary(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [FindingDimension], { defaultValue: [], description: GROUP_BY_DESCRIPTION }) groupBy: FindingDimension[],
    @Arg('filter', () => FindingFilter, { nullable: true, description: 'The same filter as `findings`.' }) filter?: FindingFilter,
    @Arg('limit', () => Int, { defaultValue: 100, description: LIMIT_DESCRIPTION }) limit = 100,
  ): Promise<Summary> {
    return summarize(ctx, FINDINGS, groupBy, filter, limit);
  }

  @Query(() => Summary, { description: `Rectification items counted by the dimensions asked. ${COUNTED} Averages are days late.` })
  rectificationSummary(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [RectificationDimension], { defaultValue: [], description: GROUP_BY_DESCRIPTION }) groupBy: RectificationDimension[],
    @Arg('filter', () => RectificationItemFilter, { nullable: true, description: 'The same filter as `rectificationItems`.' })
    filter?: RectificationItemFilter,
    @Arg('limit', () => Int, { defaultValue: 100, description: LIMIT_DESCRIPTION }) limit = 100,
  ): Promise<Summary> {
    return summarize(ctx, RECTIFICATION, groupBy, filter, limit);
  }

  @Query(() => Summary, { description: `Inspections counted by the dimensions asked. ${COUNTED}` })
  assignmentSummary(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [AssignmentDimension], { defaultValue: [], description: GROUP_BY_DESCRIPTION }) groupBy: AssignmentDimension[],
    @Arg('filter', () => AssignmentFilter, { nullable: true, description: 'The same filter as `assignments`.' }) filter?: AssignmentFilter,
    @Arg('limit', () => Int, { defaultValue: 100, description: LIMIT_DESCRIPTION }) limit = 100,
  ): Promise<Summary> {
    return summarize(ctx, ASSIGNMENTS, groupBy, filter, limit);
  }
}
