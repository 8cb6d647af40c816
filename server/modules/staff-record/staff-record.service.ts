import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { AppError, badInput } from '../../errors';
import { applyIdsFilter } from '../../graphql/list';
import { MembershipRole, MembershipStatus } from '../../permissions/membership-role';
import { pathRange } from '../../scope/paths';
import { scopedQuery } from '../../scope/scoped-query';
import { write } from '../../write/write-service';
import type { RetireInput } from '../common/inputs';
import { today } from '../common/record';
import { givenOnly, refuseNulls, requiredText } from '../common/text';
import { Assignment, AssignmentMember } from '../assignment/assignment.entity';
import { Stage, STAGE_ORDER } from '../assignment/stage';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { Membership } from '../membership/membership.entity';
import { Person } from '../person/person.entity';
import { PoolEntry } from '../pool/pool-entry.entity';
import { ServiceRole, StaffAssessment } from './staff-assessment.entity';
import { TrainingRecord } from './training-record.entity';
import type {
  CreateStaffAssessmentInput,
  CreateTrainingRecordInput,
  StaffAssessmentFilter,
  TrainingRecordFilter,
  UpdateStaffAssessmentInput,
  UpdateTrainingRecordInput,
} from './staff-record.inputs';

/** The training records the caller may see that `filter` selects, under the alias `record`. */
export function trainingRecordsMatching(ctx: RequestContext, filter: TrainingRecordFilter): SelectQueryBuilder<TrainingRecord> {
  const qb = scopedQuery(ctx, TrainingRecord, 'record');
  applyIdsFilter(qb, filter);
  if (!filter.includeRetired) qb.andWhere('record.retiredOn IS NULL');
  if (filter.personId !== undefined) qb.andWhere('record.personId = :personId', { personId: filter.personId });
  if (filter.leadingGroupId !== undefined) qb.andWhere('record.leadingGroupId = :lg', { lg: filter.leadingGroupId });
  return qb;
}

/** The assessments the caller may see that `filter` selects, under the alias `record`. */
export function staffAssessmentsMatching(ctx: RequestContext, filter: StaffAssessmentFilter): SelectQueryBuilder<StaffAssessment> {
  const qb = scopedQuery(ctx, StaffAssessment, 'record');
  applyIdsFilter(qb, filter);
  if (filter.personId !== undefined) qb.andWhere('record.personId = :personId', { personId: filter.personId });
  if (filter.assignmentId !== undefined) qb.andWhere('record.assignmentId = :assignmentId', { assignmentId: filter.assignmentId });
  if (filter.grades?.length) qb.andWhere('record.grade IN (:...grades)', { grades: filter.grades });
  return qb;
}

function assertPeriod(from: string, until: string): void {
  if (until < from) throw badInput('endsOn', 'input.notBefore', { day: from });
}

/**
 * Whether the person is among the inspection staff of the leading group: ever an approved member of
 * one of its teams, or ever in its team-leader pool.
 */
async function isStaffOf(manager: EntityManager, personId: number, group: Body): Promise<boolean> {
  const [low, high] = pathRange(group.scopePath);
  const onTeam = await manager
    .createQueryBuilder(Membership, 'm')
    .innerJoin(Body, 'b', 'b.id = m.bodyId')
    .where('m.personId = :personId AND m.role = :role AND m.status = :status', {
      personId,
      role: MembershipRole.TEAM_MEMBER,
      status: MembershipStatus.APPROVED,
    })
    .andWhere('b.kind = :kind AND b.scopePath >= :low AND b.scopePath < :high', { kind: BodyKind.INSPECTION_TEAM, low, high })
    .getExists();
  return onTeam || (await manager.existsBy(PoolEntry, { personId, leadingGroupId: group.id }));
}

export function createTrainingRecord(ctx: RequestContext, input: CreateTrainingRecordInput): Promise<TrainingRecord> {
  return write(ctx, async (tx) => {
    const group = await tx.reference(Body, input.leadingGroupId);
    if (group.kind !== BodyKind.LEADING_GROUP) throw badInput('leadingGroupId', 'body.notLeadingGroup', { id: group.id });
    const person = await tx.reference(Person, input.personId);
    if (!(await isStaffOf(tx.manager, person.id, group))) throw badInput('personId', 'staffRecord.notStaff', { id: person.id });
    assertPeriod(input.startsOn, input.endsOn);
    const values = {
      personId: person.id,
      leadingGroupId: group.id,
      title: requiredText('title', input.title),
      provider: (input.provider ?? '').trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      hours: input.hours,
      result: (input.result ?? '').trim(),
      retiredOn: null,
      scopePath: group.scopePath,
    };
    tx.assertAllowed('create', TrainingRecord, values);
    return tx.insert(TrainingRecord, values);
  });
}

