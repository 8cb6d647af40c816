import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { pathRange } from '../../scope/paths';
import { write, type WriteTransaction } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { whereInstantOnDays, whereTextHas } from '../common/record-search';
import { today } from '../common/record';
import { givenOnly, optionalText, refuseNulls, requiredText } from '../common/text';
import { Assignment } from '../assignment/assignment.entity';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { Person } from '../person/person.entity';
import { Round } from '../round/round.entity';
import { WorkMethod } from '../activity/activity.entity';
import { Talk } from '../talk/talk.entity';
import { Finding } from './finding.entity';
import { Decision, FindingStatus, SUB_KINDS } from './finding.enums';
import type {
  ConcludeFindingInput,
  CreateFindingInput,
  FindingDecisionInput,
  FindingFilter,
  TransferFindingInput,
  UpdateFindingInput,
} from './finding.inputs';
import { committeeOf, routeFinding } from './routing';

const FIELDWORK_STAGES = [Stage.INQUIRY, Stage.REPORTING];

/** The list filter, shared by the list and its summary so both count the same rows. */
export function applyFindingFilter(qb: SelectQueryBuilder<Finding>, f: FindingFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.categories?.length) qb.andWhere('record.category IN (:...categories)', { categories: f.categories });
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.urgent !== undefined && f.urgent !== null) qb.andWhere('record.urgent = :urgent', { urgent: f.urgent ? 1 : 0 });
  if (f.targetId !== undefined && f.targetId !== null) qb.andWhere('record.targetId = :targetId', { targetId: f.targetId });
  if (f.severities?.length) qb.andWhere('record.severity IN (:...severities)', { severities: f.severities });
  whereTextHas(qb, ['evidenceSummary', 'decisionNote', 'outcome'], f.q);
  whereInstantOnDays(qb, 'createdAt', f);
}

export function createFinding(ctx: RequestContext, input: CreateFindingInput): Promise<Finding> {
  return write(ctx, (tx) => recordFinding(tx, input));
}

/** Records a finding within a caller's transaction (a talk raises one from what was said in it). */
export async function recordFinding(tx: WriteTransaction, input: CreateFindingInput): Promise<Finding> {
  const assignment = await openAssignment(tx, input.assignmentId, 'read');
  if (!FIELDWORK_STAGES.includes(assignment.stage)) throw badInput('assignmentId', 'finding.onlyDuringFieldwork');
  if (!SUB_KINDS[input.category].includes(input.subKind)) {
    throw badInput('subKind', 'finding.subKindMismatch', { allowed: [...SUB_KINDS[input.category]], category: input.category });
  }
  if (input.subjectPersonId !== undefined && input.subjectPersonId !== null) {
    // The same answer whether the person is unknown or works elsewhere: the team learns nothing beyond its target.
    const [low, high] = pathRange(assignment.targetPath);
    const subject = await tx.manager.findOneBy(Person, { id: input.subjectPersonId });
    if (!subject || !(subject.scopePath >= low && subject.scopePath < high)) {
      throw badInput('subjectPersonId', 'finding.subjectNotCadre', { id: input.subjectPersonId });
    }
  }
  if (input.sourceTalkId !== undefined && input.sourceTalkId !== null) {
    const talk = await tx.reference(Talk, input.sourceTalkId);
    if (talk.assignmentId !== assignment.id) throw badInput('sourceTalkId', 'talk.notOfInspection', { id: talk.id });
    if (input.sourceMethod !== WorkMethod.INDIVIDUAL_TALK) throw badInput('sourceMethod', 'finding.talkIsIndividualTalk');
  }
  const values = {
    assignmentId: assignment.id,
    targetId: assignment.targetId,
    targetPath: assignment.targetPath,
    subjectPersonId: input.subjectPersonId ?? null,
    category: input.category,
    subKind: input.subKind,
    sourceMethod: input.sourceMethod,
    severity: input.severity,
    evidenceSummary: requiredText('evidenceSummary', input.evidenceSummary),
    urgent: false,
    urgentOn: null,
    status: FindingStatus.RECORDED,
    decision: null,
    decisionNote: null,
    decidedOn: null,
    transferredToId: null,
    transferredToPath: '',
    routingOverride: null,
    transferredOn: null,
    outcome: null,
    outcomeOn: null,
    sourceTalkId: input.sourceTalkId ?? null,
    scopePath: assignment.scopePath,
  };
  tx.assertAllowed('create', Finding, values);
  return tx.insert(Finding, values);
}

async function fieldworkFinding(tx: WriteTransaction, id: number, action: 'update' | 'escalate'): Promise<Finding> {
  const finding = await tx.load(Finding, id, action);
  const assignment = await tx.manager.findOneByOrFail(Assignment, { id: finding.assignmentId });
  if (!FIELDWORK_STAGES.includes(assignment.stage) || finding.status !== FindingStatus.RECORDED) {
    throw badInput('id', 'finding.lockedForTeam', { id: finding.id });
  }
  return finding;
}

