import { createHash } from 'node:crypto';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { Caller } from '../../permissions/caller';
import { protectedFieldsOf } from '../../permissions/protected-fields';
import { now } from '../common/record';
import { AuditEntry, AuditHead } from './audit-entry.entity';
import { auditKeysOf, macOf, type AuditKeys } from './audit-key';
import { checkpointSignatureHolds, parseCheckpoint, type Checkpoint, type CheckpointLine } from './checkpoint';

export const GENESIS_HASH = '0'.repeat(64);
const REDACTED = '[redacted]';

/** Who an entry is recorded for: the signed-in caller, or nobody (the operator, a public report). */
export interface AuditActor {
  readonly caller: Pick<Caller, 'accountId'> | null;
}

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

/** The fields an entry's MAC covers, in a fixed order: its place in the trail, its content and the entry before it. */
function sealedContent(entry: Omit<AuditEntry, 'id' | 'hash'>, id: number): unknown[] {
  return [id, entry.at, entry.accountId, entry.action, entry.subject, entry.recordId, entry.before, entry.after, entry.previousHash];
}

/** An entry's MAC under the audit key: nobody without the key can compute it for changed content. */
export function entryMac(keys: AuditKeys, entry: Omit<AuditEntry, 'id' | 'hash'>, id: number): string {
  return macOf(keys.entry, sealedContent(entry, id));
}

/**
 * How entries were hashed before the trail had a key: plain SHA-256, which anyone who can write
 * the table can recompute. Only the entries of an older database from before its first keyed entry
 * may be held this way (see verifyAuditChain).
 */
export function legacyEntryHash(entry: Omit<AuditEntry, 'id' | 'hash'>, id: number): string {
  return createHash('sha256')
    .update(JSON.stringify(sealedContent(entry, id)))
    .digest('hex');
}

/**
 * Appends one entry inside the caller's transaction. The head row is read with a lock so that
 * concurrent appends queue up instead of forking the chain (SQLite's write lock does the same).
 */
export async function appendAudit(
  manager: EntityManager,
  ctx: AuditActor | null,
  action: string,
  subjectName: string,
  recordId: number,
  before: ObjectLiteral | null,
  after: ObjectLiteral | null,
): Promise<void> {
  const keys = auditKeysOf(manager.connection);
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
  const hash = entryMac(keys, entry, id);
  await manager.insert(AuditEntry, { id, ...entry, hash });
  await manager.update(AuditHead, { id: 1 }, { lastEntryId: id, lastHash: hash });
}

/** Reads of protected records join the trail as `read` entries that hold no content, only who and which. */
export async function recordReads(manager: EntityManager, ctx: AuditActor, subjectName: string, recordIds: number[]): Promise<void> {
  for (const id of recordIds) await appendAudit(manager, ctx, 'read', subjectName, id, null, null);
}

/** What went wrong, named for a person: the kind of tampering it shows, where, in English and Chinese. */
export interface TrailProblem {
  kind: 'truncated' | 'rewritten' | 'deleted' | 'reordered' | 'head-mismatch' | 'forged-checkpoint' | 'checkpoints-backwards';
  /** The first entry that does not hold (absent for a problem of the checkpoint file alone). */
  id?: number;
  /** The line of the checkpoint file involved, if any. */
  line?: number;
  reason: string;
  reasonZh: string;
}

export interface ChainVerification {
  /** Entries checked. */
  entries: number;
  /** The first thing that does not hold; absent when the whole trail holds. */
  broken?: TrailProblem;
  /**
   * Entries of an older database written before it had an audit key: held by their SHA-256 chain
   * only, so someone able to rewrite the table could rewrite them unless a checkpoint covers them.
   */
  legacyEntries?: number;
  /** The checkpoints checked against the chain (when a checkpoint file was given). */
  checkpoints?: { count: number; newest?: Checkpoint };
}

class Broken extends Error {
  constructor(readonly problem: TrailProblem) {
    super(problem.reason);
  }
}

/** Reads checkpoints one at a time, checking each one's signature and that the file only ever moves forward. */
class CheckpointReader {
  count = 0;
  newest?: Checkpoint;
  private newestLine = 0;

