import { Arg, Ctx, Int, Query, Resolver, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from './context';
import { applyIdsFilter, IdsFilter, ListType, pageOf, PageInput, SortDirection, type ListResult } from './list';
import { registerListQuery } from './list-queries';
import { findScoped, scopedQuery } from '../scope/scoped-query';

export interface RecordQueriesOptions<T, F extends IdsFilter> {
  one: string;
  list: string;
  description: string;
  filter: ClassType<F>;
  /** Applies the filter's own conditions (ids are applied already). */
  where?: (qb: SelectQueryBuilder<T & ObjectLiteral>, filter: F) => void;
  /** Default order, e.g. newest first. */
  orderBy: [property: string, direction: 'ASC' | 'DESC'];
}

/**
 * The read half of the API grammar for a record type: `x(id)` and `xs(filter, page)`, both on the
 * scoped read path. Modules add their own mutations and relation fields beside it.
 */
/** The records of `entity` that `filter` selects, on the scoped read path, under the alias `record`. */
function filteredRecords<T extends ObjectLiteral, F extends IdsFilter>(
  ctx: RequestContext,
  entity: ClassType<T>,
  filter: F,
  where?: (qb: SelectQueryBuilder<T>, filter: F) => void,
): SelectQueryBuilder<T> {
  const qb = scopedQuery(ctx, entity, 'record');
  applyIdsFilter(qb, filter);
  where?.(qb, filter);
  return qb;
}

export function RecordQueries<T extends ObjectLiteral, F extends IdsFilter>(entity: ClassType<T>, options: RecordQueriesOptions<T, F>) {
  const List = ListType(entity, entity.name);
  registerListQuery(options.list, {
    entity,
    filter: options.filter,
    select: (ctx, filter) => filteredRecords(ctx, entity, filter, options.where),
  });

  @Resolver()
  abstract class Queries {
    @Query(() => entity, { name: options.one, description: `One ${options.description}. NOT_FOUND if it does not exist or is outside your scope.` })
    one(@Ctx() ctx: RequestContext, @Arg('id', () => Int, { description: 'The id of the record.' }) id: number): Promise<T> {
      return findScoped(ctx, entity, id);
    }

    @Query(() => List, { name: options.list, description: `The ${options.description} records you may see, ${options.orderBy[1] === 'DESC' ? 'newest' : 'oldest'} first.` })
    list(
      @Ctx() ctx: RequestContext,
      @Arg('filter', () => options.filter, { nullable: true, description: 'Which records to return; all records you may see when omitted.' })
      filter?: F,
      @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the first 25 when omitted.' }) page?: PageInput,
    ): Promise<ListResult<T>> {
      const qb = filteredRecords(ctx, entity, filter ?? ({} as F), options.where);
      const [field, direction] = options.orderBy;
      return pageOf(qb, [{ field, direction: SortDirection[direction] }], page);
    }
  }
  return Queries;
}
