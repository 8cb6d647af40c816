import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { write, type WriteTransaction } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { today } from '../common/record';
import { whereDayBetween, whereInspectionTarget, whereTextHas } from '../common/record-search';
import { givenOnly, optionalText, refuseNulls, requiredText } from '../common/text';
import { WorkMethod } from '../activity/activity.entity';
import { Assignment, AssignmentMember } from '../assignment/assignment.entity';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import type { Finding } from '../finding/finding.entity';
import { recordFinding } from '../finding/finding.service';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { Talk, TalkInterviewee } from './talk.entity';
import type { CreateTalkInput, RaiseFindingFromTalkInput, TalkFilter, UpdateTalkInput } from './talk.inputs';

/** The list filter, on the scoped query whose alias is `record`. */
export function applyTalkFilter(qb: SelectQueryBuilder<Talk>, f: TalkFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.categories?.length) qb.andWhere('record.intervieweeCategory IN (:...categories)', { categories: f.categories });
  whereInspectionTarget(qb, f.targetId);
  whereTextHas(qb, ['intervieweePost', 'matters'], f.q);
  whereDayBetween(qb, 'heldOn', f);
}

function heldBy(day: string): string {
  if (day > today()) throw badInput('heldOn', 'input.notAfterToday', { day: today() });
  return day;
}

/**
 * The people who held a talk: each staffed on the inspection, or its leader by a grant in force on
 * the day of the talk. Given twice, a person counts once.
 */
async function checkedTalkers(tx: WriteTransaction, assignment: Assignment, talkerIds: number[], heldOn: string): Promise<number[]> {
  const ids = [...new Set(talkerIds)].sort((a, b) => a - b);
  const staffed = await tx.manager
    .createQueryBuilder(AssignmentMember, 'm')
    .select('m.personId', 'personId')
    .where('m.assignmentId = :assignment AND m.personId IN (:...ids)', { assignment: assignment.id, ids })
    // Not one taken off the inspection by the day of the talk.
    .andWhere('(m.removedOn IS NULL OR m.removedOn > :day)', { day: heldOn })
    .getRawMany<{ personId: number | string }>();
  const leading = await tx.manager
    .createQueryBuilder(LeaderGrant, 'g')
    .select('g.personId', 'personId')
    .where('g.assignmentId = :assignment AND g.personId IN (:...ids)', { assignment: assignment.id, ids })
    .andWhere('g.revokedOn IS NULL AND g.validFrom <= :day AND g.validUntil >= :day', { day: heldOn })
    .getRawMany<{ personId: number | string }>();
  const allowed = new Set([...staffed, ...leading].map((row) => Number(row.personId)));
  const stranger = ids.find((id) => !allowed.has(id));
  if (stranger !== undefined) throw badInput('talkerIds', 'talk.talkerNotStaffed', { id: stranger });
  return ids;
}

export function createTalk(ctx: RequestContext, input: CreateTalkInput): Promise<Talk> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (assignment.stage !== Stage.INQUIRY) throw badInput('assignmentId', 'talk.onlyDuringInquiry');
    const scope = { assignmentId: assignment.id, scopePath: assignment.scopePath };
    tx.assertAllowed('create', Talk, scope);
    // Writing down who was talked to is a permission of its own, as an informant's identity is.
    tx.assertAllowed('create', TalkInterviewee, scope);
    const heldOn = heldBy(input.heldOn);
    const talk = await tx.insert(Talk, {
      ...scope,
      heldOn,
      talkerIds: await checkedTalkers(tx, assignment, input.talkerIds, heldOn),
      intervieweePost: requiredText('intervieweePost', input.intervieweePost),
      intervieweeCategory: input.intervieweeCategory,
      matters: requiredText('matters', input.matters),
    });
    await tx.insert(TalkInterviewee, {
      talkId: talk.id,
      assignmentId: assignment.id,
      name: requiredText('interviewee.name', input.interviewee.name),
      contact: (input.interviewee.contact ?? '').trim(),
      scopePath: assignment.scopePath,
    });
    return talk;
  });
}

export function updateTalk(ctx: RequestContext, input: UpdateTalkInput): Promise<Talk> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const talk = await tx.load(Talk, input.id, 'update');
    const assignment = await openAssignment(tx, talk.assignmentId, 'read');
    const heldOn = input.heldOn === undefined ? talk.heldOn : heldBy(input.heldOn);
    const changes = givenOnly<Partial<Talk>>({
      heldOn: input.heldOn === undefined ? undefined : heldOn,
      // The talkers are checked again when they or the day change: the leader's grant is by day.
      talkerIds:
        input.talkerIds === undefined && input.heldOn === undefined
          ? undefined
          : await checkedTalkers(tx, assignment, input.talkerIds ?? talk.talkerIds, heldOn),
      intervieweePost: optionalText('intervieweePost', input.intervieweePost),
      intervieweeCategory: input.intervieweeCategory,
      matters: optionalText('matters', input.matters),
    });
    return tx.update(Talk, talk, input.version, changes);
  });
}

/** A finding whose source is the talk: of the same inspection, by the method of individual talks. */
export function raiseFindingFromTalk(ctx: RequestContext, input: RaiseFindingFromTalkInput): Promise<Finding> {
  // The finding's own details (FindingDetailsInput) pass as they are; the talk supplies the rest.
  const { talkId, evidenceSummary, ...details } = input;
  return write(ctx, async (tx) => {
    const talk = await tx.reference(Talk, talkId);
    return recordFinding(tx, {
      ...details,
      assignmentId: talk.assignmentId,
      sourceMethod: WorkMethod.INDIVIDUAL_TALK,
      evidenceSummary: evidenceSummary ?? talk.matters,
      sourceTalkId: talk.id,
    });
  });
}
