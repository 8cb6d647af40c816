/**
 * Summaries count exactly what the caller could list: for every demo login the total equals the
 * list's totalCount, and each group equals the list filtered to it. A committee leader, who may only
 * count, sees the numbers its analyst colleague sees less the small sets about named people, which
 * test/summary-disclosure.test.ts attacks.
 */
import { DEMO_ACCOUNTS } from '../server/demo/demo-data';
import { codes, startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const GROUP =
  'dimensions total { key count fewerThan withheld averageDays averagedOver } groups { key count fewerThan withheld averageDays averagedOver } groupCount minimumGroupSize suppressed';

interface Group {
  key: (string | null)[];
  count: number | null;
  fewerThan: number | null;
  withheld: boolean;
  averageDays: number | null;
  averagedOver: number | null;
}
interface Summary {
  dimensions: string[];
  total: Group;
  groups: Group[];
  groupCount: number;
  minimumGroupSize: number;
  suppressed: boolean;
}

async function summary(login: string, query: string, groupBy: string[], filter?: Record<string, unknown>): Promise<Summary> {
  const res = await server.gql(
    `query($groupBy: [${query === 'findingSummary' ? 'FindingDimension' : query === 'rectificationSummary' ? 'RectificationDimension' : 'AssignmentDimension'}!], $filter: ${
      query === 'findingSummary' ? 'FindingFilter' : query === 'rectificationSummary' ? 'RectificationItemFilter' : 'AssignmentFilter'
    }) { s: ${query}(groupBy: $groupBy, filter: $filter, limit: 1000) { ${GROUP} } }`,
    { groupBy, filter },
    await server.tokenFor(login),
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.s;
}

async function listTotal(login: string, list: string, filterType: string, filter: Record<string, unknown> = {}): Promise<number> {
  const res = await server.gql(
    `query($filter: ${filterType}) { l: ${list}(filter: $filter, page: { take: 1 }) { totalCount } }`,
    { filter },
    await server.tokenFor(login),
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.l.totalCount;
}

/** Each dimension checked against the list filter that selects one of its groups. */
const CASES = [
  {
    query: 'findingSummary',
    list: 'findings',
    filterType: 'FindingFilter',
    dimension: 'CATEGORY',
    filterOf: (v: string) => ({ categories: [v] }),
  },
  {
    query: 'findingSummary',
    list: 'findings',
    filterType: 'FindingFilter',
    dimension: 'STATUS',
    filterOf: (v: string) => ({ statuses: [v] }),
  },
  {
    query: 'findingSummary',
    list: 'findings',
    filterType: 'FindingFilter',
    dimension: 'URGENT',
    filterOf: (v: string) => ({ urgent: v === 'true' }),
  },
  {
    query: 'findingSummary',
    list: 'findings',
    filterType: 'FindingFilter',
    dimension: 'TARGET',
    filterOf: (v: string) => ({ targetId: Number(v) }),
  },
  {
    query: 'rectificationSummary',
    list: 'rectificationItems',
    filterType: 'RectificationItemFilter',
    dimension: 'STATE',
    filterOf: (v: string) =>
      v === 'DONE' ? { statuses: ['CLOSED'] } : v === 'OVERDUE' ? { overdue: true } : { overdue: false, statuses: ['OPEN', 'SUBMITTED'] },
  },
  {
    query: 'assignmentSummary',
    list: 'assignments',
    filterType: 'AssignmentFilter',
    dimension: 'STAGE',
    filterOf: (v: string) => ({ stages: [v] }),
  },
] as const;

const READERS = DEMO_ACCOUNTS.map((a) => a.login).filter((login) => !['leader', 'qc.leader'].includes(login));

describe.each(READERS)('signed in as %s', (login) => {
  it.each(CASES.map((c) => [`${c.query} by ${c.dimension}`, c] as const))('%s agrees with the list', async (_name, c) => {
    const s = await summary(login, c.query, [c.dimension]);
    expect(s.total.count).toBe(await listTotal(login, c.list, c.filterType));
    // A reader who may list every record counted is never refused a number.
    expect([s.total, ...s.groups].some((g) => g.withheld)).toBe(false);
    expect(s.suppressed).toBe(false);
    expect(s.groups.reduce((sum, g) => sum + (g.count ?? 0), 0)).toBe(s.total.count);
    expect(s.groupCount).toBe(s.groups.length);
    for (const group of s.groups) {
      expect(group.count).toBe(await listTotal(login, c.list, c.filterType, c.filterOf(group.key[0]!)));
    }
  });
});

describe('summaries with a filter', () => {
  it('count the same rows as the list with that filter', async () => {
    const filter = { categories: ['CORRUPTION'], urgent: false };
    const s = await summary('analyst', 'findingSummary', ['STATUS', 'TARGET_LEVEL'], filter);
    expect(s.total.count).toBe(await listTotal('analyst', 'findings', 'FindingFilter', filter));
    expect(s.groups.every((g) => g.key.length === 2)).toBe(true);
  });

  it('give averages over the transferred findings and the late rectification items', async () => {
    const findings = await summary('analyst', 'findingSummary', []);
    const transferred = await listTotal('analyst', 'findings', 'FindingFilter', { statuses: ['TRANSFERRED', 'CONCLUDED'] });
    expect(findings.total.averagedOver).toBeGreaterThan(0);
    expect(findings.total.averagedOver).toBeLessThanOrEqual(transferred);
    expect(findings.total.averageDays).toBeGreaterThanOrEqual(0);
    const late = await summary('analyst', 'rectificationSummary', ['STATE']);
    const overdue = late.groups.find((g) => g.key[0] === 'OVERDUE');
    expect(overdue?.averagedOver).toBe(overdue?.count);
    expect(overdue?.averageDays).toBeGreaterThan(0);
  });
});

/** Findings about named people in atoms with fewer than the minimum of them: what a committee leader's counts leave out. */
async function leftOut(scope: string, minimum: number): Promise<number> {
  const [row] = await server.db.query(
    `SELECT COALESCE(SUM(s), 0) AS n FROM (
       SELECT SUM(CASE WHEN subjectPersonId IS NOT NULL THEN 1 ELSE 0 END) AS s FROM finding
       WHERE scopePath LIKE ? GROUP BY assignmentId, targetId, category, CASE WHEN transferredOn IS NOT NULL THEN 1 ELSE 0 END
     ) atoms WHERE s < ?`,
    [`${scope}%`, minimum],
  );
  return Number(row.n);
}

describe.each([
  ['leader', 'analyst', 'C'],
  ['qc.leader', 'qc.analyst', 'P-QC'],
])('a committee leader (%s), who may only count', (leader, analyst, bodyCode) => {
  it('may not list the records', async () => {
    expect(await listTotal(leader, 'findings', 'FindingFilter')).toBe(0);
  });

  it.each(['TARGET', 'CATEGORY', 'STAGE'])(
    'sees the numbers by %s less the small sets about named people, and no group withheld',
    async (dimension) => {
      const counted = await summary(leader, 'findingSummary', [dimension]);
      const listed = await summary(analyst, 'findingSummary', [dimension]);
      const [{ scopePath }] = await server.db.query('SELECT scopePath FROM body WHERE code = ?', [bodyCode]);
      const missing = await leftOut(scopePath, counted.minimumGroupSize);
      expect(missing).toBeGreaterThan(0);
      expect(counted.suppressed).toBe(true);
      expect(counted.total.count).toBe(listed.total.count! - missing);
      expect(counted.groups.reduce((sum, g) => sum + g.count!, 0)).toBe(counted.total.count);
      for (const group of counted.groups) {
        expect([group.withheld, group.fewerThan]).toEqual([false, null]);
        expect(group.count).toBeGreaterThan(0);
        const exact = listed.groups.find((g) => JSON.stringify(g.key) === JSON.stringify(group.key));
        expect(group.count).toBeLessThanOrEqual(exact!.count!);
      }
    },
  );

  it.each(['SUB_KIND', 'MONTH', 'STATUS', 'SEVERITY', 'URGENT'])(
    'may not group findings by %s, which would cut out single records',
    async (dimension) => {
      const res = await server.gql(`{ findingSummary(groupBy: [${dimension}]) { groupCount } }`, {}, await server.tokenFor(leader));
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.field).toBe('groupBy');
    },
  );

  it('sees inspection numbers in full (they are about bodies, not people), rectification items less those answering small sets', async () => {
    const inspections = await summary(leader, 'assignmentSummary', ['STAGE']);
    expect(inspections.total.count).toBe(await listTotal(analyst, 'assignments', 'AssignmentFilter'));
    expect(inspections.suppressed).toBe(false);
    const items = await summary(leader, 'rectificationSummary', ['STATE']);
    expect(items.suppressed).toBe(true);
    expect(items.total.count).toBeLessThanOrEqual(await listTotal(analyst, 'rectificationItems', 'RectificationItemFilter'));
    expect(items.groups.some((g) => g.withheld)).toBe(false);
  });
});

describe('guarded', () => {
  it('refuses more than three dimensions, a repeated one, and a bad page size, naming the argument', async () => {
    const token = await server.tokenFor('analyst');
    const tooMany = await server.gql('{ findingSummary(groupBy: [CATEGORY, STATUS, TARGET, MONTH]) { groupCount } }', {}, token);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0].message).toMatch(/at most 3/);
    const twice = await server.gql('{ findingSummary(groupBy: [CATEGORY, CATEGORY]) { groupCount } }', {}, token);
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    const page = await server.gql('{ findingSummary(groupBy: [CATEGORY], limit: 0) { groupCount } }', {}, token);
    expect(codes(page)).toEqual(['BAD_USER_INPUT']);
    expect(page.errors![0].extensions?.field).toBe('limit');
  });

  it('needs a signed-in caller', async () => {
    expect(codes(await server.gql('{ findingSummary { groupCount } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('cuts the groups at the limit, largest first, and says how many there are', async () => {
    const s = await server.gql(
      '{ findingSummary(groupBy: [TARGET], limit: 2) { groups { count } groupCount } }',
      {},
      await server.tokenFor('analyst'),
    );
    const { groups, groupCount } = s.data.findingSummary;
    expect(groups).toHaveLength(2);
    expect(groupCount).toBeGreaterThan(2);
    expect(groups[0].count).toBeGreaterThanOrEqual(groups[1].count);
  });
});

describe("a plan's report for the committee", () => {
  const REPORT = `query($roundId: Int!) { roundReport(roundId: $roundId) {
    round { id title year status }
    inspectionsByStage { total { count } groups { key count } }
    findingsByCategory { total { count } groups { key count withheld } }
    findingsByStatus { total { count averageDays } }
    findingsByTarget { groupCount }
    urgentFindings { count }
    rectificationByState { total { count } groups { key count } }
  } }`;

  async function centralRound(): Promise<number> {
    const [row] = await server.db.query(
      "SELECT r.id FROM round r JOIN body b ON b.id = r.leadingGroupId WHERE b.code = 'C-LG' AND r.status = 'APPROVED' ORDER BY r.id LIMIT 1",
    );
    return row.id;
  }

  it("assembles the round's figures, each equal to its list filtered to the round", async () => {
    const roundId = await centralRound();
    const res = await server.gql(REPORT, { roundId }, await server.tokenFor('lg.leader'));
    const report = res.data.roundReport;
    expect(report.round.id).toBe(roundId);
    expect(report.inspectionsByStage.total.count).toBe(await listTotal('lg.leader', 'assignments', 'AssignmentFilter', { roundId }));
    expect(report.findingsByCategory.total.count).toBe(await listTotal('lg.leader', 'findings', 'FindingFilter', { roundId }));
    expect(report.urgentFindings.count).toBe(await listTotal('lg.leader', 'findings', 'FindingFilter', { roundId, urgent: true }));
    expect(report.rectificationByState.total.count).toBe(
      await listTotal('lg.leader', 'rectificationItems', 'RectificationItemFilter', { roundId }),
    );
    expect(report.findingsByCategory.total.count).toBeGreaterThan(0);
  });

  it('is read by a committee leader, who may not open the plan itself', async () => {
    const roundId = await centralRound();
    const token = await server.tokenFor('leader');
    const headings = await server.gql('{ reportableRounds { id title } }', {}, token);
    expect(headings.data.reportableRounds.map((r: { id: number }) => r.id)).toContain(roundId);
    const report = await server.gql(REPORT, { roundId }, token);
    expect(report.errors).toBeUndefined();
    const counted = report.data.roundReport;
    const leaderReport = (await server.gql(REPORT, { roundId }, await server.tokenFor('lg.leader'))).data.roundReport;
    expect(counted.findingsByCategory.total.count).toBeGreaterThan(0);
    expect(counted.findingsByCategory.total.count).toBeLessThanOrEqual(leaderReport.findingsByCategory.total.count);
    expect(counted.findingsByCategory.groups.some((g: { withheld: boolean }) => g.withheld)).toBe(false);
    expect(counted.inspectionsByStage.total.count).toBe(leaderReport.inspectionsByStage.total.count);
    // By status and urgency are for readers: neither is a function of what a count-only answer is made of.
    expect([counted.findingsByStatus, counted.urgentFindings]).toEqual([null, null]);
    expect(leaderReport.findingsByStatus.total.count).toBe(leaderReport.findingsByCategory.total.count);
    expect(codes(await server.gql(`{ round(id: ${roundId}) { id } }`, {}, token))).toEqual(['NOT_FOUND']);
  });

  it('reads as not found outside the scope', async () => {
    const roundId = await centralRound();
    expect(codes(await server.gql(REPORT, { roundId }, await server.tokenFor('qc.leader')))).toEqual(['NOT_FOUND']);
    const team = await server.gql('{ reportableRounds { id } }', {}, await server.tokenFor('team1'));
    expect(team.data.reportableRounds).toEqual([]);
  });
});
