/**
 * Generates a fictional dataset into the configured database:
 *   npm run seed -- --scale <1..1000 | demo | large> [--database <url>] [--reset] [--as-of YYYY-MM-DD]
 * The database is DATABASE_URL (or --database), by default the SQLite file under DATA_DIR. A database
 * that already holds records is refused unless --reset, which empties it first.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../config';
import { connect, describeDatabase } from '../db/connect';
import { DATE_PATTERN } from '../modules/common/inputs';
import type { TableStats } from '../seed/bulk-load';
import { parseScale } from '../seed/profile';
import { describeLoad, seedDatabase } from '../seed/seed';

interface SeedArguments {
  scale: number;
  database: DatabaseConfig;
  reset: boolean;
  asOf?: string;
}

const USAGE = 'usage: npm run seed -- --scale <1..1000 | demo | large> [--database <url>] [--reset] [--as-of YYYY-MM-DD]';

function parseArguments(argv: string[]): SeedArguments {
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (!name.startsWith('--')) throw new Error(`unexpected argument "${name}"\n${USAGE}`);
    if (name === '--reset') options.set('reset', true);
    else if (i + 1 < argv.length) options.set(name.slice(2), argv[++i]);
    else throw new Error(`${name} needs a value\n${USAGE}`);
  }
  for (const name of options.keys()) {
    if (!['scale', 'database', 'reset', 'as-of'].includes(name)) throw new Error(`unknown option --${name}\n${USAGE}`);
  }
  const asOf = options.get('as-of');
  if (asOf !== undefined && (typeof asOf !== 'string' || !DATE_PATTERN.test(asOf)))
    throw new Error('--as-of must be a date written YYYY-MM-DD');
  const dataDir = resolve(process.env.DATA_DIR || './data');
  const url = options.get('database');
  return {
    scale: parseScale(String(options.get('scale') ?? '1')),
    database: parseDatabaseUrl(typeof url === 'string' ? url : process.env.DATABASE_URL, dataDir),
    reset: options.get('reset') === true,
    asOf: asOf as string | undefined,
  };
}

/** A database server's database is created when missing; a SQLite file, when its folder exists. */
async function prepareDatabase(database: DatabaseConfig, reset: boolean): Promise<void> {
  if (database.kind === 'sqlite') {
    mkdirSync(dirname(resolve(database.url)), { recursive: true });
    if (reset) for (const suffix of ['', '-wal', '-shm']) rmSync(database.url + suffix, { force: true });
    return;
  }
  const url = new URL(database.url);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/';
  const server = new DataSource({ type: database.kind as 'mariadb', url: url.toString() });
  await server.initialize();
  try {
    const escaped = `\`${name.replaceAll('`', '``')}\``;
    if (reset) await server.query(`DROP DATABASE IF EXISTS ${escaped}`);
    await server.query(`CREATE DATABASE IF NOT EXISTS ${escaped} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await server.destroy();
  }
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');

function progressLine(stats: TableStats[], seconds: number): string {
  const rows = stats.reduce((a, t) => a + t.rows, 0);
  const growing = stats.filter((t) => t.rows > 0).map((t) => `${t.table} ${number(t.rows)}`);
  return `  ${seconds.toFixed(0).padStart(4)} s  ${number(rows).padStart(10)} rows  ${number(rows / seconds).padStart(7)} rows/s  (${growing.slice(-4).join(', ')})\n`;
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const where = describeDatabase(args.database);
  if (args.database.kind === 'sqlite' && existsSync(args.database.url) && !args.reset)
    process.stdout.write(`using the existing ${where}\n`);
  await prepareDatabase(args.database, args.reset);
  const db = await connect(args.database, { attempts: 1 });
  try {
    process.stdout.write(`seeding scale ${args.scale} into ${where}\n`);
    const started = Date.now();
    const result = await seedDatabase(db, args.scale, {
      asOf: args.asOf,
      onProgress: (stats) => process.stdout.write(progressLine(stats, (Date.now() - started) / 1000)),
    });
    process.stdout.write(`\n${describeLoad(result)}\n\nlogins (password as for the demo):\n`);
    for (const login of result.logins) process.stdout.write(`  ${login.login.padEnd(16)} ${login.role}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
