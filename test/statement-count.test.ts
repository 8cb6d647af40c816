import { createRequestContext } from '../server/graphql/context';
import { traceStatements } from '../server/db/statement-log';
import { loadCaller } from '../server/modules/account/caller.loader';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Runs an operation through the real schema as `login`, counting the SQL statements it causes. */
async function statementsFor(login: string, query: string, variables: Record<string, unknown>) {
  const [account] = await server.db.query('SELECT id FROM account WHERE login = ?', [login]);
  const caller = await loadCaller(server.db, Number(account.id));
  const { result, statements } = await traceStatements(() =>
    server.app.apollo.executeOperation({ query, variables }, { contextValue: createRequestContext(server.db, caller) as never }),
  );
  const body = result.body as { kind: string; singleResult: { data?: any; errors?: unknown } };
  expect(body.singleResult.errors).toBeUndefined();
  return { data: body.singleResult.data, statements };
}

const PEOPLE = `query($take: Int!) {
  people(page: { take: $take }) {
    totalCount
    items { name employer { code parent { code } } memberships { role body { code } } }
  }
}`;

const BODIES = `query($take: Int!) {
  bodies(page: { take: $take }, sort: [{ field: PATH }]) {
    items { code parent { code } children { code } subtree(first: 5) { code } members { role person { name } } }
  }
}`;

describe('nested lists are batched', () => {
  it('runs the same few statements for 100 people with their bodies and memberships as for 10', async () => {
    const small = await statementsFor('admin', PEOPLE, { take: 10 });
    const large = await statementsFor('admin', PEOPLE, { take: 100 });
    expect(large.data.people.items).toHaveLength(100);
    expect(large.data.people.items.some((p: any) => p.memberships.length > 0 && p.employer.parent)).toBe(true);
    // count + page, employers, their parents and the memberships' bodies, memberships.
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(6);
  });

  it('does the same for bodies with parent, children, subtree and members under a narrow scope', async () => {
    const small = await statementsFor('qc.admin', BODIES, { take: 3 });
    const large = await statementsFor('qc.admin', BODIES, { take: 17 });
    expect(large.data.bodies.items.length).toBeGreaterThan(10);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(8);
    // Every statement carries the scope: no body outside Qingchuan is ever loaded.
    const codes = JSON.stringify(large.data)
      .match(/"code":"([^"]+)"/g)!
      .map((c) => c.slice(8, -1));
    expect(codes.filter((c) => c !== 'C' && !c.startsWith('P-QC'))).toEqual([]);
  });
});
