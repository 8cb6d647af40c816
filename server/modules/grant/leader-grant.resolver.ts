import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ListType, PageInput } from '../../graphql/list';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { LeaderGrant } from './leader-grant.entity';
import { LeaderGrantFilter } from './leader-grant.inputs';
import { getLeaderGrant, listLeaderGrants } from './leader-grant.service';

export const LeaderGrantList = ListType(LeaderGrant, 'LeaderGrant');

/** Grants are issued with an inspection assignment; here they can be read. */
@Resolver(() => LeaderGrant)
export class LeaderGrantResolver {
  @Query(() => LeaderGrant, { description: 'One leadership grant. NOT_FOUND if it does not exist or is outside your scope.' })
  leaderGrant(@Ctx() ctx: RequestContext, @Arg('id', () => Int, { description: 'The id of the record.' }) id: number): Promise<LeaderGrant> {
    return getLeaderGrant(ctx, id);
  }

  @Query(() => LeaderGrantList, { description: 'The leadership grants you may see, newest first.' })
  leaderGrants(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LeaderGrantFilter, { nullable: true, description: 'Which records to return; all records you may see when omitted.' }) filter?: LeaderGrantFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the first 25 when omitted.' }) page?: PageInput,
  ) {
    return listLeaderGrants(ctx, filter, page);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person granted leadership; null when outside your scope.' })
  person(@Root() grant: LeaderGrant, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(grant.personId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The team; null when outside your scope.' })
  team(@Root() grant: LeaderGrant, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(grant.teamId);
  }
}
