import { createReadStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { DataSource } from 'typeorm';
import type { AuditSettings } from '../../config';
import { readingFromPrimary } from '../../db/replication';
import { log } from '../../observability/log';
import { AuditHead } from './audit-entry.entity';
import { auditKeysOf, macOf, type AuditKeys } from './audit-key';

/**
 * A signed statement of the trail's head, like a signed tree head in Certificate Transparency
 * (RFC 9162) or a SQL Server Ledger digest: "the trail had `entries` entries, the last being
 * `lastId` with MAC `lastHash`, at `at`". Kept outside the database (an append-only file, and a
 * witness elsewhere), it lets a later verification prove that nothing it covers was cut, removed
 * or rewritten, even by someone who could rewrite the whole database.
 */
export interface Checkpoint {
  v: 1;
  entries: number;
  lastId: number;
  lastHash: string;
  at: string;
  signature: string;
}

export type CheckpointHead = Pick<Checkpoint, 'entries' | 'lastId' | 'lastHash' | 'at'>;

function signedContent(head: CheckpointHead): unknown[] {
  return ['audit checkpoint', 1, head.entries, head.lastId, head.lastHash, head.at];
}

export function signCheckpoint(keys: AuditKeys, head: CheckpointHead): Checkpoint {
  const { entries, lastId, lastHash, at } = head;
  return { v: 1, entries, lastId, lastHash, at, signature: macOf(keys.checkpoint, signedContent(head)) };
}

export function checkpointSignatureHolds(keys: AuditKeys, checkpoint: Checkpoint): boolean {
  return checkpoint.signature === macOf(keys.checkpoint, signedContent(checkpoint));
}

/** A line of a checkpoint file that has the shape of a checkpoint (its signature not yet checked). */
export function parseCheckpoint(text: string): Checkpoint | null {
  let value: Partial<Checkpoint>;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const wellFormed =
    value !== null &&
    typeof value === 'object' &&
    value.v === 1 &&
    Number.isInteger(value.entries) &&
    Number.isInteger(value.lastId) &&
    typeof value.lastHash === 'string' &&
    typeof value.at === 'string' &&
    typeof value.signature === 'string';
  return wellFormed ? (value as Checkpoint) : null;
}

export interface CheckpointLine {
  /** 1-based line number in the file, for messages. */
  line: number;
  text: string;
}

/** The non-empty lines of a checkpoint file, read as a stream (a year of checkpoints is never held in memory). */
export async function* checkpointLines(file: string): AsyncGenerator<CheckpointLine> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim()) yield { line, text };
  }
}

/** The last checkpoint of a file, read from its end; undefined when there is none (or it is damaged). */
export async function lastCheckpointIn(file: string): Promise<Checkpoint | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 16 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim());
    return lines.length ? (parseCheckpoint(lines[lines.length - 1]) ?? undefined) : undefined;
  } finally {
    await handle.close();
  }
}

/** Appends one line and waits until it is on disk: O_APPEND, so a line is never written over another. */
async function appendDurably(file: string, line: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, 'a', 0o644);
  try {
    await handle.appendFile(line + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A witness that does not answer within this time is given up on; the checkpoint is in the file anyway. */
const WITNESS_TIMEOUT_MS = 3000;

/** The witness's address for logs: never its credentials or query. */
function describeWitness(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return 'the witness';
  }
}

/**
 * Writes checkpoints of one database's trail: on a schedule (only when the head moved) and once
 * more when the server stops. Runs beside the write path, never in it: an append costs nothing
 * more than its MAC.
 */
export class AuditCheckpoints {
  private timer?: NodeJS.Timeout;
  private last?: Pick<Checkpoint, 'lastId' | 'lastHash'>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly settings: AuditSettings,
  ) {}

  /** Writes a first checkpoint now, then every `seconds`. */
  start(): void {
    const run = () =>
      void this.checkpoint().catch((error: unknown) =>
        log({ level: 'error', msg: 'audit checkpoint failed', file: this.settings.checkpointFile, error: String(error) }),
      );
    run();
    this.timer = setInterval(run, this.settings.checkpointSeconds * 1000);
    this.timer.unref();
  }

  /** Stops the schedule and writes a last checkpoint, if the head moved since the one before. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.checkpoint();
  }

  /** Writes a checkpoint of the current head unless the last one already covers it; one at a time. */
  checkpoint(): Promise<Checkpoint | null> {
    const next = this.queue.then(() => this.write());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(): Promise<Checkpoint | null> {
    const keys = auditKeysOf(this.db);
    // From the primary: a lagging replica would show an older head.
    const head = await readingFromPrimary(this.db).getRepository(AuditHead).findOneByOrFail({ id: 1 });
    if (!this.last) {
      const found = await lastCheckpointIn(this.settings.checkpointFile);
      // A line this key did not sign says nothing about where the trail was; audit:verify names it.
      if (found && !checkpointSignatureHolds(keys, found)) {
        log({
          level: 'error',
          msg: 'the last line of the audit checkpoint file is not a checkpoint signed with this audit key; run `npm run audit:verify`',
          file: this.settings.checkpointFile,
        });
      } else {
        this.last = found;
      }
    }
    if (this.last && this.last.lastId === head.lastEntryId && this.last.lastHash === head.lastHash) return null;
    if (this.last && head.lastEntryId < this.last.lastId) {
      // Writing this head would make the file go backwards and hide what the last checkpoint proves.
      log({
        level: 'error',
        msg: 'the audit trail is shorter than its last checkpoint: entries were cut off, or the database was restored from an older copy; run `npm run audit:verify` (after a deliberate restore, start a new checkpoint file)',
        trailEntries: head.lastEntryId,
        checkpointEntries: this.last.lastId,
      });
      return null;
    }
    const checkpoint = signCheckpoint(keys, {
      entries: head.lastEntryId,
      lastId: head.lastEntryId,
      lastHash: head.lastHash,
      at: new Date().toISOString(),
    });
    await appendDurably(this.settings.checkpointFile, JSON.stringify(checkpoint));
    this.last = checkpoint;
    if (this.settings.witnessUrl) await this.tellWitness(this.settings.witnessUrl, checkpoint);
    return checkpoint;
  }

  /** A witness that is down or refuses is logged; it never holds anything up. */
  private async tellWitness(url: string, checkpoint: Checkpoint): Promise<void> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(checkpoint),
        signal: AbortSignal.timeout(WITNESS_TIMEOUT_MS),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      log({
        level: 'warn',
        msg: 'the audit witness did not take the checkpoint',
        witness: describeWitness(url),
        entries: checkpoint.entries,
        error: String((error as Error).message ?? error),
      });
    }
  }
}
