/**
 * The caller's saved queries through the API (savedQueries, createSavedQuery, updateSavedQuery,
 * deleteSavedQuery). Free of React so that the operations can be checked against the schema in Node.
 */
import type { GraphQLRequest } from '../providers/graphqlClient';

export interface SavedQuery {
  id: number;
  version: number;
  name: string;
  query: string;
  variables: string | null;
}

/** The editor's contents as saved: the variables editor's text, none when it is blank. */
export interface QueryText {
  query: string;
  variables: string | null;
}

const FIELDS = 'id version name query variables';

export const SAVED_QUERY_OPERATIONS = {
  list: `query SavedQueries($skip: Int!) { savedQueries(page: { skip: $skip, take: 100 }) { totalCount items { ${FIELDS} } } }`,
  create: `mutation CreateSavedQuery($input: CreateSavedQueryInput!) { saved: createSavedQuery(input: $input) { ${FIELDS} } }`,
  update: `mutation UpdateSavedQuery($input: UpdateSavedQueryInput!) { saved: updateSavedQuery(input: $input) { ${FIELDS} } }`,
  remove: `mutation DeleteSavedQuery($input: VersionedInput!) { saved: deleteSavedQuery(input: $input) { ${FIELDS} } }`,
} as const;

export function savedQueriesApi(request: GraphQLRequest) {
  return {
    /** All of them, by name, a page of 100 at a time. */
    async list(): Promise<SavedQuery[]> {
      const all: SavedQuery[] = [];
      for (;;) {
        const { savedQueries } = await request<{ savedQueries: { totalCount: number; items: SavedQuery[] } }>(SAVED_QUERY_OPERATIONS.list, {
          skip: all.length,
        });
        all.push(...savedQueries.items);
        if (savedQueries.items.length === 0 || all.length >= savedQueries.totalCount) return all;
      }
    },
    async create(name: string, text: QueryText): Promise<SavedQuery> {
      return (await request<{ saved: SavedQuery }>(SAVED_QUERY_OPERATIONS.create, { input: { name, ...text } })).saved;
    },
    async update(saved: SavedQuery, text: QueryText): Promise<SavedQuery> {
      return (
        await request<{ saved: SavedQuery }>(SAVED_QUERY_OPERATIONS.update, { input: { id: saved.id, version: saved.version, ...text } })
      ).saved;
    },
    async remove(saved: SavedQuery): Promise<void> {
      await request(SAVED_QUERY_OPERATIONS.remove, { input: { id: saved.id, version: saved.version } });
    },
  };
}

export type SavedQueriesApi = ReturnType<typeof savedQueriesApi>;
