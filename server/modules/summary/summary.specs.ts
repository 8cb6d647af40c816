/** What each summarised record type can be grouped by, joined to, and averaged over. */
import type { SelectQueryBuilder } from 'typeorm';
import { today } from '../common/record';
import { Assignment } from '../assignment/assignment.entity';
import type { AssignmentFilter } from '../assignment/assignment.inputs';
import { applyAssignmentFilter } from '../assignment/assignment.resolver';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';
import type { FindingFilter } from '../finding/finding.inputs';
import { applyFindingFilter } from '../finding/finding.resolver';
import { RectificationItem, RectificationStatus } from '../rectification/rectification-item.entity';
import type { RectificationItemFilter } from '../rectification/rectification.inputs';
import { applyRectificationFilter } from '../rectification/rectification.resolver';
import { overdueCondition } from '../rectification/rectification.service';
import type { SummarySpec } from './summary.service';
import { AssignmentDimension, FindingDimension, RectificationDimension, RectificationState } from './summary.types';

type ViaAssignment = 'assignment' | 'target';

const joinAssignment = <T extends Finding | RectificationItem>(qb: SelectQueryBuilder<T>) =>
  qb.leftJoin(Assignment, 'assignment', 'assignment.id = record.assignmentId');

export const FINDINGS: SummarySpec<Finding, FindingFilter, FindingDimension, ViaAssignment> = {
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

export const RECTIFICATION: SummarySpec<RectificationItem, RectificationItemFilter, RectificationDimension, ViaAssignment> = {
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

export const ASSIGNMENTS: SummarySpec<Assignment, AssignmentFilter, AssignmentDimension, 'target'> = {
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
