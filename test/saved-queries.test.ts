/**
 * Saved queries of the query workbench: each account keeps its own, which nobody else can see or
 * change; every change is audited, bad input is refused with nothing stored, and a stale version
 * is a conflict.
 */
import { createGraphQLClient } from '../admin/src/providers/graphqlClient';
import { savedQueriesApi } from '../admin/src/workbench/savedQueries';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

let server: TestServer;
let analyst: string;
let other: string;

beforeAll(async () => {
  server = await startTestServer();
  analyst = await server.tokenFor('analyst');
  other = await server.tokenFor('qc.analyst');
});
afterAll(() => server.close());

const FIELDS = 'id version name query variables accountId';
const LIST = `query { savedQueries(page: { take: 100 }) { totalCount items { ${FIELDS} } } }`;

interface Saved {
  id: number;
  version: number;
  name: string;
  query: string;
  variables: string | null;
  accountId: number;
}

function run(name: 'createSavedQuery' | 'updateSavedQuery' | 'deleteSavedQuery', input: object, token: string): Promise<GraphQLResponse> {
  const inputType = {
    createSavedQuery: 'CreateSavedQueryInput',
    updateSavedQuery: 'UpdateSavedQueryInput',
    deleteSavedQuery: 'VersionedInput',
  }[name];
  return server.gql(`mutation($input: ${inputType}!) { saved: ${name}(input: $input) { ${FIELDS} } }`, { input }, token);
}

async function create(input: object, token = analyst): Promise<Saved> {
  const res = await run('createSavedQuery', input, token);
  expect(res.errors).toBeUndefined();
  return res.data.saved;
}

