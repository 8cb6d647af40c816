import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { readingFromPrimary } from '../db/replication';
import { log } from '../observability/log';
import { LimitBucket } from './limit-bucket.entity';

/** How often a bucket is read again after another process changed it first, before giving up. */
const CHANGE_ATTEMPTS = 100;
/** At most this often per process, the buckets past their expiry are deleted (after a change, so no scheduler). */
const PURGE_INTERVAL_MS = 60_000;

const DUPLICATE_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

function isDuplicate(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return DUPLICATE_CODES.has(String(e?.driverError?.code ?? e?.code ?? ''));
}

/** What a change to a bucket decided: the result, and the state to write unless it is left as it was. */
export type BucketDecision<S, R> = { result: R } | { result: R; state: S; expiresAt: number };

/** Changes of this process to the same bucket, one after another: they would only undo each other's reads. */
const changing = new Map<string, Promise<unknown>>();
let lastPurge = 0;

/**
 * A limit's record of each key, kept in the database (`LimitBucket`) so that all server processes
 * and replicas count together. A change reads the row, decides in memory and writes it back only if
 * nobody wrote it meanwhile (compare-and-set on its version), else reads again: no lock is held, so
 * the same code is atomic on SQLite and on MySQL/MariaDB, and never deadlocks.
 */
export class LimitBuckets<S> {
  constructor(readonly limiter: string) {}

  /**
   * Reads the state of `key` (undefined when none is kept, or it has expired), lets `decide` choose,
   * and stores the state it returns; `decide` may run more than once, each time on a fresher state.
   */
  change<R>(db: DataSource, key: string, decide: (state: S | undefined, now: number) => BucketDecision<S, R>): Promise<R> {
    const keyDigest = createHash('sha256').update(key).digest('hex');
    const id = `${this.limiter}\n${keyDigest}`;
    const previous = changing.get(id) ?? Promise.resolve();
    const next = previous.then(
      () => this.changeNow(db, keyDigest, decide),
      () => this.changeNow(db, keyDigest, decide),
    );
    changing.set(id, next);
    const forget = () => {
      if (changing.get(id) === next) changing.delete(id);
    };
    next.then(forget, forget);
    return next;
  }

  private async changeNow<R>(
    db: DataSource,
    keyDigest: string,
    decide: (state: S | undefined, now: number) => BucketDecision<S, R>,
  ): Promise<R> {
    // The count decides what is answered next: a lagging replica would hand out hits already taken.
    const primary = readingFromPrimary(db);
    const repository = primary.getRepository(LimitBucket);
    for (let attempt = 1; attempt <= CHANGE_ATTEMPTS; attempt++) {
      const now = Date.now();
      const row = await repository.findOneBy({ limiter: this.limiter, keyDigest });
      const current = row && Date.parse(row.expiresAt) > now ? (JSON.parse(row.state) as S) : undefined;
      const decision = decide(current, now);
      if (!('state' in decision)) return decision.result;
      const values = { state: JSON.stringify(decision.state), expiresAt: new Date(decision.expiresAt).toISOString() };
      if (!row) {
        try {
          await repository.insert({ limiter: this.limiter, keyDigest, version: 1, ...values });
        } catch (error) {
          if (isDuplicate(error)) continue;
          throw error;
        }
      } else {
        const { affected } = await primary
          .createQueryBuilder()
          .update(LimitBucket)
          .set({ ...values, version: () => 'version + 1' })
          .where('limiter = :limiter AND keyDigest = :keyDigest AND version = :version', {
            limiter: this.limiter,
            keyDigest,
            version: row.version,
          })
          .execute();
        if (!affected) continue;
      }
      this.purgeNowAndThen(primary, now);
      return decision.result;
    }
    throw new Error(`the ${this.limiter} limit could not be counted: its record kept changing under ${CHANGE_ATTEMPTS} attempts`);
  }

  private purgeNowAndThen(db: DataSource, now: number): void {
    if (now - lastPurge < PURGE_INTERVAL_MS) return;
    lastPurge = now;
    purgeExpiredBuckets(db, now).catch((error: unknown) =>
      log({ level: 'warn', msg: 'expired limit records not purged', error: String(error) }),
    );
  }
}

/** Deletes every bucket past its expiry, of every limit; one indexed range delete. */
export async function purgeExpiredBuckets(db: DataSource, now = Date.now()): Promise<number> {
  const { affected } = await readingFromPrimary(db)
    .createQueryBuilder()
    .delete()
    .from(LimitBucket)
    .where('expiresAt <= :at', { at: new Date(now).toISOString() })
    .execute();
  return affected ?? 0;
}

/** Whether a hit was counted, and if not, in how many whole seconds (at least 1) one would be. */
export type Take = { taken: true } | { taken: false; retryAfterSeconds: number };

