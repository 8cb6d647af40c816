import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { write } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { isPastDeadline, today } from '../common/record';
import { whereDayBetween, whereInspectionTarget, whereTextHas } from '../common/record-search';
import { givenOnly, optionalText, refuseNulls, requiredText } from '../common/text';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { RecordsRequest, RecordsRequestStatus } from './records-request.entity';
import type { CreateRecordsRequestInput, RecordsRequestFilter, UpdateRecordsRequestInput } from './records-request.inputs';

/** Past its due day and not all received; the same rule in SQL and in memory. */
export const isRecordsRequestOverdue = (request: Pick<RecordsRequest, 'dueOn' | 'status'>, day = today()) =>
  isPastDeadline(request.dueOn, request.status === RecordsRequestStatus.RECEIVED, day);

/** isRecordsRequestOverdue as SQL over the request aliased `alias`, against today in the configured zone. */
export function recordsOverdueCondition(alias: string, day = today()): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `(${alias}.dueOn < :recordsOverdueDay AND ${alias}.status <> :recordsReceived)`,
    params: { recordsOverdueDay: day, recordsReceived: RecordsRequestStatus.RECEIVED },
  };
}

/** The list filter, on the scoped query whose alias is `record`. */
export function applyRecordsRequestFilter(qb: SelectQueryBuilder<RecordsRequest>, f: RecordsRequestFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.overdue !== undefined && f.overdue !== null) {
    const condition = recordsOverdueCondition(qb.alias);
    qb.andWhere(f.overdue ? condition.sql : `NOT ${condition.sql}`, condition.params);
  }
  whereInspectionTarget(qb, f.targetId);
  whereTextHas(qb, ['description', 'receivedNote'], f.q);
  whereDayBetween(qb, 'requestedOn', f);
}

function notAfterToday(field: string, day: string): string {
  if (day > today()) throw badInput(field, 'input.notAfterToday', { day: today() });
  return day;
}

function notBefore(field: string, day: string, earliest: string): void {
  if (day < earliest) throw badInput(field, 'input.notBefore', { day: earliest });
}

export function createRecordsRequest(ctx: RequestContext, input: CreateRecordsRequestInput): Promise<RecordsRequest> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (assignment.stage !== Stage.INQUIRY) throw badInput('assignmentId', 'recordsRequest.onlyDuringInquiry');
    const requestedOn = notAfterToday('requestedOn', input.requestedOn);
    notBefore('dueOn', input.dueOn, requestedOn);
    const values = {
      assignmentId: assignment.id,
      scopePath: assignment.scopePath,
      description: requiredText('description', input.description),
      requestedOn,
      dueOn: input.dueOn,
      status: RecordsRequestStatus.REQUESTED,
      receivedOn: null,
      receivedNote: null,
    };
    tx.assertAllowed('create', RecordsRequest, values);
    return tx.insert(RecordsRequest, values);
  });
}

export function updateRecordsRequest(ctx: RequestContext, input: UpdateRecordsRequestInput): Promise<RecordsRequest> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const request = await tx.load(RecordsRequest, input.id, 'update');
    await openAssignment(tx, request.assignmentId, 'read');
    if (input.dueOn !== undefined) notBefore('dueOn', input.dueOn, request.requestedOn);
    const status = input.status ?? request.status;
    let receivedOn = input.receivedOn === undefined ? request.receivedOn : notAfterToday('receivedOn', input.receivedOn);
    if (status === RecordsRequestStatus.REQUESTED) {
      // Nothing received: no day of receipt (a status set back to REQUESTED drops the one recorded).
      if (input.receivedOn !== undefined) throw badInput('receivedOn', 'recordsRequest.nothingReceived');
      receivedOn = null;
    } else {
      if (receivedOn === null) throw badInput('receivedOn', 'recordsRequest.receiptNeedsDay');
      notBefore('receivedOn', receivedOn, request.requestedOn);
    }
    const changes = givenOnly<Partial<RecordsRequest>>({
      description: optionalText('description', input.description),
      dueOn: input.dueOn,
      status: input.status,
      receivedOn: receivedOn === request.receivedOn ? undefined : receivedOn,
      receivedNote: optionalText('receivedNote', input.receivedNote),
    });
    return tx.update(RecordsRequest, request, input.version, changes);
  });
}
