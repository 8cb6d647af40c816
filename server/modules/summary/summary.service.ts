/**
 * Summaries: GROUP BY in SQL over exactly the rows the caller may read or count, with the same
 * filters as the lists, so that a summary's total is the list's totalCount.
 *
 * Those who may only count (committee leaders) get a disclosure-controlled table instead: consistent
 * suppression over fixed atoms. The records they may count are cut into atoms by a fixed key (for a
 * finding: its inspection, target, category and whether it was transferred), and every dimension
 * and filter they may use is a function of that key, so every answer is a union of whole atoms. An
 * atom holding a few records about named people that the caller may not read (fewer than the
 * minimum, but some) has those records left out of every number published, whatever the query; so
 * such a set gives the same answers as no set at all, and no combination of queries tells them
 * apart. schema/GUIDE.md states the guarantee.
 */
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
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

/**
 * A part of an atom's key, selected under `name`. The atoms are grouped first and the dimensions are
 * then computed from their keys alone, as `record.<name>` and through the spec's joins on those
 * names; so a dimension that is not a function of the atom cannot even be written.
 */
export interface AtomPart<J extends string> extends Dimension<J> {
  name: string;
}

/** How those who may only count are answered (see the top of this file). */
export interface CountOnly<F, D extends string, J extends string> {
  /** The key of the atom; whether the duration applies (`Duration.over`) is always added to it. */
  atom: readonly AtomPart<J>[];
  /** True for a record about a named person. */
  aboutNamedPerson: { sql: string; joins?: readonly J[] };
  /** The dimensions that are functions of the atom, the only ones offered. */
  dimensions: readonly D[];
  /** The filter fields that are functions of the atom, the only ones accepted. */
  filters: readonly (keyof F & string)[];
}

/** What one record type needs to be summarised. */
export interface SummarySpec<T extends ObjectLiteral, F extends IdsFilter, D extends string, J extends string> {
  entity: EntityTarget<T>;
  applyFilter: (qb: SelectQueryBuilder<T>, filter: F) => void;
  dimensions: Record<D, Dimension<J>>;
  joins: Record<J, (qb: SelectQueryBuilder<T>) => void>;
  duration?: Duration;
  /** Set for records that can be about named people; those who may only count them are answered by it. */
  countOnly?: CountOnly<F, D, J>;
}

/** The records the caller may read or count: the rows every summary starts from. */
export function countableQuery<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
): { qb: SelectQueryBuilder<T>; readSql: string; mayCount: boolean } {
  const qb = ctx.db.manager.createQueryBuilder(entity, 'record') as SelectQueryBuilder<T>;
  const asQb = qb as unknown as SelectQueryBuilder<ObjectLiteral>;
  const read = scopePredicate(ctx, asQb, entity, 'record', 'read');
  const count = scopePredicate(ctx, asQb, entity, 'record', 'summarize');
  // SQLite does not drop `1=0 OR range`, and scans the whole table for it instead of the range.
  const either = [read, count].filter((p) => p.sql !== DENY_ALL.sql);
  qb.where(either.length === 2 ? `(${read.sql} OR ${count.sql})` : (either[0] ?? DENY_ALL).sql, { ...read.params, ...count.params });
  return { qb, readSql: read.sql, mayCount: count.sql !== DENY_ALL.sql };
}

/** True when the caller holds a rule to count these records without reading them: answered in count-only mode. */
export function countsOnly<T extends ObjectLiteral, F extends IdsFilter, D extends string, J extends string>(
  ctx: RequestContext,
  spec: SummarySpec<T, F, D, J>,
): boolean {
  return spec.countOnly !== undefined && countableQuery(ctx, spec.entity).mayCount;
}

const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const toKey = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

function group(key: (string | null)[], count: number, averageDays: number | null, averagedOver: number): SummaryGroup {
  return { key, count, fewerThan: null, withheld: false, averageDays, averagedOver };
}

/**
 * `averages: false` leaves `averageDays` null (every count, and `averagedOver`, stay as they are): the
 * days are date arithmetic on every record averaged, most of the cost of a wide summary that does not
 * show them.
 */
