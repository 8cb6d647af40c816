import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { refusedBy, write } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { whereDayBetween, whereInspectionTarget, whereTextHas } from '../common/record-search';
import { today } from '../common/record';
import { requiredText } from '../common/text';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { Finding } from '../finding/finding.entity';
import { DeeperInquiry, DeeperInquiryStatus } from './deeper-inquiry.entity';
import type { DecideDeeperInquiryInput, DeeperInquiryFilter, OpenDeeperInquiryInput } from './deeper-inquiry.inputs';

/** The stages in which a team still gathers: a deeper inquiry is part of the inquiry itself. */
const FIELDWORK_STAGES = [Stage.INQUIRY, Stage.REPORTING];

/** The list filter, on the scoped query whose alias is `record`. */
export function applyDeeperInquiryFilter(qb: SelectQueryBuilder<DeeperInquiry>, f: DeeperInquiryFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.findingId !== undefined && f.findingId !== null) qb.andWhere('record.findingId = :findingId', { findingId: f.findingId });
  whereInspectionTarget(qb, f.targetId);
  whereTextHas(qb, ['reason', 'decisionNote'], f.q);
  whereDayBetween(qb, 'openedOn', f);
}

export function openDeeperInquiry(ctx: RequestContext, input: OpenDeeperInquiryInput): Promise<DeeperInquiry> {
  return write(ctx, async (tx) => {
    const finding = await tx.reference(Finding, input.findingId);
    const assignment = await openAssignment(tx, finding.assignmentId, 'read');
    if (!FIELDWORK_STAGES.includes(assignment.stage)) throw badInput('findingId', 'deeperInquiry.onlyDuringFieldwork');
    const pending = await tx.manager
      .createQueryBuilder(DeeperInquiry, 'd')
      .where('d.findingId = :findingId AND d.status IN (:...open)', {
        findingId: finding.id,
        open: [DeeperInquiryStatus.PROPOSED, DeeperInquiryStatus.APPROVED],
      })
      .getExists();
    if (pending) throw badInput('findingId', 'deeperInquiry.alreadyOpen', { id: finding.id });
    const values = {
      assignmentId: assignment.id,
      findingId: finding.id,
      reason: requiredText('reason', input.reason),
      status: DeeperInquiryStatus.PROPOSED,
      openedOn: today(),
      openedById: ctx.caller!.personId,
      decidedOn: null,
      decisionNote: null,
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', DeeperInquiry, values);
    return tx.insert(DeeperInquiry, values);
  });
}

/** The leading group approves or refuses a proposed inquiry; never the person who opened it. */
export function decideDeeperInquiry(ctx: RequestContext, input: DecideDeeperInquiryInput): Promise<DeeperInquiry> {
  return write(ctx, async (tx) => {
    const inquiry = await tx.load(DeeperInquiry, input.id, 'approve');
    if (inquiry.openedById === ctx.caller!.personId) {
      throw refusedBy('second-person', input.approve ? 'approve' : 'refuse', 'DeeperInquiry');
    }
    if (inquiry.status !== DeeperInquiryStatus.PROPOSED) throw badInput('id', 'deeperInquiry.notProposed', { id: inquiry.id });
    const note = input.note?.trim() ?? '';
    if (!input.approve && !note) throw badInput('note', 'deeperInquiry.refusalReason');
    return tx.update(
      DeeperInquiry,
      inquiry,
      input.version,
      {
        status: input.approve ? DeeperInquiryStatus.APPROVED : DeeperInquiryStatus.REFUSED,
        decidedOn: today(),
        decisionNote: note || null,
      },
      input.approve ? 'approve' : 'refuse',
    );
  });
}