  constructor(
    private readonly lines: AsyncIterator<CheckpointLine>,
    private readonly keys: AuditKeys,
  ) {}

  async next(): Promise<{ line: number; checkpoint: Checkpoint } | undefined> {
    const { value, done } = await this.lines.next();
    if (done) return undefined;
    const { line } = value;
    const checkpoint = parseCheckpoint(value.text);
    if (!checkpoint) {
      throw new Broken({
        kind: 'forged-checkpoint',
        line,
        reason: `line ${line} of the checkpoint file is not a checkpoint`,
        reasonZh: `检查点文件第 ${line} 行不是检查点`,
      });
    }
    if (!checkpointSignatureHolds(this.keys, checkpoint)) {
      throw new Broken({
        kind: 'forged-checkpoint',
        line,
        reason: `the signature of checkpoint line ${line} does not hold: it was forged or changed, or it belongs to another database or audit key`,
        reasonZh: `检查点文件第 ${line} 行的签名不成立：它被伪造或改动过，或属于另一个数据库或审计密钥`,
      });
    }
    const before = this.newest;
    if (before && checkpoint.entries < before.entries) {
      throw new Broken({
        kind: 'checkpoints-backwards',
        line,
        reason: `the checkpoint file went backwards at line ${line}: it vouches for ${checkpoint.entries} entries, after line ${this.newestLine} vouched for ${before.entries}`,
        reasonZh: `检查点文件在第 ${line} 行倒退了：它证明 ${checkpoint.entries} 条记录，而此前第 ${this.newestLine} 行已证明 ${before.entries} 条`,
      });
    }
    if (before && checkpoint.lastId === before.lastId && checkpoint.lastHash !== before.lastHash) {
      throw new Broken({
        kind: 'checkpoints-backwards',
        id: checkpoint.lastId,
        line,
        reason: `checkpoint lines ${this.newestLine} and ${line} disagree about entry ${checkpoint.lastId}: the trail was rewritten between them`,
        reasonZh: `检查点文件第 ${this.newestLine} 行与第 ${line} 行对第 ${checkpoint.lastId} 条记录的说法不同：其间审计记录被改写过`,
      });
    }
    this.count++;
    this.newest = checkpoint;
    this.newestLine = line;
    return { line, checkpoint };
  }
}

export interface VerifyOptions {
  /** The lines of a checkpoint file (or a witness's copy), in the order they were written. */
  checkpoints?: AsyncIterable<CheckpointLine>;
  /** The keys to verify with; by default those of the connection `manager` belongs to. */
  keys?: AuditKeys;
}

/**
 * Walks the whole trail in id order, a batch at a time, and checks that no id is missing, that
 * each entry links to the one before, that each entry's MAC holds under the audit key, and that
 * the head row points at the last entry. Given checkpoints, it also checks each one's signature,
 * that the chain holds exactly the hash each one recorded at its entry, and that the chain is at
 * least as long as the newest one says. Names the first thing that fails.
 *
 * Entries of an older database written before it had a key hold by their SHA-256 chain: they are
 * accepted only as the trail's beginning, before its first keyed entry and no later than the first
 * checkpoint, which anchors them (a keyed entry after them covers their last hash as well).
 */
