/**
 * The one read path: every list, count, single read and batch starts from a query builder that
 * already carries the caller's permission rules as SQL.
 */
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Action, SubjectName } from '../permissions/ability';
import { rulesToSql } from '../permissions/sql';
import { notFound } from '../errors';
import type { ReadScope } from './read-scope';

let aliasCounter = 0;

/**
 * The start of the name of each value a permission predicate binds: `scope_<alias>_<n>_`, with a
 * running number, so that two predicates on one statement never share a name.
 */
export const SCOPE_PARAMETER_PREFIX = /\bscope_\w+?_\d+_/g;

export function subjectNameOf(entity: EntityTarget<ObjectLiteral>): SubjectName {
  return (entity as { name: string }).name as SubjectName;
}

/** The caller's rules for (action, entity) as a predicate on `alias`, ready for `andWhere`. */
export function scopePredicate(
  scope: ReadScope,
  qb: SelectQueryBuilder<ObjectLiteral>,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  action: Action = 'read',
): { sql: string; params: Record<string, unknown> } {
  const metadata = qb.connection.getMetadata(entity);
  return rulesToSql(scope.ability, action, subjectNameOf(entity), {
    paramPrefix: `scope_${alias}_${aliasCounter++ % 1_000_000}_`,
    column(field) {
      const column = metadata.findColumnWithPropertyName(field);
      if (!column) throw new Error(`permission rule names ${field}, which ${metadata.name} does not have`);
      return `${qb.escape(alias)}.${qb.escape(column.databaseName)}`;
    },
    bodyPath(bodyId) {
      const path = scope.bodyPaths.get(bodyId);
      // Rules only name bodies on the caller's own reporting lines; anything else is a defect, so deny.
      if (!path) throw new Error(`permission rule names body ${bodyId}, whose path is not known for this request`);
      return path;
    },
  });
}

export function scopedQuery<T extends ObjectLiteral>(
  scope: ReadScope,
  entity: EntityTarget<T>,
  alias: string,
  action: Action = 'read',
  manager: EntityManager = scope.db.manager,
): SelectQueryBuilder<T> {
  const qb = manager.createQueryBuilder(entity, alias);
  const predicate = scopePredicate(scope, qb as SelectQueryBuilder<ObjectLiteral>, entity, alias, action);
  return qb.where(predicate.sql, predicate.params);
}

/** A single record the caller may act on, or NOT_FOUND. */
export async function findScoped<T extends ObjectLiteral>(
  scope: ReadScope,
  entity: EntityTarget<T>,
  id: number,
  action: Action = 'read',
  manager?: EntityManager,
): Promise<T> {
  const record = await scopedQuery(scope, entity, 'r', action, manager).andWhere('r.id = :id', { id }).getOne();
  if (!record) throw notFound(subjectNameOf(entity), id);
  return record;
}
