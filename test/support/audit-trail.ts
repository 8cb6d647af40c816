/**
 * What the audit tests share: running `npm run audit:verify` as an operator would, and the moves of
 * someone who can write the database but does not hold the audit key.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../server/config';
import { AuditEntry, AuditHead } from '../../server/modules/audit/audit-entry.entity';
import { GENESIS_HASH, legacyEntryHash } from '../../server/modules/audit/audit.service';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

export function databaseUrl(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? `sqlite:${database.url}` : database.url;
}

/** Runs the npm script against a database, as an operator would (AUDIT_KEY comes from the harness). */
export async function auditVerify(
  database: DatabaseConfig,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(
      'node',
      ['-r', '@swc-node/register', join(ROOT, 'server', 'scripts', 'verify-audit.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'audit-verify-')), DATABASE_URL: databaseUrl(database), ...env },
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

export async function entriesFrom(db: DataSource, fromId: number): Promise<AuditEntry[]> {
  return db.getRepository(AuditEntry).createQueryBuilder('e').where('e.id >= :fromId', { fromId }).orderBy('e.id', 'ASC').getMany();
}

export async function lastEntry(db: DataSource): Promise<AuditEntry> {
  return (await db.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: 1 }))[0];
}

export async function hashOf(db: DataSource, id: number): Promise<string> {
  if (id === 0) return GENESIS_HASH;
  return (await db.getRepository(AuditEntry).findOneByOrFail({ id })).hash;
}

export async function moveHead(db: DataSource, lastEntryId: number, lastHash: string): Promise<void> {
  await db.getRepository(AuditHead).update({ id: 1 }, { lastEntryId, lastHash });
}

/**
 * What the old chain allowed: change entries from `fromId` on, then recompute every later hash
 * (up to `throughId`, by default to the end and the head) with plain SHA-256, the only hash someone
 * without the key can compute.
 */
export async function rewriteFrom(
  db: DataSource,
  fromId: number,
  change: (entry: AuditEntry) => void,
  throughId = Infinity,
): Promise<void> {
  let previousHash = await hashOf(db, fromId - 1);
  let lastId = fromId - 1;
  for (const entry of await entriesFrom(db, fromId)) {
    if (entry.id > throughId) return;
    change(entry);
    const { id, hash: _old, ...content } = entry;
    content.previousHash = previousHash;
    const hash = legacyEntryHash(content, id);
    await db.getRepository(AuditEntry).update({ id }, { ...content, hash });
    previousHash = hash;
    lastId = id;
  }
  await moveHead(db, lastId, previousHash);
}

/** Puts rows back exactly as they were (and the head after the last), undoing a test's tampering. */
export async function restore(db: DataSource, rows: AuditEntry[]): Promise<void> {
  const repository = db.getRepository(AuditEntry);
  for (const row of rows) {
    if (await repository.existsBy({ id: row.id })) await repository.update({ id: row.id }, row);
    else await repository.insert(row);
  }
  const last = rows[rows.length - 1];
  await moveHead(db, last.id, last.hash);
}