export async function verifyAuditChain(manager: EntityManager, batchSize = 2000, options: VerifyOptions = {}): Promise<ChainVerification> {
  const keys = options.keys ?? auditKeysOf(manager.connection);
  const reader = options.checkpoints ? new CheckpointReader(options.checkpoints[Symbol.asyncIterator](), keys) : undefined;
  let previousHash = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  let legacyEntries = 0;
  let keyed = false;
  /** Whether a checkpoint has vouched for the chain so far: entries after it must all be keyed. */
  let anchored = false;
  const summary = (): ChainVerification => ({
    entries,
    ...(legacyEntries ? { legacyEntries } : {}),
    ...(reader ? { checkpoints: { count: reader.count, ...(reader.newest ? { newest: reader.newest } : {}) } } : {}),
  });
  try {
    let pending = await reader?.next();
    /** Every checkpoint taken at entry `id` must have recorded exactly its hash. */
    const settle = async (id: number, hash: string) => {
      while (pending && pending.checkpoint.lastId <= id) {
        const { line, checkpoint } = pending;
        if (checkpoint.lastId !== id || checkpoint.lastHash !== hash) {
          throw new Broken({
            kind: 'rewritten',
            id: checkpoint.lastId,
            line,
            reason: `entry ${checkpoint.lastId} is not what checkpoint line ${line} (written ${checkpoint.at}) recorded: it, or an entry before it, was rewritten`,
            reasonZh: `第 ${checkpoint.lastId} 条记录与检查点文件第 ${line} 行（写于 ${checkpoint.at}）记录的不同：它或它之前的记录被改写过`,
          });
        }
        anchored = true;
        pending = await reader!.next();
      }
    };
    await settle(0, GENESIS_HASH);
    for (;;) {
      const batch = await manager
        .getRepository(AuditEntry)
        .createQueryBuilder('e')
        .where('e.id >= :from', { from: expectedId })
        .orderBy('e.id', 'ASC')
        .limit(batchSize)
        .getMany();
      for (const entry of batch) {
        const { id, hash, ...content } = entry;
        if (id !== expectedId) {
          throw new Broken({
            kind: 'deleted',
            id: expectedId,
            reason: `entry ${expectedId} was deleted: it is missing, and the next one is ${id}`,
            reasonZh: `第 ${expectedId} 条记录被删除：它已缺失，其后一条是第 ${id} 条`,
          });
        }
        if (entry.previousHash !== previousHash) {
          throw new Broken({
            kind: 'reordered',
            id,
            reason: `entry ${id} does not link to the entry before it: entries were swapped or moved, or the one before was replaced`,
            reasonZh: `第 ${id} 条记录与前一条衔接不上：记录被调换或移动过，或前一条被替换过`,
          });
        }
        if (entryMac(keys, content, id) === hash) {
          keyed = true;
        } else if (!keyed && !anchored && legacyEntryHash(content, id) === hash) {
          legacyEntries++;
        } else {
          throw new Broken({
            kind: 'rewritten',
            id,
            reason: `entry ${id} was changed after it was written: its MAC does not hold under the audit key`,
            reasonZh: `第 ${id} 条记录写入后被改动过：其 MAC 在审计密钥下不成立`,
          });
        }
        previousHash = hash;
        expectedId++;
        entries++;
        await settle(id, hash);
      }
      if (batch.length < batchSize) break;
    }
    if (pending) {
      const { line, checkpoint } = pending;
      throw new Broken({
        kind: 'truncated',
        id: entries + 1,
        line,
        reason: `the trail was truncated: it ends at entry ${entries}, but checkpoint line ${line} (written ${checkpoint.at}) vouches for ${checkpoint.entries} entries, so entries ${entries + 1} to ${checkpoint.lastId} were cut off`,
        reasonZh: `审计记录被截短：它止于第 ${entries} 条，但检查点文件第 ${line} 行（写于 ${checkpoint.at}）证明曾有 ${checkpoint.entries} 条，第 ${entries + 1} 至 ${checkpoint.lastId} 条被截去`,
      });
    }
    const head = await manager.getRepository(AuditHead).findOneBy({ id: 1 });
    const headId = head?.lastEntryId ?? 0;
    if (headId > entries) {
      throw new Broken({
        kind: 'truncated',
        id: entries + 1,
        reason: `the trail was truncated: it ends at entry ${entries}, but its head row names entry ${headId}`,
        reasonZh: `审计记录被截短：它止于第 ${entries} 条，但链头指向第 ${headId} 条`,
      });
    }
    if (!head || headId !== entries || head.lastHash !== previousHash) {
      throw new Broken({
        kind: 'head-mismatch',
        id: entries + 1,
        reason: `the head row names entry ${head ? headId : 'none'}, but the chain ends at entry ${entries}`,
        reasonZh: `链头指向第 ${head ? headId : '（无）'} 条，但记录链止于第 ${entries} 条`,
      });
    }
    return summary();
  } catch (error) {
    if (error instanceof Broken) return { ...summary(), broken: error.problem };
    throw error;
  }
}
