import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import type { App } from '../app';
import { log } from './log';

export interface ShutdownOptions {
  /** How long to keep taking requests after `/ready` turns 503, for load balancers to notice. */
  drainMs?: number;
  /** How long requests in flight may take to finish before their connections are closed anyway. */
  graceMs?: number;
  /** Work that must still reach the database after the last request (a final audit checkpoint), run in order before it closes. */
  beforeDatabaseClose?: Array<() => Promise<void>>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops without failing the requests in flight: first reports not ready, then (after `drainMs`)
 * refuses new connections, lets the requests in flight finish (for at most `graceMs`), and only
 * then stops the GraphQL server and closes the database they were using.
 */
export async function gracefulShutdown(
  server: Server,
  app: Pick<App, 'apollo' | 'readiness'>,
  db: DataSource,
  { drainMs = 0, graceMs = 10_000, beforeDatabaseClose = [] }: ShutdownOptions = {},
): Promise<void> {
  app.readiness.markShuttingDown();
  if (drainMs > 0) await sleep(drainMs);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // close() drops the keep-alive connections idle at that moment; a client could go on sending
  // requests on the others, so each is dropped as soon as its request is answered.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const deadline = setTimeout(() => {
    log({ level: 'warn', msg: `requests still running after ${graceMs} ms are cut off` });
    server.closeAllConnections();
  }, graceMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(deadline);
  }
  await app.apollo.stop();
  for (const work of beforeDatabaseClose) {
    await work().catch((error: unknown) => log({ level: 'error', msg: 'shutdown step failed', error: String(error) }));
  }
  if (db.isInitialized) await db.destroy();
}