export function updateFinding(ctx: RequestContext, input: UpdateFindingInput): Promise<Finding> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const finding = await fieldworkFinding(tx, input.id, 'update');
    const changes = givenOnly<Partial<Finding>>({
      severity: input.severity,
      evidenceSummary: optionalText('evidenceSummary', input.evidenceSummary),
    });
    return tx.update(Finding, finding, input.version, changes);
  });
}

/** Flags a finding for the leading group at once: it enters their urgent queue before any report. */
export function escalateFinding(ctx: RequestContext, input: { id: number; version: number }): Promise<Finding> {
  return write(ctx, async (tx) => {
    const finding = await fieldworkFinding(tx, input.id, 'escalate');
    if (finding.urgent) throw badInput('id', 'finding.alreadyUrgent', { id: finding.id });
    return tx.update(Finding, finding, input.version, { urgent: true, urgentOn: today() }, 'escalate');
  });
}

/** The leading group's decision on one finding, within a caller's transaction (a hearing decides many at once). */
export async function decide(tx: WriteTransaction, input: FindingDecisionInput): Promise<Finding> {
  const finding = await tx.load(Finding, input.id, 'decide');
  if (finding.status !== FindingStatus.RECORDED && finding.status !== FindingStatus.DECIDED) {
    throw badInput('id', 'finding.alreadyTransferred', { id: finding.id });
  }
  return tx.update(
    Finding,
    finding,
    input.version,
    { decision: input.decision, decisionNote: requiredText('note', input.note), decidedOn: today(), status: FindingStatus.DECIDED },
    'decide',
  );
}

export function decideFinding(ctx: RequestContext, input: FindingDecisionInput): Promise<Finding> {
  return write(ctx, (tx) => decide(tx, input));
}

const RECEIVING_KINDS = [BodyKind.DISCIPLINE_COMMISSION, BodyKind.ORGANISATION_DEPARTMENT, BodyKind.FUNCTIONAL_DEPARTMENT];

export function transferFinding(ctx: RequestContext, input: TransferFindingInput): Promise<Finding> {
  return write(ctx, async (tx) => {
    const finding = await tx.load(Finding, input.id, 'transfer');
    const assignment = await tx.manager.findOneByOrFail(Assignment, { id: finding.assignmentId });
    if (assignment.stage !== Stage.TRANSFER) throw badInput('id', 'finding.transferOnlyInTransfer');
    if (finding.decision !== Decision.TRANSFER || finding.status !== FindingStatus.DECIDED) {
      throw badInput('id', 'finding.notDecidedForTransfer', { id: finding.id });
    }
    let recipient: Body | null;
    let override: string | null = null;
    if (input.overrideRecipientId) {
      if (!input.overrideReason?.trim()) throw badInput('overrideReason', 'finding.overrideNeedsReason');
      recipient = await tx.reference(Body, input.overrideRecipientId);
      if (!RECEIVING_KINDS.includes(recipient.kind)) {
        throw badInput('overrideRecipientId', 'finding.notReceivingBody', { id: recipient.id });
      }
      override = input.overrideReason.trim();
    } else {
      const round = await tx.manager.findOneByOrFail(Round, { id: assignment.roundId });
      const group = await tx.manager.findOneByOrFail(Body, { id: round.leadingGroupId });
      const inspecting = (await committeeOf(tx.manager, group))!;
      const subject = finding.subjectPersonId ? await tx.manager.findOneByOrFail(Person, { id: finding.subjectPersonId }) : null;
      const managing = subject ? await tx.manager.findOneByOrFail(Body, { id: subject.managedById }) : null;
      recipient = await routeFinding(tx.manager, finding.category, managing, inspecting);
      if (!recipient) throw badInput('id', 'finding.noRecipient');
    }
    return tx.update(
      Finding,
      finding,
      input.version,
      {
        transferredToId: recipient.id,
        transferredToPath: recipient.scopePath,
        transferredOn: today(),
        routingOverride: override,
        status: FindingStatus.TRANSFERRED,
      },
      'transfer',
    );
  });
}

/** Only the receiving department decides a case's outcome; teams do not investigate cases. */
export function concludeFinding(ctx: RequestContext, input: ConcludeFindingInput): Promise<Finding> {
  return write(ctx, async (tx) => {
    const finding = await tx.load(Finding, input.id, 'conclude');
    if (finding.status !== FindingStatus.TRANSFERRED) throw badInput('id', 'finding.notAwaitingOutcome', { id: finding.id });
    return tx.update(
      Finding,
      finding,
      input.version,
      { outcome: requiredText('outcome', input.outcome), outcomeOn: today(), status: FindingStatus.CONCLUDED },
      'conclude',
    );
  });
}
