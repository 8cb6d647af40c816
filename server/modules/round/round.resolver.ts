import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { firstArg, SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { VersionedInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Round, RoundTarget } from './round.entity';
import { CreateRoundInput, RoundFilter, RoundSort, UpdateRoundInput } from './round.inputs';
import { applyRoundFilter, approveRound, createRound, updateRound } from './round.service';
import { NextStep, roundNextStep } from '../assignment/next-step';
import { planLeadingGroups, planTargetChoices } from './plan-choices';

const rounds: RecordList<Round, RoundFilter> = {
  entity: Round,
  name: 'rounds',
  description: 'The inspection plan records you may see, newest first.',
  one: { name: 'round', description: oneDescription('inspection plan') },
  filter: RoundFilter,
  sort: RoundSort,
  defaultSort: [{ field: 'year', direction: SortDirection.DESC }],
  select: recordsWhere(Round, applyRoundFilter),
  exported: true,
};

@Resolver(() => Round)
export class RoundResolver extends RecordQueries(rounds) {
  @Mutation(() => Round, { description: 'Drafts a plan (the office of the leading group).' })
  createRound(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The plan.' }) input: CreateRoundInput): Promise<Round> {
    return createRound(ctx, input);
  }

  @Mutation(() => Round, { description: 'Changes a draft plan.' })
  updateRound(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The changes.' }) input: UpdateRoundInput): Promise<Round> {
    return updateRound(ctx, input);
  }

  @Mutation(() => Round, { description: 'Approves a draft plan (the leading group); only then can its targets be assigned.' })
  approveRound(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The plan and its version.' }) input: VersionedInput,
  ): Promise<Round> {
    return approveRound(ctx, input);
  }

  @Query(() => [Body], { description: 'The leading groups you may draft plans for.' })
  planLeadingGroups(@Ctx() ctx: RequestContext): Promise<Body[]> {
    return planLeadingGroups(ctx);
  }

  @Query(() => [Body], {
    description:
      'The bodies a plan of the leading group may name (under its committee, other than the inspection bodies), by name, in reporting order (at most 50).',
  })
  planTargetChoices(
    @Ctx() ctx: RequestContext,
    @Arg('leadingGroupId', () => Int, { description: 'The leading group whose plan it is.' }) leadingGroupId: number,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name (at most 60 characters).' }) search?: string,
  ): Promise<Body[]> {
    return planTargetChoices(ctx, leadingGroupId, search);
  }

  @FieldResolver(() => NextStep, {
    nullable: true,
    description:
      "The plan's next step: approval by the leading group while a draft, then teams for the targets not yet assigned; null when every target has an inspection.",
  })
  nextStep(@Root() round: Round, @Ctx() ctx: RequestContext): Promise<NextStep | null> {
    return roundNextStep(ctx, round);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The leading group; null when outside your scope.' })
  leadingGroup(@Root() round: Round, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(round.leadingGroupId);
  }

  @FieldResolver(() => [RoundTarget], { description: 'The bodies the plan names.' })
  targets(@Root() round: Round, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<RoundTarget[]> {
    return ctx.loaders.many(RoundTarget, 'roundId', { orderBy: [['id', 'ASC']] }, first).load(round.id);
  }
}

@Resolver(() => RoundTarget)
export class RoundTargetResolver {
  @FieldResolver(() => Body, { nullable: true, description: 'The body; null when outside your scope.' })
  body(@Root() target: RoundTarget, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(target.bodyId);
  }
}

export const roundModule: ModuleDescriptor = {
  entities: [Round, RoundTarget],
  resolvers: [RoundResolver, RoundTargetResolver],
  lists: [rounds],
};
