/**
 * Probes for whatever runs the server: `/health` says the process answers (restart it if not),
 * `/ready` says it can serve requests now (send it traffic only if so).
 */
import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { log } from './log';

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

class ProbeTimeout extends Error {}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function healthRouter(db: DataSource, readiness: Readiness, { readyTimeoutMs = READY_TIMEOUT_MS } = {}): Router {
  const router = express.Router();
  // A cached answer from a probe is a wrong answer.
  router.use(['/health', '/ready'], (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    if (readiness.shuttingDown) return void res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
    try {
      await within(db.query('SELECT 1'), readyTimeoutMs);
      res.json({ status: 'ready' });
    } catch (error) {
      // The reason names the symptom only: the driver's message can name hosts and users.
      const reason = error instanceof ProbeTimeout ? `the database did not answer within ${readyTimeoutMs} ms` : 'the database is unreachable';
      log({ level: 'warn', msg: 'not ready', reason, error: String(error) });
      res.status(503).json({ status: 'unavailable', reason });
    }
  });
  return router;
}
