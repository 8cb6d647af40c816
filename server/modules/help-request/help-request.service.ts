import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { refusedBy, write, type WriteTransaction } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { whereDayBetween, whereInspectionTarget, whereTextHas } from '../common/record-search';
import { isPastDeadline, today } from '../common/record';
import { givenOnly, optionalText, refuseNulls, requiredText } from '../common/text';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { Finding } from '../finding/finding.entity';
import { DeeperInquiry, DeeperInquiryStatus } from '../deeper-inquiry/deeper-inquiry.entity';
import { HelpRequest, HelpRequestStatus } from './help-request.entity';
import type {
  AnswerHelpRequestInput,
  CreateHelpRequestInput,
  DeclineHelpRequestInput,
  HelpRequestFilter,
  UpdateHelpRequestInput,
} from './help-request.inputs';

/** The stages in which a team gathers through the nine methods; asking for help is the ninth. */
const FIELDWORK_STAGES = [Stage.INQUIRY, Stage.REPORTING];

/** The functional departments and professional bodies a team may ask. */
export const ASKABLE_KINDS = [
  BodyKind.DISCIPLINE_COMMISSION,
  BodyKind.ORGANISATION_DEPARTMENT,
  BodyKind.AUDIT_OFFICE,
  BodyKind.PETITION_BUREAU,
  BodyKind.FUNCTIONAL_DEPARTMENT,
];

/** Sent, not answered or declined, and the day an answer was wanted has passed; the same rule in SQL and in memory. */
export const isOverdue = (r: Pick<HelpRequest, 'wantedBy' | 'status'>, day = today()) =>
  r.status === HelpRequestStatus.SENT && isPastDeadline(r.wantedBy, false, day);

export function overdueCondition(alias: string, day = today()): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `(${alias}.status = :helpOverdueSent AND ${alias}.wantedBy < :helpOverdueDay)`,
    params: { helpOverdueSent: HelpRequestStatus.SENT, helpOverdueDay: day },
  };
}

/** The list filter, shared by the list and its export so both hold the same rows. */
export function applyHelpRequestFilter(qb: SelectQueryBuilder<HelpRequest>, f: HelpRequestFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.recipientId !== undefined && f.recipientId !== null)
    qb.andWhere('record.recipientId = :recipientId', { recipientId: f.recipientId });
  if (f.overdue !== undefined && f.overdue !== null) {
    const condition = overdueCondition(qb.alias);
    qb.andWhere(f.overdue ? condition.sql : `NOT ${condition.sql}`, condition.params);
  }
  whereInspectionTarget(qb, f.targetId);
  whereTextHas(qb, ['matter', 'question', 'answer'], f.q);
  whereDayBetween(qb, 'wantedBy', f);
}

/**
 * The department asked, by id. Every body that is not a department in service reads alike, whether
 * it exists or not: departments are public, nothing else is learnt.
 */
async function askableBody(tx: WriteTransaction, id: number): Promise<Body> {
  const body = await tx.manager.findOneBy(Body, { id });
  if (!body || body.retiredOn !== null || !ASKABLE_KINDS.includes(body.kind)) {
    throw badInput('recipientId', 'helpRequest.notADepartment', { id });
  }
  return body;
}

function wantedNotBeforeToday(day: string): string {
  if (day < today()) throw badInput('wantedBy', 'input.notBefore', { day: today() });
  return day;
}

