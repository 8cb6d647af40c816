/**
 * Probes for whatever runs the server: `/health` says the process answers (restart it if not) and,
 * in its body, how the database is (`database`: `ok`, `not answering` or `unreachable`); `/ready`
 * says it can serve requests now (send it traffic only if so).
 */
import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { isDeadlineExceeded, withinDeadline } from '../limits/deadline';
import { log } from '../observability/log';

/** Whether this process should be sent new requests; it stops being ready when it starts to shut down. */
export class Readiness {
  private stopping = false;

  /** From now on `/ready` answers 503, so that a load balancer sends new requests elsewhere. */
  markShuttingDown(): void {
    this.stopping = true;
  }

  get shuttingDown(): boolean {
    return this.stopping;
  }
}

/** A database that takes longer than this for `SELECT 1` is as good as unavailable to a client. */
export const READY_TIMEOUT_MS = 2000;

/**
 * How long `/health` waits for the database before saying it is not answering. It answers 200
 * regardless (it is a liveness probe: restarting the process would not bring a database back), and
 * within the one second an orchestrator's probe allows by default.
 */
export const HEALTH_WAIT_MS = 800;

/** The database as the probes last found it. */
export type DatabaseState = 'ok' | 'not answering' | 'unreachable';

class ProbeTimeout extends Error {}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `SELECT 1` under a deadline of its own, so that a connection stuck on a silent database is
 * destroyed when the probe gives up. Probes that arrive while one is under way share its answer:
 * a load balancer polling a silent database must not use up the pool.
 */
class DatabaseProbe {
  private running: Promise<{ state: DatabaseState; error?: unknown }> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly timeoutMs: number,
  ) {}

  run(): Promise<{ state: DatabaseState; error?: unknown }> {
    this.running ??= within(
      withinDeadline(this.timeoutMs, () => this.db.query('SELECT 1')),
      this.timeoutMs,
    )
      .then(
        () => ({ state: 'ok' as const }),
        (error: unknown) => ({
          state: error instanceof ProbeTimeout || isDeadlineExceeded(error) ? ('not answering' as const) : ('unreachable' as const),
          error,
        }),
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}

export function healthRouter(db: DataSource, readiness: Readiness, { readyTimeoutMs = READY_TIMEOUT_MS } = {}): Router {
  const router = express.Router();
  const probe = new DatabaseProbe(db, readyTimeoutMs);
  // A cached answer from a probe is a wrong answer.
  router.use(['/health', '/ready'], (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.get('/health', async (_req, res) => {
    const waited = await within(probe.run(), Math.min(HEALTH_WAIT_MS, readyTimeoutMs)).catch(() => ({ state: 'not answering' as const }));
    res.json({ status: 'ok', database: waited.state });
  });
  router.get('/ready', async (_req, res) => {
    if (readiness.shuttingDown) return void res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
    const { state, error } = await probe.run();
    if (state === 'ok') return void res.json({ status: 'ready' });
    // The reason names the symptom only: the driver's message can name hosts and users.
    const reason = state === 'not answering' ? `the database did not answer within ${readyTimeoutMs} ms` : 'the database is unreachable';
    log({ level: 'warn', msg: 'not ready', reason, error: String(error) });
    res.status(503).json({ status: 'unavailable', reason });
  });
  return router;
}
