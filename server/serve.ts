import cluster from 'node:cluster';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createApp } from './app';
import { log } from './observability/log';
import { configureHttpTimeouts } from './http/timeouts';
import { gracefulShutdown, watchConnections } from './http/shutdown';
import type { AuditCheckpoints } from './modules/audit/checkpoint';

/** What a worker tells the primary (server/cluster.ts). */
export type FromWorker = { kind: 'listening' } | { kind: 'cannot-listen'; text: string };

/** How long requests in flight may take to finish once the server stops taking new ones. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * What the process that serves does besides serving: alone (WORKERS=1) it announces itself and runs
 * the audit checkpoints; as one of several workers it leaves both to the primary, once for all.
 */
export type Role = { alone: true; checkpoints: AuditCheckpoints; announce: () => void } | { alone: false };

/** Why the port could not be taken, as the operator reads it. */
export function cannotListen(port: number, error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EADDRINUSE' ? 'another process is listening on it' : code === 'EACCES' ? 'no permission to use it' : error.message;
  return `cannot listen on port ${port}: ${why} (set PORT to another port)\n`;
}

function tellPrimary(message: FromWorker, then?: () => void): void {
  if (!process.send) return then?.();
  process.send(message, undefined, {}, () => then?.());
}

/** Serves the API on the configured port until SIGTERM or SIGINT, then drains (server/http/shutdown.ts) and exits. */
export async function serve(config: Config, db: DataSource, role: Role): Promise<void> {
  const app = await createApp(config, db);
  // Express 5 hands a failure to bind (the port taken, no permission) to this callback, not to an event.
  const server: Server = app.express.listen(config.port, (error?: Error) => {
    if (error) {
      const text = cannotListen(config.port, error);
      // Every worker fails alike: the primary reports it once.
      if (!role.alone) return tellPrimary({ kind: 'cannot-listen', text }, () => process.exit(1));
      process.stderr.write(text);
      process.exit(1);
    }
    if (!role.alone) {
      log({ level: 'info', msg: 'worker listening', worker: cluster.worker?.id });
      return tellPrimary({ kind: 'listening' });
    }
    role.checkpoints.start();
    role.announce();
  });
  // Before the server starts listening: slow senders are cut within seconds, not minutes.
  configureHttpTimeouts(server, config);
  // From the first connection on, so that a shutdown knows which connections are idle and since when.
  watchConnections(server);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      // A second signal while stopping means "now". A worker's is the primary's to decide: Ctrl-C
      // reaches the primary and its workers alike, and the primary passes it on as well.
      if (role.alone) process.exit(1);
      return;
    }
    stopping = true;
    const drainMs = config.shutdownDrainSeconds * 1000;
    log({ level: 'info', msg: 'shutting down', signal, drainMs, graceMs: SHUTDOWN_GRACE_MS });
    setTimeout(() => process.exit(1), drainMs + SHUTDOWN_GRACE_MS + 5_000).unref();
    const beforeDatabaseClose = role.alone ? [() => role.checkpoints.stop()] : [];
    gracefulShutdown(server, app, db, { drainMs, graceMs: SHUTDOWN_GRACE_MS, beforeDatabaseClose }).then(
      () => process.exit(0),
      (error: unknown) => {
        log({ level: 'error', msg: 'shutdown failed', error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
