import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ListType, PageInput } from '../../graphql/list';
import { RetireInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { PoolEntry } from './pool-entry.entity';
import { CreatePoolEntryInput, PoolEntryFilter, PoolEntrySort, UpdatePoolEntryInput } from './pool-entry.inputs';
import { createPoolEntry, getPoolEntry, listPoolEntries, retirePoolEntry, updatePoolEntry } from './pool-entry.service';

export const PoolEntryList = ListType(PoolEntry, 'PoolEntry');

@Resolver(() => PoolEntry)
export class PoolEntryResolver {
  @Query(() => PoolEntry, { description: 'One pool entry. NOT_FOUND if it does not exist or is outside your scope.' })
  poolEntry(@Ctx() ctx: RequestContext, @Arg('id', () => Int, { description: 'The id of the record.' }) id: number): Promise<PoolEntry> {
    return getPoolEntry(ctx, id);
  }

  @Query(() => PoolEntryList, { description: 'The team-leader pool entries you may see.' })
  poolEntries(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PoolEntryFilter, { nullable: true, description: 'Which records to return; all records you may see when omitted.' }) filter?: PoolEntryFilter,
    @Arg('sort', () => [PoolEntrySort], { nullable: true, description: 'Sort keys, most significant first; the id always breaks ties.' }) sort?: PoolEntrySort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the first 25 when omitted.' }) page?: PageInput,
  ) {
    return listPoolEntries(ctx, filter, sort, page);
  }

  @Mutation(() => PoolEntry, { description: "Adds a person to a leading group's team-leader pool." })
  createPoolEntry(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: CreatePoolEntryInput): Promise<PoolEntry> {
    return createPoolEntry(ctx, input);
  }

  @Mutation(() => PoolEntry, { description: 'Edits a pool entry.' })
  updatePoolEntry(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: UpdatePoolEntryInput): Promise<PoolEntry> {
    return updatePoolEntry(ctx, input);
  }

  @Mutation(() => PoolEntry, { description: 'Takes a person out of the pool.' })
  retirePoolEntry(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput): Promise<PoolEntry> {
    return retirePoolEntry(ctx, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person; null when outside your scope.' })
  person(@Root() entry: PoolEntry, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(entry.personId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The leading group; null when outside your scope.' })
  leadingGroup(@Root() entry: PoolEntry, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(entry.leadingGroupId);
  }
}
