/**
 * The shape of a query is limited before anything runs (size, depth, aliases, cost, batching), each
 * refusal naming its limit; the schema is read only by signed-in callers; and no shape of query —
 * nested relations, fragments, aliases, summaries — reaches a record outside the caller's scope.
 */
import { QUERY_LIMITS } from '../server/graphql/guards';
import { Finding } from '../server/modules/finding/finding.entity';
import { codes, startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function post(body: unknown, token?: string): Promise<{ status: number; json: any }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** `body(id) { parent { parent { … name } } }`, `levels` parents deep. */
const nestedParents = (levels: number) => `{ body(id: 1) { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } }`;

describe('limits on the shape of a query', () => {
  it('refuses a query deeper than the limit, naming it, and runs one within it', async () => {
    const token = await server.tokenFor('analyst');
    const deep = await post({ query: nestedParents(QUERY_LIMITS.maxDepth + 2) }, token);
    expect(deep.status).toBe(400);
    expect(deep.json.errors[0].message).toMatch(new RegExp(`depth limit of ${QUERY_LIMITS.maxDepth}`));
    expect(deep.json.data).toBeUndefined();
    const fine = await post({ query: nestedParents(3) }, token);
    expect(fine.json.errors).toBeUndefined();
  });

  it('refuses an alias flood, naming the limit', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: body(id: 1) { name }`).join(' ');
    const res = await post({ query: `{ ${aliases} }` }, await server.tokenFor('analyst'));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(new RegExp(`Aliases limit of ${QUERY_LIMITS.maxAliases}`, 'i'));
  });

  it('refuses a query whose cost is over the limit, naming it', async () => {
    const fields = 'id name nameEn code path kind level createdAt updatedAt version';
    let wide = fields;
    for (let level = 0; level < 4; level++) wide = `${fields} hostedBy { ${fields} } parent { ${wide} }`;
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `a${i}: body(id: 1) { ${wide} }`).join(' ');
    const res = await post({ query: `{ ${aliases} }` }, await server.tokenFor('analyst'));
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(
      new RegExp(`cost limit of ${QUERY_LIMITS.maxCost}`, 'i'),
    );
  });

  describe('counts a page size or a `first` sent as a variable exactly as one written in the query', () => {
    /**
     * Bodies with their members, `first` members each: over the cost limit with 100 members a body
     * (the members' selection costs 23 each, the whole query 5186), well under it with 25 (1305.5).
     */
    const membersQuery = (variables: string, page: string, first: string, spread = false) =>
      `query Members${variables} { bodies(page: ${page}) { totalCount items { id name ${spread ? '...Members' : `members(first: ${first}) { ${MEMBER_FIELDS} }`} } } }` +
      (spread ? ` fragment Members on Body { members(first: ${first}) { ${MEMBER_FIELDS} } }` : '');
    const MEMBER_FIELDS = 'id role since until bodyId personId person { id name position rank }';

    /**
     * The same query in every way the two numbers can reach it; the first of each shape writes
     * them in the query. (A fragment costs a level more, as graphql-armor counts it.)
     */
    const forms = (take: number, first: number): Array<[string, { query: string; variables?: Record<string, unknown> }]> => [
      ['written in the query', { query: membersQuery('', `{ take: ${take} }`, String(first)) }],
      ['as variables', { query: membersQuery('($take: Int!, $first: Int)', '{ take: $take }', '$first'), variables: { take, first } }],
      [
        'as a variable inside an input object',
        { query: membersQuery('($page: PageInput, $first: Int)', '$page', '$first'), variables: { page: { take }, first } },
      ],
      [
        'as the defaults of variables',
        { query: membersQuery(`($page: PageInput = { take: ${take} }, $first: Int = ${first})`, '$page', '$first'), variables: {} },
      ],
      [
        'as variables that override other defaults',
        {
          query: membersQuery('($page: PageInput = { take: 1 }, $first: Int = 1)', '$page', '$first'),
          variables: { page: { take }, first },
        },
      ],
      ['written in a fragment', { query: membersQuery('', `{ take: ${take} }`, String(first), true) }],
      [
        'as a variable used in a fragment',
        { query: membersQuery('($first: Int)', `{ take: ${take} }`, '$first', true), variables: { first } },
      ],
      [
        'as the default of a variable used in a fragment',
        { query: membersQuery(`($first: Int = ${first})`, `{ take: ${take} }`, '$first', true) },
      ],
    ];
    const inFragment = (form: string) => form.includes('fragment');

    /** Each form's answer beside the answer to the same query with the numbers written in it. */
    async function answersBesideWritten(take: number, first: number) {
      const token = await server.tokenFor('admin');
      const answers = await Promise.all(forms(take, first).map(async ([form, body]) => ({ form, res: await post(body, token) })));
      const written = (form: string) =>
        answers.find((a) => a.form === (inFragment(form) ? 'written in a fragment' : 'written in the query'))!.res;
      return answers.map(({ form, res }) => ({ form, res, written: written(form) }));
    }

    it('refuses every form of a query over the limit with the same cost, naming the limit', async () => {
      const answers = await answersBesideWritten(2, 100);
      expect(answers[0].res.json.errors[0].message).toBe(`Query Cost limit of ${QUERY_LIMITS.maxCost} exceeded, found 5186.`);
      for (const { form, res, written } of answers) {
        expect([form, res.status]).toEqual([form, 400]);
        expect([form, res.json]).toEqual([form, written.json]);
        expect(res.json.errors[0].message).toMatch(new RegExp(`cost limit of ${QUERY_LIMITS.maxCost}`, 'i'));
        expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(res.json.data).toBeUndefined();
      }
    });

    it('answers every form of the same query within the limit alike', async () => {
      const answers = await answersBesideWritten(2, 25);
      expect(answers[0].res.json.errors).toBeUndefined();
      expect(answers[0].res.json.data.bodies.items).toHaveLength(2);
      for (const { form, res, written } of answers) expect([form, res.json]).toEqual([form, written.json]);
    });

    it('lets a page size multiply nothing, written or sent: a root list is capped at 100 rows', async () => {
      const answers = await answersBesideWritten(100, 25);
      expect(answers[0].res.json.errors).toBeUndefined();
      for (const { form, res, written } of answers) expect([form, res.json]).toEqual([form, written.json]);
    });
  });

  it('refuses an oversized document with a parse error that names the token limit, never a 500', async () => {
    const huge = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const res = await post({ query: huge }, await server.tokenFor('analyst'));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(new RegExp(`more that ${QUERY_LIMITS.maxTokens} tokens`));
  });

  it('refuses a batch of operations in one request', async () => {
    const res = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }], await server.tokenFor('analyst'));
    expect(res.status).toBe(400);
  });

  it('caps a page at 100 records, naming the argument', async () => {
    const res = await server.gql('{ findings(page: { take: 101 }) { totalCount } }', {}, await server.tokenFor('analyst'));
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(/take/);
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is refused to an anonymous caller, also inside a fragment', async () => {
    expect(codes(await server.gql(INTROSPECT))).toEqual(['UNAUTHENTICATED']);
    const hidden = await server.gql('query { ...Q } fragment Q on Query { __type(name: "Finding") { name } }');
    expect(codes(hidden)).toEqual(['UNAUTHENTICATED']);
  });

  it('is open to a signed-in caller', async () => {
    const res = await server.gql(INTROSPECT, {}, await server.tokenFor('liaison'));
    expect(res.data.__schema.queryType.name).toBe('Query');
  });

  it('does not suggest field names to someone who mistypes one', async () => {
    const res = await server.gql('{ findngs { totalCount } }', {}, await server.tokenFor('analyst'));
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('no shape of query leaves the scope', () => {
  /** A finding of the Yunling system, which the central team member team1 may not see. */
  async function outsideFindingId(): Promise<number> {
    const yunling = await bodyIdByCode(server, 'P-YL');
    const [row] = await server.db
      .createQueryBuilder(Finding, 'f')
      .where('f.scopePath LIKE :prefix', { prefix: `%/${yunling}/%` })
      .orderBy('f.id')
      .getMany();
    return row.id;
  }

  it('through aliases: each alias is checked on its own', async () => {
    const token = await server.tokenFor('team1');
    const outside = await outsideFindingId();
    const listed = await server.gql(
      `{ mine: findings(page: { take: 1 }) { items { id } } theirs: findings(filter: { ids: [${outside}] }) { items { id } totalCount } }`,
      {},
      token,
    );
    expect(listed.data.mine.items).toHaveLength(1);
    expect(listed.data.theirs).toEqual({ items: [], totalCount: 0 });
    const one = await server.gql(
      `{ a: finding(id: ${outside}) { evidenceSummary } b: finding(id: ${outside}) { evidenceSummary } }`,
      {},
      token,
    );
    expect(new Set(codes(one))).toEqual(new Set(['NOT_FOUND']));
    expect(one.data).toBeNull();
    expect(JSON.stringify(one)).not.toContain('evidenceSummary"');
  });

  it('through fragments: a fragment reads no more than the field it is spread on', async () => {
    const token = await server.tokenFor('team1');
    const res = await server.gql(
      `query { findings(page: { take: 100 }) { items { ...F } totalCount } } fragment F on Finding { id teamPath assignment { id teamPath } }`,
      {},
      token,
    );
    const paths = res.data.findings.items.map((f: { teamPath: string }) => f.teamPath);
    expect(new Set(paths).size).toBe(1);
    const listed = await server.gql('{ findings { totalCount } }', {}, token);
    expect(res.data.findings.totalCount).toBe(listed.data.findings.totalCount);
  });

  it('through nested relations: a relation outside the scope reads as null', async () => {
    const token = await server.tokenFor('receiver');
    const res = await server.gql(
      '{ findings(page: { take: 5 }) { items { id assignment { id } target { id name } transferredTo { id } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.findings.items.length).toBeGreaterThan(0);
    for (const finding of res.data.findings.items) {
      // A receiving department reads what was transferred to it, not the inspection or the body it came from.
      expect(finding.assignment).toBeNull();
      expect(finding.target).toBeNull();
      expect(finding.transferredTo).not.toBeNull();
    }
  });

  it('through summaries: they count what the list holds, no more', async () => {
    const token = await server.tokenFor('team1');
    const [summary, list] = await Promise.all([
      server.gql('{ findingSummary { total { count } } }', {}, token),
      server.gql('{ findings { totalCount } }', {}, token),
    ]);
    expect(summary.data.findingSummary.total.count).toBe(list.data.findings.totalCount);
  });
});
