/**
 * CSV exports of the record lists: GET /exports/<list>.csv?filter=<json>, with the same bearer token
 * as the API, where <list> is a list query's name (findings, bodies, …) and the filter is that
 * list's `filter` argument as JSON. The rows are the ones the list selects for the caller, read a
 * page at a time in id order and written as the client takes them, so an export of any size holds
 * only one page in memory.
 */
import express, { type Request, type Response, type Router } from 'express';
import { validate } from 'class-validator';
import { coerceInputValue, type GraphQLInputType } from 'graphql';
import { getMetadataStorage, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../graphql/context';
import { AppError, unauthenticated } from '../errors';
import { listNames, listQuery, type ListQuery } from '../graphql/list-queries';
import { protectedFieldsOf } from '../permissions/protected-fields';
import { buildAppSchema } from '../graphql/schema';
import { log } from '../observability/log';
import { currentRequestId } from '../observability/request-id';

/** Rows read per statement: enough to keep round trips few, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 1000;

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

interface Column {
  header: string;
  property: string;
}

/**
 * The record's plain fields, as the API names them: the columns that are GraphQL fields, from the
 * base class's down to the record's own. Protected fields are never exported (even to callers whose
 * rules name them: a file, once downloaded, is out of reach of the rules), and secret columns are
 * not GraphQL fields.
 */
function columnsOf(entity: ClassType, isColumn: (property: string) => boolean): Column[] {
  const lineage: object[] = [];
  for (let target: object = entity; target && target !== Function.prototype; target = Object.getPrototypeOf(target))
    lineage.unshift(target);
  const hidden = protectedFieldsOf(entity.name);
  const columns = new Map<string, Column>();
  for (const target of lineage) {
    for (const field of getMetadataStorage().fields) {
      if (field.target !== target || hidden.has(field.name) || !isColumn(field.name)) continue;
      columns.set(field.name, { header: field.schemaName, property: field.name });
    }
  }
  return [...columns.values()];
}

/**
 * One cell. A text that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage
 * return before one) gets a leading apostrophe, so that opening the file runs nothing.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',') + LINE_END;
}

/** A filter the list would refuse: GraphQL's or the validators' own words, the first field named. */
const filterRefused = (problems: Array<{ field: string; text: string }>) =>
  new AppError(
    'BAD_USER_INPUT',
    'export.filterInvalid',
    { detail: problems.map((p) => `${p.field}: ${p.text}`).join('; ') },
    {
      details: { field: problems[0].field },
    },
  );

/** The `filter` query parameter as the list's filter argument, checked as the GraphQL list checks it. */
async function parseFilter(name: string, list: ListQuery, raw: unknown): Promise<object> {
  if (raw === undefined || raw === '') raw = '{}';
  if (typeof raw !== 'string') throw new AppError('BAD_USER_INPUT', 'export.filterOnce', {}, { details: { field: 'filter' } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', 'export.filterNotJson', { detail: (error as Error).message }, { details: { field: 'filter' } });
  }
  const schema = await buildAppSchema();
  const type = schema
    .getQueryType()!
    .getFields()
    [name].args.find((arg) => arg.name === 'filter')!.type as GraphQLInputType;
  const problems: Array<{ field: string; text: string }> = [];
  const coerced = coerceInputValue(parsed, type, (path, _value, error) => {
    problems.push({ field: ['filter', ...path].join('.'), text: error.message });
  });
  if (problems.length) throw filterRefused(problems);
  const filter = Object.assign(new list.filter(), coerced);
  for (const error of await validate(filter, { forbidUnknownValues: false })) {
    problems.push({ field: `filter.${error.property}`, text: Object.values(error.constraints ?? {}).join('; ') });
  }
  if (problems.length) throw filterRefused(problems);
  return filter;
}

/** The selected records in id order, a page per statement: each page starts after the last id of the one before. */
async function* pagesOf<T extends ObjectLiteral>(selected: SelectQueryBuilder<T>): AsyncGenerator<T[]> {
  const alias = selected.alias;
  let after = 0;
  for (;;) {
    const page = await selected
      .clone()
      .andWhere(`${alias}.id > :exportAfter`, { exportAfter: after })
      .orderBy(`${alias}.id`, 'ASC')
      .limit(EXPORT_PAGE_SIZE)
      .getMany();
    if (page.length) yield page;
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = page[page.length - 1].id;
  }
}

/** Writes a chunk and, when the client is slower than the database, waits until it has taken it. */
async function send(res: Response, chunk: string): Promise<void> {
  if (res.write(chunk) || res.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

async function writeCsv<T extends ObjectLiteral>(
  res: Response,
  name: string,
  columns: Column[],
  pages: AsyncGenerator<T[]>,
): Promise<void> {
  // The first page is read before anything is sent, so that a failing query still gets a proper error response.
  let next = await pages.next();
  res
    .status(200)
    .type('text/csv; charset=utf-8')
    .setHeader('Content-Disposition', `attachment; filename="${name}.csv"`)
    .setHeader('Cache-Control', 'no-store');
  await send(res, BYTE_ORDER_MARK + csvLine(columns.map((c) => c.header)));
  try {
    for (; !next.done && !res.destroyed; next = await pages.next()) {
      await send(res, next.value.map((record) => csvLine(columns.map((c) => record[c.property]))).join(''));
    }
  } catch (error) {
    // Half a file must not pass for a whole one: the connection is cut instead of ending the response.
    log({ level: 'error', msg: 'export failed part way', requestId: currentRequestId(), export: name, error: String(error) });
    res.destroy();
    return;
  }
  res.end();
}

export function exportsRouter(authenticate: (req: Request) => Promise<RequestContext>): Router {
  const router = express.Router();
  router.get('/exports/:file', async (req: Request<{ file: string }>, res: Response) => {
    const name = /^(\w+)\.csv$/.exec(req.params.file)?.[1] ?? '';
    // The client's own mistakes are app errors: the app's error handler answers them as the API words them.
    const list = listQuery(name);
    if (!list) throw new AppError('NOT_FOUND', 'export.notFound', { file: req.params.file, files: listNames().map((n) => `${n}.csv`) });
    const ctx = await authenticate(req);
    if (!ctx.caller) throw unauthenticated();
    const filter = await parseFilter(name, list, req.query.filter);
    const selected = await list.select(ctx, filter);
    const metadata = ctx.db.getMetadata(list.entity);
    const columns = columnsOf(list.entity, (property) => !!metadata.findColumnWithPropertyName(property));
    await writeCsv(res, name, columns, pagesOf(selected));
  });
  return router;
}
