/**
 * The demo inspections load on top of the registry demo and hold together: every stage for the
 * central leading group, valid findings, correct paths, no recusal breach, and the records the
 * demo logins are meant to find.
 */
import 'reflect-metadata';
import type { DataSource, EntityManager } from 'typeorm';
import { connect } from '../server/db/connect';
import { loadDemo } from '../server/demo/load-demo';
import { loadDemoInspections } from '../server/demo/demo-inspections';
import { DEMO_PEOPLE, DEMO_POOL } from '../server/demo/demo-data';
import { Assignment } from '../server/modules/assignment/assignment.entity';
import { Stage, STAGE_ORDER } from '../server/modules/assignment/stage';
import { unmetConditions } from '../server/modules/assignment/stage-conditions';
import { today as realToday } from '../server/modules/common/record';
import { FindingCategory, SUB_KINDS } from '../server/modules/finding/finding.enums';
import { freshDatabase } from './support/harness';

type Row = Record<string, any>;
type Ref = { id: number; scopePath: string };

/** Inspection tables, children first. */
const INSPECTION_TABLES = [
  'staff_assessment',
  'records_request',
  'ballot_text_answer',
  'ballot_answer',
  'ballot_link',
  'evaluation',
  'help_request',
  'deeper_inquiry',
  'supervision_item',
  'rectification_item',
  'report',
  'finding',
  'intake_informant',
  'intake_item',
  'talk_interviewee',
  'talk',
  'activity',
  'briefing',
  'assignment_member',
];

async function loadAll(db: DataSource, day: string): Promise<void> {
  await loadDemo(db);
  // Whether or not loadDemo already loads the inspections, start them afresh for `day`.
  for (const table of INSPECTION_TABLES) await db.query(`DELETE FROM ${table}`);
  await db.query('DELETE FROM leader_grant WHERE assignmentId IS NOT NULL');
  for (const table of ['assignment', 'round_target', 'round']) await db.query(`DELETE FROM ${table}`);
  const bodies = new Map<string, Ref>(
    (await db.query('SELECT id, code, scopePath FROM body')).map((b: Row) => [b.code, { id: Number(b.id), scopePath: b.scopePath }]),
  );
  const rows: Row[] = await db.query('SELECT id, scopePath FROM person ORDER BY id');
  expect(rows).toHaveLength(DEMO_PEOPLE.length);
  const people = new Map<string, Ref>(DEMO_PEOPLE.map((p, i) => [p.key, { id: Number(rows[i].id), scopePath: rows[i].scopePath }]));
  await db.transaction((m: EntityManager) => loadDemoInspections(m, bodies, people, day));
}

const count = async (db: DataSource, sql: string, params: unknown[] = []) => Number((await db.query(sql, params))[0].n);

