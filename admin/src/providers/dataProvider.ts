/**
 * react-admin's data provider for the API's one regular grammar (see resources.ts). The pure
 * functions below build the query text and the variables; `createDataProvider` only sends them.
 * Not built on ra-data-graphql's introspection: the grammar is fixed and small, so a table keeps
 * the queries readable, needs no extra round trip at start-up and no Apollo cache that could
 * show one user's records after another signed in.
 */
import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  RaRecord,
  SortPayload,
  UpdateParams,
} from 'ra-core';
import { ACTIONS, resourceSpec, type ActionName, type ResourceSpec } from './resources';
import { graphql, wordErrorsWith, type GraphQLRequest } from './graphqlClient';
import { localizeApiError, lookupIn, type ErrorPlace } from './errorMessages';
import { i18nProvider, MESSAGES } from './i18nProvider';

/** The API refuses pages larger than this. */
export const MAX_TAKE = 100;

type Vars = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Query text

export function buildListQuery(spec: ResourceSpec): string {
  const sortVar = spec.sort ? `, $sort: [${spec.sort.inputType}!]` : '';
  const sortArg = spec.sort ? ', sort: $sort' : '';
  return `query List($filter: ${spec.filterType}, $page: PageInput${sortVar}) { page: ${spec.many}(filter: $filter, page: $page${sortArg}) { items { ${spec.fields} } totalCount } }`;
}

export function buildOneQuery(spec: ResourceSpec): string {
  return `query One($id: Int!) { record: ${spec.one}(id: $id) { ${spec.oneFields ?? spec.fields} } }`;
}

/** A mutation taking one `input` and returning a record selected with `fields`. */
export function buildMutation(mutation: string, inputType: string, fields: string): string {
  return `mutation Run($input: ${inputType}!) { record: ${mutation}(input: $input) { ${fields} } }`;
}

/** What a workflow verb's answer is read with: the record it changed, as a single record is read. */
export function actionSelection(action: ActionName): string {
  const { resource, returns } = ACTIONS[action];
  const spec = resourceSpec(resource);
  return returns ?? spec.oneFields ?? spec.fields;
}

// ---------------------------------------------------------------------------------------------
// Variables

