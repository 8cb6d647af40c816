import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { write } from '../../write/write-service';
import { requiredText } from '../common/text';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { Briefing } from './briefing.entity';
import type { ReceiveBriefingInput, RequestBriefingInput } from './briefing.inputs';

/** The four bodies that supply background during preparation. */
export const BRIEFING_SOURCES = [
  BodyKind.DISCIPLINE_COMMISSION,
  BodyKind.ORGANISATION_DEPARTMENT,
  BodyKind.AUDIT_OFFICE,
  BodyKind.PETITION_BUREAU,
];

export function requestBriefing(ctx: RequestContext, input: RequestBriefingInput): Promise<Briefing> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (assignment.stage !== Stage.PREPARATION) throw badInput('assignmentId', 'briefing.onlyDuringPreparation');
    const source = await tx.reference(Body, input.sourceBodyId);
    if (!BRIEFING_SOURCES.includes(source.kind)) {
      throw badInput('sourceBodyId', 'briefing.notSource', { id: source.id });
    }
    const values = {
      assignmentId: assignment.id,
      sourceBodyId: source.id,
      requestedOn: input.requestedOn,
      receivedOn: null,
      summary: '',
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', Briefing, values);
    return tx.insert(Briefing, values);
  });
}

export function receiveBriefing(ctx: RequestContext, input: ReceiveBriefingInput): Promise<Briefing> {
  return write(ctx, async (tx) => {
    const briefing = await tx.load(Briefing, input.id, 'update');
    if (input.receivedOn < briefing.requestedOn)
      throw badInput('receivedOn', 'briefing.receivedBeforeRequest', { on: briefing.requestedOn });
    return tx.update(
      Briefing,
      briefing,
      input.version,
      { receivedOn: input.receivedOn, summary: requiredText('summary', input.summary) },
      'receive',
    );
  });
}
