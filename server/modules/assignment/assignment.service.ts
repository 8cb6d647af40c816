import { randomBytes } from 'node:crypto';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { pathRange } from '../../scope/paths';
import { refusedBy, write, type WriteTransaction } from '../../write/write-service';
import { today } from '../common/record';
import { givenOnly, optionalText, refuseNulls, requiredText } from '../common/text';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { Person } from '../person/person.entity';
import { PoolEntry } from '../pool/pool-entry.entity';
import { Round, RoundStatus, RoundTarget } from '../round/round.entity';
import { Assignment, AssignmentMember } from './assignment.entity';
import type {
  AppointLeaderInput,
  AssignmentFilter,
  CreateAssignmentInput,
  StaffAssignmentInput,
  UpdateAssignmentInput,
} from './assignment.inputs';
import { currentTeamMemberships } from './candidates';
import { recusalGroundMessages } from './recusal';
import { nextStage, Stage } from './stage';
import { unmetConditionMessages } from './stage-conditions';
import { followsUpChange, checkFollowsUp } from './follow-up';

/** The list filter, shared by the list and its summary so both count the same rows. */
export function applyAssignmentFilter(qb: SelectQueryBuilder<Assignment>, f: AssignmentFilter): void {
  if (f.roundId !== undefined) qb.andWhere('record.roundId = :roundId', { roundId: f.roundId });
  if (f.teamId !== undefined) qb.andWhere('record.teamId = :teamId', { teamId: f.teamId });
  if (f.targetId !== undefined) qb.andWhere('record.targetId = :targetId', { targetId: f.targetId });
  if (f.stages?.length) qb.andWhere('record.stage IN (:...stages)', { stages: f.stages });
  if (f.followsUpId !== undefined) qb.andWhere('record.followsUpId = :followsUpId', { followsUpId: f.followsUpId });
  if (f.isFollowUp !== undefined && f.isFollowUp !== null) {
    qb.andWhere(f.isFollowUp ? 'record.followsUpId IS NOT NULL' : 'record.followsUpId IS NULL');
  }
}

function assertPeriod(from: string, until: string, field: string): void {
  if (until < from) throw badInput(field, 'input.notBefore', { day: from });
}

/** The inspection, open: closed inspections are finished and change no more. */
export async function openAssignment(
  tx: WriteTransaction,
  id: number,
  action: Parameters<WriteTransaction['load']>[2],
): Promise<Assignment> {
  const assignment = await tx.load(Assignment, id, action);
  if (assignment.stage === Stage.CLOSED) throw badInput('assignmentId', 'assignment.closed', { id: assignment.id });
  return assignment;
}

export function createAssignment(ctx: RequestContext, input: CreateAssignmentInput): Promise<Assignment> {
  return write(ctx, async (tx) => {
    const round = await tx.reference(Round, input.roundId);
    if (round.status !== RoundStatus.APPROVED) {
      throw badInput('roundId', 'round.notApproved', { id: round.id });
    }
    const team = await tx.reference(Body, input.teamId);
    const [low, high] = pathRange(round.scopePath);
    if (team.kind !== BodyKind.INSPECTION_TEAM || !(team.scopePath >= low && team.scopePath < high)) {
      throw badInput('teamId', 'assignment.teamNotOfGroup', { id: team.id });
    }
    const target = await tx.reference(Body, input.targetId);
    if (!(await tx.manager.findOneBy(RoundTarget, { roundId: round.id, bodyId: target.id }))) {
      throw badInput('targetId', 'assignment.targetNotInPlan', { plan: round.id, body: target.id });
    }
    assertPeriod(input.startsOn, input.endsOn, 'endsOn');
    const earlier = input.followsUpId ? await checkFollowsUp(tx, input.followsUpId, { targetId: target.id }) : null;
    const values = {
      roundId: round.id,
      teamId: team.id,
      targetId: target.id,
      stage: Stage.PREPARATION,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      workPlan: requiredText('workPlan', input.workPlan),
      noticeSentOn: null,
      contactChannels: '',
      intakeToken: randomBytes(24).toString('base64url'),
      closedOn: null,
      followsUpId: earlier?.id ?? null,
      scopePath: team.scopePath,
      targetPath: target.scopePath,
    };
    tx.assertAllowed('create', Assignment, values);
    return tx.insert(Assignment, values);
  });
}

export function updateAssignment(ctx: RequestContext, input: UpdateAssignmentInput): Promise<Assignment> {
  return write(ctx, async (tx) => {
    refuseNulls(input, ['followsUpId']);
    const assignment = await openAssignment(tx, input.id, 'update');
    const followsUpId = await followsUpChange(tx, assignment, input.followsUpId);
    const changes = givenOnly<Partial<Assignment>>({
      followsUpId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      workPlan: optionalText('workPlan', input.workPlan),
      noticeSentOn: input.noticeSentOn,
      contactChannels: input.contactChannels?.trim(),
    });
    assertPeriod(changes.startsOn ?? assignment.startsOn, changes.endsOn ?? assignment.endsOn, 'endsOn');
    return tx.update(Assignment, assignment, input.version, changes);
  });
}

