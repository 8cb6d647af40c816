import 'reflect-metadata';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config';
import { connect } from './db/connect';
import { createApp } from './app';
import { isEmpty, loadDemo } from './demo/load-demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data';
import { Account } from './modules/account/account.entity';
import { verifyPassword } from './modules/account/sign-in';
import { log } from './observability/log';
import { configureHttpTimeouts } from './http/timeouts';
import { AuditCheckpoints } from './modules/audit/checkpoint';
import { gracefulShutdown, watchConnections } from './http/shutdown';

/** How long requests in flight may take to finish once the server stops taking new ones. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Whether the demo's logins work here: its first login exists and still has the published password. */
async function demoPresent(db: DataSource): Promise<boolean> {
  const account = await db.getRepository(Account).findOneBy({ login: DEMO_ACCOUNTS[0].login });
  return !!account && (await verifyPassword(account.passwordHash, DEMO_PASSWORD));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await connect(config.database);
  let seeded = false;
  if (config.seedDemo && (await isEmpty(db))) {
    await loadDemo(db);
    seeded = true;
  }
  const demo = seeded || (await demoPresent(db));
  const app = await createApp(config, db);
  const auditCheckpoints = new AuditCheckpoints(db, config.audit);
  // Express 5 hands a failure to bind (the port taken, no permission) to this callback, not to an event.
  const server: Server = app.express.listen(config.port, (error?: Error) => {
    if (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'EADDRINUSE' ? 'another process is listening on it' : code === 'EACCES' ? 'no permission to use it' : error.message;
      process.stderr.write(`cannot listen on port ${config.port}: ${why} (set PORT to another port)\n`);
      process.exit(1);
    }
    const url = `${config.publicUrl}/graphql`;
    log({ level: 'info', msg: 'listening', url, database: config.database.kind, demoLoaded: seeded });
    auditCheckpoints.start();
    if (demo) {
      process.stdout.write(`\nGraphQL API: ${url}\nDemo logins (password "${DEMO_PASSWORD}"):\n`);
      for (const a of DEMO_ACCOUNTS) process.stdout.write(`  ${a.login.padEnd(14)} ${a.role}\n`);
    }
  });
  // Before the server starts listening: slow senders are cut within seconds, not minutes.
  configureHttpTimeouts(server, config);
  // From the first connection on, so that a shutdown knows which connections are idle and since when.
  watchConnections(server);
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second signal while stopping means "now".
    if (stopping) process.exit(1);
    stopping = true;
    const drainMs = config.shutdownDrainSeconds * 1000;
    log({ level: 'info', msg: 'shutting down', signal, drainMs, graceMs: SHUTDOWN_GRACE_MS });
    setTimeout(() => process.exit(1), drainMs + SHUTDOWN_GRACE_MS + 5_000).unref();
    gracefulShutdown(server, app, db, { drainMs, graceMs: SHUTDOWN_GRACE_MS, beforeDatabaseClose: [() => auditCheckpoints.stop()] }).then(
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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? 'configuration error: ' : ''}${(error as Error).message ?? error}\n`);
  process.exit(1);
});