async function listOf(token: string): Promise<Saved[]> {
  const res = await server.gql(LIST, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data.savedQueries.items;
}

const count = async (table: string, where = '1=1') =>
  Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`))[0].n);

describe('one account', () => {
  it('creates, lists by name, updates and deletes its saved queries, each change audited', async () => {
    const auditBefore = await count('audit_entry', "subject = 'SavedQuery'");
    const second = await create({
      name: '逾期整改 / overdue',
      query: '{ rectificationSummary(filter: { overdue: true }) { total { count } } }',
    });
    const first = await create({
      name: '按类别 / by category',
      query: '  { findingSummary(groupBy: [CATEGORY]) { groups { key count } } }  ',
      variables: ' {"take": 5} ',
    });
    expect(first).toMatchObject({
      version: 1,
      query: '{ findingSummary(groupBy: [CATEGORY]) { groups { key count } } }',
      variables: '{"take": 5}',
    });
    expect(second.variables).toBeNull();

    expect((await listOf(analyst)).map((q) => q.name)).toEqual(['按类别 / by category', '逾期整改 / overdue']);

    const renamed = await run(
      'updateSavedQuery',
      { id: first.id, version: first.version, name: '各类别 / by category', variables: null },
      analyst,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.saved).toMatchObject({ version: 2, name: '各类别 / by category', query: first.query, variables: null });

    const deleted = await run('deleteSavedQuery', { id: second.id, version: second.version }, analyst);
    expect(deleted.errors).toBeUndefined();
    expect((await listOf(analyst)).map((q) => q.name)).toEqual(['各类别 / by category']);
    expect(await count('saved_query', `id = ${second.id}`)).toBe(0);

    const trail = await server.db.query("SELECT action FROM audit_entry WHERE subject = 'SavedQuery' ORDER BY id");
    expect(trail.slice(auditBefore).map((e: { action: string }) => e.action)).toEqual(['create', 'create', 'update', 'delete']);
  });

  it('keeps a query of the full length whatever its script (the longest UTF-8 fits the column)', async () => {
    const body = '{ me { account { login } } }\n#';
    for (const filler of ['长', '😀']) {
      const query = body + filler.repeat(Math.floor((15_000 - body.length) / filler.length));
      expect(query.length).toBeLessThanOrEqual(15_000);
      const saved = await create({ name: `full length ${filler}`, query });
      expect(saved.query).toBe(query);
    }
  });
});

describe('another account', () => {
  let mine: Saved;
  beforeAll(async () => {
    mine = await create({ name: '只给自己看 / mine only', query: '{ me { account { login } } }' });
  });

  it('does not see them', async () => {
    expect((await listOf(other)).map((q) => q.id)).not.toContain(mine.id);
    const res = await server.gql('{ savedQueries { totalCount } }', {}, other);
    expect(res.data.savedQueries.totalCount).toBe(0);
  });

  it('cannot change or delete them: NOT_FOUND, and nothing changes', async () => {
    const update = await run('updateSavedQuery', { id: mine.id, version: mine.version, name: 'taken over' }, other);
    expect(codes(update)).toEqual(['NOT_FOUND']);
    const remove = await run('deleteSavedQuery', { id: mine.id, version: mine.version }, other);
    expect(codes(remove)).toEqual(['NOT_FOUND']);
    expect((await listOf(analyst)).find((q) => q.id === mine.id)).toMatchObject({ name: mine.name, version: mine.version });
  });

  it('may use the same name for its own', async () => {
    const own = await create({ name: mine.name, query: '{ me { roles { role } } }' }, other);
    expect(own.accountId).not.toBe(mine.accountId);
  });

  it('cannot read them anonymously either', async () => {
    expect(codes(await server.gql('{ savedQueries { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });
});

it('keeps a saved query with every text at its longest, in Chinese, and its audit entry whole', async () => {
  const body = '{ me { account { login } } }\n#';
  const query = body + '长'.repeat(15_000 - body.length);
  const variables = JSON.stringify({ note: '长'.repeat(5_000 - 11) });
  expect([query.length, variables.length]).toEqual([15_000, 5_000]);
  const saved = await create({ name: '长'.repeat(100), query, variables });
  const again = await run(
    'updateSavedQuery',
    { id: saved.id, version: saved.version, query: query.replace('#', '#改').slice(0, 15_000) },
    analyst,
  );
  expect(again.errors).toBeUndefined();
  const [entry] = await server.db.query(
    "SELECT `before`, `after` FROM audit_entry WHERE subject = 'SavedQuery' AND recordId = ? ORDER BY id DESC LIMIT 1",
    [saved.id],
  );
  expect(JSON.parse(entry.before).query).toBe(query);
  expect(JSON.parse(entry.after).variables).toBe(variables);
});

describe('bad input', () => {
  const QUERY = '{ me { account { login } } }';
  it.each([
    ['an empty name', { name: '   ', query: QUERY }, 'name', /must not be blank/],
    ['a name that is too long', { name: '名'.repeat(101), query: QUERY }, 'name', /at most 100 characters/],
    ['an empty query', { name: 'empty', query: ' \n ' }, 'query', /must not be blank/],
    [
      'a query that is too long',
      { name: 'long', query: `{ me { account { login } } }\n${'#'.repeat(15_000)}` },
      'query',
      /at most 15000 characters/,
    ],
    ['variables that are not JSON', { name: 'not json', query: QUERY, variables: '{ id: 1 }' }, 'variables', /must be JSON/],
    ['variables that are not an object', { name: 'array', query: QUERY, variables: '[1, 2]' }, 'variables', /must be a JSON object/],
    ['a control character in the query', { name: 'nul', query: `${QUERY}\u0000` }, 'query', /control characters/],
    [
      'variables that are too long',
      { name: 'big', query: QUERY, variables: JSON.stringify({ text: 'x'.repeat(5_000) }) },
      'variables',
      /at most 5000 characters/,
    ],
  ])('refuses %s with BAD_USER_INPUT, storing nothing', async (_case, input, field, message) => {
    const stored = await count('saved_query');
    const audited = await count('audit_entry');
    const res = await run('createSavedQuery', input, analyst);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions?.field).toBe(field);
    expect(res.errors![0].message).toMatch(message);
    expect(await count('saved_query')).toBe(stored);
    expect(await count('audit_entry')).toBe(audited);
  });

  it('refuses a second query of the same name (whatever its case) with a friendly message', async () => {
    await create({ name: 'Findings Today', query: QUERY });
    const stored = await count('saved_query');
    const res = await run('createSavedQuery', { name: ' findings today ', query: QUERY }, analyst);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toBe('name: you already have a saved query named "findings today"');
    expect(await count('saved_query')).toBe(stored);
  });

  it('refuses renaming onto another saved query and clearing the query', async () => {
    const target = await create({ name: 'rename me', query: QUERY });
    const renamed = await run('updateSavedQuery', { id: target.id, version: target.version, name: 'FINDINGS TODAY' }, analyst);
    expect(renamed.errors![0].message).toMatch(/already have a saved query named/);
    const cleared = await run('updateSavedQuery', { id: target.id, version: target.version, query: null }, analyst);
    expect(codes(cleared)).toEqual(['BAD_USER_INPUT']);
    const kept = await run('updateSavedQuery', { id: target.id, version: target.version, name: 'Rename Me' }, analyst);
    expect(kept.data.saved).toMatchObject({ name: 'Rename Me', version: 2 });
  });
});

describe('a stale version', () => {
  it('is refused with CONFLICT on update and on delete, leaving the newer version', async () => {
    const saved = await create({ name: 'contested', query: '{ me { roles { role } } }' });
    const first = await run('updateSavedQuery', { id: saved.id, version: 1, query: '{ me { rules } }' }, analyst);
    expect(first.data.saved.version).toBe(2);

    const stale = await run('updateSavedQuery', { id: saved.id, version: 1, name: 'lost update' }, analyst);
    expect(codes(stale)).toEqual(['CONFLICT']);
    const staleDelete = await run('deleteSavedQuery', { id: saved.id, version: 1 }, analyst);
    expect(codes(staleDelete)).toEqual(['CONFLICT']);

    expect((await listOf(analyst)).find((q) => q.id === saved.id)).toMatchObject({
      name: 'contested',
      query: '{ me { rules } }',
      version: 2,
    });
  });
});

describe("the workbench's client", () => {
  it('lists every saved query past the first page, saves, updates and deletes through the API', async () => {
    const api = savedQueriesApi(createGraphQLClient({ url: server.url, getToken: () => other }));
    const before = (await api.list()).length;
    const created = [];
    for (let i = 0; i < 101; i++)
      created.push(await api.create(`bulk ${String(i).padStart(3, '0')}`, { query: '{ me { roles { role } } }', variables: null }));
    expect((await api.list()).length).toBe(before + 101);

    const updated = await api.update(created[0], { query: '{ me { rules } }', variables: '{"a": 1}' });
    expect(updated).toMatchObject({ version: 2, query: '{ me { rules } }', variables: '{"a": 1}' });
    await expect(api.update(created[0], { query: '{ me { rules } }', variables: null })).rejects.toMatchObject({ status: 409 });
    await api.remove(updated);
    expect((await api.list()).map((q) => q.id)).not.toContain(updated.id);
  });
});
