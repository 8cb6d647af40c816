/**
 * Summaries: GROUP BY in SQL over exactly the rows the caller may read or count, with the same
 * filters as the lists, so that a summary's total is the list's totalCount. Those who may only count
 * (committee leaders) get the numbers without the records, and small groups about named people are
 * withheld from them so that a count cannot single a person out.
 */
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { applyIdsFilter, type IdsFilter } from '../../graphql/list';
import { scopePredicate } from '../../scope/scoped-query';
import { DENY_ALL } from '../../permissions/sql';
import { sqlDialect, type SqlDialect } from '../../db/sql-dialect';
import { Summary, SummaryGroup } from './summary.types';

export const MAX_DIMENSIONS = 3;
export const MAX_GROUPS = 1000;

/** A grouping column: its SQL over the aliases `record` and the joins it names. */
export interface Dimension<J extends string> {
  sql: (dialect: SqlDialect) => string;
  params?: () => Record<string, unknown>;
  joins?: readonly J[];
}

/** An average duration in days over the rows where `over` holds. */
export interface Duration {
  days: (dialect: SqlDialect) => string;
  over: string;
  params?: () => Record<string, unknown>;
  joins?: readonly string[];
}

/** What one record type needs to be summarised. */
export interface SummarySpec<T extends ObjectLiteral, F extends IdsFilter, D extends string, J extends string> {
  entity: EntityTarget<T>;
  applyFilter: (qb: SelectQueryBuilder<T>, filter: F) => void;
  dimensions: Record<D, Dimension<J>>;
  joins: Record<J, (qb: SelectQueryBuilder<T>) => void>;
  /** True for a record about a named person: small groups of those are withheld from count-only readers. */
  aboutNamedPerson?: string;
  duration?: Duration;
}

/** A group as the database counted it, before the disclosure rule. */
export interface CountedGroup {
  key: (string | null)[];
  count: number;
  /** How many of them the caller may read (the rest it may only count). */
  readable: number;
  /** How many of them are about a named person. */
  named: number;
  averageDays: number | null;
  averagedOver: number;
}

function shown(group: CountedGroup): SummaryGroup {
  return { key: group.key, count: group.count, fewerThan: null, withheld: false, averageDays: group.averageDays, averagedOver: group.averagedOver };
}

function hidden(group: CountedGroup, fewerThan: number | null): SummaryGroup {
  return { key: group.key, count: null, fewerThan, withheld: true, averageDays: null, averagedOver: null };
}

/**
 * The small-count rule. A group is too small to show when the caller may not read all of it, some
 * of it is about named people, and it counts fewer than `minimum`. When exactly one group is too
 * small and every group is listed, the total minus the others would give it away, so the smallest
 * other group is withheld too (or, with no other group, the total).
 */
export function disclose(total: CountedGroup, groups: CountedGroup[], minimum: number, complete: boolean): { total: SummaryGroup; groups: SummaryGroup[] } {
  const tooSmall = (g: CountedGroup) => g.count > 0 && g.count < minimum && g.named > 0 && g.readable < g.count;
  const result = groups.map((g) => (tooSmall(g) ? hidden(g, minimum) : shown(g)));
  let totalShown = tooSmall(total) ? hidden(total, minimum) : shown(total);
  const small = result.filter((g) => g.withheld);
  if (small.length === 1 && !totalShown.withheld && complete) {
    let smallest = -1;
    result.forEach((g, i) => {
      if (!g.withheld && (smallest < 0 || groups[i].count < groups[smallest].count)) smallest = i;
    });
    if (smallest >= 0) result[smallest] = hidden(groups[smallest], null);
    else totalShown = hidden(total, null);
  }
  return { total: totalShown, groups: result };
}

/** The records the caller may read or count: the rows every summary starts from. */
export function countableQuery<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): { qb: SelectQueryBuilder<T>; readSql: string } {
  const qb = ctx.db.manager.createQueryBuilder(entity, 'record') as SelectQueryBuilder<T>;
  const asQb = qb as unknown as SelectQueryBuilder<ObjectLiteral>;
  const read = scopePredicate(ctx, asQb, entity, 'record', 'read');
  const count = scopePredicate(ctx, asQb, entity, 'record', 'summarize');
  // SQLite does not drop `1=0 OR range`, and scans the whole table for it instead of the range.
  const either = [read, count].filter((p) => p.sql !== DENY_ALL.sql);
  qb.where(either.length === 2 ? `(${read.sql} OR ${count.sql})` : (either[0] ?? DENY_ALL).sql, { ...read.params, ...count.params });
  return { qb, readSql: read.sql };
}

