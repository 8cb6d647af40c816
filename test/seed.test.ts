import { nameSortKey } from '../server/modules/common/name-sort-key';
import { bodyCount, profileFor } from '../server/seed/profile';
import { seedDatabase, type SeedResult } from '../server/seed/seed';
import { pathRange } from '../server/scope/paths';
import { connect } from '../server/db/connect';
import { freshDatabase, startTestServer, type TestServer } from './support/harness';

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
    mismatches.help_request =
      'SELECT COUNT(*) AS n FROM help_request r JOIN body b ON b.id = r.recipientId WHERE r.recipientPath <> b.scopePath';
    mismatches.training_record =
      'SELECT COUNT(*) AS n FROM training_record r JOIN body b ON b.id = r.leadingGroupId WHERE r.scopePath <> b.scopePath';
    mismatches.talk_interviewee =
      'SELECT COUNT(*) AS n FROM talk_interviewee r JOIN talk t ON t.id = r.talkId WHERE r.scopePath <> t.scopePath OR r.assignmentId <> t.assignmentId';
    for (const table of [
      'assignment_member',
      'briefing',
      'activity',
      'intake_item',
      'finding',
      'report',
      'rectification_item',
      'supervision_item',
      'talk',
      'records_request',
      'deeper_inquiry',
      'help_request',
      'evaluation',
      'staff_assessment',
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

  describe('holds the working records beside the findings', () => {
    const rows = <T>(sql: string, params: unknown[] = []) => server.db.query(sql, params) as Promise<T[]>;
    const ids = (json: string | number[]) => (typeof json === 'string' ? (JSON.parse(json) as number[]) : json);

    it('in every table, none of them dated after the day generated for', async () => {
      const today = seeded.asOf;
      for (const [table, day] of [
        ['talk', 'heldOn'],
        ['talk_interviewee', 'createdAt'],
        ['records_request', 'requestedOn'],
        ['deeper_inquiry', 'openedOn'],
        ['help_request', 'wantedBy'],
        ['evaluation', 'createdAt'],
        ['ballot_link', 'issuedOn'],
        ['ballot_answer', 'castOn'],
        ['ballot_text_answer', 'castOn'],
        ['staff_assessment', 'assessedOn'],
        ['training_record', 'endsOn'],
      ]) {
        expect([table, await count(`SELECT COUNT(*) AS n FROM ${table}`)]).not.toEqual([table, 0]);
        // A request for help is wanted by a day that may still come; every other day has passed.
        if (table !== 'help_request')
          expect([table, await count(`SELECT COUNT(*) AS n FROM ${table} WHERE substr(${day}, 1, 10) > ?`, [today])]).toEqual([table, 0]);
      }
      for (const [sql, params] of [
        ['SELECT COUNT(*) AS n FROM records_request WHERE receivedOn > ? OR dueOn < requestedOn OR receivedOn < requestedOn', [today]],
        ['SELECT COUNT(*) AS n FROM help_request WHERE askedOn > ? OR answeredOn > ? OR answeredOn < askedOn', [today, today]],
        ['SELECT COUNT(*) AS n FROM ballot_link WHERE usedOn > ? OR usedOn < issuedOn', [today]],
      ] as const)
        expect([sql, await count(sql, [...params])]).toEqual([sql, 0]);
      // Some records are late, as the lists and the queues are to show.
      expect(await count("SELECT COUNT(*) AS n FROM records_request WHERE dueOn < ? AND status <> 'RECEIVED'", [today])).toBeGreaterThan(0);
      expect(await count("SELECT COUNT(*) AS n FROM help_request WHERE wantedBy < ? AND status = 'SENT'", [today])).toBeGreaterThan(0);
    });

    it('gives talks only to the inspection’s staff and its leader, on days it was on site, each with its interviewee', async () => {
      const talks = await rows<{ id: number; assignmentId: number; heldOn: string; talkerIds: string }>(
        'SELECT t.id, t.assignmentId, t.heldOn, t.talkerIds FROM talk t',
      );
      const staff = new Map<number, Set<number>>();
      for (const r of await rows<{ assignmentId: number; personId: number }>(
        'SELECT assignmentId, personId FROM assignment_member UNION ALL SELECT assignmentId, personId FROM leader_grant',
      )) {
        const set = staff.get(Number(r.assignmentId)) ?? new Set<number>();
        set.add(Number(r.personId));
        staff.set(Number(r.assignmentId), set);
      }
      const strangers = talks.filter(
        (t) => ids(t.talkerIds).length === 0 || ids(t.talkerIds).some((p) => !staff.get(Number(t.assignmentId))?.has(p)),
      );
      expect(strangers).toEqual([]);
      const offSite = `SELECT COUNT(*) AS n FROM talk t JOIN assignment a ON a.id = t.assignmentId
        WHERE t.heldOn < a.startsOn OR t.heldOn > a.endsOn OR a.stage = 'PREPARATION'`;
      expect(await count(offSite)).toBe(0);
      expect(await count('SELECT COUNT(*) AS n FROM talk t LEFT JOIN talk_interviewee i ON i.talkId = t.id WHERE i.id IS NULL')).toBe(0);
      const fromTalks = `SELECT COUNT(*) AS n FROM finding f JOIN talk t ON t.id = f.sourceTalkId
        WHERE t.assignmentId <> f.assignmentId OR f.sourceMethod <> 'INDIVIDUAL_TALK' OR t.heldOn > substr(f.createdAt, 1, 10)`;
      expect(await count(fromTalks)).toBe(0);
      expect(await count('SELECT COUNT(*) AS n FROM finding WHERE sourceTalkId IS NOT NULL')).toBeGreaterThan(0);
    });

    it('counts one ballot per used link, by day, each rating every subject, for one evaluation per inspection past inquiry', async () => {
      const missing = `SELECT COUNT(*) AS n FROM assignment a WHERE a.stage IN ('REPORTING', 'FEEDBACK', 'TRANSFER', 'CLOSED')
        AND (SELECT COUNT(*) FROM evaluation e WHERE e.assignmentId = a.id AND e.status = 'CLOSED') <> 1`;
      expect(await count(missing)).toBe(0);
      const key = (r: { evaluationId: number; day: string; n: number }) => `${r.evaluationId} ${r.day} ${Number(r.n)}`;
      const used = await rows<{ evaluationId: number; day: string; n: number }>(
        'SELECT evaluationId, usedOn AS day, COUNT(*) AS n FROM ballot_link WHERE usedOn IS NOT NULL GROUP BY evaluationId, usedOn',
      );
      const ballots = await rows<{ evaluationId: number; day: string; n: number }>(
        'SELECT evaluationId, castOn AS day, COUNT(*) AS n FROM ballot_answer WHERE subjectId = 0 GROUP BY evaluationId, castOn',
      );
      expect(used.length).toBeGreaterThan(0);
      expect(ballots.map(key).sort()).toEqual(used.map(key).sort());
      const evaluations = await rows<{ id: number; personIds: string; linksIssued: number }>(
        'SELECT id, personIds, linksIssued FROM evaluation',
      );
      const perEvaluation = async (sql: string) =>
        new Map((await rows<{ evaluationId: number; n: number }>(sql)).map((r) => [Number(r.evaluationId), Number(r.n)]));
      const links = await perEvaluation('SELECT evaluationId, COUNT(*) AS n FROM ballot_link GROUP BY evaluationId');
      const cast = await perEvaluation(
        'SELECT evaluationId, COUNT(*) AS n FROM ballot_link WHERE usedOn IS NOT NULL GROUP BY evaluationId',
      );
      const answers = await perEvaluation('SELECT evaluationId, COUNT(*) AS n FROM ballot_answer GROUP BY evaluationId');
      const wrong = evaluations.filter(
        (e) =>
          links.get(Number(e.id)) !== Number(e.linksIssued) ||
          (answers.get(Number(e.id)) ?? 0) !== (cast.get(Number(e.id)) ?? 0) * (1 + ids(e.personIds).length),
      );
      expect(wrong).toEqual([]);
      const subjects = await rows<{ evaluationId: number; subjectId: number }>(
        'SELECT DISTINCT evaluationId, subjectId FROM ballot_answer',
      );
      const rated = new Map(evaluations.map((e) => [Number(e.id), new Set([0, ...ids(e.personIds)])]));
      expect(subjects.filter((s) => !rated.get(Number(s.evaluationId))?.has(Number(s.subjectId)))).toEqual([]);
      const outsideTarget = `SELECT e.id, e.personIds, b.scopePath FROM evaluation e JOIN assignment a ON a.id = e.assignmentId JOIN body b ON b.id = a.targetId`;
      const people = new Map(
        (await rows<{ id: number; scopePath: string }>('SELECT id, scopePath FROM person')).map((p) => [Number(p.id), p.scopePath]),
      );
      const strangers = (await rows<{ id: number; personIds: string; scopePath: string }>(outsideTarget)).filter((e) =>
        ids(e.personIds).some((p) => !people.get(p)?.startsWith(e.scopePath)),
      );
      expect(strangers).toEqual([]);
    });

    it('sends requests for help from the staff to a department, about a finding of the inspection', async () => {
      const wrong = `SELECT COUNT(*) AS n FROM help_request h
        JOIN body b ON b.id = h.recipientId
        JOIN finding f ON f.id = h.findingId
        LEFT JOIN assignment_member m ON m.assignmentId = h.assignmentId AND m.personId = h.draftedById
        LEFT JOIN deeper_inquiry d ON d.id = h.deeperInquiryId
        WHERE b.kind NOT IN ('DISCIPLINE_COMMISSION', 'ORGANISATION_DEPARTMENT', 'AUDIT_OFFICE', 'PETITION_BUREAU', 'FUNCTIONAL_DEPARTMENT')
          OR f.assignmentId <> h.assignmentId OR m.id IS NULL
          OR (h.deeperInquiryId IS NOT NULL AND (d.status <> 'APPROVED' OR d.findingId <> h.findingId))
          OR ((h.status = 'DRAFT') <> (h.askedOn IS NULL))
          OR ((h.status IN ('ANSWERED', 'DECLINED')) <> (h.answeredOn IS NOT NULL))`;
      expect(await count(wrong)).toBe(0);
      const inquiries = `SELECT COUNT(*) AS n FROM deeper_inquiry d JOIN finding f ON f.id = d.findingId
        LEFT JOIN leader_grant g ON g.assignmentId = d.assignmentId AND g.personId = d.openedById
        WHERE f.assignmentId <> d.assignmentId OR g.id IS NULL OR ((d.status = 'PROPOSED') <> (d.decidedOn IS NULL))`;
      expect(await count(inquiries)).toBe(0);
    });

    it('assesses everyone who served on an inspection past feedback, once, and trains only the staff', async () => {
      const served = `SELECT COUNT(*) AS n FROM (SELECT assignmentId, personId FROM assignment_member
        UNION SELECT assignmentId, personId FROM leader_grant) s JOIN assignment a ON a.id = s.assignmentId
        WHERE a.stage IN ('FEEDBACK', 'TRANSFER', 'CLOSED')`;
      expect(await count('SELECT COUNT(*) AS n FROM staff_assessment')).toBe(await count(served));
      const wrongRole = `SELECT COUNT(*) AS n FROM staff_assessment s
        LEFT JOIN leader_grant g ON g.assignmentId = s.assignmentId AND g.personId = s.personId
        LEFT JOIN assignment_member m ON m.assignmentId = s.assignmentId AND m.personId = s.personId
        WHERE (s.servedAs = 'LEADER' AND g.id IS NULL) OR (s.servedAs = 'MEMBER' AND m.id IS NULL)`;
      expect(await count(wrongRole)).toBe(0);
      const notStaff = `SELECT COUNT(*) AS n FROM training_record t WHERE NOT EXISTS (
          SELECT 1 FROM pool_entry p WHERE p.personId = t.personId AND p.leadingGroupId = t.leadingGroupId)
        AND NOT EXISTS (SELECT 1 FROM membership ms JOIN body b ON b.id = ms.bodyId
          WHERE ms.personId = t.personId AND ms.role = 'TEAM_MEMBER' AND b.reportsToId = t.leadingGroupId)`;
      expect(await count(notStaff)).toBe(0);
    });

    it('is generated the same again from the same seed and day', async () => {
      const again = await freshDatabase();
      const db = await connect(again.database, { attempts: 1 });
      try {
        await seedDatabase(db, SCALE, { asOf: seeded.asOf });
        // Instants are clamped to the moment of loading, and ballot keys are drawn at random: the rest must match.
        const tables: Record<string, string> = {
          talk: 'id, assignmentId, heldOn, talkerIds, intervieweePost, intervieweeCategory, matters',
          talk_interviewee: 'id, talkId, name, contact',
          finding: 'id, sourceTalkId, sourceMethod, severity',
          records_request: 'id, assignmentId, requestedOn, dueOn, status, receivedOn',
          deeper_inquiry: 'id, findingId, status, openedOn, decidedOn',
          help_request: 'id, findingId, deeperInquiryId, recipientId, status, askedOn, wantedBy, answeredOn, draftedById',
          evaluation: 'id, assignmentId, status, personIds, linksIssued, closedOn',
          ballot_link: 'id, evaluationId, issuedOn, usedOn',
          ballot_answer: 'id, evaluationId, subjectId, rating, castOn',
          ballot_text_answer: 'id, evaluationId, text, castOn',
          staff_assessment: 'id, assignmentId, personId, servedAs, grade, assessedOn',
          training_record: 'id, personId, title, startsOn, endsOn',
        };
        for (const [table, columns] of Object.entries(tables)) {
          const read = async (source: typeof db) => JSON.stringify(await source.query(`SELECT ${columns} FROM ${table} ORDER BY id`));
          expect([table, await read(db)]).toEqual([table, await read(server.db)]);
        }
      } finally {
        await db.destroy();
        await again.drop();
      }
    }, 120_000);
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

    it("queues for a city commission's receiver exactly the requests for help sent to it and overdue", async () => {
      const res = await server.gql('{ myQueue { groups { kind totalCount } } }', {}, await server.tokenFor('leaf.receiver'));
      expect(res.errors).toBeUndefined();
      const [low, high] = pathRange(await pathOf('P01-C1-CDI'));
      const overdue = await count(
        "SELECT COUNT(*) AS n FROM help_request WHERE recipientPath >= ? AND recipientPath < ? AND status = 'SENT' AND wantedBy < ?",
        [low, high, seeded.asOf],
      );
      const group = res.data.myQueue.groups.find((g: { kind: string }) => g.kind === 'HELP_REQUEST_DUE');
      expect(group?.totalCount ?? 0).toBe(overdue);
    });

    it("lists for the province's analyst exactly the records requests past due", async () => {
      const res = await server.gql(
        '{ recordsRequests(filter: { overdue: true }) { totalCount } }',
        {},
        await server.tokenFor('p01.analyst'),
      );
      expect(res.errors).toBeUndefined();
      const [low, high] = pathRange(await pathOf('P01'));
      const overdue = await count(
        "SELECT COUNT(*) AS n FROM records_request WHERE scopePath >= ? AND scopePath < ? AND dueOn < ? AND status <> 'RECEIVED'",
        [low, high, seeded.asOf],
      );
      expect(overdue).toBeGreaterThan(0);
      expect(res.data.recordsRequests.totalCount).toBe(overdue);
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
