import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { VersionedInput } from '../common/inputs';
import { SavedQuery } from './saved-query.entity';
import { CreateSavedQueryInput, SavedQuerySort, UpdateSavedQueryInput } from './saved-query.inputs';
import { createSavedQuery, deleteSavedQuery, ownSavedQueries, updateSavedQuery } from './saved-query.service';

const savedQueries: RecordList<SavedQuery> = {
  entity: SavedQuery,
  name: 'savedQueries',
  description: 'Your saved queries, by name. Nobody else sees them.',
  sort: SavedQuerySort,
  defaultSort: [{ field: 'name', direction: SortDirection.ASC }],
  select: ownSavedQueries,
};

@Resolver(() => SavedQuery)
export class SavedQueryResolver extends RecordQueries(savedQueries) {
  @Mutation(() => SavedQuery, { description: 'Saves a query under a name of your choosing.' })
  createSavedQuery(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreateSavedQueryInput,
  ): Promise<SavedQuery> {
    return createSavedQuery(ctx, input);
  }

  @Mutation(() => SavedQuery, { description: 'Renames a saved query or replaces its text or variables.' })
  updateSavedQuery(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdateSavedQueryInput,
  ): Promise<SavedQuery> {
    return updateSavedQuery(ctx, input);
  }

  @Mutation(() => SavedQuery, { description: 'Deletes a saved query (the audit trail keeps it). Returns it as it was.' })
  deleteSavedQuery(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The record and its version.' }) input: VersionedInput,
  ): Promise<SavedQuery> {
    return deleteSavedQuery(ctx, input);
  }
}

export const savedQueryModule: ModuleDescriptor = { entities: [SavedQuery], resolvers: [SavedQueryResolver], lists: [savedQueries] };