const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const toKey = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** The total row of groups that hold every counted record between them (every aggregate adds up; averages by weight). */
function addedUp(rows: Record<string, unknown>[]): Record<string, unknown> {
  const sum = (column: string) => rows.reduce((a, row) => a + toNumber(row[column]), 0);
  const averagedOver = sum('averagedOver');
  const days = rows.reduce((a, row) => a + (row.averageDays === null || row.averageDays === undefined ? 0 : Number(row.averageDays) * toNumber(row.averagedOver)), 0);
  return { n: sum('n'), readable: sum('readable'), named: sum('named'), averagedOver, averageDays: averagedOver > 0 ? days / averagedOver : null };
}

export async function summarize<T extends ObjectLiteral, F extends IdsFilter, D extends string, J extends string>(
  ctx: RequestContext,
  spec: SummarySpec<T, F, D, J>,
  groupBy: readonly D[],
  filter: F | undefined,
  limit: number,
): Promise<Summary> {
  if (groupBy.length > MAX_DIMENSIONS) throw badInput('groupBy', `group by at most ${MAX_DIMENSIONS} dimensions, got ${groupBy.length}`);
  if (new Set(groupBy).size !== groupBy.length) throw badInput('groupBy', 'names a dimension twice');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GROUPS) throw badInput('limit', `must be from 1 to ${MAX_GROUPS}, got ${limit}`);
  const dialect = sqlDialect(ctx.db);

  const base = () => {
    const { qb, readSql } = countableQuery(ctx, spec.entity);
    applyIdsFilter(qb, filter ?? {});
    spec.applyFilter(qb, filter ?? ({} as F));

    const joins = new Set<J>();
    for (const name of groupBy) spec.dimensions[name].joins?.forEach((j) => joins.add(j));
    spec.duration?.joins?.forEach((j) => joins.add(j as J));
    for (const join of joins) spec.joins[join](qb);

    qb.select('COUNT(*)', 'n');
    qb.addSelect(`SUM(CASE WHEN ${readSql} THEN 1 ELSE 0 END)`, 'readable');
    qb.addSelect(spec.aboutNamedPerson ? `SUM(CASE WHEN ${spec.aboutNamedPerson} THEN 1 ELSE 0 END)` : '0', 'named');
    if (spec.duration) {
      qb.addSelect(`AVG(CASE WHEN ${spec.duration.over} THEN ${spec.duration.days(dialect)} END)`, 'averageDays');
      qb.addSelect(`SUM(CASE WHEN ${spec.duration.over} THEN 1 ELSE 0 END)`, 'averagedOver');
      qb.setParameters(spec.duration.params?.() ?? {});
    } else {
      qb.addSelect('NULL', 'averageDays');
      qb.addSelect('0', 'averagedOver');
    }
    return qb;
  };

  const counted = (row: Record<string, unknown>, key: (string | null)[]): CountedGroup => ({
    key,
    count: toNumber(row.n),
    readable: toNumber(row.readable),
    named: toNumber(row.named),
    averageDays: row.averageDays === null || row.averageDays === undefined ? null : Math.round(Number(row.averageDays) * 10) / 10,
    averagedOver: toNumber(row.averagedOver),
  });

  let groups: CountedGroup[] = [];
  let groupCount = 0;
  let totalRow: Record<string, unknown> | undefined;
  if (groupBy.length > 0) {
    const inner = base();
    groupBy.forEach((name, i) => {
      const dimension = spec.dimensions[name];
      const sql = dimension.sql(dialect);
      inner.addSelect(sql, `k${i}`);
      inner.setParameters(dimension.params?.() ?? {});
      if (i === 0) inner.groupBy(sql);
      else inner.addGroupBy(sql);
    });
    const groupsOf = () => ctx.db.createQueryBuilder().from(`(${inner.getQuery()})`, 'summary_groups').setParameters(inner.getParameters());
    // Ordered and cut outside the grouping: with ORDER BY … LIMIT on the grouping itself MariaDB reads a
    // wide scope through the path index instead of in table order, at twice the cost. One group more
    // than asked for says whether the list is complete (a window function counting the groups made
    // MariaDB sort every row in scope before grouping).
    const ranked = groupsOf().select('*').orderBy('n', 'DESC');
    groupBy.forEach((_, i) => ranked.addOrderBy(`k${i}`, 'ASC'));
    const rows = await ranked.limit(limit + 1).getRawMany();
    const listed = rows.slice(0, limit);
    groups = listed.map((row) => counted(row, groupBy.map((_, i) => toKey(row[`k${i}`]))));
    if (rows.length <= limit) {
      groupCount = rows.length;
      // Every group is listed, so they add up to the total: one pass over the scope instead of two.
      totalRow = addedUp(rows);
    } else {
      groupCount = toNumber((await groupsOf().select('COUNT(*)', 'n').getRawOne())?.n);
    }
  }
  const total = counted(totalRow ?? (await base().getRawOne()) ?? {}, []);

  const disclosed = disclose(total, groups, ctx.summaryMinimumGroup, groupCount <= groups.length);
  return { dimensions: [...groupBy], total: disclosed.total, groups: disclosed.groups, groupCount, minimumGroupSize: ctx.summaryMinimumGroup };
}
