/**
 * Text search, target, category, severity, status and day range on the four lists of inspection
 * records: for callers of different scopes, each filtered list (page and count) holds exactly the
 * records of the caller's whole list that the same condition keeps when checked here by hand, and
 * bad input is refused with a message naming the field.
 */
import { dayIn, timeZone } from '../server/modules/common/calendar';
import { codes, startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Row = Record<string, any> & { id: number };

interface ListCase {
  list: string;
  filterType: string;
  fields: string;
  /** The text columns `q` searches. */
  text: string[];
  /** The day a record is dated by for `from`/`to`. */
  dayOf: (row: Row) => string;
  /** Enum filters: the filter key and the field it matches. */
  enums: Array<[string, string]>;
}

const CASES: ListCase[] = [
  {
    list: 'findings',
    filterType: 'FindingFilter',
    fields: 'id targetId category severity status evidenceSummary decisionNote outcome createdAt',
    text: ['evidenceSummary', 'decisionNote', 'outcome'],
    dayOf: (row) => dayIn(timeZone(), new Date(row.createdAt)),
    enums: [
      ['categories', 'category'],
      ['severities', 'severity'],
      ['statuses', 'status'],
    ],
  },
  {
    list: 'intakeItems',
    filterType: 'IntakeItemFilter',
    fields: 'id assignmentId channel content receivedOn',
    text: ['content'],
    dayOf: (row) => row.receivedOn,
    enums: [['channels', 'channel']],
  },
  {
    list: 'rectificationItems',
    filterType: 'RectificationItemFilter',
    fields: 'id assignmentId status description progress returnNote deadline',
    text: ['description', 'progress', 'returnNote'],
    dayOf: (row) => row.deadline,
    enums: [['statuses', 'status']],
  },
  {
    list: 'supervisionItems',
    filterType: 'SupervisionItemFilter',
    fields: 'id assignmentId status matter note deadline responsibleBodyId',
    text: ['matter', 'note'],
    dayOf: (row) => row.deadline,
    enums: [['statuses', 'status']],
  },
];

const LOGINS = ['analyst', 'qc.analyst', 'team1'];

async function all(c: ListCase, token: string, filter: Record<string, unknown> = {}): Promise<{ totalCount: number; rows: Row[] }> {
  const rows: Row[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await server.gql(
      `query($filter: ${c.filterType}, $page: PageInput) { ${c.list}(filter: $filter, page: $page) { totalCount items { ${c.fields} } } }`,
      { filter, page: { skip, take: 100 } },
      token,
    );
    expect(res.errors).toBeUndefined();
    const { totalCount, items } = res.data[c.list];
    rows.push(...items);
    if (items.length < 100) return { totalCount, rows };
  }
}

const ids = (rows: Row[]) => rows.map((r) => r.id).sort((a, b) => a - b);

/** A word of the caller's records to search for: two characters from the middle of some record's text. */
function wordOf(c: ListCase, rows: Row[]): string {
  const texts = rows.flatMap((row) => c.text.map((f) => row[f] as string | null)).filter((t): t is string => !!t && t.length > 8);
  const text = texts[Math.floor(texts.length / 2)];
  return text.slice(4, 6);
}

let targetOfAssignment: Map<number, number>;
beforeAll(async () => {
  const token = await server.tokenFor('analyst');
  targetOfAssignment = new Map();
  for (let skip = 0; ; skip += 100) {
    const res = await server.gql(
      `query($page: PageInput) { assignments(page: $page) { items { id targetId } } }`,
      { page: { skip, take: 100 } },
      token,
    );
    expect(res.errors).toBeUndefined();
    for (const a of res.data.assignments.items) targetOfAssignment.set(a.id, a.targetId);
    if (res.data.assignments.items.length < 100) break;
  }
});

const targetOf = (row: Row): number => row.targetId ?? targetOfAssignment.get(row.assignmentId)!;

describe.each(CASES)('$list', (c) => {
  it.each(LOGINS)('filters %s’s own list the way a plain filter of it does, and counts the same', async (login) => {
    const token = await server.tokenFor(login);
    const { totalCount, rows: everything } = await all(c, token);
    expect(totalCount).toBe(everything.length);
    if (!everything.length) return;

    const checks: Array<[Record<string, unknown>, (row: Row) => boolean]> = [];
    const word = wordOf(c, everything);
    checks.push([{ q: word }, (row) => c.text.some((f) => (row[f] ?? '').includes(word))]);
    // The wildcards of LIKE match only themselves.
    checks.push([{ q: '%' }, (row) => c.text.some((f) => (row[f] ?? '').includes('%'))]);
    checks.push([{ q: '_' }, (row) => c.text.some((f) => (row[f] ?? '').includes('_'))]);
    const target = targetOf(everything[0]);
    checks.push([{ targetId: target }, (row) => targetOf(row) === target]);
    for (const [key, field] of c.enums) {
      const value = everything[everything.length - 1][field];
      checks.push([{ [key]: [value] }, (row) => row[field] === value]);
    }
    const days = everything.map(c.dayOf).sort();
    const from = days[Math.floor(days.length / 4)];
    const to = days[Math.floor((days.length * 3) / 4)];
    checks.push([{ from, to }, (row) => c.dayOf(row) >= from && c.dayOf(row) <= to]);
    checks.push([{ from: to }, (row) => c.dayOf(row) >= to]);
    checks.push([{ q: word, from }, (row) => c.text.some((f) => (row[f] ?? '').includes(word)) && c.dayOf(row) >= from]);

    for (const [filter, keeps] of checks) {
      const expected = ids(everything.filter(keeps));
      const got = await all(c, token, filter);
      expect({ filter, ids: ids(got.rows) }).toEqual({ filter, ids: expected });
      expect({ filter, totalCount: got.totalCount }).toEqual({ filter, totalCount: expected.length });
    }
    // The search found something, so the checks above were not all of empty lists.
    expect(everything.filter(checks[0][1]).length).toBeGreaterThan(0);
  });

  it('refuses a range that ends before it starts, and an unknown value', async () => {
    const token = await server.tokenFor('analyst');
    const query = `query($filter: ${c.filterType}) { ${c.list}(filter: $filter) { totalCount } }`;
    const backwards = await server.gql(query, { filter: { from: '2026-05-02', to: '2026-05-01' } }, token);
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors![0].message).toBe('to: must not be before 2026-05-02');
    const notADay = await server.gql(query, { filter: { from: '2026-02-30' } }, token);
    expect(codes(notADay)).toEqual(['BAD_USER_INPUT']);
    const [key] = c.enums[0];
    const unknown = await server.gql(query, { filter: { [key]: ['NO_SUCH_VALUE'] } }, token);
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0].message).toContain('NO_SUCH_VALUE');
  });
});

it('finds nothing outside the caller’s scope, whatever the text', async () => {
  const everywhere = await all(CASES[0], await server.tokenFor('analyst'));
  const team = await all(CASES[0], await server.tokenFor('team1'));
  const visible = new Set(team.rows.map((r) => r.id));
  const outside = everywhere.rows.find((r) => !visible.has(r.id) && r.evidenceSummary.length > 8);
  expect(outside).toBeDefined();
  const found = await all(CASES[0], await server.tokenFor('team1'), { q: outside!.evidenceSummary });
  expect(found.rows.map((r) => r.id)).not.toContain(outside!.id);
  expect(found.rows.every((r) => visible.has(r.id))).toBe(true);
});
