import { startTestServer, type TestServer } from './support/harness';
import { statementsFor } from './support/statements';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Runs an operation through the real schema as `login`, counting the SQL statements it causes. */
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
    const small = await statementsFor(server, 'admin', PEOPLE, { take: 10 });
    const large = await statementsFor(server, 'admin', PEOPLE, { take: 100 });
    expect(large.data.people.items).toHaveLength(100);
    expect(large.data.people.items.some((p: any) => p.memberships.length > 0 && p.employer.parent)).toBe(true);
    // count + page, employers, their parents and the memberships' bodies, memberships.
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(6);
  });

  it('does the same for bodies with parent, children, subtree and members under a narrow scope', async () => {
    const small = await statementsFor(server, 'qc.admin', BODIES, { take: 3 });
    const large = await statementsFor(server, 'qc.admin', BODIES, { take: 17 });
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
