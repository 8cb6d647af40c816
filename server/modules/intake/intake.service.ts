import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { AppError, badInput, tooManyRequests } from '../../errors';
import { RateLimiter } from '../../limits/rate-limit';
import { IdempotencyState, PUBLIC_FORM_KEYS, requestFingerprint } from '../../write/idempotency';
import { write, type WriteTransaction } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { today } from '../common/record';
import { whereDayBetween, whereInspectionTarget, whereTextHas } from '../common/record-search';
import { requiredText } from '../common/text';
import { Assignment } from '../assignment/assignment.entity';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { IntakeChannel, IntakeInformant, IntakeItem } from './intake.entity';
import type { CreateIntakeItemInput, InformantInput, IntakeItemFilter, PublicReportInput } from './intake.inputs';

/** The list filter, on the scoped query whose alias is `record`. */
export function applyIntakeFilter(qb: SelectQueryBuilder<IntakeItem>, f: IntakeItemFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.channels?.length) qb.andWhere('record.channel IN (:...channels)', { channels: f.channels });
  whereInspectionTarget(qb, f.targetId);
  whereTextHas(qb, ['content'], f.q);
  whereDayBetween(qb, 'receivedOn', f);
}

async function recordIntake(
  tx: WriteTransaction,
  assignment: Assignment,
  item: { channel: IntakeChannel; receivedOn: string; content: string },
  informant: InformantInput | undefined,
): Promise<IntakeItem> {
  const values = {
    assignmentId: assignment.id,
    channel: item.channel,
    receivedOn: item.receivedOn,
    content: requiredText('content', item.content),
    anonymous: !informant,
    scopePath: assignment.scopePath,
  };
  const created = await tx.insert(IntakeItem, values);
  if (informant) {
    await tx.insert(IntakeInformant, {
      intakeItemId: created.id,
      assignmentId: assignment.id,
      name: requiredText('informant.name', informant.name),
      contact: (informant.contact ?? '').trim(),
      scopePath: assignment.scopePath,
    });
  }
  return created;
}

export function createIntakeItem(ctx: RequestContext, input: CreateIntakeItemInput): Promise<IntakeItem> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (assignment.stage !== Stage.INQUIRY) throw badInput('assignmentId', 'intake.onlyDuringInquiry');
    const scope = { assignmentId: assignment.id, scopePath: assignment.scopePath };
    tx.assertAllowed('create', IntakeItem, scope);
    // Writing down who reported is a permission of its own, whoever may take the report.
    if (input.informant) tx.assertAllowed('create', IntakeInformant, scope);
    return recordIntake(tx, assignment, input, input.informant);
  });
}

/**
 * A report through the public link: no account, so no caller rules; the unguessable key names the
 * inspection, and it is accepted only while the inspection is in inquiry. An unknown key and a
 * closed inspection read the same, so the link reveals nothing once it stops working.
 */
export const PUBLIC_REPORTS_PER_WINDOW = 5;
const publicReports = new RateLimiter('public report', PUBLIC_REPORTS_PER_WINDOW, 10 * 60 * 1000);

/**
 * `formKey`: the key the public page put in the form it served (see PUBLIC_FORM_KEYS). With it, the
 * report is recorded once however often the form is sent: after an answer that could not say
 * whether it was saved, sending the form again is safe.
 */
export async function submitPublicReport(ctx: RequestContext, input: PublicReportInput, formKey?: string): Promise<{ receivedOn: string }> {
  if (formKey !== undefined) {
    ctx.idempotency = new IdempotencyState();
    const { intakeKey, content, informant } = input;
    const fingerprint = requestFingerprint('submitPublicReport', null, {
      intakeKey,
      content,
      name: informant?.name,
      contact: informant?.contact,
    });
    await ctx.idempotency.bind(ctx.db, PUBLIC_FORM_KEYS, formKey, fingerprint);
  }
  if (!(await publicReports.take(ctx.db, `${ctx.clientAddress}|${input.intakeKey}`)).taken) {
    throw tooManyRequests('limit.publicReports', { max: PUBLIC_REPORTS_PER_WINDOW });
  }
  return write(ctx, async (tx) => {
    const assignment = await tx.manager.findOneBy(Assignment, { intakeToken: input.intakeKey });
    if (!assignment || assignment.stage !== Stage.INQUIRY) throw new AppError('NOT_FOUND', 'intake.linkNotFound');
    const item = await recordIntake(
      tx,
      assignment,
      { channel: IntakeChannel.ONLINE, receivedOn: today(), content: input.content },
      input.informant,
    );
    return { receivedOn: item.receivedOn };
  });
}
