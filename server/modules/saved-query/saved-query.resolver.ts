import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ListType, PageInput } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { SavedQuery } from './saved-query.entity';
import { CreateSavedQueryInput, UpdateSavedQueryInput } from './saved-query.inputs';
import { createSavedQuery, deleteSavedQuery, listSavedQueries, updateSavedQuery } from './saved-query.service';

export const SavedQueryList = ListType(SavedQuery, 'SavedQuery');

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => SavedQueryList, { description: 'Your saved queries, by name. Nobody else sees them.' })
  savedQueries(
    @Ctx() ctx: RequestContext,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the first 25 when omitted.' }) page?: PageInput,
  ) {
    return listSavedQueries(ctx, page);
  }

  @Mutation(() => SavedQuery, { description: 'Saves a query under a name of your choosing.' })
  createSavedQuery(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: CreateSavedQueryInput): Promise<SavedQuery> {
    return createSavedQuery(ctx, input);
  }

  @Mutation(() => SavedQuery, { description: 'Renames a saved query or replaces its text or variables.' })
  updateSavedQuery(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: UpdateSavedQueryInput): Promise<SavedQuery> {
    return updateSavedQuery(ctx, input);
  }

  @Mutation(() => SavedQuery, { description: 'Deletes a saved query (the audit trail keeps it). Returns it as it was.' })
  deleteSavedQuery(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The record and its version.' }) input: VersionedInput): Promise<SavedQuery> {
    return deleteSavedQuery(ctx, input);
  }
}