/** Whether the person holds an approved membership of the team, in force today. */
async function isCurrentTeamMember(tx: WriteTransaction, personId: number, teamId: number): Promise<boolean> {
  return currentTeamMemberships(tx.manager, teamId).andWhere('m.personId = :personId', { personId }).getExists();
}

export function staffAssignment(ctx: RequestContext, input: StaffAssignmentInput): Promise<AssignmentMember> {
  return write(ctx, async (tx) =>
    staffPerson(tx, await openAssignment(tx, input.assignmentId, 'staff'), input.personId, input.recusalException),
  );
}

/**
 * Staffs the person on the open inspection the caller may staff, with every check of staffing (also
 * for replaceStaff, in its transaction). Someone once taken off is staffed again on their own row.
 */
export async function staffPerson(
  tx: WriteTransaction,
  assignment: Assignment,
  personId: number,
  recusalException: string | undefined,
): Promise<AssignmentMember> {
  const person = await tx.reference(Person, personId);
  if (person.retiredOn) throw badInput('personId', 'person.left', { id: person.id });
  if (person.id === tx.ctx.caller!.personId) throw refusedBy('no-self-dealing', 'staff', 'Assignment');
  if (!(await isCurrentTeamMember(tx, person.id, assignment.teamId))) throw refusedBy('team-roster-only', 'staff', 'Assignment');
  const earlier = await tx.manager.findOneBy(AssignmentMember, { assignmentId: assignment.id, personId: person.id });
  if (earlier && earlier.removedOn === null) {
    throw badInput('personId', 'assignment.alreadyStaffed', { person: person.id, assignment: assignment.id });
  }
  const target = await tx.manager.findOneByOrFail(Body, { id: assignment.targetId });
  const grounds = await recusalGroundMessages(tx.manager, person.id, target);
  if (grounds.length > 0 && !recusalException?.trim()) {
    throw badInput('personId', 'assignment.mustRecuse', { name: person.name, grounds });
  }
  const exception = grounds.length > 0 ? recusalException!.trim() : null;
  if (earlier) {
    const again = { removedOn: null, removedReason: null, removedById: null, recusalException: exception };
    return tx.update(AssignmentMember, earlier, earlier.version, again, 'staff');
  }
  return tx.insert(AssignmentMember, {
    assignmentId: assignment.id,
    personId: person.id,
    recusalException: exception,
    removedOn: null,
    removedReason: null,
    removedById: null,
    scopePath: assignment.scopePath,
  });
}

export function appointLeader(ctx: RequestContext, input: AppointLeaderInput): Promise<LeaderGrant> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'appoint');
    const round = await tx.manager.findOneByOrFail(Round, { id: assignment.roundId });
    const entry = await tx.reference(PoolEntry, input.poolEntryId);
    if (entry.personId === ctx.caller!.personId) throw refusedBy('no-self-dealing', 'appoint', 'Assignment');
    if (entry.leadingGroupId !== round.leadingGroupId || entry.retiredOn) {
      throw badInput('poolEntryId', 'assignment.poolEntryNotCurrent', { id: entry.id });
    }
    assertPeriod(input.validFrom, input.validUntil, 'validUntil');
    const current = await tx.manager
      .createQueryBuilder(LeaderGrant, 'g')
      .where('g.assignmentId = :id AND g.revokedOn IS NULL AND g.validUntil >= :day', { id: assignment.id, day: today() })
      .getOne();
    if (current) throw badInput('assignmentId', 'assignment.hasLeader', { assignment: assignment.id, grant: current.id });
    const target = await tx.manager.findOneByOrFail(Body, { id: assignment.targetId });
    const grounds = await recusalGroundMessages(tx.manager, entry.personId, target);
    if (grounds.length > 0) throw badInput('poolEntryId', 'assignment.leaderMustRecuse', { grounds });
    return tx.insert(LeaderGrant, {
      personId: entry.personId,
      teamId: assignment.teamId,
      assignmentId: assignment.id,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      revokedOn: null,
      revokedReason: null,
      revokedById: null,
      scopePath: assignment.scopePath,
    });
  });
}

/**
 * Records the notice as sent to the target today: the same change as writing the day into the
 * inspection, under the same rules, kept in the trail as its own step.
 */
export function sendAssignmentNotice(ctx: RequestContext, input: { id: number; version: number }): Promise<Assignment> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.id, 'update');
    if (assignment.noticeSentOn) {
      throw badInput('noticeSentOn', 'assignment.noticeAlreadySent', { id: assignment.id, on: assignment.noticeSentOn });
    }
    return tx.update(Assignment, assignment, input.version, { noticeSentOn: today() }, 'send-notice');
  });
}

/** Moves an inspection to its next stage once every condition for it holds; says which do not. */
export function advanceAssignment(ctx: RequestContext, input: { id: number; version: number }): Promise<Assignment> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.id, 'advance');
    const next = nextStage(assignment.stage)!;
    const unmet = await unmetConditionMessages(tx.manager, assignment, next);
    if (unmet.length > 0) throw badInput('stage', 'stage.unmet', { stage: next, conditions: unmet });
    const changes: Partial<Assignment> = { stage: next, ...(next === Stage.CLOSED ? { closedOn: today() } : {}) };
    return tx.update(Assignment, assignment, input.version, changes, `advance:${next}`);
  });
}