/** `lastLoginAt` → `LAST_LOGIN_AT`: react-admin's field name as the API's sort enum value. */
export function toSortEnum(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * react-admin's sort as the API's `sort` argument, or undefined when the list takes no sort, the
 * field is not sortable (the id: the API always breaks ties by id) or no sort was asked for.
 */
export function toSortInput(spec: ResourceSpec, sort?: SortPayload): Array<{ field: string; direction: 'ASC' | 'DESC' }> | undefined {
  if (!spec.sort || !sort?.field) return undefined;
  const field = toSortEnum(sort.field);
  if (!spec.sort.fields.includes(field)) return undefined;
  return [{ field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * react-admin's filter values as the API's filter input: only keys the list accepts (plus `ids`),
 * without empty values, which react-admin leaves behind when a filter is cleared.
 */
export function toFilterInput(spec: ResourceSpec, filter: Vars = {}): Vars | undefined {
  const allowed = new Set(['ids', ...spec.filters]);
  const out: Vars = {};
  for (const [key, value] of Object.entries(filter)) {
    if (allowed.has(key) && !isEmpty(value)) out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The `{ skip, take }` pages that cover react-admin's page, each at most `max` long: an export
 * asks for 1000 rows at once, the API gives 100 at a time.
 */
export function pageWindows(page = 1, perPage = 25, max = MAX_TAKE): Array<{ skip: number; take: number }> {
  const start = Math.max(0, (page - 1) * perPage);
  const windows: Array<{ skip: number; take: number }> = [];
  for (let skip = start; skip < start + perPage; skip += max) {
    windows.push({ skip, take: Math.min(max, start + perPage - skip) });
  }
  return windows;
}

/** Splits ids into chunks the `ids` filter accepts. */
export function chunk<T>(items: readonly T[], size = MAX_TAKE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Form values as GraphQL input: only the input's fields, and nothing left empty. */
export function pickInput(data: Vars, fields: readonly string[]): Vars {
  const out: Vars = {};
  for (const key of fields) {
    if (!isEmpty(data[key])) out[key] = data[key];
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const emptyAsNull = (value: unknown) => (value === '' ? null : value);

/**
 * The update input: the id, the version the form was based on (from previousData, so that a
 * concurrent change is refused with CONFLICT), and only the fields that changed. A field emptied
 * in the form is sent as null, which the API reads as "clear it"; one that was empty and still is
 * (the API's '' and the form's null) has not changed.
 */
export function toUpdateInput(fields: readonly string[], data: Vars, previousData: Vars): Vars {
  const input: Vars = { id: previousData.id ?? data.id, version: previousData.version };
  for (const key of fields) {
    if (!(key in data)) continue;
    const value = emptyAsNull(data[key]);
    if (!same(value, emptyAsNull(previousData[key]))) input[key] = value;
  }
  return input;
}

/** The input of a retire verb: the record and its version (RetireInput may add a day). */
export function toRetireInput(record: Vars, on?: string): Vars {
  return { id: record.id, version: record.version, ...(on ? { on } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The provider

export interface AppDataProvider extends DataProvider {
  /** Calls a workflow verb (moveBody, advanceAssignment, …) and returns the changed record. */
  run<T extends RaRecord = RaRecord>(action: ActionName, input: Vars): Promise<{ data: T }>;
}

type Page = { page: { items: RaRecord[]; totalCount: number } };
type One = { record: RaRecord };

/** Words an API error for its reader (errorMessages.ts); `place` says which resource and form it concerns. */
export type ErrorWording = (error: unknown, place: ErrorPlace) => unknown;

/** The console's language, as chosen in the top bar. */
export const inReadersLanguage: ErrorWording = (error, place) => {
  const language = i18nProvider.getLocale() === 'en' ? 'en' : 'zh';
  return localizeApiError(error, language, lookupIn(MESSAGES[language]), place);
};

wordErrorsWith((error) => inReadersLanguage(error, {}));

/** A call whose refusal reaches react-admin in the reader's words. */
async function worded<T>(wording: ErrorWording, place: ErrorPlace, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw wording(error, place);
  }
}

export function createDataProvider(request: GraphQLRequest = graphql, wording: ErrorWording = inReadersLanguage): AppDataProvider {
  async function list(spec: ResourceSpec, filter: Vars | undefined, sort: SortPayload | undefined, page?: number, perPage?: number) {
    const query = buildListQuery(spec);
    const sortInput = toSortInput(spec, sort);
    let data: RaRecord[] = [];
    let total = 0;
    for (const window of pageWindows(page, perPage)) {
      const variables: Vars = { filter, page: window, ...(sortInput ? { sort: sortInput } : {}) };
      const result = await request<Page>(query, variables);
      data = data.concat(result.page.items);
      total = result.page.totalCount;
      if (result.page.items.length < window.take) break;
    }
    return { data, total };
  }

  async function run(mutation: string, inputType: string, fields: string, input: Vars): Promise<{ data: RaRecord }> {
    const result = await request<One>(buildMutation(mutation, inputType, fields), { input });
    return { data: result.record };
  }

  async function retire(resource: string, record: Vars): Promise<{ data: RaRecord }> {
    const spec = resourceSpec(resource);
    if (!spec.retire) throw new Error(`${resource} cannot be retired`);
    return run(spec.retire.mutation, spec.retire.inputType, spec.fields, toRetireInput(record));
  }

  async function getMany(resource: string, params: GetManyParams) {
    const spec = resourceSpec(resource);
    const ids = [...new Set(params.ids)];
    let data: RaRecord[] = [];
    for (const part of chunk(ids)) {
      const result = await list(spec, { ids: part }, undefined, 1, part.length);
      data = data.concat(result.data);
    }
    // Records outside the caller's scope are simply absent: the API never says they exist.
    return { data };
  }

  return {
    getList: (resource: string, params: GetListParams) => {
      const spec = resourceSpec(resource);
      return worded(wording, { resource }, () =>
        list(spec, toFilterInput(spec, params.filter), params.sort, params.pagination?.page, params.pagination?.perPage),
      );
    },

    getOne: (resource: string, params: GetOneParams) => {
      const spec = resourceSpec(resource);
      return worded(wording, { resource }, async () => {
        const result = await request<One>(buildOneQuery(spec), { id: Number(params.id) });
        return { data: result.record };
      });
    },

    getMany: (resource: string, params: GetManyParams) => worded(wording, { resource }, () => getMany(resource, params)),

    getManyReference: (resource: string, params: GetManyReferenceParams) => {
      const spec = resourceSpec(resource);
      const filter = toFilterInput(spec, { ...params.filter, [params.target]: params.id });
      return worded(wording, { resource }, () => list(spec, filter, params.sort, params.pagination?.page, params.pagination?.perPage));
    },

    create: (resource: string, params: CreateParams) => {
      const spec = resourceSpec(resource);
      if (!spec.create) throw new Error(`${resource} cannot be created from the console`);
      const { mutation, inputType, fields } = spec.create;
      return worded(wording, { resource, formFields: fields }, () =>
        run(mutation, inputType, spec.oneFields ?? spec.fields, pickInput(params.data, fields)),
      );
    },

    update: async (resource: string, params: UpdateParams) => {
      const spec = resourceSpec(resource);
      if (!spec.update) throw new Error(`${resource} cannot be edited from the console`);
      const input = toUpdateInput(spec.update.fields, params.data, params.previousData);
      // Nothing changed: no write, no new version, no audit entry.
      if (Object.keys(input).length === 2) return { data: params.previousData };
      const { mutation, inputType, fields } = spec.update;
      return worded(wording, { resource, formFields: fields }, () => run(mutation, inputType, spec.oneFields ?? spec.fields, input));
    },

    updateMany: async () => {
      throw new Error('Bulk edits are not offered: every change needs the version it was based on');
    },

    delete: (resource: string, params: DeleteParams) => {
      if (!params.previousData) throw new Error('Retiring needs the record as read (its version)');
      const record = params.previousData;
      return worded(wording, { resource }, () => retire(resource, record));
    },

    deleteMany: (resource: string, params: DeleteManyParams) =>
      worded(wording, { resource }, async () => {
        // react-admin sends only ids; the versions come from a fresh read.
        const { data } = await getMany(resource, { ids: params.ids });
        for (const record of data) await retire(resource, record);
        return { data: data.map((r) => r.id) };
      }),

    run: <T extends RaRecord>(action: ActionName, input: Vars) =>
      worded(wording, { resource: ACTIONS[action].resource }, async () => {
        return (await run(action, ACTIONS[action].inputType, actionSelection(action), input)) as { data: T };
      }),
  } as AppDataProvider;
}

export const dataProvider = createDataProvider();