export function createHelpRequest(ctx: RequestContext, input: CreateHelpRequestInput): Promise<HelpRequest> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (!FIELDWORK_STAGES.includes(assignment.stage)) throw badInput('assignmentId', 'helpRequest.onlyDuringFieldwork');
    let findingId: number | null = null;
    if (input.findingId !== undefined && input.findingId !== null) {
      const finding = await tx.reference(Finding, input.findingId);
      if (finding.assignmentId !== assignment.id) throw badInput('findingId', 'finding.notOfInspection', { id: finding.id });
      findingId = finding.id;
    }
    let deeperInquiryId: number | null = null;
    if (input.deeperInquiryId !== undefined && input.deeperInquiryId !== null) {
      const inquiry = await tx.reference(DeeperInquiry, input.deeperInquiryId);
      if (inquiry.assignmentId !== assignment.id || inquiry.status !== DeeperInquiryStatus.APPROVED) {
        throw badInput('deeperInquiryId', 'helpRequest.inquiryNotApproved', { id: inquiry.id });
      }
      if (findingId !== null && findingId !== inquiry.findingId) {
        throw badInput('findingId', 'helpRequest.notTheInquirysFinding', { id: findingId });
      }
      findingId = inquiry.findingId;
      deeperInquiryId = inquiry.id;
    }
    const recipient = await askableBody(tx, input.recipientId);
    const values = {
      assignmentId: assignment.id,
      findingId,
      deeperInquiryId,
      recipientId: recipient.id,
      recipientPath: recipient.scopePath,
      matter: requiredText('matter', input.matter),
      question: requiredText('question', input.question),
      wantedBy: wantedNotBeforeToday(input.wantedBy),
      status: HelpRequestStatus.DRAFT,
      askedOn: null,
      draftedById: ctx.caller!.personId,
      answer: null,
      declineReason: null,
      answeredOn: null,
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', HelpRequest, values);
    return tx.insert(HelpRequest, values);
  });
}

export function updateHelpRequest(ctx: RequestContext, input: UpdateHelpRequestInput): Promise<HelpRequest> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const request = await tx.load(HelpRequest, input.id, 'update');
    if (request.status !== HelpRequestStatus.DRAFT) throw badInput('id', 'helpRequest.notDraft', { id: request.id });
    const recipient = input.recipientId !== undefined ? await askableBody(tx, input.recipientId) : undefined;
    const changes = givenOnly<Partial<HelpRequest>>({
      recipientId: recipient?.id,
      recipientPath: recipient?.scopePath,
      matter: optionalText('matter', input.matter),
      question: optionalText('question', input.question),
      wantedBy: input.wantedBy === undefined ? undefined : wantedNotBeforeToday(input.wantedBy),
    });
    return tx.update(HelpRequest, request, input.version, changes);
  });
}

/** Sends a draft to its department: the team leader under the grant or the office, never its drafter. */
export function sendHelpRequest(ctx: RequestContext, input: { id: number; version: number }): Promise<HelpRequest> {
  return write(ctx, async (tx) => {
    const request = await tx.load(HelpRequest, input.id, 'submit');
    if (request.draftedById === ctx.caller!.personId) throw refusedBy('second-person', 'send', 'HelpRequest');
    if (request.status !== HelpRequestStatus.DRAFT) throw badInput('id', 'helpRequest.notDraft', { id: request.id });
    const assignment = await openAssignment(tx, request.assignmentId, 'read');
    if (!FIELDWORK_STAGES.includes(assignment.stage)) throw badInput('id', 'helpRequest.onlyDuringFieldwork');
    if (request.wantedBy < today()) throw badInput('wantedBy', 'input.notBefore', { day: today() });
    return tx.update(HelpRequest, request, input.version, { status: HelpRequestStatus.SENT, askedOn: today() }, 'send');
  });
}

async function awaitingAnswer(tx: WriteTransaction, id: number): Promise<HelpRequest> {
  const request = await tx.load(HelpRequest, id, 'conclude');
  if (request.status !== HelpRequestStatus.SENT) throw badInput('id', 'helpRequest.notAwaitingAnswer', { id: request.id });
  return request;
}

/** The department answers; the answer then shows on the finding the request is about. */
export function answerHelpRequest(ctx: RequestContext, input: AnswerHelpRequestInput): Promise<HelpRequest> {
  return write(ctx, async (tx) => {
    const request = await awaitingAnswer(tx, input.id);
    const changes = { status: HelpRequestStatus.ANSWERED, answer: requiredText('answer', input.answer), answeredOn: today() };
    return tx.update(HelpRequest, request, input.version, changes, 'answer');
  });
}

export function declineHelpRequest(ctx: RequestContext, input: DeclineHelpRequestInput): Promise<HelpRequest> {
  return write(ctx, async (tx) => {
    const request = await awaitingAnswer(tx, input.id);
    const changes = { status: HelpRequestStatus.DECLINED, declineReason: requiredText('reason', input.reason), answeredOn: today() };
    return tx.update(HelpRequest, request, input.version, changes, 'decline');
  });
}