export function updateTrainingRecord(ctx: RequestContext, input: UpdateTrainingRecordInput): Promise<TrainingRecord> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const record = await tx.load(TrainingRecord, input.id, 'update');
    if (record.retiredOn) throw badInput('id', 'staffRecord.trainingRetired', { id: record.id });
    const changes = givenOnly<Partial<TrainingRecord>>({
      title: input.title === undefined ? undefined : requiredText('title', input.title),
      provider: input.provider?.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      hours: input.hours,
      result: input.result?.trim(),
    });
    assertPeriod(changes.startsOn ?? record.startsOn, changes.endsOn ?? record.endsOn);
    return tx.update(TrainingRecord, record, input.version, changes);
  });
}

export function retireTrainingRecord(ctx: RequestContext, input: RetireInput): Promise<TrainingRecord> {
  return write(ctx, async (tx) => {
    const record = await tx.load(TrainingRecord, input.id, 'retire');
    if (record.retiredOn) throw badInput('id', 'staffRecord.trainingRetired', { id: record.id });
    return tx.update(TrainingRecord, record, input.version, { retiredOn: input.on ?? today() }, 'retire');
  });
}

/** The stages in which an inspection's staff can be assessed: once its team has reported. */
export const ASSESSABLE_STAGES: readonly Stage[] = STAGE_ORDER.slice(STAGE_ORDER.indexOf(Stage.REPORTING));

/** How the person served on the inspection: its leader when they held its grant, else a member of its staff; null if neither. */
async function servedAs(manager: EntityManager, assignmentId: number, personId: number): Promise<ServiceRole | null> {
  const led = await manager
    .createQueryBuilder(LeaderGrant, 'g')
    .where('g.assignmentId = :assignmentId AND g.personId = :personId', { assignmentId, personId })
    // A grant revoked before its first day gave no service.
    .andWhere('(g.revokedOn IS NULL OR g.revokedOn >= g.validFrom)')
    .getExists();
  if (led) return ServiceRole.LEADER;
  return (await manager.existsBy(AssignmentMember, { assignmentId, personId })) ? ServiceRole.MEMBER : null;
}

const DUPLICATE_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE']);
function isDuplicate(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  return DUPLICATE_CODES.has(String(e?.driverError?.code ?? e?.code ?? ''));
}

const alreadyAssessed = (personId: number, assignmentId: number) =>
  badInput('personId', 'staffRecord.alreadyAssessed', { person: personId, assignment: assignmentId });

export function createStaffAssessment(ctx: RequestContext, input: CreateStaffAssessmentInput): Promise<StaffAssessment> {
  return write(ctx, async (tx) => {
    const assignment = await tx.reference(Assignment, input.assignmentId);
    if (!ASSESSABLE_STAGES.includes(assignment.stage)) {
      throw badInput('assignmentId', 'staffRecord.notYetAssessable', { id: assignment.id, stage: assignment.stage });
    }
    const person = await tx.reference(Person, input.personId);
    const role = await servedAs(tx.manager, assignment.id, person.id);
    if (!role) throw badInput('personId', 'staffRecord.didNotServe', { person: person.id, assignment: assignment.id });
    const values = {
      assignmentId: assignment.id,
      personId: person.id,
      servedAs: role,
      grade: input.grade,
      comment: requiredText('comment', input.comment),
      assessedOn: input.assessedOn ?? today(),
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', StaffAssessment, values);
    if (await tx.manager.existsBy(StaffAssessment, { assignmentId: assignment.id, personId: person.id })) {
      throw alreadyAssessed(person.id, assignment.id);
    }
    try {
      return await tx.insert(StaffAssessment, values);
    } catch (error) {
      // Two offices' requests at the same moment: the unique index lets one in.
      if (!(error instanceof AppError) && isDuplicate(error)) throw alreadyAssessed(person.id, assignment.id);
      throw error;
    }
  });
}

export function updateStaffAssessment(ctx: RequestContext, input: UpdateStaffAssessmentInput): Promise<StaffAssessment> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const record = await tx.load(StaffAssessment, input.id, 'update');
    const changes = givenOnly<Partial<StaffAssessment>>({
      grade: input.grade,
      comment: input.comment === undefined ? undefined : requiredText('comment', input.comment),
      assessedOn: input.assessedOn,
    });
    return tx.update(StaffAssessment, record, input.version, changes);
  });
}
