/**
 * Fills an empty database with a generated dataset of a given scale (1 is the hand-written demo),
 * as the application would have written it, without audit entries (like the demo), and then
 * refreshes the planner's statistics so that queries are planned for the data just loaded.
 */
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { Account } from '../modules/account/account.entity';
import { Activity } from '../modules/activity/activity.entity';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { AuditHead } from '../modules/audit/audit-entry.entity';
import { Body } from '../modules/body/body.entity';
import { Briefing } from '../modules/briefing/briefing.entity';
import { DeeperInquiry } from '../modules/deeper-inquiry/deeper-inquiry.entity';
import { BallotAnswer, BallotLink, BallotTextAnswer, Evaluation } from '../modules/evaluation/evaluation.entity';
import { Finding } from '../modules/finding/finding.entity';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { HelpRequest } from '../modules/help-request/help-request.entity';
import { IntakeInformant, IntakeItem } from '../modules/intake/intake.entity';
import { Membership } from '../modules/membership/membership.entity';
import { Person } from '../modules/person/person.entity';
import { PoolEntry } from '../modules/pool/pool-entry.entity';
import { RecordsRequest } from '../modules/records-request/records-request.entity';
import { RectificationItem } from '../modules/rectification/rectification-item.entity';
import { Report } from '../modules/report/report.entity';
import { Round, RoundTarget } from '../modules/round/round.entity';
import { StaffAssessment } from '../modules/staff-record/staff-assessment.entity';
import { TrainingRecord } from '../modules/staff-record/training-record.entity';
import { SupervisionItem } from '../modules/supervision/supervision-item.entity';
import { Talk, TalkInterviewee } from '../modules/talk/talk.entity';
import { today } from '../modules/common/record';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-data';
import { loadDemo } from '../demo/load-demo';
import { seeded } from '../demo/demo-inspections';
import { BulkLoad, type TableStats } from './bulk-load';
import { clockFor } from './dates';
import { generateInspections } from './inspections';
import { DEMO_SCALE, profileFor } from './profile';
import { generateRoster, type SeedLogin } from './roster';

export interface SeedOptions {
  /** The day the data is generated for (YYYY-MM-DD); today by default. */
  asOf?: string;
  batchSize?: number;
  onProgress?: (stats: TableStats[]) => void;
}

export interface SeedResult {
  scale: number;
  asOf: string;
  tables: TableStats[];
  /** Wall-clock time of the whole load, generation included. */
  seconds: number;
  logins: SeedLogin[];
}

/** Whether the database holds no records (the row the migrations write for the audit chain aside). */
export async function isEmptyDatabase(db: DataSource): Promise<boolean> {
  for (const metadata of db.entityMetadatas) {
    if (metadata.target === AuditHead) continue;
    const rows = await db.query(`SELECT 1 AS found FROM ${db.driver.escape(metadata.tableName)} LIMIT 1`);
    if (rows.length > 0) return false;
  }
  return true;
}

