import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { firstArg } from '../../graphql/list';
import { RecordQueries } from '../../graphql/record-queries';
import { VersionedInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Round, RoundTarget } from './round.entity';
import { CreateRoundInput, RoundFilter, UpdateRoundInput } from './round.inputs';
import { approveRound, createRound, updateRound } from './round.service';

const RoundQueries = RecordQueries(Round, {
  one: 'round',
  list: 'rounds',
  description: 'inspection plan',
  filter: RoundFilter,
  orderBy: ['year', 'DESC'],
  where: (qb, f) => {
    if (f.leadingGroupId !== undefined) qb.andWhere('record.leadingGroupId = :lg', { lg: f.leadingGroupId });
    if (f.year !== undefined) qb.andWhere('record.year = :year', { year: f.year });
    if (f.status !== undefined) qb.andWhere('record.status = :status', { status: f.status });
  },
});

@Resolver(() => Round)
export class RoundResolver extends RoundQueries {
  @Mutation(() => Round, { description: 'Drafts a plan (the office of the leading group).' })
  createRound(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The plan.' }) input: CreateRoundInput): Promise<Round> {
    return createRound(ctx, input);
  }

  @Mutation(() => Round, { description: 'Changes a draft plan.' })
  updateRound(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The changes.' }) input: UpdateRoundInput): Promise<Round> {
    return updateRound(ctx, input);
  }

  @Mutation(() => Round, { description: 'Approves a draft plan (the leading group); only then can its targets be assigned.' })
  approveRound(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The plan and its version.' }) input: VersionedInput): Promise<Round> {
    return approveRound(ctx, input);
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
