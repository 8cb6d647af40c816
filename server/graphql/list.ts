import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors';

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
    throw badInput('first', `must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${first}`);
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

    @Field(() => Int, { description: 'How many records match the filter, across all pages.' })
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
): Promise<ListResult<T>> {
  const alias = qb.alias;
  const keys = sort ?? [];
  for (const { field, direction } of keys) qb.addOrderBy(`${alias}.${field}`, direction);
  const last = keys[keys.length - 1];
  if (last?.field !== 'id') qb.addOrderBy(`${alias}.id`, last?.direction ?? SortDirection.ASC);
  const { skip, take } = page ?? new PageInput();
  let counted: Promise<number> | undefined;
  const items = await pageRows(qb, skip, take);
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
 */
function pageRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, skip: number, take: number): Promise<T[]> {
  if (qb.expressionMap.joinAttributes.length > 0) return qb.clone().skip(skip).take(take).getMany();
  const ids = qb.clone().select(`${qb.alias}.id`, 'pageId').offset(skip).limit(take);
  return qb.clone().innerJoin(`(${ids.getQuery()})`, 'page', `page.pageId = ${qb.alias}.id`).setParameters(ids.getParameters()).getMany();
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
