/**
 * Summaries count exactly what the caller could list: for every demo login the total equals the
 * list's totalCount, each group equals the list filtered to it, and a committee leader, who may only
 * count, sees the numbers its analyst colleague sees except for small groups about named people.
 */
import { disclose, type CountedGroup } from '../server/modules/summary/summary.service';
import { DEMO_ACCOUNTS } from '../server/demo/demo-data';
import { codes, startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const GROUP = 'dimensions total { key count fewerThan withheld averageDays averagedOver } groups { key count fewerThan withheld averageDays averagedOver } groupCount minimumGroupSize';

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
  const res = await server.gql(`query($filter: ${filterType}) { l: ${list}(filter: $filter, page: { take: 1 }) { totalCount } }`, { filter }, await server.tokenFor(login));
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.l.totalCount;
}

/** Each dimension checked against the list filter that selects one of its groups. */
const CASES = [
  { query: 'findingSummary', list: 'findings', filterType: 'FindingFilter', dimension: 'CATEGORY', filterOf: (v: string) => ({ categories: [v] }) },
  { query: 'findingSummary', list: 'findings', filterType: 'FindingFilter', dimension: 'STATUS', filterOf: (v: string) => ({ statuses: [v] }) },
  { query: 'findingSummary', list: 'findings', filterType: 'FindingFilter', dimension: 'URGENT', filterOf: (v: string) => ({ urgent: v === 'true' }) },
  { query: 'findingSummary', list: 'findings', filterType: 'FindingFilter', dimension: 'TARGET', filterOf: (v: string) => ({ targetId: Number(v) }) },
  {
    query: 'rectificationSummary',
    list: 'rectificationItems',
    filterType: 'RectificationItemFilter',
    dimension: 'STATE',
    filterOf: (v: string) => (v === 'DONE' ? { statuses: ['CLOSED'] } : v === 'OVERDUE' ? { overdue: true } : { overdue: false, statuses: ['OPEN', 'SUBMITTED'] }),
  },
  { query: 'assignmentSummary', list: 'assignments', filterType: 'AssignmentFilter', dimension: 'STAGE', filterOf: (v: string) => ({ stages: [v] }) },
] as const;

const READERS = DEMO_ACCOUNTS.map((a) => a.login).filter((login) => !['leader', 'qc.leader'].includes(login));

