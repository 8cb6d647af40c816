/**
 * The record lists of the API by name (`findings`, `bodies`, …), each as the query that selects its
 * records under a filter. The GraphQL list and the CSV export both read through it, so a filter
 * selects the same records in both.
 */
import type { ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from './context';
import type { IdsFilter } from './list';

export interface ListQuery<T extends ObjectLiteral = ObjectLiteral, F extends IdsFilter = IdsFilter> {
  entity: ClassType<T>;
  /** The filter's input class, as the list's `filter` argument takes it. */
  filter: ClassType<F>;
  /** The records the filter selects, on the scoped read path, neither ordered nor paged. */
  select(ctx: RequestContext, filter: F): SelectQueryBuilder<T> | Promise<SelectQueryBuilder<T>>;
}

const lists = new Map<string, ListQuery>();

/** Registers a list under the name of its GraphQL query. */
export function registerListQuery<T extends ObjectLiteral, F extends IdsFilter>(name: string, query: ListQuery<T, F>): void {
  if (lists.has(name)) throw new Error(`two lists are named ${name}`);
  lists.set(name, query as unknown as ListQuery);
}

export function listQuery(name: string): ListQuery | undefined {
  return lists.get(name);
}

export function listNames(): string[] {
  return [...lists.keys()].sort();
}
