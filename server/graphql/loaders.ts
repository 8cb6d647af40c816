/**
 * Batches for nested fields, one set per request: each batch is one SQL statement that carries the
 * caller's rules, so a page of 100 parents costs the same number of statements as a page of 10.
 */
import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { ReadScope } from '../scope/read-scope';
import { scopedQuery, scopePredicate } from '../scope/scoped-query';
import { checkedFirst } from './list';

export interface RelationSpec {
  /** Sort keys, in order; the id is always appended so results are stable. */
  orderBy: Array<[property: string, direction: 'ASC' | 'DESC']>;
  /** A property that must be null (e.g. `retiredOn`, to keep only records in service). */
  whereNull?: string;
}

/** Records by id; null where the id does not exist or is outside the caller's scope. */
function byId<T extends ObjectLiteral & { id: number }>(scope: ReadScope, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await scopedQuery(scope, entity, 'r')
      .andWhere('r.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * The first `limit` records per key of a one-to-many relation, in one statement: a window function
 * numbers each key's rows (under the caller's rules) and the outer query keeps the first ones.
 */
function manyByKey<T extends ObjectLiteral>(
  scope: ReadScope,
  entity: EntityTarget<T>,
  keyProperty: string,
  spec: RelationSpec,
  limit: number,
) {
  return new DataLoader<number, T[]>(async (keys) => {
    const outer = scope.db.createQueryBuilder(entity, 'r');
    const metadata = scope.db.getMetadata(entity);
    const col = (property: string) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return column.databaseName;
    };
    const inner = scope.db.createQueryBuilder(entity, 'w');
    const predicate = scopePredicate(scope, inner as never, entity, 'w');
    const order: Array<[string, 'ASC' | 'DESC']> = [...spec.orderBy, ['id', 'ASC']];
    const orderSql = order.map(([p, direction]) => `w.${outer.escape(col(p))} ${direction}`).join(', ');
    const key = `w.${outer.escape(col(keyProperty))}`;
    const numbered = inner
      .select('w.id', 'id')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${key} ORDER BY ${orderSql})`, 'rn')
      .where(predicate.sql, predicate.params)
      .andWhere(`${key} IN (:...relationKeys)`, { relationKeys: [...keys] });
    if (spec.whereNull) numbered.andWhere(`w.${outer.escape(col(spec.whereNull))} IS NULL`);
    const rows = await outer
      .where(`r.id IN (SELECT numbered.id FROM (${numbered.getQuery()}) numbered WHERE numbered.rn <= :relationLimit)`)
      .setParameters({ ...numbered.getParameters(), relationLimit: limit })
      .orderBy(Object.fromEntries(order.map(([p, direction]) => [`r.${p}`, direction])))
      .getMany();
    const grouped = new Map<number, T[]>();
    for (const row of rows) {
      const k = row[keyProperty] as number;
      if (!grouped.has(k)) grouped.set(k, []);
      grouped.get(k)!.push(row);
    }
    return keys.map((k) => grouped.get(k) ?? []);
  });
}

export interface Loaders {
  byId<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>): DataLoader<number, T | null>;
  /** One loader per (relation, limit): the window's limit is part of the statement. */
  many<T extends ObjectLiteral>(entity: EntityTarget<T>, keyProperty: string, spec: RelationSpec, limit: number): DataLoader<number, T[]>;
  /** A loader of a module's own, cached for the request under `key`. */
  custom<K, V>(key: string, make: () => DataLoader<K, V>): DataLoader<K, V>;
}

export function createLoaders(scope: ReadScope): Loaders {
  const cache = new Map<unknown, DataLoader<never, unknown>>();
  const named = <L extends DataLoader<never, unknown>>(key: unknown, make: () => L): L => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as L;
  };
  return {
    byId: (entity) => named(entity, () => byId(scope, entity)),
    many: (entity, keyProperty, spec, limit) => {
      const bounded = checkedFirst(limit);
      const name = (entity as { name: string }).name;
      return named(`${name}:${keyProperty}:${JSON.stringify(spec)}:${bounded}`, () => manyByKey(scope, entity, keyProperty, spec, bounded));
    },
    custom: (key, make) => named(key, make),
  };
}
