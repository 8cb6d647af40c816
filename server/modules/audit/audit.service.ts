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

/** Reads of protected records join the trail as `read` entries that hold no content, only who and which. */
export async function recordReads(manager: EntityManager, ctx: Pick<RequestContext, 'caller'>, subjectName: string, recordIds: number[]): Promise<void> {
  for (const id of recordIds) await appendAudit(manager, ctx, 'read', subjectName, id, null, null);
}

export interface ChainVerification {
  /** Entries checked. */
  entries: number;
  /** The first entry that does not hold, and why; absent when the whole chain holds. */
  broken?: { id: number; reason: string };
}

/**
 * Walks the whole trail in id order, a batch at a time, and checks that each entry's hash is the
 * hash of its content, that it links to the one before, that no id is missing, and that the head
 * row points at the last entry. Names the first entry that fails.
 */
export async function verifyAuditChain(manager: EntityManager, batchSize = 2000): Promise<ChainVerification> {
  let previousHash = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  for (;;) {
    const batch = await manager
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.id >= :from', { from: expectedId })
      .orderBy('e.id', 'ASC')
      .limit(batchSize)
      .getMany();
    for (const entry of batch) {
      if (entry.id !== expectedId) return { entries, broken: { id: expectedId, reason: `entry ${expectedId} is missing (the next one is ${entry.id})` } };
      if (entry.previousHash !== previousHash) return { entries, broken: { id: entry.id, reason: 'it does not link to the entry before it' } };
      const { id, hash, ...content } = entry;
      if (entryHash(content, id) !== hash) return { entries, broken: { id: entry.id, reason: 'its content does not match its hash (changed after it was written)' } };
      previousHash = hash;
      expectedId++;
      entries++;
    }
    if (batch.length < batchSize) break;
  }
  const head = await manager.getRepository(AuditHead).findOneBy({ id: 1 });
  if (!head || head.lastEntryId !== entries || head.lastHash !== previousHash) {
    return { entries, broken: { id: entries + 1, reason: `the head names entry ${head?.lastEntryId ?? 'none'}, but the chain ends at ${entries}` } };
  }
  return { entries };
}
