/**
 * Summaries against a plain count per group, worked out here from the rows read directly: an
 * analyst's groups are the counts of the records in its scope, a committee leader's the same less
 * the records about named people in atoms holding fewer than the minimum of them (see
 * server/modules/summary/summary.service.ts). Each is asked with the averages and without them,
 * which are computed only when asked for and must change nothing else.
 */
import { today } from '../server/modules/common/record';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
let N: number;
let records: Row[];
beforeAll(async () => {
  server = await startTestServer();
  records = await readRecords();
  N = (await summary('analyst', 'findings', [], true)).minimumGroupSize;
});
afterAll(() => server?.close());

type Kind = 'findings' | 'rectification';

interface Row {
  kind: Kind;
  scopePath: string;
  named: boolean;
  atom: string;
  averaged: boolean;
  dims: Record<string, string | null>;
}

interface Group {
  key: (string | null)[];
  count: number | null;
  averageDays: number | null;
  averagedOver: number | null;
}
interface Summary {
  total: Group;
  groups: Group[];
  groupCount: number;
  minimumGroupSize: number;
  suppressed: boolean;
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

async function readRecords(): Promise<Row[]> {
  const findings: Record<string, unknown>[] = await server.db.query(
    `SELECT f.scopePath, f.assignmentId, f.targetId, f.category, f.subjectPersonId, f.transferredOn, a.stage, a.teamId, a.roundId, t.level
     FROM finding f JOIN assignment a ON a.id = f.assignmentId LEFT JOIN body t ON t.id = f.targetId`,
  );
  const items: Record<string, unknown>[] = await server.db.query(
    `SELECT r.scopePath, r.assignmentId, r.status, r.deadline, r.closedOn, f.subjectPersonId, a.targetId, a.stage, a.teamId, a.roundId, t.level
     FROM rectification_item r JOIN assignment a ON a.id = r.assignmentId LEFT JOIN finding f ON f.id = r.findingId LEFT JOIN body t ON t.id = a.targetId`,
  );
  const day = today();
  const inspection = (row: Record<string, unknown>) => ({
    TARGET: text(row.targetId),
    TARGET_LEVEL: text(row.level),
    STAGE: text(row.stage),
    TEAM: text(row.teamId),
    ROUND: text(row.roundId),
  });
  return [
    ...findings.map((row): Row => {
      const averaged = row.transferredOn !== null;
      return {
        kind: 'findings',
        scopePath: String(row.scopePath),
        named: row.subjectPersonId !== null,
        atom: [row.assignmentId, row.targetId, row.category, averaged].join('|'),
        averaged,
        dims: { CATEGORY: text(row.category), ...inspection(row) },
      };
    }),
    ...items.map((row): Row => {
      const deadline = String(row.deadline);
      const state = row.status === 'CLOSED' ? 'DONE' : deadline < day ? 'OVERDUE' : 'OPEN';
      const averaged = String(row.closedOn ?? day) > deadline;
      return {
        kind: 'rectification',
        scopePath: String(row.scopePath),
        named: row.subjectPersonId !== null,
        atom: [row.assignmentId, state, averaged].join('|'),
        averaged,
        dims: { STATE: state, ...inspection(row) },
      };
    }),
  ];
}

const GROUP = (averages: boolean) => `key count averagedOver${averages ? ' averageDays' : ''}`;

async function summary(login: string, kind: Kind, groupBy: string[], averages: boolean): Promise<Summary> {
  const [query, dimension] =
    kind === 'findings' ? ['findingSummary', 'FindingDimension'] : ['rectificationSummary', 'RectificationDimension'];
  const res = await server.gql(
    `query($groupBy: [${dimension}!]) { s: ${query}(groupBy: $groupBy, limit: 1000) {
       total { ${GROUP(averages)} } groups { ${GROUP(averages)} } groupCount minimumGroupSize suppressed } }`,
    { groupBy },
    await server.tokenFor(login),
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.s;
}

/** The plain count per group of the records under `scope`, less the left-out ones when `suppressed`. */
function expected(kind: Kind, scope: string, groupBy: string[], suppressed: boolean) {
  const mine = records.filter((r) => r.kind === kind && r.scopePath.startsWith(scope));
  const sensitive = new Map<string, number>();
  for (const r of mine) if (r.named) sensitive.set(r.atom, (sensitive.get(r.atom) ?? 0) + 1);
  const counted = mine.filter((r) => !(suppressed && r.named && sensitive.get(r.atom)! < N));
  const groups = new Map<string, { key: (string | null)[]; count: number; averagedOver: number }>();
  for (const r of counted) {
    const key = groupBy.map((d) => r.dims[d]);
    const id = JSON.stringify(key);
    const g = groups.get(id) ?? { key, count: 0, averagedOver: 0 };
    g.count += 1;
    if (r.averaged) g.averagedOver += 1;
    groups.set(id, g);
  }
  const total = { count: counted.length, averagedOver: counted.filter((r) => r.averaged).length };
  // No dimension gives the total alone; a group left with nothing is not listed.
  const listed = groupBy.length === 0 ? [] : [...groups.values()].filter((g) => g.count > 0);
  return { total, groups: listed.sort(byKey), leftOut: mine.length - counted.length };
}

const byKey = (a: { key: (string | null)[] }, b: { key: (string | null)[] }) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1);
const counts = (g: Group) => ({ key: g.key, count: g.count, averagedOver: g.averagedOver });

async function scopeOf(bodyCode: string): Promise<string> {
  const [row] = await server.db.query('SELECT scopePath FROM body WHERE code = ?', [bodyCode]);
  return row.scopePath;
}

const CALLERS = [
  { login: 'analyst', body: 'C', suppressed: false },
  { login: 'qc.analyst', body: 'P-QC', suppressed: false },
  { login: 'leader', body: 'C', suppressed: true },
  { login: 'qc.leader', body: 'P-QC', suppressed: true },
] as const;
const GROUPINGS: Array<[Kind, string[]]> = [
  ['findings', ['CATEGORY', 'STAGE']],
  ['findings', ['TARGET_LEVEL', 'TEAM']],
  ['findings', ['ROUND', 'TARGET', 'CATEGORY']],
  ['findings', []],
  ['rectification', ['STATE', 'STAGE']],
  ['rectification', ['TARGET_LEVEL', 'STATE']],
];

describe.each(CALLERS)('$login', ({ login, body, suppressed }) => {
  it.each(GROUPINGS)('%s by %j: a plain count per group, with averages or without', async (kind, groupBy) => {
    const want = expected(kind, await scopeOf(body), groupBy, suppressed);
    expect(want.total.count).toBeGreaterThan(0);
    for (const averages of [true, false]) {
      const got = await summary(login, kind, groupBy, averages);
      expect(got.suppressed).toBe(suppressed);
      expect(counts(got.total)).toEqual({ key: [], ...want.total });
      expect(got.groups.map(counts).sort(byKey)).toEqual(want.groups);
      expect(got.groupCount).toBe(want.groups.length);
      // Largest first, as the list is cut.
      expect(got.groups.map((g) => g.count)).toEqual([...got.groups.map((g) => g.count!)].sort((a, b) => b - a));
      if (averages && want.total.averagedOver >= N) expect(got.total.averageDays).toEqual(expect.any(Number));
    }
  });
});

it('the demo data leaves records out for the national leader, so the suppression above is exercised', () => {
  expect(records.length).toBeGreaterThan(0);
  return scopeOf('C').then((scope) => {
    expect(expected('findings', scope, [], true).leftOut).toBeGreaterThan(0);
    expect(expected('rectification', scope, [], true).leftOut).toBeGreaterThan(0);
  });
});

it('the averages asked for are those of the records counted, the same whether or not other fields are asked', async () => {
  const withAverages = await summary('leader', 'findings', ['CATEGORY', 'STAGE'], true);
  const [first] = withAverages.groups.filter((g) => g.averagedOver! >= N);
  expect(first).toBeDefined();
  // Asked through a fragment, as a client may.
  const res = await server.gql(
    `fragment g on SummaryGroup { key averageDays } { findingSummary(groupBy: [CATEGORY, STAGE], limit: 1000) { groups { ...g } } }`,
    {},
    await server.tokenFor('leader'),
  );
  const again = (res.data.findingSummary.groups as Group[]).find((g) => JSON.stringify(g.key) === JSON.stringify(first.key));
  expect(again?.averageDays).toBe(first.averageDays);
});
