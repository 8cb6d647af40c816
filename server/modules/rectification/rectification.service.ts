import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { write } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { whereDayBetween, whereInspectionTarget, whereTextHas } from '../common/record-search';
import { isPastDeadline, today } from '../common/record';
import { requiredText } from '../common/text';
import { openAssignment } from '../assignment/assignment.service';
import { Stage, STAGE_ORDER } from '../assignment/stage';
import { Finding } from '../finding/finding.entity';
import { RectificationItem, RectificationStatus } from './rectification-item.entity';
import {
  Verdict,
  type CreateRectificationItemInput,
  type RecordProgressInput,
  type RectificationItemFilter,
  type VerifyRectificationInput,
} from './rectification.inputs';

/** Past its deadline and not closed off; the same rule in SQL and in memory. */
export const isOverdue = (item: Pick<RectificationItem, 'deadline' | 'status'>, day = today()) =>
  isPastDeadline(item.deadline, item.status === RectificationStatus.CLOSED, day);

/** isOverdue as SQL over the item aliased `alias`. */
export function overdueCondition(alias: string, day = today()): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `(${alias}.deadline < :overdueDay AND ${alias}.status <> :overdueClosed)`,
    params: { overdueDay: day, overdueClosed: RectificationStatus.CLOSED },
  };
}

export function whereOverdue(qb: SelectQueryBuilder<RectificationItem>, overdue: boolean, day = today()): void {
  const condition = overdueCondition(qb.alias, day);
  qb.andWhere(overdue ? condition.sql : `NOT ${condition.sql}`, condition.params);
}

/** The list filter, shared by the list and its summary so both count the same rows. */
export function applyRectificationFilter(qb: SelectQueryBuilder<RectificationItem>, f: RectificationItemFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.overdue !== undefined && f.overdue !== null) whereOverdue(qb, f.overdue);
  whereInspectionTarget(qb, f.targetId);
  whereTextHas(qb, ['description', 'progress', 'returnNote'], f.q);
  whereDayBetween(qb, 'deadline', f);
}

export function createRectificationItem(ctx: RequestContext, input: CreateRectificationItemInput): Promise<RectificationItem> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (STAGE_ORDER.indexOf(assignment.stage) < STAGE_ORDER.indexOf(Stage.FEEDBACK)) {
      throw badInput('assignmentId', 'rectification.afterHearing');
    }
    if (input.findingId !== undefined && input.findingId !== null) {
      const finding = await tx.reference(Finding, input.findingId);
      if (finding.assignmentId !== assignment.id) throw badInput('findingId', 'finding.notOfInspection', { id: finding.id });
    }
    const values = {
      assignmentId: assignment.id,
      findingId: input.findingId ?? null,
      description: requiredText('description', input.description),
      deadline: input.deadline,
      progress: '',
      status: RectificationStatus.OPEN,
      closedOn: null,
      returnNote: null,
      targetPath: assignment.targetPath,
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', RectificationItem, values);
    return tx.insert(RectificationItem, values);
  });
}

export function recordProgress(ctx: RequestContext, input: RecordProgressInput): Promise<RectificationItem> {
  return write(ctx, async (tx) => {
    const item = await tx.load(RectificationItem, input.id, 'progress');
    if (item.status === RectificationStatus.CLOSED) throw badInput('id', 'rectification.closed', { id: item.id });
    return tx.update(
      RectificationItem,
      item,
      input.version,
      { progress: requiredText('progress', input.progress), status: RectificationStatus.SUBMITTED },
      'progress',
    );
  });
}

export function verifyRectification(ctx: RequestContext, input: VerifyRectificationInput): Promise<RectificationItem> {
  return write(ctx, async (tx) => {
    const item = await tx.load(RectificationItem, input.id, 'verify');
    if (item.status !== RectificationStatus.SUBMITTED) throw badInput('id', 'rectification.notSubmitted', { id: item.id });
    const changes: Partial<RectificationItem> =
      input.verdict === Verdict.CLOSE
        ? { status: RectificationStatus.CLOSED, closedOn: today() }
        : { status: RectificationStatus.OPEN, returnNote: requiredText('note', input.note ?? '') };
    return tx.update(RectificationItem, item, input.version, changes, input.verdict === Verdict.CLOSE ? 'close' : 'return');
  });
}
