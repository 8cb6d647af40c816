import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { oneDescription, RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { RetireInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { Account } from '../account/account.entity';
import { Membership } from './membership.entity';
import { CreateMembershipInput, DecideMembershipInput, MembershipFilter, MembershipSort, UpdateMembershipInput } from './membership.inputs';
import { createMembership, decideMembership, endMembership, membershipsMatching, updateMembership } from './membership.service';

const memberships: RecordList<Membership, MembershipFilter> = {
  entity: Membership,
  name: 'memberships',
  description: 'The memberships you may see, filtered, sorted and paged.',
  one: { name: 'membership', description: oneDescription('membership') },
  filter: MembershipFilter,
  sort: MembershipSort,
  defaultSort: [],
  select: membershipsMatching,
};

/**
 * The person behind an account that proposed or decided a membership, read through the caller's
 * scope. Whoever may read the membership may know who decided it, so the account is looked up as
 * it is; the person is then shown only where the caller may read them. Batched per request.
 */
async function personOfAccount(ctx: RequestContext, accountId: number | null): Promise<Person | null> {
  if (accountId === null) return null;
  const personIds = ctx.loaders.custom(
    'personOfAccount',
    () =>
      new DataLoader<number, number | null>(async (ids) => {
        const rows = await ctx.db.getRepository(Account).find({ select: { id: true, personId: true }, where: { id: In([...ids]) } });
        const byAccount = new Map(rows.map((a) => [a.id, a.personId]));
        return ids.map((id) => byAccount.get(id) ?? null);
      }),
  );
  const personId = await personIds.load(accountId);
  return personId === null ? null : ctx.loaders.byId(Person).load(personId);
}

@Resolver(() => Membership)
export class MembershipResolver extends RecordQueries(memberships) {
  @Mutation(() => Membership, {
    description:
      'Gives a person a role in a body you administer. A role that reads inspection records or their summaries is only proposed (status PENDING) and takes effect once a leading-group leader approves it. Never for your own person.',
  })
  createMembership(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreateMembershipInput,
  ): Promise<Membership> {
    return createMembership(ctx, input);
  }

  @Mutation(() => Membership, { description: 'Edits a membership you administer.' })
  updateMembership(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdateMembershipInput,
  ): Promise<Membership> {
    return updateMembership(ctx, input);
  }

  @Mutation(() => Membership, {
    description:
      'Approves a proposed membership (a leading-group leader whose committee covers the body; not your own, not one you proposed). It takes effect at once.',
  })
  approveMembership(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The proposal, its version and an optional note.' }) input: DecideMembershipInput,
  ): Promise<Membership> {
    return decideMembership(ctx, input, true);
  }

  @Mutation(() => Membership, {
    description: 'Refuses a proposed membership, with the reason (same deciders as approveMembership). It never takes effect.',
  })
  refuseMembership(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The proposal, its version and the reason.' }) input: DecideMembershipInput,
  ): Promise<Membership> {
    return decideMembership(ctx, input, false);
  }

  @Mutation(() => Membership, {
    description:
      "Ends a membership on the given day. Without a day (or with today's) it ends now: the role stops at the holder's next request and their sessions end.",
  })
  endMembership(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput,
  ): Promise<Membership> {
    return endMembership(ctx, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The member; null when outside your scope.' })
  person(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(membership.personId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'The person who proposed (created) it, through their account; null for memberships loaded with the roster, or when that person is outside your scope.',
  })
  proposer(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return personOfAccount(ctx, membership.proposedByAccountId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person who approved or refused it; null while undecided, or when that person is outside your scope.',
  })
  decider(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return personOfAccount(ctx, membership.decidedByAccountId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body; null when outside your scope.' })
  body(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(membership.bodyId);
  }
}

export const membershipModule: ModuleDescriptor = { entities: [Membership], resolvers: [MembershipResolver], lists: [memberships] };
