/**
 * A page's statement text is made once per shape and run with each request's own values: callers
 * of different scopes asking the same shape each get their own records, and a shape whose text was
 * first made for someone else answers as a freshly made one does.
 */
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ids = (items: Array<{ id: number }>) => items.map((i) => i.id);

/** The same page, asked through two shapes: its columns only, and whole records (a relation is asked). */
const lean = (page: string) => `{ findings(${page}) { items { id category } } }`;
const whole = (page: string) => `{ findings(${page}) { items { id category target { id } } } }`;

async function page(query: string, login: string): Promise<number[]> {
  const res = await server.gql(query, {}, await server.tokenFor(login));
  expect(res.errors).toBeUndefined();
  return ids(res.data.findings.items);
}

describe('statements made once per shape', () => {
  it('give each caller their own scope, whoever asked the shape first', async () => {
    const args = 'page: { take: 60 }, sort: [{ field: CREATED_AT }]';
    // The lean shape is made for the national analyst, the whole one for the provincial analyst.
    const national = await page(lean(args), 'analyst');
    const provincialThroughTheirs = await page(lean(args), 'qc.analyst');
    const provincial = await page(whole(args), 'qc.analyst');
    const nationalThroughTheirs = await page(whole(args), 'analyst');
    expect(provincialThroughTheirs).toEqual(provincial);
    expect(nationalThroughTheirs).toEqual(national);
    expect(provincial.length).toBeGreaterThan(0);
    // Another scope, another page: the values bound are the caller's own.
    expect(provincial).not.toEqual(national);
    const outside = await server.gql(
      `{ findings(filter: { ids: [${national.join(',')}] }, page: { take: 100 }) { totalCount } }`,
      {},
      await server.tokenFor('qc.analyst'),
    );
    expect(outside.data.findings.totalCount).toBeLessThan(national.length);
  });

  it('bind each request’s filter values and page', async () => {
    for (const [categories, skip] of [
      ['CORRUPTION', 0],
      ['PERSONNEL', 5],
      ['CORRUPTION', 5],
    ] as const) {
      const args = `filter: { categories: [${categories}] }, page: { skip: ${skip}, take: 10 }, sort: [{ field: CREATED_AT, direction: DESC }]`;
      const asked = await page(lean(args), 'analyst');
      expect(asked).toEqual(await page(whole(args), 'analyst'));
      const res = await server.gql(`{ findings(${args}) { items { category } } }`, {}, await server.tokenFor('analyst'));
      expect(res.data.findings.items.every((f: { category: string }) => f.category === categories)).toBe(true);
    }
  });

  it('keep two permission predicates of one statement apart', async () => {
    // Awaiting my decision: the read rules and the approve rules, each with values of their own.
    const query = (fields: string) => `{ memberships(filter: { awaitingMyDecision: true }, page: { take: 50 }) { items { ${fields} } } }`;
    for (const login of ['admin', 'qc.admin', 'lg.leader']) {
      const token = await server.tokenFor(login);
      const first = await server.gql(query('id'), {}, token);
      const again = await server.gql(query('id body { id }'), {}, token);
      expect(first.errors).toBeUndefined();
      expect(ids(first.data.memberships.items)).toEqual(ids(again.data.memberships.items));
    }
  });
});