describe.each(READERS)('signed in as %s', (login) => {
  it.each(CASES.map((c) => [`${c.query} by ${c.dimension}`, c] as const))('%s agrees with the list', async (_name, c) => {
    const s = await summary(login, c.query, [c.dimension]);
    expect(s.total.count).toBe(await listTotal(login, c.list, c.filterType));
    // A reader who may list every record counted is never refused a number.
    expect([s.total, ...s.groups].some((g) => g.withheld)).toBe(false);
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

describe.each([
  ['leader', 'analyst'],
  ['qc.leader', 'qc.analyst'],
])('a committee leader (%s), who may only count', (leader, analyst) => {
  it('may not list the records', async () => {
    expect(await listTotal(leader, 'findings', 'FindingFilter')).toBe(0);
  });

  it.each(['TARGET', 'CATEGORY', 'SUB_KIND', 'MONTH'])('sees the numbers by %s, with small groups about named people withheld', async (dimension) => {
    const counted = await summary(leader, 'findingSummary', [dimension]);
    const listed = await summary(analyst, 'findingSummary', [dimension]);
    expect(counted.total.count).toBe(listed.total.count);
    expect(counted.groups.map((g) => g.key)).toEqual(listed.groups.map((g) => g.key));
    counted.groups.forEach((group, i) => {
      const exact = listed.groups[i].count!;
      if (!group.withheld) return expect(group.count).toBe(exact);
      expect(group.count).toBeNull();
      expect(group.averageDays).toBeNull();
      // Withheld as small (fewerThan), or withheld so that the total cannot give a small one away.
      if (group.fewerThan !== null) expect(exact).toBeLessThan(group.fewerThan);
    });
    const small = counted.groups.filter((g) => g.fewerThan !== null);
    if (small.length === 1) expect(counted.groups.filter((g) => g.withheld && g.fewerThan === null)).toHaveLength(1);
  });

  it('has small groups withheld somewhere in the demo data', async () => {
    const counted = await summary(leader, 'findingSummary', ['TARGET', 'SUB_KIND']);
    expect(counted.groups.some((g) => g.fewerThan === 3)).toBe(true);
  });

  it('sees rectification and inspection numbers in full (they are about bodies, not people)', async () => {
    for (const [query, dimension, list, filterType] of [
      ['rectificationSummary', 'STATE', 'rectificationItems', 'RectificationItemFilter'],
      ['assignmentSummary', 'STAGE', 'assignments', 'AssignmentFilter'],
    ]) {
      const counted = await summary(leader, query, [dimension]);
      expect(counted.total.count).toBe(await listTotal(analyst, list, filterType));
      expect(counted.groups.some((g) => g.withheld)).toBe(false);
    }
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
    const s = await server.gql('{ findingSummary(groupBy: [TARGET], limit: 2) { groups { count } groupCount } }', {}, await server.tokenFor('analyst'));
    const { groups, groupCount } = s.data.findingSummary;
    expect(groups).toHaveLength(2);
    expect(groupCount).toBeGreaterThan(2);
    expect(groups[0].count).toBeGreaterThanOrEqual(groups[1].count);
  });
});

describe('the small-count rule', () => {
  const group = (key: string, count: number, readable: number, named: number): CountedGroup => ({ key: [key], count, readable, named, averageDays: 4, averagedOver: count });

  it('withholds a small group about named people from a caller who may not read it', () => {
    const total = group('', 12, 0, 5);
    const { groups } = disclose(total, [group('a', 8, 0, 2), group('b', 2, 0, 1), group('c', 2, 0, 2)], 3, true);
    expect(groups.map((g) => g.count)).toEqual([8, null, null]);
    expect(groups.map((g) => g.fewerThan)).toEqual([null, 3, 3]);
    expect(groups[1].averageDays).toBeNull();
  });

  it('withholds the smallest other group when one small group could be worked out from the total', () => {
    const { total, groups } = disclose(group('', 12, 0, 3), [group('a', 6, 0, 0), group('b', 4, 0, 0), group('c', 2, 0, 1)], 3, true);
    expect(total.count).toBe(12);
    expect(groups.map((g) => [g.count, g.fewerThan, g.withheld])).toEqual([
      [6, null, false],
      [null, null, true],
      [null, 3, true],
    ]);
  });

  it('withholds the total when the only group is small', () => {
    const { total, groups } = disclose(group('', 5, 0, 1), [group('a', 2, 0, 1), group('b', 3, 0, 0)], 3, true);
    expect(groups.map((g) => g.withheld)).toEqual([true, true]);
    expect(total.count).toBe(5);
    const alone = disclose(group('', 4, 0, 0), [group('a', 2, 0, 2)], 3, true);
    expect(alone.total.withheld).toBe(true);
  });

  it('shows everything to a caller who may read the records, and groups without named people', () => {
    expect(disclose(group('', 3, 3, 3), [group('a', 1, 1, 1), group('b', 2, 2, 2)], 3, true).groups.map((g) => g.count)).toEqual([1, 2]);
    expect(disclose(group('', 3, 0, 0), [group('a', 1, 0, 0), group('b', 2, 0, 0)], 3, true).groups.map((g) => g.count)).toEqual([1, 2]);
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
    const [row] = await server.db.query("SELECT r.id FROM round r JOIN body b ON b.id = r.leadingGroupId WHERE b.code = 'C-LG' AND r.status = 'APPROVED' ORDER BY r.id LIMIT 1");
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
    expect(report.rectificationByState.total.count).toBe(await listTotal('lg.leader', 'rectificationItems', 'RectificationItemFilter', { roundId }));
    expect(report.findingsByCategory.total.count).toBeGreaterThan(0);
  });

  it('is read by a committee leader, who may not open the plan itself', async () => {
    const roundId = await centralRound();
    const token = await server.tokenFor('leader');
    const headings = await server.gql('{ reportableRounds { id title } }', {}, token);
    expect(headings.data.reportableRounds.map((r: { id: number }) => r.id)).toContain(roundId);
    const report = await server.gql(REPORT, { roundId }, token);
    expect(report.errors).toBeUndefined();
    const leaderReport = (await server.gql(REPORT, { roundId }, await server.tokenFor('lg.leader'))).data.roundReport;
    expect(report.data.roundReport.findingsByCategory.total.count).toBe(leaderReport.findingsByCategory.total.count);
    expect(codes(await server.gql(`{ round(id: ${roundId}) { id } }`, {}, token))).toEqual(['NOT_FOUND']);
  });

  it('reads as not found outside the scope', async () => {
    const roundId = await centralRound();
    expect(codes(await server.gql(REPORT, { roundId }, await server.tokenFor('qc.leader')))).toEqual(['NOT_FOUND']);
    const team = await server.gql('{ reportableRounds { id } }', {}, await server.tokenFor('team1'));
    expect(team.data.reportableRounds).toEqual([]);
  });
});
