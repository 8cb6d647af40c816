import { createHash } from 'node:crypto';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { protectedFieldsOf } from '../../graphql/protected-field';
import { now } from '../common/record';
import { AuditEntry, AuditHead } from './audit-entry.entity';

export const GENESIS_HASH = '0'.repeat(64);
const REDACTED = '[redacted]';

/** The record as the trail stores it: plain columns only, protected fields redacted. */
export function auditSnapshot(subjectName: string, record: ObjectLiteral | null): string | null {
  if (!record) return null;
  const hidden = protectedFieldsOf(subjectName);
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object') continue;
    plain[key] = hidden.has(key) && value !== null ? REDACTED : value;
  }
  return JSON.stringify(plain);
}

export function entryHash(entry: Omit<AuditEntry, 'id' | 'hash'>, id: number): string {
  const content = [id, entry.at, entry.accountId, entry.action, entry.subject, entry.recordId, entry.before, entry.after, entry.previousHash];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction. The head row is read with a lock so that
 * concurrent appends queue up instead of forking the chain (SQLite's write lock does the same).
 */
export async function appendAudit(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'caller'> | null,
  action: string,
  subjectName: string,
  recordId: number,
  before: ObjectLiteral | null,
  after: ObjectLiteral | null,
): Promise<void> {
  const locking = manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
  // The head row is created by the first migration.
  const head = await manager.getRepository(AuditHead).findOneOrFail({ where: { id: 1 }, lock: locking });
  const entry = {
    at: now(),
    accountId: ctx?.caller?.accountId ?? null,
    action,
    subject: subjectName,
    recordId,
    before: auditSnapshot(subjectName, before),
    after: auditSnapshot(subjectName, after),
    previousHash: head.lastHash,
  };
  const id = head.lastEntryId + 1;
  const hash = entryHash(entry, id);
  await manager.insert(AuditEntry, { id, ...entry, hash });
  await manager.update(AuditHead, { id: 1 }, { lastEntryId: id, lastHash: hash });
}
