/**
 * A page reads the columns of the fields asked for, and only when every field asked is a plain
 * column; anything else (a relation, a computed or a protected field) reads whole records. Either
 * way the answer is the one whole records give.
 */
import { createRequestContext } from '../server/graphql/context';
import { traceStatements } from '../server/db/statement-log';
import { loadCaller } from '../server/modules/account/caller.loader';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function run(login: string, query: string) {
  const [account] = await server.db.query('SELECT id FROM account WHERE login = ?', [login]);
  const caller = await loadCaller(server.db, Number(account.id));
  const { result, statements } = await traceStatements(() =>
    server.app.apollo.executeOperation({ query }, { contextValue: createRequestContext(server.db, caller) as never }),
  );
  const body = result.body as { kind: string; singleResult: { data?: any; errors?: unknown } };
  expect(body.singleResult.errors).toBeUndefined();
  // The page statement is the one that joins the page's ids.
  const page = statements.find((s) => /\bpage\b/.test(s) && /pageId/.test(s));
  return { data: body.singleResult.data, page: page ?? '' };
}

/** The columns a statement reads from the record alias. */
const columnsRead = (sql: string) =>
  [...sql.slice(0, sql.indexOf(' FROM ')).matchAll(/[`"]?record[`"]?\.[`"]?(\w+)/g)].map((m) => m[1]).sort();

describe('a page of records', () => {
  it('reads only the id and the columns asked for', async () => {
    const { data, page } = await run('analyst', '{ findings(page: { take: 20 }) { items { id category severity } } }');
    expect(data.findings.items).toHaveLength(20);
    expect(columnsRead(page)).toEqual(['category', 'id', 'severity']);
  });

  it('reads fragments and aliases of the items too', async () => {
    const { page } = await run(
      'analyst',
      '{ findings(page: { take: 5 }) { items { ...F more: status } } } fragment F on Finding { ... on Finding { evidenceSummary } }',
    );
    expect(columnsRead(page)).toEqual(['evidenceSummary', 'id', 'status']);
  });

  it('reads whole records for a relation, and answers as whole records do', async () => {
    const { data, page } = await run('analyst', '{ findings(page: { take: 20 }) { items { id category target { id name } } } }');
    expect(columnsRead(page).length).toBeGreaterThan(10);
    const lean = await run('analyst', '{ findings(page: { take: 20 }) { items { id category } } }');
    expect(lean.data.findings.items).toEqual(
      data.findings.items.map(({ id, category }: { id: number; category: string }) => ({ id, category })),
    );
    expect(data.findings.items.every((f: { target: { name: string } }) => f.target.name)).toBe(true);
  });

  it('still hides a protected field, read directly off the record for every other field', async () => {
    const asked = '{ people(page: { take: 30 }) { items { id name idNumber } } }';
    const { data } = await run('analyst', asked);
    const [own] = await server.db.query("SELECT personId FROM account WHERE login = 'analyst'");
    const others = data.people.items.filter((p: { id: number }) => p.id !== Number(own.personId));
    expect(others.length).toBeGreaterThan(10);
    expect(others.every((p: { idNumber: string | null }) => p.idNumber === null)).toBe(true);
    const admin = await run('admin', asked);
    expect(admin.data.people.items.some((p: { idNumber: string | null }) => p.idNumber !== null)).toBe(true);
  });

  it('gives the values whole records give: dates, enums, numbers and nulls', async () => {
    const fields = 'id category severity status createdAt updatedAt version evidenceSummary transferredOn';
    const { data, page } = await run(
      'analyst',
      `{ findings(page: { take: 50 }, sort: [{ field: CREATED_AT, direction: DESC }]) { items { ${fields} } } }`,
    );
    expect(columnsRead(page)).toHaveLength(fields.split(' ').length);
    const whole = await run(
      'analyst',
      `{ findings(page: { take: 50 }, sort: [{ field: CREATED_AT, direction: DESC }]) { items { ${fields} target { id } } } }`,
    );
    expect(data.findings.items).toEqual(whole.data.findings.items.map(({ target: _target, ...rest }: { target: unknown }) => rest));
    expect(data.findings.items.some((f: { transferredOn: string | null }) => f.transferredOn === null)).toBe(true);
  });
});
