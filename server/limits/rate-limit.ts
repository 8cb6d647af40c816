/**
 * A sliding-window limit kept in this process's memory. Each replica limits on its own: behind a
 * load balancer with N replicas a client can reach at most N times the limit.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Whether `key` has used up its window, without counting a hit. */
  exhausted(key: string, now = Date.now()): boolean {
    return (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs).length >= this.limit;
  }

  /** Counts a hit for `key`; false when the key has used up its window. */
  take(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(now);
    return true;
  }

  /** Takes back the latest hit of `key`: the attempt it counted turned out not to count. */
  giveBack(key: string): void {
    const times = this.hits.get(key);
    if (!times) return;
    times.pop();
    if (times.length === 0) this.hits.delete(key);
  }

  /** Whole seconds until `key` may take another hit (at least 1). */
  secondsUntilFree(key: string, now = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    const freedAt = recent.length >= this.limit ? recent[recent.length - this.limit] + this.windowMs : now;
    return Math.max(1, Math.ceil((freedAt - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [key, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
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
