import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ListType, PageInput, SortDirection, type ListResult } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { VersionedInput } from '../common/inputs';
import { Label, labelOf } from '../label/labels';
import { BallotAnswer, BallotLink, BallotTextAnswer, Evaluation } from './evaluation.entity';
import { CreateEvaluationInput, EvaluationFilter, EvaluationSort, IssueBallotLinksInput, UpdateEvaluationInput } from './evaluation.inputs';
import { EvaluationResults, EvaluationSubject, resultsLoader, subjectsLoader } from './evaluation.results';
import {
  applyEvaluationFilter,
  closeEvaluation,
  createEvaluation,
  evaluationCandidates,
  issueBallotLinks,
  openEvaluation,
  updateEvaluation,
  type BallotLinkBatch,
  type EvaluationCandidate,
} from './evaluation.service';

const evaluations: RecordList<Evaluation, EvaluationFilter> = {
  entity: Evaluation,
  name: 'evaluations',
  description: 'The democratic evaluations and questionnaires you may see, newest first.',
  one: { name: 'evaluation', description: oneDescription('evaluation') },
  filter: EvaluationFilter,
  sort: EvaluationSort,
  defaultSort: [{ field: 'createdAt', direction: SortDirection.DESC }],
  select: recordsWhere(Evaluation, applyEvaluationFilter),
  exported: true,
};

@ObjectType({
  description: 'A batch of one-time ballot links. The keys are shown this once: only their hashes are kept, so print them now.',
})
export class BallotLinks implements BallotLinkBatch {
  @Field(() => Int, { description: 'The evaluation.' })
  evaluationId!: number;

  @Field({ description: 'Day they were issued (YYYY-MM-DD).' })
  issuedOn!: string;

  @Field(() => [String], {
    description: 'The links, as paths under the server’s public address (/ballot/<key>); each opens one ballot once.',
  })
  paths!: string[];
}

const EvaluationCandidateList = ListType(EvaluationSubject, 'EvaluationCandidate');

@Resolver(() => Evaluation)
export class EvaluationResolver extends RecordQueries(evaluations) {
  @Query(() => EvaluationCandidateList, {
    description:
      'The persons an evaluation of this inspection may rate (employed at its target or a body under it, still on the roster), in pinyin order: for those who may set one up.',
  })
  evaluationCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('assignmentId', () => Int, { description: 'The inspection.' }) assignmentId: number,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the first 25 when omitted.' }) page?: PageInput,
  ): Promise<ListResult<EvaluationCandidate>> {
    return evaluationCandidates(ctx, assignmentId, page);
  }

  @Mutation(() => Evaluation, { description: 'Sets up an evaluation as a draft (the staff of the open inspection).' })
  createEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The evaluation.' }) input: CreateEvaluationInput,
  ): Promise<Evaluation> {
    return createEvaluation(ctx, input);
  }

  @Mutation(() => Evaluation, { description: 'Changes an evaluation while it is a draft.' })
  updateEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The changes.' }) input: UpdateEvaluationInput,
  ): Promise<Evaluation> {
    return updateEvaluation(ctx, input);
  }

  @Mutation(() => Evaluation, { description: 'Opens a draft evaluation for ballots (during inquiry); it can no longer be edited.' })
  openEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The evaluation and the version you read.' }) input: VersionedInput,
  ): Promise<Evaluation> {
    return openEvaluation(ctx, input);
  }

  @Mutation(() => Evaluation, { description: 'Closes an open evaluation: no more ballots, and the results are shown. Final.' })
  closeEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The evaluation and the version you read.' }) input: VersionedInput,
  ): Promise<Evaluation> {
    return closeEvaluation(ctx, input);
  }

  @Mutation(() => BallotLinks, {
    description: 'Issues one-time ballot links for an open evaluation during inquiry. The keys are returned once and never kept.',
  })
  issueBallotLinks(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The evaluation and how many links.' }) input: IssueBallotLinksInput,
  ): Promise<BallotLinks> {
    return issueBallotLinks(ctx, input);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the inspection it belongs to (its target and plan), even where you may not read that record itself.',
  })
  assignmentLabel(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<Label | null> | null {
    return labelOf(ctx, 'assignment', evaluation.assignmentId);
  }

  @FieldResolver(() => [EvaluationSubject], { description: 'The subjects rated: the leading body first, then the persons.' })
  subjects(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<EvaluationSubject[]> {
    return subjectsLoader(ctx).load(evaluation);
  }

  @FieldResolver(() => EvaluationResults, {
    description: 'The results: sealed while OPEN; per subject, counts withheld below the minimum group.',
  })
  results(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<EvaluationResults> {
    return resultsLoader(ctx).load(evaluation);
  }
}

export const evaluationModule: ModuleDescriptor = {
  entities: [Evaluation],
  privateEntities: [BallotLink, BallotAnswer, BallotTextAnswer],
  resolvers: [EvaluationResolver],
  lists: [evaluations],
};