export async function seedDatabase(db: DataSource, scale: number, options: SeedOptions = {}): Promise<SeedResult> {
  const asOf = options.asOf ?? today();
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  if (!(await isEmptyDatabase(db))) throw new Error('the database already holds records; seed only an empty one');

  if (scale === DEMO_SCALE) {
    await loadDemo(db);
    await refreshStatistics(db);
    const tables = await Promise.all(
      db.entityMetadatas.map(async (m) => ({ table: m.tableName, rows: await countRows(db, m.tableName), seconds: 0 })),
    );
    return {
      scale,
      asOf: today(),
      tables: tables.filter((t) => t.rows > 0),
      seconds: elapsed(),
      logins: DEMO_ACCOUNTS.map(({ login, role }) => ({ login, role })),
    };
  }

  const profile = profileFor(scale);
  const rng = seeded(0x5eed0000 + scale);
  const clock = clockFor(asOf, rng);
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  if (db.options.type === 'better-sqlite3') {
    // Commits need not wait for the disk while a fresh file is filled (a failed load is loaded again), and
    // the indexes being filled stay in memory.
    await db.query('PRAGMA synchronous = NORMAL');
    await db.query('PRAGMA cache_size = -262144');
  }
  const load = await BulkLoad.begin(db, { batchSize: options.batchSize ?? 500, batchesPerTransaction: 40, onProgress: options.onProgress });
  let logins: SeedLogin[];
  try {
    const bodies = load.table(Body);
    const people = load.table(Person, [bodies]);
    const memberships = load.table(Membership, [people, bodies]);
    const accounts = load.table(Account, [people]);
    const pool = load.table(PoolEntry, [people, bodies]);
    const roster = generateRoster(profile, { bodies, people, memberships, accounts, pool }, clock, rng, passwordHash);
    logins = roster.logins;
    await load.flushFull();

    const rounds = load.table(Round, [bodies]);
    const roundTargets = load.table(RoundTarget, [rounds, bodies]);
    const assignments = load.table(Assignment, [rounds, bodies]);
    const members = load.table(AssignmentMember, [assignments, people]);
    const grants = load.table(LeaderGrant, [assignments, people, bodies]);
    const briefings = load.table(Briefing, [assignments, bodies]);
    const activities = load.table(Activity, [assignments]);
    const intake = load.table(IntakeItem, [assignments]);
    const informants = load.table(IntakeInformant, [intake, assignments]);
    const talks = load.table(Talk, [assignments]);
    const interviewees = load.table(TalkInterviewee, [talks, assignments]);
    const findings = load.table(Finding, [assignments, bodies, people, talks]);
    const reports = load.table(Report, [assignments, people]);
    const rectification = load.table(RectificationItem, [assignments, findings]);
    const supervision = load.table(SupervisionItem, [assignments, findings, bodies]);
    const recordsRequests = load.table(RecordsRequest, [assignments]);
    const deeperInquiries = load.table(DeeperInquiry, [assignments, findings, people]);
    const helpRequests = load.table(HelpRequest, [assignments, findings, deeperInquiries, bodies, people]);
    const evaluations = load.table(Evaluation, [assignments]);
    const ballotLinks = load.table(BallotLink, [evaluations]);
    const ballotAnswers = load.table(BallotAnswer, [evaluations]);
    const ballotTexts = load.table(BallotTextAnswer, [evaluations]);
    const assessments = load.table(StaffAssessment, [assignments, people]);
    const training = load.table(TrainingRecord, [people, bodies]);
    const tables = {
      rounds,
      roundTargets,
      assignments,
      members,
      grants,
      briefings,
      activities,
      intake,
      informants,
      findings,
      reports,
      rectification,
      supervision,
      talks,
      interviewees,
      recordsRequests,
      deeperInquiries,
      helpRequests,
      evaluations,
      ballotLinks,
      ballotAnswers,
      ballotTexts,
      assessments,
      training,
    };
    await generateInspections(profile, roster, tables, load, clock, rng);
  } catch (error) {
    await load.abort();
    throw error;
  }
  const tables = await load.finish();
  await refreshStatistics(db);
  return { scale, asOf, tables, seconds: elapsed(), logins };
}

async function countRows(db: DataSource, table: string): Promise<number> {
  const [row] = await db.query(`SELECT COUNT(*) AS n FROM ${db.driver.escape(table)}`);
  return Number(row.n);
}

/** Plans differ between a scope near the root and one near a leaf only by these statistics. */
async function refreshStatistics(db: DataSource): Promise<void> {
  if (db.options.type === 'better-sqlite3') {
    await db.query('ANALYZE');
    await db.query('PRAGMA wal_checkpoint(TRUNCATE)');
    return;
  }
  await db.query(`ANALYZE TABLE ${db.entityMetadatas.map((m) => db.driver.escape(m.tableName)).join(', ')}`);
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');

/** Rows and rates per table, for the console. */
export function describeLoad({ tables, seconds }: Pick<SeedResult, 'tables' | 'seconds'>): string {
  const rows = tables.reduce((a, t) => a + t.rows, 0);
  const line = (name: string, n: number, s: string, rate: string) =>
    `  ${name.padEnd(20)} ${number(n).padStart(10)} ${s.padStart(8)} ${rate.padStart(10)}`;
  return [
    `  ${'table'.padEnd(20)} ${'rows'.padStart(10)} ${'db s'.padStart(8)} ${'rows/s'.padStart(10)}`,
    ...tables.map((t) => line(t.table, t.rows, t.seconds.toFixed(1), t.seconds > 0 ? number(t.rows / t.seconds) : '-')),
    `${line('all', rows, seconds.toFixed(1), number(rows / seconds))}  (wall clock, generation included)`,
  ].join('\n');
}