/**
 * A sliding-window limit: at most `limit` hits per key within any `windowMs`. Counted in the
 * database, so it holds across the server's processes and its replicas alike.
 */
export class RateLimiter {
  private readonly buckets: LimitBuckets<number[]>;

  constructor(
    name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.buckets = new LimitBuckets(name);
  }

  private recent(hits: number[] | undefined, now: number): number[] {
    return (hits ?? []).filter((t) => now - t < this.windowMs).sort((a, b) => a - b);
  }

  /** Counts a hit for `key`, unless the key has used up its window. */
  take(db: DataSource, key: string): Promise<Take> {
    return this.buckets.change(db, key, (hits, now): BucketDecision<number[], Take> => {
      const recent = this.recent(hits, now);
      if (recent.length >= this.limit) {
        const freedAt = recent[recent.length - this.limit] + this.windowMs;
        return { result: { taken: false, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now) / 1000)) } };
      }
      recent.push(now);
      return { result: { taken: true }, state: recent, expiresAt: now + this.windowMs };
    });
  }

  /** Takes back the latest hit of `key`: the attempt it counted turned out not to count. */
  giveBack(db: DataSource, key: string): Promise<void> {
    return this.buckets.change(db, key, (hits, now): BucketDecision<number[], void> => {
      const recent = this.recent(hits, now);
      if (recent.length === 0) return { result: undefined };
      recent.pop();
      const last = recent[recent.length - 1];
      return { result: undefined, state: recent, expiresAt: last === undefined ? now : last + this.windowMs };
    });
  }
}

/** Why a FairQueue refused a place: the key holds its share already, or the whole line is full. */
export type QueueRefusal = 'share' | 'full';

/** A place in a FairQueue, taken at once; the work it runs waits for its turn. */
export interface QueuePlace {
  /** Waits for this place's turn, runs `work` and gives the place up when it ends. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Gives the place up without running anything; does nothing once given up or while its work waits or runs. */
  leave(): void;
}

/**
 * Runs work that holds something scarce (memory, a core) a few pieces at a time, behind a bounded
 * line shared fairly between keys (network addresses). A place is granted or refused at once, never
 * waited for, so a full line answers straight away. Each key runs one piece at a time and holds at
 * most `placesPerKey` places, running or waiting; keys with work waiting are served in turn, so a
 * burst under one key delays another key by no more than the pieces already running.
 *
 * Kept in each process's memory, and rightly so: what it bounds (the memory and cores hashing takes)
 * belongs to the process. With WORKERS processes the machine runs at most WORKERS times `running`
 * pieces at once, each process on its own cores.
 */
export class FairQueue {
  private running = 0;
  private places = 0;
  private readonly keys = new Map<string, { places: number; running: boolean; waiting: Array<() => void> }>();
  /** Keys with work waiting and none running, in the order they are served. */
  private readonly turns: string[] = [];
  private averageRunMs: number;

  constructor(
    private readonly limits: { running: number; waiting: number; placesPerKey: number },
    expectedRunMs = 1000,
  ) {
    this.averageRunMs = expectedRunMs;
  }

  enter(key: string): QueuePlace | QueueRefusal {
    const state = this.keys.get(key) ?? { places: 0, running: false, waiting: [] };
    if (state.places >= this.limits.placesPerKey) return 'share';
    if (this.places >= this.limits.running + this.limits.waiting) return 'full';
    state.places++;
    this.places++;
    this.keys.set(key, state);
    let held = true;
    let inRun = false;
    const leave = () => {
      // A place whose work waits or runs is given up when the work ends.
      if (!held || inRun) return;
      held = false;
      state.places--;
      this.places--;
      if (state.places === 0) this.keys.delete(key);
    };
    const run = async <T>(work: () => Promise<T>): Promise<T> => {
      if (!held || inRun) throw new Error('this place in the queue is used or given up already');
      inRun = true;
      await new Promise<void>((resolve) => {
        state.waiting.push(resolve);
        if (!state.running && !this.turns.includes(key)) this.turns.push(key);
        this.dispatch();
      });
      const started = Date.now();
      try {
        return await work();
      } finally {
        this.averageRunMs = 0.8 * this.averageRunMs + 0.2 * (Date.now() - started);
        state.running = false;
        this.running--;
        inRun = false;
        leave();
        // Its next piece goes to the back of the line: every key that came meanwhile is served first.
        if (state.waiting.length > 0) this.turns.push(key);
        this.dispatch();
      }
    };
    return { run, leave };
  }

  /** Whole seconds after which a place is likely to be free: about one run, as long as runs lately take. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.averageRunMs / 1000));
  }

  private dispatch(): void {
    while (this.turns.length > 0 && this.running < this.limits.running) {
      const state = this.keys.get(this.turns.shift()!)!;
      state.running = true;
      this.running++;
      state.waiting.shift()!();
    }
  }
}
