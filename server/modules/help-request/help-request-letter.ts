/**
 * The data of a request for help's letter (商请协助函, server/documents), read as the API would read
 * it for the caller: the request itself (NOT_FOUND outside their scope, so the department asked reads
 * only what was sent to it), and the names of the team, the target and the department by label. The
 * letter says nothing of the finding or the deeper inquiry behind the request.
 */
import type { RequestContext } from '../../graphql/context';
import { findScoped } from '../../scope/scoped-query';
import { NOT_VISIBLE, type HelpRequestLetterData } from '../../documents/inspection-documents';
import { Assignment } from '../assignment/assignment.entity';
import { today } from '../common/record';
import { labelOf } from '../label/labels';
import { HelpRequest } from './help-request.entity';

export async function helpRequestLetterData(ctx: RequestContext, id: number): Promise<HelpRequestLetterData> {
  const request = await findScoped(ctx, HelpRequest, id);
  // The request was read under the rules: its inspection's names are labels of it.
  const assignment = await ctx.db.manager.findOneByOrFail(Assignment, { id: request.assignmentId });
  const [team, target, recipient] = await Promise.all([
    labelOf(ctx, 'body', assignment.teamId),
    labelOf(ctx, 'body', assignment.targetId),
    labelOf(ctx, 'body', request.recipientId),
  ]);
  return {
    teamName: team?.zh ?? NOT_VISIBLE,
    targetName: target?.zh ?? NOT_VISIBLE,
    recipientName: recipient?.zh ?? NOT_VISIBLE,
    matter: request.matter,
    question: request.question,
    wantedBy: request.wantedBy,
    askedOn: request.askedOn,
    issuedOn: today(),
  };
}