describe.each([
  ['today', realToday()],
  ['another day (early in a year)', '2027-01-10'],
])('demo inspections loaded on %s', (_label, day) => {
  let db: DataSource;
  let drop: () => Promise<void>;
  const bodyId = async (code: string) => Number((await db.query('SELECT id FROM body WHERE code = ?', [code]))[0].id);
  const bodyPath = async (code: string) => String((await db.query('SELECT scopePath FROM body WHERE code = ?', [code]))[0].scopePath);
  const personId = (key: string) =>
    db.query('SELECT id FROM person ORDER BY id').then((rows: Row[]) => Number(rows[DEMO_PEOPLE.findIndex((p) => p.key === key)].id));

  beforeAll(async () => {
    const scratch = await freshDatabase();
    drop = scratch.drop;
    db = await connect(scratch.database, { attempts: 1 });
    await loadAll(db, day);
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  it('has roughly the intended size', async () => {
    const n = (table: string) => count(db, `SELECT COUNT(*) AS n FROM ${table}`);
    expect(await n('round')).toBeGreaterThanOrEqual(10);
    expect(await n('round')).toBeLessThanOrEqual(14);
    expect(await n('assignment')).toBeGreaterThanOrEqual(25);
    expect(await n('assignment')).toBeLessThanOrEqual(35);
    expect(await n('finding')).toBeGreaterThanOrEqual(150);
    expect(await n('finding')).toBeLessThanOrEqual(250);
    expect(await n('intake_item')).toBeGreaterThanOrEqual(150);
    expect(await n('intake_item')).toBeLessThanOrEqual(300);
    expect(await n('rectification_item')).toBeGreaterThanOrEqual(80);
    expect(await n('rectification_item')).toBeLessThanOrEqual(150);
    expect(await n('intake_informant')).toBeGreaterThan(0);
    expect(await n('supervision_item')).toBeGreaterThan(0);
    expect(await count(db, "SELECT COUNT(*) AS n FROM round WHERE status = 'DRAFT' AND leadingGroupId = ?", [await bodyId('C-LG')])).toBe(
      1,
    );
  });

  it('has every stage among the central teams, and some of each province', async () => {
    const central = await bodyPath('C-LG');
    const stages = (await db.query('SELECT DISTINCT stage FROM assignment WHERE scopePath LIKE ?', [`${central}%`])).map(
      (r: Row) => r.stage,
    );
    expect([...stages].sort()).toEqual([...STAGE_ORDER].sort());
    for (const group of ['P-QC-LG', 'P-YL-LG', 'P-DL-LG']) {
      expect(
        await count(db, 'SELECT COUNT(*) AS n FROM assignment WHERE scopePath LIKE ?', [`${await bodyPath(group)}%`]),
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses every category, and only valid sub-kinds', async () => {
    const findings: Row[] = await db.query('SELECT category, subKind FROM finding');
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(Object.values(FindingCategory)));
    for (const f of findings) expect(SUB_KINDS[f.category as FindingCategory]).toContain(f.subKind);
    expect(
      await db.query('SELECT assignmentId, evidenceSummary FROM finding GROUP BY assignmentId, evidenceSummary HAVING COUNT(*) > 1'),
    ).toEqual([]);
  });

  it('copies the paths of the team, the target and the recipient', async () => {
    const wrong = await db.query(`
      SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body g ON g.id = a.targetId
       WHERE a.scopePath <> t.scopePath OR a.targetPath <> g.scopePath OR t.kind <> 'INSPECTION_TEAM'
          OR g.kind IN ('LEADING_GROUP', 'OFFICE', 'INSPECTION_TEAM')`);
    expect(wrong).toEqual([]);
    for (const table of [
      'assignment_member',
      'leader_grant',
      'briefing',
      'activity',
      'intake_item',
      'intake_informant',
      'finding',
      'report',
      'rectification_item',
      'supervision_item',
    ]) {
      const off = await db.query(`SELECT x.id FROM ${table} x JOIN assignment a ON a.id = x.assignmentId WHERE x.scopePath <> a.scopePath`);
      expect({ table, off }).toEqual({ table, off: [] });
    }
    expect(
      await db.query(
        'SELECT f.id FROM finding f JOIN assignment a ON a.id = f.assignmentId WHERE f.targetPath <> a.targetPath OR f.targetId <> a.targetId',
      ),
    ).toEqual([]);
    expect(
      await db.query('SELECT r.id FROM rectification_item r JOIN assignment a ON a.id = r.assignmentId WHERE r.targetPath <> a.targetPath'),
    ).toEqual([]);
    expect(
      await db.query(`SELECT f.id FROM finding f LEFT JOIN body b ON b.id = f.transferredToId
        WHERE (f.transferredToId IS NULL AND f.transferredToPath <> '') OR (f.transferredToId IS NOT NULL AND f.transferredToPath <> b.scopePath)`),
    ).toEqual([]);
    expect(
      await db.query(
        'SELECT s.id FROM supervision_item s JOIN body b ON b.id = s.responsibleBodyId WHERE s.responsiblePath <> b.scopePath',
      ),
    ).toEqual([]);
    // Rows that point at each other belong to the same inspection.
    expect(
      await db.query(
        'SELECT i.id FROM intake_informant i JOIN intake_item x ON x.id = i.intakeItemId WHERE x.assignmentId <> i.assignmentId OR x.anonymous = 1',
      ),
    ).toEqual([]);
    expect(
      await db.query('SELECT r.id FROM rectification_item r JOIN finding f ON f.id = r.findingId WHERE f.assignmentId <> r.assignmentId'),
    ).toEqual([]);
    expect(
      await db.query('SELECT s.id FROM supervision_item s JOIN finding f ON f.id = s.findingId WHERE f.assignmentId <> s.assignmentId'),
    ).toEqual([]);
    expect(
      await db.query(
        'SELECT a.id FROM assignment a LEFT JOIN round_target t ON t.roundId = a.roundId AND t.bodyId = a.targetId WHERE t.id IS NULL',
      ),
    ).toEqual([]);
  });

  it('staffs nobody employed at or under the target, and subjects only cadres of the target', async () => {
    const staffing: Row[] = await db.query(
      'SELECT p.scopePath AS personPath, a.targetPath AS targetPath, a.scopePath AS teamPath, p.employerId, a.teamId FROM assignment_member s JOIN person p ON p.id = s.personId JOIN assignment a ON a.id = s.assignmentId',
    );
    expect(staffing.length).toBeGreaterThan(0);
    for (const s of staffing) {
      expect(s.personPath.startsWith(s.targetPath)).toBe(false);
      expect(Number(s.employerId)).toBe(Number(s.teamId));
    }
    const subjects: Row[] = await db.query(
      'SELECT p.scopePath AS personPath, f.targetPath FROM finding f JOIN person p ON p.id = f.subjectPersonId',
    );
    expect(subjects.length).toBeGreaterThan(0);
    for (const s of subjects) expect(s.personPath.startsWith(s.targetPath)).toBe(true);
  });

  it('gives every assignment past preparation a leader from the pool, one inspection at a time, current while on site and reporting', async () => {
    const rows: Row[] = await db.query(
      `SELECT a.id, a.stage, a.teamId, r.leadingGroupId, g.personId, g.validFrom, g.validUntil, a.closedOn
         FROM assignment a JOIN round r ON r.id = a.roundId LEFT JOIN leader_grant g ON g.assignmentId = a.id`,
    );
    const pool: Row[] = await db.query('SELECT personId, leadingGroupId FROM pool_entry');
    for (const r of rows) {
      if (r.stage === Stage.PREPARATION) {
        expect(r.personId).toBeNull();
        continue;
      }
      expect(pool.some((e) => Number(e.personId) === Number(r.personId) && Number(e.leadingGroupId) === Number(r.leadingGroupId))).toBe(
        true,
      );
      expect(r.validFrom <= r.validUntil).toBe(true);
      if (r.stage === Stage.CLOSED) expect(r.validUntil < day && r.validUntil <= r.closedOn).toBe(true);
      if (r.stage === Stage.INQUIRY || r.stage === Stage.REPORTING) expect(r.validFrom <= day && r.validUntil >= day).toBe(true);
    }
    // Nobody leads two teams at once.
    const granted = rows.filter((r) => r.personId !== null);
    for (const x of granted) {
      for (const y of granted) {
        if (Number(x.personId) === Number(y.personId) && Number(x.teamId) !== Number(y.teamId)) {
          expect(x.validUntil < y.validFrom || y.validUntil < x.validFrom).toBe(true);
        }
      }
    }
    expect(DEMO_POOL.length).toBeGreaterThan(0);
  });

  it('has overdue rectification, two of them addressed to P-QC-GOV', async () => {
    const overdue = "deadline < ? AND status <> 'CLOSED'";
    expect(await count(db, `SELECT COUNT(*) AS n FROM rectification_item WHERE ${overdue}`, [day])).toBeGreaterThanOrEqual(5);
    expect(
      await count(db, `SELECT COUNT(*) AS n FROM rectification_item WHERE ${overdue} AND targetPath LIKE ?`, [
        day,
        `${await bodyPath('P-QC-GOV')}%`,
      ]),
    ).toBeGreaterThanOrEqual(2);
    expect(await count(db, "SELECT COUNT(*) AS n FROM supervision_item WHERE deadline < ? AND status = 'OPEN'", [day])).toBeGreaterThan(0);
    expect(await count(db, "SELECT COUNT(*) AS n FROM supervision_item WHERE status = 'DONE'")).toBeGreaterThan(0);
  });

  it('has a matter at C-CDI awaiting its outcome, for the receiver login', async () => {
    expect(
      await count(
        db,
        "SELECT COUNT(*) AS n FROM finding WHERE status = 'TRANSFERRED' AND outcome IS NULL AND transferredToId = ? AND transferredToPath = ?",
        [await bodyId('C-CDI'), await bodyPath('C-CDI')],
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('puts team1 and teamlead on the inquiry of central team 1 at P-QC-GOV', async () => {
    const [a]: Row[] = await db.query("SELECT id FROM assignment WHERE teamId = ? AND targetId = ? AND stage = 'INQUIRY'", [
      await bodyId('C-T01'),
      await bodyId('P-QC-GOV'),
    ]);
    expect(a).toBeDefined();
    const staff = (await db.query('SELECT personId FROM assignment_member WHERE assignmentId = ?', [a.id])).map((r: Row) =>
      Number(r.personId),
    );
    expect(staff).toEqual(expect.arrayContaining([await personId('zhou.boyuan'), await personId('shen.yiming')]));
    const grants: Row[] = await db.query(
      'SELECT personId FROM leader_grant WHERE assignmentId = ? AND validFrom <= ? AND validUntil >= ? AND revokedOn IS NULL',
      [a.id, day, day],
    );
    expect(grants.map((g) => Number(g.personId))).toEqual([await personId('ouyang.zhengqing')]);
    // ...and it is the only inspection the teamlead login currently leads.
    const current: Row[] = await db.query(
      'SELECT assignmentId FROM leader_grant WHERE personId = ? AND assignmentId IS NOT NULL AND validFrom <= ? AND validUntil >= ?',
      [await personId('ouyang.zhengqing'), day, day],
    );
    expect(current.map((g) => Number(g.assignmentId))).toEqual([Number(a.id)]);
  });

  it('satisfies the conditions of every stage each assignment has entered', async () => {
    if (day !== realToday()) return; // the conditions read the real date
    const assignments = await db.getRepository(Assignment).find();
    const ended = new Set(
      (await db.query('SELECT assignmentId FROM leader_grant WHERE validUntil < ?', [day])).map((g: Row) => Number(g.assignmentId)),
    );
    for (const a of assignments) {
      for (const stage of STAGE_ORDER.slice(1, STAGE_ORDER.indexOf(a.stage) + 1)) {
        // A grant that has ended since held when the inspection entered inquiry.
        const unmet = (await unmetConditions(db.manager, a, stage)).filter(
          (u) => !(ended.has(a.id) && /no leader has been appointed/.test(u)),
        );
        expect({ assignment: a.id, stage, unmet }).toEqual({ assignment: a.id, stage, unmet: [] });
      }
    }
  });
});
