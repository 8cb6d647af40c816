import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { checkedFirst, firstArg, SortDirection } from '../../graphql/list';
import { recordedReadsBy } from '../../graphql/recorded-reads';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { Assignment } from '../assignment/assignment.entity';
import { Finding } from '../finding/finding.entity';
import { Label, labelOf } from '../label/labels';
import { Talk, TalkInterviewee } from './talk.entity';
import { CreateTalkInput, RaiseFindingFromTalkInput, TalkFilter, TalkSort, UpdateTalkInput } from './talk.inputs';
import { applyTalkFilter, createTalk, raiseFindingFromTalk, updateTalk } from './talk.service';

const talks: RecordList<Talk, TalkFilter> = {
  entity: Talk,
  name: 'talks',
  description: 'The individual talk records you may see, newest first.',
  one: { name: 'talk', description: oneDescription('individual talk') },
  filter: TalkFilter,
  sort: TalkSort,
  defaultSort: [{ field: 'heldOn', direction: SortDirection.DESC }],
  select: recordsWhere(Talk, applyTalkFilter),
  exported: true,
};

@Resolver(() => Talk)
export class TalkResolver extends RecordQueries(talks) {
  @Mutation(() => Talk, { description: 'Records an individual talk during inquiry (the staff of the inspection).' })
  createTalk(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The talk.' }) input: CreateTalkInput): Promise<Talk> {
    return createTalk(ctx, input);
  }

  @Mutation(() => Talk, { description: 'Changes a talk of an open inspection (the staff of the inspection).' })
  updateTalk(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The changes.' }) input: UpdateTalkInput): Promise<Talk> {
    return updateTalk(ctx, input);
  }

  @Mutation(() => Finding, {
    description:
      'Records a finding raised in a talk, with the talk as its source (the staff of the inspection, during inquiry and reporting).',
  })
  raiseFindingFromTalk(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The finding and its talk.' }) input: RaiseFindingFromTalkInput,
  ): Promise<Finding> {
    return raiseFindingFromTalk(ctx, input);
  }

  @FieldResolver(() => TalkInterviewee, {
    nullable: true,
    description: 'Who was talked to: null for everyone but the staff of the open inspection. Every read is recorded.',
  })
  interviewee(@Root() talk: Talk, @Ctx() ctx: RequestContext): Promise<TalkInterviewee | null> {
    return recordedReadsBy(ctx, TalkInterviewee, 'talkId').load(talk.id);
  }

  @FieldResolver(() => [Finding], { description: 'The findings raised from this talk that you may see, newest first.' })
  findings(@Root() talk: Talk, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<Finding[]> {
    return ctx.loaders.many(Finding, 'sourceTalkId', { orderBy: [['createdAt', 'DESC']] }, checkedFirst(first)).load(talk.id);
  }

  @FieldResolver(() => Assignment, { nullable: true, description: 'The inspection; null when outside your scope.' })
  assignment(@Root() talk: Talk, @Ctx() ctx: RequestContext): Promise<Assignment | null> {
    return ctx.loaders.byId(Assignment).load(talk.assignmentId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the inspection it belongs to (its target and plan), even where you may not read that record itself.',
  })
  assignmentLabel(@Root() talk: Talk, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', talk.assignmentId);
  }

  @FieldResolver(() => [Label], { description: 'The names of the people who held the talk, in the order of `talkerIds`.' })
  async talkerLabels(@Root() talk: Talk, @Ctx() ctx: RequestContext): Promise<Label[]> {
    const labels = await Promise.all(talk.talkerIds.map((id) => labelOf(ctx, 'person', id)));
    return labels.filter((l): l is Label => l !== null);
  }
}

export const talkModule: ModuleDescriptor = {
  entities: [Talk, TalkInterviewee],
  resolvers: [TalkResolver],
  lists: [talks],
};