export async function summarize<T extends ObjectLiteral, F extends IdsFilter, D extends string, J extends string>(
  ctx: RequestContext,
  spec: SummarySpec<T, F, D, J>,
  groupBy: readonly D[],
  filter: F | undefined,
  limit: number,
  { averages = true }: { averages?: boolean } = {},
): Promise<Summary> {
  if (groupBy.length > MAX_DIMENSIONS) throw badInput('groupBy', 'summary.tooManyDimensions', { max: MAX_DIMENSIONS, got: groupBy.length });
  if (new Set(groupBy).size !== groupBy.length) throw badInput('groupBy', 'summary.dimensionTwice');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GROUPS)
    throw badInput('limit', 'summary.limitRange', { max: MAX_GROUPS, got: limit });
  if (countsOnly(ctx, spec)) return summarizeCountOnly(ctx, spec, groupBy, filter ?? ({} as F), limit, averages);
  return summarizeReadable(ctx, spec, groupBy, filter ?? ({} as F), limit, averages);
}

/** The joins the named dimensions and parts need, each once. */
function joinAll<T extends ObjectLiteral, J extends string>(
  qb: SelectQueryBuilder<T>,
  joins: Record<J, (qb: SelectQueryBuilder<T>) => void>,
  needed: Iterable<J>,
): void {
  for (const join of new Set(needed)) joins[join](qb);
}

/** Selects the dimensions as k0, k1, … and groups by them (after any grouping already set). */
function groupByDimensions<T extends ObjectLiteral, J extends string>(
  qb: SelectQueryBuilder<T>,
  dimensions: readonly Dimension<J>[],
  dialect: SqlDialect,
  selected: boolean,
): void {
  dimensions.forEach((dimension, i) => {
    const sql = dimension.sql(dialect);
    if (selected) qb.addSelect(sql, `k${i}`);
    qb.setParameters(dimension.params?.() ?? {});
    if (qb.expressionMap.groupBys.includes(sql)) return;
    if (qb.expressionMap.groupBys.length === 0) qb.groupBy(sql);
    else qb.addGroupBy(sql);
  });
}

/**
 * Groups, ordered and cut outside the grouping: with ORDER BY … LIMIT on the grouping itself MariaDB
 * reads a wide scope through the path index instead of in table order, at twice the cost. One group
 * more than asked for says whether the list is complete (a window function counting the groups made
 * MariaDB sort every row in scope before grouping).
 */
async function rankedGroups(
  ctx: RequestContext,
  grouped: () => SelectQueryBuilder<ObjectLiteral>,
  dimensions: number,
  limit: number,
  where?: string,
): Promise<{ rows: Record<string, unknown>[]; complete: boolean; groupCount: () => Promise<number> }> {
  const groupsOf = () => {
    const inner = grouped();
    const qb = ctx.db.createQueryBuilder().from(`(${inner.getQuery()})`, 'summary_groups').setParameters(inner.getParameters());
    if (where) qb.where(where);
    return qb;
  };
  const ranked = groupsOf().select('*').orderBy('n', 'DESC');
  for (let i = 0; i < dimensions; i++) ranked.addOrderBy(`k${i}`, 'ASC');
  const rows = await ranked.limit(limit + 1).getRawMany();
  return {
    rows: rows.slice(0, limit),
    complete: rows.length <= limit,
    groupCount: async () => toNumber((await groupsOf().select('COUNT(*)', 'n').getRawOne())?.n),
  };
}

