/**
 * The SQL text of a read, made once for each shape of query: TypeORM writes a statement afresh for
 * every query builder (aliases resolved, columns escaped, joins laid out), which costs a page of
 * records more than running it. Two builders have the same shape when they read the same table
 * under the same alias with the same conditions and order, apart from the values bound to them;
 * the text made for the first is run for every later one, with the later one's values.
 *
 * The permission predicate's parameters are named with a running number (scoped-query.ts), so
 * the same conditions are spelt differently by each request: the shape renames them in the order
 * they first appear, in the text kept and in the values given, which is the same order each time.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SCOPE_PARAMETER_PREFIX } from './scoped-query';

/** How many shapes are kept; the least recently used beyond that are made again. */
const SHAPES_KEPT = 500;
const shapes = new Map<string, string>();

/** `scope_record_1234_` → `scope_s0_`: the k-th distinct predicate prefix of the shape. */
function renamer(text: string): (name: string) => string {
  const order = new Map<string, string>();
  for (const [prefix] of text.matchAll(SCOPE_PARAMETER_PREFIX)) if (!order.has(prefix)) order.set(prefix, `scope_s${order.size}_`);
  return (name) => name.replace(SCOPE_PARAMETER_PREFIX, (prefix) => order.get(prefix) ?? prefix);
}

/**
 * The raw rows of the statement `finish` makes of a copy of `qb` (its columns, joins, limits),
 * `variant` naming whatever `finish` adds that `qb` does not show. Builders with joins, grouping
 * or anything else this shape does not describe are run as TypeORM writes them.
 */
export async function rawRowsByShape<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  variant: string,
  finish: (copy: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
): Promise<Record<string, unknown>[]> {
  const map = qb.expressionMap;
  const plain = map.joinAttributes.length === 0 && map.groupBys.length === 0 && map.havings.length === 0 && !map.selectDistinct;
  if (!plain) return finish(qb.clone()).getRawMany();
  const conditions = JSON.stringify([map.wheres, map.orderBys]);
  const rename = renamer(conditions);
  const key = `${map.mainAlias!.metadata.name} ${qb.alias} ${variant} ${rename(conditions)}`;
  const run = qb.clone();
  let text = shapes.get(key);
  if (text === undefined) {
    text = rename(finish(qb.clone()).getQuery());
    if (shapes.size >= SHAPES_KEPT) shapes.delete(shapes.keys().next().value!);
  } else {
    // Re-inserted, so that the map's order is the order of last use.
    shapes.delete(key);
  }
  shapes.set(key, text);
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(qb.getParameters())) values[rename(name)] = value;
  const kept = text;
  // TypeORM binds the values, picks the connection (a replica or the primary) and logs the
  // statement as for any builder; only the writing of the text is skipped.
  return Object.assign(run.setParameters(values), { getQuery: () => kept }).getRawMany();
}
