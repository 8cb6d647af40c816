/**
 * The data of a talk's record sheet (谈话记录, server/documents), read as the API would read it for
 * the caller: the talk itself (NOT_FOUND outside their scope), the names of the team, the target and
 * the talkers by label, and the interviewee only where the rules name its fields, the read recorded
 * as every read of an identity is.
 */
import { subject } from '@casl/ability';
import type { RequestContext } from '../../graphql/context';
import { recordedReadsBy } from '../../graphql/recorded-reads';
import { canReadProtected } from '../../permissions/ability';
import { findScoped } from '../../scope/scoped-query';
import { NOT_VISIBLE, type TalkRecordData } from '../../documents/inspection-documents';
import { Assignment } from '../assignment/assignment.entity';
import { labelOf } from '../label/labels';
import { IntervieweeCategory, Talk, TalkInterviewee } from './talk.entity';

const CATEGORY_WORDS: Readonly<Record<IntervieweeCategory, string>> = {
  [IntervieweeCategory.LEADING_BODY_MEMBER]: '领导班子成员',
  [IntervieweeCategory.OTHER_CADRE]: '其他干部',
  [IntervieweeCategory.STAFF_OR_MASSES]: '职工群众',
};

export async function talkRecordData(ctx: RequestContext, talkId: number): Promise<TalkRecordData> {
  const talk = await findScoped(ctx, Talk, talkId);
  // The talk was read under the rules: its inspection's names are labels of it.
  const assignment = await ctx.db.manager.findOneByOrFail(Assignment, { id: talk.assignmentId });
  const [team, target, ...talkers] = await Promise.all([
    labelOf(ctx, 'body', assignment.teamId),
    labelOf(ctx, 'body', assignment.targetId),
    ...talk.talkerIds.map((id) => labelOf(ctx, 'person', id)),
  ]);
  const identity = await recordedReadsBy(ctx, TalkInterviewee, 'talkId').load(talk.id);
  const readable = identity && canReadProtected(ctx.ability, subject('TalkInterviewee', { ...identity }), 'name');
  return {
    teamName: team?.zh ?? NOT_VISIBLE,
    targetName: target?.zh ?? NOT_VISIBLE,
    heldOn: talk.heldOn,
    talkerNames: talkers.flatMap((label) => (label ? [label.zh] : [])),
    interviewee: readable ? { name: identity.name, contact: identity.contact } : null,
    intervieweePost: talk.intervieweePost,
    intervieweeCategory: CATEGORY_WORDS[talk.intervieweeCategory],
    matters: talk.matters,
  };
}
