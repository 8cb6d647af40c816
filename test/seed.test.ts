import { nameSortKey } from '../server/modules/common/name-sort-key';
import { bodyCount, profileFor } from '../server/seed/profile';
import { seedDatabase, type SeedResult } from '../server/seed/seed';
import { pathRange } from '../server/scope/paths';
import { startTestServer, type TestServer } from './support/harness';

const SCALE = 2;
const profile = profileFor(SCALE);
let server: TestServer;
let seeded: SeedResult;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  seeded = await seedDatabase(server.db, SCALE);
}, 120_000);
afterAll(() => server?.close());

const count = async (sql: string, params: unknown[] = []) => Number((await server.db.query(sql, params))[0].n);
const pathOf = async (code: string) => (await server.db.query('SELECT scopePath FROM body WHERE code = ?', [code]))[0].scopePath as string;

describe(`the generated dataset at scale ${SCALE}`, () => {
  it('holds what the profile says', async () => {
    expect(await count('SELECT COUNT(*) AS n FROM body')).toBe(bodyCount(profile));
    expect(await count('SELECT COUNT(*) AS n FROM finding')).toBe(profile.findings);
    expect(await count('SELECT COUNT(*) AS n FROM intake_item')).toBe(profile.intakeItems);
    expect(await count('SELECT COUNT(*) AS n FROM rectification_item')).toBe(profile.rectificationItems);
    expect(await count('SELECT COUNT(*) AS n FROM person')).toBeGreaterThanOrEqual(profile.people);
    expect(await count("SELECT COUNT(*) AS n FROM assignment WHERE stage = 'CLOSED'")).toBeGreaterThan(0);
    expect(await count("SELECT COUNT(*) AS n FROM assignment WHERE stage <> 'CLOSED'")).toBeGreaterThan(0);
    expect(seeded.tables.find((t) => t.table === 'finding')?.rows).toBe(profile.findings);
  });

  it('gives every body the path of its parent and its own id', async () => {
    const bodies: Array<{ id: number; reportsToId: number | null; scopePath: string }> = await server.db.query(
      'SELECT id, reportsToId, scopePath FROM body',
    );
    const byId = new Map(bodies.map((b) => [Number(b.id), b]));
    const wrong = bodies.filter(
      (b) => b.scopePath !== `${b.reportsToId === null ? '/' : byId.get(Number(b.reportsToId))!.scopePath}${b.id}/`,
    );
    expect(wrong).toEqual([]);
  });

  it('gives every person and body the sort key of its name', async () => {
    for (const [table, kind] of [
      ['person', 'person'],
      ['body', 'body'],
    ] as const) {
      const rows: Array<{ name: string; nameSortKey: string }> = await server.db.query(`SELECT name, nameSortKey FROM ${table}`);
      expect(rows.filter((row) => row.nameSortKey !== nameSortKey(row.name, kind))).toEqual([]);
    }
  });

  it("copies into every record the path of the body it hangs on: its team's, its target's, its recipient's", async () => {
    const mismatches: Record<string, string> = {
      person: 'SELECT COUNT(*) AS n FROM person r JOIN body b ON b.id = r.employerId WHERE r.scopePath <> b.scopePath',
      membership: 'SELECT COUNT(*) AS n FROM membership r JOIN body b ON b.id = r.bodyId WHERE r.scopePath <> b.scopePath',
      account: 'SELECT COUNT(*) AS n FROM account r JOIN person p ON p.id = r.personId WHERE r.scopePath <> p.scopePath',
      pool_entry: 'SELECT COUNT(*) AS n FROM pool_entry r JOIN body b ON b.id = r.leadingGroupId WHERE r.scopePath <> b.scopePath',
      round: 'SELECT COUNT(*) AS n FROM round r JOIN body b ON b.id = r.leadingGroupId WHERE r.scopePath <> b.scopePath',
      round_target: 'SELECT COUNT(*) AS n FROM round_target r JOIN round x ON x.id = r.roundId WHERE r.scopePath <> x.scopePath',
      assignment:
        'SELECT COUNT(*) AS n FROM assignment r JOIN body t ON t.id = r.teamId JOIN body g ON g.id = r.targetId WHERE r.scopePath <> t.scopePath OR r.targetPath <> g.scopePath',
      leader_grant: 'SELECT COUNT(*) AS n FROM leader_grant r JOIN body t ON t.id = r.teamId WHERE r.scopePath <> t.scopePath',
      finding:
        "SELECT COUNT(*) AS n FROM finding r JOIN body g ON g.id = r.targetId LEFT JOIN body x ON x.id = r.transferredToId WHERE r.targetPath <> g.scopePath OR r.transferredToPath <> COALESCE(x.scopePath, '')",
      rectification_item:
        'SELECT COUNT(*) AS n FROM rectification_item r JOIN assignment a ON a.id = r.assignmentId WHERE r.targetPath <> a.targetPath',
      supervision_item:
        'SELECT COUNT(*) AS n FROM supervision_item r JOIN body b ON b.id = r.responsibleBodyId WHERE r.responsiblePath <> b.scopePath',
      intake_informant:
        'SELECT COUNT(*) AS n FROM intake_informant r JOIN intake_item i ON i.id = r.intakeItemId WHERE r.scopePath <> i.scopePath OR r.assignmentId <> i.assignmentId',
    };
    for (const table of [
      'assignment_member',
      'briefing',
      'activity',
      'intake_item',
      'finding',
      'report',
      'rectification_item',
      'supervision_item',
    ]) {
      mismatches[`${table} team`] =
        `SELECT COUNT(*) AS n FROM ${table} r JOIN assignment a ON a.id = r.assignmentId WHERE r.scopePath <> a.scopePath`;
    }
    const found: Record<string, number> = {};
    for (const [name, sql] of Object.entries(mismatches)) found[name] = await count(sql);
    expect(found).toEqual(Object.fromEntries(Object.keys(mismatches).map((name) => [name, 0])));
  });

  it('keeps every date in the past and every inspection leader in the pool of its leading group', async () => {
    const today = seeded.asOf;
    expect(await count('SELECT COUNT(*) AS n FROM finding WHERE createdAt > updatedAt OR substr(createdAt, 1, 10) > ?', [today])).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM rectification_item WHERE closedOn > ?', [today])).toBe(0);
    const outsidePool = `SELECT COUNT(*) AS n FROM leader_grant g JOIN assignment a ON a.id = g.assignmentId JOIN round r ON r.id = a.roundId
      LEFT JOIN pool_entry p ON p.personId = g.personId AND p.leadingGroupId = r.leadingGroupId WHERE p.id IS NULL`;
    expect(await count(outsidePool)).toBe(0);
    const overlapping = `SELECT COUNT(*) AS n FROM leader_grant a JOIN leader_grant b ON a.personId = b.personId AND a.id < b.id
      WHERE a.validFrom <= b.validUntil AND b.validFrom <= a.validUntil`;
    expect(await count(overlapping)).toBe(0);
  });

  describe('is served by the API', () => {
    const FINDINGS = `query($filter: FindingFilter) {
      findings(filter: $filter, page: { take: 5 }) { totalCount items { category target { name parent { name } } } }
      findingSummary(groupBy: [CATEGORY], filter: $filter) { total { count } groups { key count } }
    }`;

    it.each([
      ['analyst', 'C', 'the whole tree', true],
      ['p01.analyst', 'P01', 'one province', true],
      ['leaf.analyst', 'P01-T1', 'one team, not the bodies it inspects', false],
    ])('counts for %s (%s: %s) what SQL counts under its path', async (login, code, _scope, seesTargets) => {
      const [low, high] = pathRange(await pathOf(code));
      const res = await server.gql(FINDINGS, { filter: { categories: ['CORRUPTION', 'PERSONNEL'] } }, await server.tokenFor(login));
      expect(res.errors).toBeUndefined();
      const inScope = 'FROM finding WHERE scopePath >= ? AND scopePath < ? AND category IN (?, ?)';
      const params = [low, high, 'CORRUPTION', 'PERSONNEL'];
      const total = await count(`SELECT COUNT(*) AS n ${inScope}`, params);
      expect(total).toBeGreaterThan(0);
      expect(res.data.findings.totalCount).toBe(total);
      const target = res.data.findings.items[0].target;
      if (seesTargets) expect(target.parent.name).toEqual(expect.any(String));
      else expect(target).toBeNull();
      expect(res.data.findingSummary.total.count).toBe(total);
      const byCategory: Array<{ category: string; n: unknown }> = await server.db.query(
        `SELECT category, COUNT(*) AS n ${inScope} GROUP BY category`,
        params,
      );
      const groups = Object.fromEntries(res.data.findingSummary.groups.map((g: { key: string[]; count: number }) => [g.key[0], g.count]));
      expect(groups).toEqual(Object.fromEntries(byCategory.map((g) => [g.category, Number(g.n)])));
    });

    it("shows a county's liaison exactly the rectification items addressed to the county", async () => {
      const res = await server.gql('{ rectificationItems { totalCount } }', {}, await server.tokenFor('leaf.liaison'));
      expect(res.errors).toBeUndefined();
      const countyPath = await pathOf('P01-C1-K1');
      expect(res.data.rectificationItems.totalCount).toBe(
        await count('SELECT COUNT(*) AS n FROM rectification_item WHERE targetPath = ?', [countyPath]),
      );
    });
  });
});
