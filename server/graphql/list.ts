import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { badInput } from '../errors';
import { protectedFieldsOf } from '../permissions/protected-fields';
import { rawRowsByShape } from '../scope/statement-shapes';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sort key.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

@InputType({ description: `Which slice of a list to return. At most ${MAX_PAGE_SIZE} items a page.` })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip.' })
  @Min(0)
  skip: number = 0;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return (1 to ${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  take: number = DEFAULT_PAGE_SIZE;
}

/** The argument of every nested list field: how many related records to return under each parent. */
export const firstArg = {
  nullable: true,
  defaultValue: DEFAULT_PAGE_SIZE,
  description: `How many to return (1 to ${MAX_PAGE_SIZE}).`,
};

/** The `first` of a nested list, refused with a clear error outside 1..MAX_PAGE_SIZE. */
export function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', 'input.pageSize', { max: MAX_PAGE_SIZE, got: first });
  }
  return first;
}

export interface ListResult<T> {
  items: T[];
  /** Counted only when read: a count costs as much as the caller's scope holds, a page does not. */
  totalCount: number | Promise<number>;
}

/** `XList { items, totalCount }`, the one shape of every list. */
export function ListType<T extends object>(itemType: ClassType<T>, name: string): ClassType<ListResult<T>> {
  @ObjectType(`${name}List`, { description: `A page of ${name} records and how many match in all.` })
  class List {
    @Field(() => [itemType], { description: 'The records on this page.' })
    items!: T[];

    // A resolver of its own: the count is a promise, started only when the field is asked for.
    @Field(() => Int, { description: 'How many records match the filter, across all pages.', simple: false })
    totalCount!: number;
  }
  return List;
}

/** `XSort { field, direction }` for an enum of the sortable fields, whose values are property names. */
export function SortType<E extends Record<string, string>>(fields: E, name: string) {
  registerEnumType(fields, { name: `${name}SortField`, description: `The fields a ${name} list can be sorted by.` });

  @InputType(`${name}Sort`, { description: `One sort key of a ${name} list; the id always breaks ties.` })
  class Sort {
    @Field(() => fields, { description: 'The field to sort by.' })
    field!: E[keyof E];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
    direction: SortDirection = SortDirection.ASC;
  }
  return Sort;
}

export interface SortSpec {
  field: string;
  direction: SortDirection;
}

/**
 * Orders (ending with the id, so pages are stable), pages and, when the total is read, counts a
 * scoped query. The id runs the way the last sort key does, so that an index on (key, id) serves
 * the whole order on both databases; an order that names the id last already ends with it.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: SortSpec[] | undefined,
  page: PageInput | undefined,
  fields?: ReadonlySet<string>,
): Promise<ListResult<T>> {
  const alias = qb.alias;
  const keys = sort ?? [];
  for (const { field, direction } of keys) qb.addOrderBy(`${alias}.${field}`, direction);
  const last = keys[keys.length - 1];
  if (last?.field !== 'id') qb.addOrderBy(`${alias}.id`, last?.direction ?? SortDirection.ASC);
  const { skip, take } = page ?? new PageInput();
  let counted: Promise<number> | undefined;
  const items = await pageRows(qb, skip, take, fields);
  return {
    items,
    get totalCount() {
      return (counted ??= qb.getCount());
    },
  };
}

/**
 * The page's ids are chosen first, from an index alone where one holds the filter and the order,
 * and only their rows are read: a scope's index entries are sorted or walked instead of its rows,
 * and MariaDB, when it prefers an index that gives the order, does not look up every row it passes.
 *
 * Given the fields the caller asked for, only their columns are read, and the rows are made
 * records here, once per row and column: TypeORM's own mapping of a joined page looks up the
 * joined table's metadata again for every row. The statement's text is made once per shape
 * (scope/statement-shapes.ts).
 */
async function pageRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  skip: number,
  take: number,
  fields?: ReadonlySet<string>,
): Promise<T[]> {
  if (qb.expressionMap.joinAttributes.length > 0) return qb.clone().skip(skip).take(take).getMany();
  const reading = readingOf(qb, fields);
  const rows = await rawRowsByShape(qb, `${reading.map((r) => r.key).join(',')} ${skip} ${take}`, (copy) => {
    const ids = copy.clone().select(`${qb.alias}.id`, 'pageId').offset(skip).limit(take);
    return copy
      .select(reading.map((r) => `${qb.alias}.${r.column.propertyName}`))
      .innerJoin(`(${ids.getQuery()})`, 'page', `page.pageId = ${qb.alias}.id`);
  });
  const { driver } = qb.connection;
  const metadata = qb.expressionMap.mainAlias!.metadata;
  return rows.map((row: Record<string, unknown>) => {
    const record = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const { column, key } of reading) column.setEntityValue(record, driver.prepareHydratedValue(row[key], column));
    return record;
  });
}

interface ColumnReading {
  column: ColumnMetadata;
  /** The column's name in a raw row of the page statement. */
  key: string;
}

/** For each table and alias, the columns of whole records, and of each set of fields asked for. */
const readings = new WeakMap<EntityMetadata, Map<string, ColumnReading[]>>();

/**
 * The columns to read for `fields`: the id and the columns of the fields, when every field is a plain
 * column of the record; every column when a field is anything else (a relation, a computed field,
 * a protected field, whose rule reads other columns), or when the fields are not known.
 */
function readingOf(qb: SelectQueryBuilder<ObjectLiteral>, fields: ReadonlySet<string> | undefined): ColumnReading[] {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  let byFields = readings.get(metadata);
  if (!byFields) readings.set(metadata, (byFields = new Map()));
  const key = `${qb.alias} ${fields ? [...fields].sort().join(',') : '*'}`;
  let reading = byFields.get(key);
  if (!reading) {
    const guarded = protectedFieldsOf(metadata.name);
    const plain = fields && [...fields].every((f) => f === '__typename' || (metadata.findColumnWithPropertyName(f) && !guarded.has(f)));
    const columns = plain ? metadata.columns.filter((c) => c.isPrimary || fields.has(c.propertyName)) : metadata.columns;
    reading = columns.map((column) => ({
      column,
      key: DriverUtils.buildAlias(qb.connection.driver, undefined, qb.alias, column.databaseName),
    }));
    // Callers choose the fields: the kept readings stay bounded, however many combinations are asked.
    if (byFields.size >= 200) byFields.clear();
    byFields.set(key, reading);
  }
  return reading;
}

/** What every list filter offers: fetching known records by id (as the console does for references). */
@InputType()
export class IdsFilter {
  @Field(() => [Int], { nullable: true, description: `Only these ids (at most ${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  ids?: number[];
}

export function applyIdsFilter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: IdsFilter): void {
  if (filter.ids) qb.andWhere(filter.ids.length ? `${qb.alias}.id IN (:...filterIds)` : '1=0', { filterIds: filter.ids });
}