/** Readers (and those who count records that cannot be about named people): exactly what they may list. */
async function summarizeReadable<T extends ObjectLiteral, F extends IdsFilter, D extends string, J extends string>(
  ctx: RequestContext,
  spec: SummarySpec<T, F, D, J>,
  groupBy: readonly D[],
  filter: F,
  limit: number,
  averages: boolean,
): Promise<Summary> {
  const dialect = sqlDialect(ctx.db);
  const base = () => {
    const { qb } = countableQuery(ctx, spec.entity);
    applyIdsFilter(qb, filter);
    spec.applyFilter(qb, filter);
    joinAll(qb, spec.joins, [...groupBy.flatMap((name) => spec.dimensions[name].joins ?? []), ...((spec.duration?.joins ?? []) as J[])]);
    qb.select('COUNT(*)', 'n');
    if (spec.duration) {
      qb.addSelect(averages ? `AVG(CASE WHEN ${spec.duration.over} THEN ${spec.duration.days(dialect)} END)` : 'NULL', 'averageDays');
      qb.addSelect(`COUNT(CASE WHEN ${spec.duration.over} THEN 1 END)`, 'averagedOver');
      qb.setParameters(spec.duration.params?.() ?? {});
    } else {
      qb.addSelect('NULL', 'averageDays');
      qb.addSelect('0', 'averagedOver');
    }
    return qb;
  };
  const counted = (row: Record<string, unknown>, key: (string | null)[]): SummaryGroup =>
    group(
      key,
      toNumber(row.n),
      row.averageDays === null || row.averageDays === undefined ? null : oneDecimal(Number(row.averageDays)),
      toNumber(row.averagedOver),
    );

  let groups: SummaryGroup[] = [];
  let groupCount = 0;
  let total: SummaryGroup | undefined;
  if (groupBy.length > 0) {
    const grouped = () => {
      const qb = base();
      groupByDimensions(
        qb,
        groupBy.map((name) => spec.dimensions[name]),
        dialect,
        true,
      );
      return qb as unknown as SelectQueryBuilder<ObjectLiteral>;
    };
    const ranked = await rankedGroups(ctx, grouped, groupBy.length, limit);
    groups = ranked.rows.map((row) =>
      counted(
        row,
        groupBy.map((_, i) => toKey(row[`k${i}`])),
      ),
    );
    if (ranked.complete) {
      groupCount = ranked.rows.length;
      // Every group is listed, so they add up to the total: one pass over the scope instead of two.
      const averagedOver = groups.reduce((sum, g) => sum + g.averagedOver!, 0);
      const days = ranked.rows.reduce(
        (sum, row) =>
          sum + (row.averageDays === null || row.averageDays === undefined ? 0 : Number(row.averageDays) * toNumber(row.averagedOver)),
        0,
      );
      total = group(
        [],
        groups.reduce((sum, g) => sum + g.count!, 0),
        averagedOver > 0 ? oneDecimal(days / averagedOver) : null,
        averagedOver,
      );
    } else {
      groupCount = await ranked.groupCount();
    }
  }
  total ??= counted((await base().getRawOne()) ?? {}, []);
  return { dimensions: [...groupBy], total, groups, groupCount, minimumGroupSize: ctx.summaryMinimumGroup, suppressed: false };
}

/** Refuses what is not a function of the atom, naming the field and what is available instead. */
function checkCountOnlyRequest<F, D extends string, J extends string>(
  countOnly: CountOnly<F, D, J>,
  groupBy: readonly D[],
  filter: F,
): void {
  const refused = groupBy.find((name) => !countOnly.dimensions.includes(name));
  if (refused !== undefined) {
    throw badInput('groupBy', 'summary.countOnlyGroupBy', { dimension: refused, allowed: [...countOnly.dimensions] });
  }
  for (const [field, value] of Object.entries(filter as Record<string, unknown>)) {
    if (value === undefined || value === null || (countOnly.filters as readonly string[]).includes(field)) continue;
    throw badInput(`filter.${field}`, 'summary.countOnlyFilter', { allowed: [...countOnly.filters] });
  }
}

/**
 * Count-only mode, in SQL: an inner GROUP BY over the atom key counts each atom's records, its
 * sensitive ones (about a named person, not readable by the caller), and the durations of both; the
 * outer aggregation to the dimensions asked adds an atom's sensitive part only when it holds at least
 * the minimum. Groups that publish nothing are not listed, averages over fewer than the minimum are
 * not given, and the order, the cut and the group count use only what is published.
 *
 * The inner GROUP BY reads the records' own columns only (an index holding them serves it in key
 * order, with no join and no temporary table), and the joins the dimensions need are made by the
 * outer one, once per atom instead of once per record. Whether the duration applies, the last part
 * of every atom's key, is not grouped by: each row holds both atoms of its key, the one averaged in
 * the `averaged…` and `…Days` columns and the one not averaged in what is left of `n` and `sensitive`.
 */
