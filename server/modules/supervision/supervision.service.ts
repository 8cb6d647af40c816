import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { write } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { today } from '../common/record';
import { whereDayBetween, whereInspectionTarget, whereTextHas } from '../common/record-search';
import { givenOnly, refuseNulls, requiredText } from '../common/text';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';
import { SupervisionItem, SupervisionStatus } from './supervision-item.entity';
import type { CreateSupervisionItemInput, SupervisionItemFilter, UpdateSupervisionItemInput } from './supervision.inputs';

/** The list filter, on the scoped query whose alias is `record`. */
export function applySupervisionFilter(qb: SelectQueryBuilder<SupervisionItem>, f: SupervisionItemFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.responsibleBodyId !== undefined && f.responsibleBodyId !== null) {
    qb.andWhere('record.responsibleBodyId = :responsibleBodyId', { responsibleBodyId: f.responsibleBodyId });
  }
  whereInspectionTarget(qb, f.targetId);
  whereTextHas(qb, ['matter', 'note'], f.q);
  whereDayBetween(qb, 'deadline', f);
}

export function createSupervisionItem(ctx: RequestContext, input: CreateSupervisionItemInput): Promise<SupervisionItem> {
  return write(ctx, async (tx) => {
    const assignment = await tx.reference(Assignment, input.assignmentId);
    if (input.findingId !== undefined && input.findingId !== null) {
      const finding = await tx.reference(Finding, input.findingId);
      if (finding.assignmentId !== assignment.id) throw badInput('findingId', 'finding.notOfInspection', { id: finding.id });
      if (!finding.decision) throw badInput('findingId', 'finding.undecided', { id: finding.id });
    }
    const responsible = await tx.reference(Body, input.responsibleBodyId);
    const values = {
      assignmentId: assignment.id,
      findingId: input.findingId ?? null,
      matter: requiredText('matter', input.matter),
      responsibleBodyId: responsible.id,
      responsiblePath: responsible.scopePath,
      deadline: input.deadline,
      status: SupervisionStatus.OPEN,
      note: '',
      doneOn: null,
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', SupervisionItem, values);
    return tx.insert(SupervisionItem, values);
  });
}

export function updateSupervisionItem(ctx: RequestContext, input: UpdateSupervisionItemInput): Promise<SupervisionItem> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const item = await tx.load(SupervisionItem, input.id, 'update');
    if (item.status === SupervisionStatus.DONE) throw badInput('id', 'supervision.alreadyDone', { id: item.id });
    const changes = givenOnly<Partial<SupervisionItem>>({
      note: input.note?.trim(),
      deadline: input.deadline,
      status: input.status,
      doneOn: input.status === SupervisionStatus.DONE ? today() : undefined,
    });
    return tx.update(SupervisionItem, item, input.version, changes);
  });
}
