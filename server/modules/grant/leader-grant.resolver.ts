import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { LeaderGrant } from './leader-grant.entity';
import { LeaderGrantFilter, LeaderGrantSort } from './leader-grant.inputs';
import { leaderGrantsMatching } from './leader-grant.service';
import { revokeLeaderGrant, RevokeLeaderGrantInput } from './revoke-grant';

const leaderGrants: RecordList<LeaderGrant, LeaderGrantFilter> = {
  entity: LeaderGrant,
  name: 'leaderGrants',
  description: 'The leadership grants you may see, newest first.',
  one: { name: 'leaderGrant', description: oneDescription('leadership grant') },
  filter: LeaderGrantFilter,
  sort: LeaderGrantSort,
  // Ties between grants of the same day keep their order of issue.
  defaultSort: [
    { field: 'validFrom', direction: SortDirection.DESC },
    { field: 'id', direction: SortDirection.ASC },
  ],
  select: leaderGrantsMatching,
};

/** Grants are issued with an inspection assignment (appointLeader); here they can be read and revoked. */
@Resolver(() => LeaderGrant)
export class LeaderGrantResolver extends RecordQueries(leaderGrants) {
  @Mutation(() => LeaderGrant, {
    description:
      "Revokes a leader's grant before its last day, with the reason (whoever may name the inspection's leader: the leading group). Leadership ends with the holder's next request. A revocation is final; nobody revokes their own grant (a leader who steps down asks the leading group). A new leader may then be named with appointLeader.",
  })
  revokeLeaderGrant(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The grant, its version and the reason.' }) input: RevokeLeaderGrantInput,
  ): Promise<LeaderGrant> {
    return revokeLeaderGrant(ctx, input);
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

export const grantModule: ModuleDescriptor = { entities: [LeaderGrant], resolvers: [LeaderGrantResolver], lists: [leaderGrants] };
