/**
 * The exported record lists by name (`findings`, `bodies`, …), read from the modules: each is the
 * query that selects its records under a filter. The GraphQL list and the CSV export both read
 * through it, so a filter selects the same records in both.
 */
import type { ClassType } from 'type-graphql';
import type { IdsFilter } from './list';
import type { RecordList } from './record-queries';
import { MODULE_LISTS } from '../modules';

/** An exported list; its export's `filter` parameter is the list's filter argument. */
export type ListQuery = RecordList & { filter: ClassType<IdsFilter> };

const lists = new Map<string, ListQuery>();
const named = new Set<string>();
for (const list of MODULE_LISTS) {
  if (named.has(list.name)) throw new Error(`two lists are named ${list.name}`);
  named.add(list.name);
  if (!list.exported) continue;
  if (!list.filter) throw new Error(`the list ${list.name} is exported but takes no filter`);
  lists.set(list.name, list as ListQuery);
}

export function listQuery(name: string): ListQuery | undefined {
  return lists.get(name);
}

export function listNames(): string[] {
  return [...lists.keys()].sort();
}