async function summarizeCountOnly<T extends ObjectLiteral, F extends IdsFilter, D extends string, J extends string>(
  ctx: RequestContext,
  spec: SummarySpec<T, F, D, J>,
  groupBy: readonly D[],
  filter: F,
  limit: number,
  averages: boolean,
): Promise<Summary> {
  const countOnly = spec.countOnly!;
  checkCountOnlyRequest(countOnly, groupBy, filter);
  const dialect = sqlDialect(ctx.db);
  const minimum = ctx.summaryMinimumGroup;
  const duration = spec.duration;
  // A dimension that is a part of the atom's key is read from that part's column.
  const dimensions = groupBy.map((name): Dimension<J> => {
    const dimension = spec.dimensions[name];
    const part = countOnly.atom.find((p) => p.sql(dialect) === dimension.sql(dialect));
    return part ? { sql: () => `record.${part.name}` } : dimension;
  });

  const atoms = () => {
    const { qb, readSql } = countableQuery(ctx, spec.entity);
    spec.applyFilter(qb, filter);
    joinAll(qb, spec.joins, [
      ...countOnly.atom.flatMap((p) => p.joins ?? []),
      ...(countOnly.aboutNamedPerson.joins ?? []),
      ...((duration?.joins ?? []) as J[]),
    ]);
    // A record the caller may read is never sensitive; one whose readability is unknown (NULL) is.
    const sensitive = `(CASE WHEN ${readSql} THEN 0 WHEN ${countOnly.aboutNamedPerson.sql} THEN 1 ELSE 0 END)`;
    const over = duration?.over ?? '1=0';
    const days = duration && averages ? duration.days(dialect) : undefined;
    qb.select([]);
    countOnly.atom.forEach((part) => {
      qb.addSelect(part.sql(dialect), part.name);
      qb.setParameters(part.params?.() ?? {});
    });
    // COUNT of a condition rather than SUM of 0 or 1: MariaDB sums integers as decimals, a quarter
    // of the cost of grouping a wide scope.
    qb.addSelect('COUNT(*)', 'n')
      .addSelect(`COUNT(CASE WHEN ${sensitive} = 1 THEN 1 END)`, 'sensitive')
      .addSelect(`COUNT(CASE WHEN ${over} THEN 1 END)`, 'averaged')
      .addSelect(`COUNT(CASE WHEN ${over} AND ${sensitive} = 1 THEN 1 END)`, 'averagedSensitive')
      .addSelect(days ? `SUM(CASE WHEN ${over} THEN ${days} END)` : 'NULL', 'days')
      // Each record's days are worked out once more only when it is sensitive, not for every record.
      .addSelect(days ? `SUM(CASE WHEN ${over} AND ${sensitive} = 1 THEN ${days} END)` : 'NULL', 'sensitiveDays');
    qb.setParameters(duration?.params?.() ?? {});
    groupByDimensions(qb, countOnly.atom, dialect, false);
    return qb;
  };

  const published = (withDimensions: boolean) => {
    const inner = atoms();
    // The sensitive records of the atom not averaged, and of the one averaged, each left out when too few.
    const notAveraged = 'record.sensitive - record.averagedSensitive';
    const leftOut = (sensitive: string) => `CASE WHEN ${sensitive} < :summaryMinimum THEN ${sensitive} ELSE 0 END`;
    const averagedSmall = 'record.averagedSensitive < :summaryMinimum';
    const qb = ctx.db
      .createQueryBuilder()
      .from(`(${inner.getQuery()})`, 'record')
      .setParameters({ ...inner.getParameters(), summaryMinimum: minimum })
      .select(`SUM(record.n - ${leftOut(notAveraged)} - ${leftOut('record.averagedSensitive')})`, 'n')
      .addSelect(`SUM(record.averaged - ${leftOut('record.averagedSensitive')})`, 'averagedOver')
      .addSelect(
        averages ? `SUM(COALESCE(record.days, 0) - CASE WHEN ${averagedSmall} THEN COALESCE(record.sensitiveDays, 0) ELSE 0 END)` : 'NULL',
        'days',
      );
    if (withDimensions) {
      const grouped = qb as unknown as SelectQueryBuilder<T>;
      joinAll(
        grouped,
        spec.joins,
        dimensions.flatMap((d) => d.joins ?? []),
      );
      groupByDimensions(grouped, dimensions, dialect, true);
    }
    return qb;
  };

  const publishedGroup = (row: Record<string, unknown>, key: (string | null)[]): SummaryGroup => {
    const averagedOver = toNumber(row.averagedOver);
    const averageDays = duration && averages && averagedOver >= minimum ? oneDecimal(toNumber(row.days) / averagedOver) : null;
    return group(key, toNumber(row.n), averageDays, averagedOver);
  };

  let groups: SummaryGroup[] = [];
  let groupCount = 0;
  let total: SummaryGroup | undefined;
  if (groupBy.length > 0) {
    // A group that publishes nothing would name atoms that were left out.
    const ranked = await rankedGroups(ctx, () => published(true), groupBy.length, limit, 'summary_groups.n > 0');
    groups = ranked.rows.map((row) =>
      publishedGroup(
        row,
        groupBy.map((_, i) => toKey(row[`k${i}`])),
      ),
    );
    if (ranked.complete) {
      groupCount = ranked.rows.length;
      const sum = (column: string) => ranked.rows.reduce((a, row) => a + toNumber(row[column]), 0);
      total = publishedGroup({ n: sum('n'), averagedOver: sum('averagedOver'), days: sum('days') }, []);
    } else {
      groupCount = await ranked.groupCount();
    }
  }
  total ??= publishedGroup((await published(false).getRawOne()) ?? {}, []);
  return { dimensions: [...groupBy], total, groups, groupCount, minimumGroupSize: minimum, suppressed: true };
}
