import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { oneDescription, RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { RetireInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { PoolEntry } from './pool-entry.entity';
import { CreatePoolEntryInput, PoolEntryFilter, PoolEntrySort, UpdatePoolEntryInput } from './pool-entry.inputs';
import { createPoolEntry, poolEntriesMatching, retirePoolEntry, updatePoolEntry } from './pool-entry.service';

const poolEntries: RecordList<PoolEntry, PoolEntryFilter> = {
  entity: PoolEntry,
  name: 'poolEntries',
  description: 'The team-leader pool entries you may see.',
  one: { name: 'poolEntry', description: oneDescription('pool entry') },
  filter: PoolEntryFilter,
  sort: PoolEntrySort,
  defaultSort: [],
  select: poolEntriesMatching,
};

@Resolver(() => PoolEntry)
export class PoolEntryResolver extends RecordQueries(poolEntries) {
  @Mutation(() => PoolEntry, { description: "Adds a person to a leading group's team-leader pool." })
  createPoolEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreatePoolEntryInput,
  ): Promise<PoolEntry> {
    return createPoolEntry(ctx, input);
  }

  @Mutation(() => PoolEntry, { description: 'Edits a pool entry.' })
  updatePoolEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdatePoolEntryInput,
  ): Promise<PoolEntry> {
    return updatePoolEntry(ctx, input);
  }

  @Mutation(() => PoolEntry, { description: 'Takes a person out of the pool.' })
  retirePoolEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput,
  ): Promise<PoolEntry> {
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

export const poolModule: ModuleDescriptor = { entities: [PoolEntry], resolvers: [PoolEntryResolver], lists: [poolEntries] };
