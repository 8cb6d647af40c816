import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ListType, pageOf, PageInput } from '../../graphql/list';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { LeaderGrant } from './leader-grant.entity';

export const LeaderGrantList = ListType(LeaderGrant, 'LeaderGrant');

/** Grants are issued with an inspection assignment; here they can be read. */
@Resolver(() => LeaderGrant)
export class LeaderGrantResolver {
  @Query(() => LeaderGrant, { description: 'One leadership grant. NOT_FOUND if it does not exist or is outside your scope.' })
  leaderGrant(@Ctx() ctx: RequestContext, @Arg('id', () => Int) id: number): Promise<LeaderGrant> {
    return findScoped(ctx, LeaderGrant, id);
  }

  @Query(() => LeaderGrantList, { description: 'The leadership grants you may see, newest first.' })
  leaderGrants(
    @Ctx() ctx: RequestContext,
    @Arg('teamId', () => Int, { nullable: true }) teamId?: number,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const qb = scopedQuery(ctx, LeaderGrant, 'leader_grant');
    if (teamId !== undefined && teamId !== null) qb.andWhere('leader_grant.teamId = :teamId', { teamId });
    return pageOf(qb.orderBy('leader_grant.validFrom', 'DESC'), undefined, page);
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
