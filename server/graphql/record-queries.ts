import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from './context';
import { applyIdsFilter, IdsFilter, ListType, pageOf, PageInput, type ListResult, type SortSpec } from './list';
import { findScoped, scopedQuery } from '../scope/scoped-query';

/** The descriptions every list query gives its arguments. */
const FILTER_ARG = 'Which records to return; all records you may see when omitted.';
const SORT_ARG = 'Sort keys, most significant first; the id always breaks ties.';
const PAGE_ARG = 'Which page to return; the first 25 when omitted.';

/** The sort input a list takes: `SortType(fields, name)` of list.ts. */
export type SortInput = ClassType<SortSpec>;

/**
 * One record list of the API: the GraphQL list query `xs(filter, sort, page)` and, for an exported
 * list, the CSV export of the same name. Both read through `select`, so a filter selects the same
 * records in both.
 */
export interface RecordList<T extends ObjectLiteral = ObjectLiteral, F extends IdsFilter = IdsFilter> {
  entity: ClassType<T>;
  /** The list query's name, e.g. `findings`; also the export's, `/exports/findings.csv`. */
  name: string;
  description: string;
  /** The single-record query beside the list, `x(id)` on the scoped read path; none for lists of the caller's own rows. */
  one?: { name: string; description: string };
  /** The filter's input class; a list without one takes no `filter` argument. */
  filter?: ClassType<F>;
  sort: SortInput;
  /** The order when the caller gives no sort. */
  defaultSort: SortSpec[];
  /** The records the filter selects for the caller, neither ordered nor paged. */
  select(ctx: RequestContext, filter: F): SelectQueryBuilder<T> | Promise<SelectQueryBuilder<T>>;
  /** Whether GET /exports/<name>.csv serves it. */
  exported?: boolean;
}

/** "One finding. NOT_FOUND if it does not exist or is outside your scope." */
export function oneDescription(noun: string): string {
  return `One ${noun}. NOT_FOUND if it does not exist or is outside your scope.`;
}

/**
 * The `select` of most lists: the records of `entity` on the scoped read path under the alias
 * `record`, with the filter's ids and then its own conditions applied.
 */
export function recordsWhere<T extends ObjectLiteral, F extends IdsFilter>(
  entity: ClassType<T>,
  where?: (qb: SelectQueryBuilder<T>, filter: F) => void,
): (ctx: RequestContext, filter: F) => SelectQueryBuilder<T> {
  return (ctx, filter) => {
    const qb = scopedQuery(ctx, entity, 'record');
    applyIdsFilter(qb, filter);
    where?.(qb, filter);
    return qb;
  };
}

/**
 * The names of the fields asked of each item (`xs { items { … } }`), through fragments too; none
 * when the items are not asked for at all.
 */
export function itemFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, into: (name: string, sub: SelectionSetNode | undefined) => void): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) into(selection.name.value, selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, into);
      else collect(info.fragments[selection.name.value]?.selectionSet, into);
    }
  };
  for (const node of info.fieldNodes) {
    collect(node.selectionSet, (name, items) => {
      if (name === 'items') collect(items, (field) => names.add(field));
    });
  }
  return names;
}

/** Leaves the method or parameter it decorates as it is: the place of a decorator a list does without. */
const undecorated: MethodDecorator & ParameterDecorator = () => undefined;

/**
 * The read half of the API grammar for a record type, `x(id)` and `xs(filter, sort, page)`: every
 * list of the API is served by it. Modules add their own mutations and relation fields beside it.
 */
export function RecordQueries<T extends ObjectLiteral, F extends IdsFilter>(list: RecordList<T, F>) {
  const { entity, one } = list;
  const List = ListType(entity, entity.name);
  const oneQuery = one ? Query(() => entity, { name: one.name, description: one.description }) : undecorated;
  // The filter comes last: type-graphql passes the declared arguments in order, so one that is not declared is simply undefined.
  const filterArg = list.filter ? Arg('filter', () => list.filter!, { nullable: true, description: FILTER_ARG }) : undecorated;

  @Resolver()
  abstract class Queries {
    @oneQuery
    recordById(@Ctx() ctx: RequestContext, @Arg('id', () => Int, { description: 'The id of the record.' }) id: number): Promise<T> {
      return findScoped(ctx, entity, id);
    }

    @Query(() => List, { name: list.name, description: list.description })
    async recordList(
      @Ctx() ctx: RequestContext,
      @Info() info: GraphQLResolveInfo,
      @Arg('sort', () => [list.sort], { nullable: true, description: SORT_ARG }) sort?: SortSpec[],
      @Arg('page', () => PageInput, { nullable: true, description: PAGE_ARG }) page?: PageInput,
      @filterArg filter?: F,
    ): Promise<ListResult<T>> {
      const qb = await list.select(ctx, filter ?? ({} as F));
      return pageOf(qb, sort?.length ? sort : list.defaultSort, page, itemFields(info));
    }
  }
  return Queries;
}
