/**
 * From which stage of an inspection each of its documents can be drafted: the notice as the team
 * is sent (preparation), the report from what inquiry records, the feedback letter once the report
 * is there to be heard. Before that stage a document would be an empty form with the inspection's
 * name on it, so it is refused, and the console does not offer it.
 */
import { registerEnumType } from 'type-graphql';
import { AppError } from '../../errors';
import { Stage, STAGE_ORDER } from './stage';

export enum InspectionDocument {
  NOTICE = 'NOTICE',
  REPORT = 'REPORT',
  FEEDBACK = 'FEEDBACK',
}

registerEnumType(InspectionDocument, {
  name: 'InspectionDocument',
  description: 'A Word document drafted from what an inspection has recorded: GET /documents/assignments/<id>/<name in lower case>.docx.',
  valuesConfig: {
    NOTICE: { description: '巡视通知: the notice of the inspection, from PREPARATION on.' },
    REPORT: { description: '巡视情况报告: the draft of the team’s report, from INQUIRY on.' },
    FEEDBACK: { description: '巡视反馈意见: the draft of the feedback letter to the target, from REPORTING on.' },
  },
});

export const DOCUMENT_FIRST_STAGE: Readonly<Record<InspectionDocument, Stage>> = {
  [InspectionDocument.NOTICE]: Stage.PREPARATION,
  [InspectionDocument.REPORT]: Stage.INQUIRY,
  [InspectionDocument.FEEDBACK]: Stage.REPORTING,
};

const reached = (stage: Stage, first: Stage) => STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(first);

/** The documents an inspection in `stage` can be drafted into, in the order of the procedure. */
export function documentsIn(stage: Stage): InspectionDocument[] {
  return Object.values(InspectionDocument).filter((kind) => reached(stage, DOCUMENT_FIRST_STAGE[kind]));
}

/** Refuses a document the inspection has not yet reached the stage of, naming both stages. */
export function assertDocumentDraftable(kind: InspectionDocument, assignmentId: number, stage: Stage): void {
  const first = DOCUMENT_FIRST_STAGE[kind];
  if (!reached(stage, first)) {
    throw new AppError('CONFLICT', 'document.notYet', { id: assignmentId, stage, first }, { details: { reason: 'stage', stage, first } });
  }
}
