import 'reflect-metadata';
import cluster from 'node:cluster';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type Config } from './config';
import { connect } from './db/connect';
import { createDataSource } from './db/data-source';
import { isEmpty, loadDemo } from './demo/load-demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data';
import { Account } from './modules/account/account.entity';
import { verifyPassword } from './modules/account/sign-in';
import { AuditCheckpoints } from './modules/audit/checkpoint';
import { log } from './observability/log';
import { runPrimary } from './cluster';
import { serve } from './serve';

/** Whether the demo's logins work here: its first login exists and still has the published password. */
async function demoPresent(db: DataSource): Promise<boolean> {
  const account = await db.getRepository(Account).findOneBy({ login: DEMO_ACCOUNTS[0].login });
  return !!account && (await verifyPassword(account.passwordHash, DEMO_PASSWORD));
}

/** The line saying that the server listens, and the demo's logins when they work: once per start. */
function announcer(config: Config, seeded: boolean, demo: boolean): () => void {
  return () => {
    const url = `${config.publicUrl}/graphql`;
    log({ level: 'info', msg: 'listening', url, database: config.database.kind, demoLoaded: seeded, workers: config.workers });
    if (demo) {
      process.stdout.write(`\nGraphQL API: ${url}\nDemo logins (password "${DEMO_PASSWORD}"):\n`);
      for (const a of DEMO_ACCOUNTS) process.stdout.write(`  ${a.login.padEnd(14)} ${a.role}\n`);
    }
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) {
    // The primary has brought the schema up to date: a worker only opens the database.
    const db = createDataSource(config.database);
    await db.initialize();
    return serve(config, db, { alone: false });
  }
  const db = await connect(config.database);
  let seeded = false;
  if (config.seedDemo && (await isEmpty(db))) {
    await loadDemo(db);
    seeded = true;
  }
  const demo = seeded || (await demoPresent(db));
  const checkpoints = new AuditCheckpoints(db, config.audit);
  const announce = announcer(config, seeded, demo);
  if (config.workers === 1) return serve(config, db, { alone: true, checkpoints, announce });
  runPrimary(config, db, { exec: __filename, checkpoints, announce });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? 'configuration error: ' : ''}${(error as Error).message ?? error}\n`);
  process.exit(1);
});
