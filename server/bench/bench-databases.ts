/**
 * The databases the benchmark measures: the demo and the large profile, on SQLite (files under
 * data/bench/) and on MariaDB (databases `bench_demo` and `bench`). Each is generated once and
 * reused while it still holds what its profile says; `--reseed` generates it again. The large
 * profile can be measured at a smaller scale (`scale`), in a file or database of its own
 * (`scale-5.sqlite`, `bench_scale_5`), for a quick run on a small machine.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../config';
import { connect } from '../db/connect';
import { DEMO_BODIES } from '../demo/demo-data';
import { bodyCount, LARGE_SCALE, profileFor } from '../seed/profile';

export type Engine = 'sqlite' | 'mariadb';
export type Size = 'demo' | 'large';

export function benchDatabase(engine: Engine, size: Size, mariadbServer: string, scale = LARGE_SCALE): DatabaseConfig {
  const name = size === 'large' && scale !== LARGE_SCALE ? `scale-${scale}` : size;
  if (engine === 'sqlite') {
    const dir = resolve('data', 'bench');
    return parseDatabaseUrl(`sqlite:${join(dir, `${name}.sqlite`)}`, dir);
  }
  const url = new URL(mariadbServer);
  url.pathname = size === 'large' ? `/bench${name === size ? '' : `_${name.replace('-', '_')}`}` : '/bench_demo';
  return parseDatabaseUrl(url.toString(), '.');
}

async function count(db: DataSource, sql: string): Promise<number> {
  return Number((await db.query(sql))[0].n);
}

/** Whether the database holds the dataset of `size` (judged by what the profile fixes exactly). */
async function holds(database: DatabaseConfig, size: Size, scale: number): Promise<boolean> {
  let db: DataSource;
  try {
    db = await connect(database, { attempts: 1 });
  } catch {
    return false;
  }
  try {
    const bodies = await count(db, 'SELECT COUNT(*) AS n FROM body');
    if (size === 'demo')
      return bodies === DEMO_BODIES.length && (await count(db, "SELECT COUNT(*) AS n FROM account WHERE login = 'qc.analyst'")) === 1;
    const profile = profileFor(scale);
    if (bodies !== bodyCount(profile) || (await count(db, 'SELECT COUNT(*) AS n FROM finding')) !== profile.findings) return false;
    // A dataset generated before the seed wrote talks and the other working records lacks what the bench reads.
    return (await count(db, 'SELECT COUNT(*) AS n FROM talk')) > 0;
  } finally {
    await db.destroy();
  }
}

/** Generates the dataset with `npm run seed` unless it is there already; returns the seconds it took (0 when reused). */
export async function ensureSeeded(database: DatabaseConfig, size: Size, reseed: boolean, scale = LARGE_SCALE): Promise<number> {
  if (!reseed && (await holds(database, size, scale))) return 0;
  const url = database.kind === 'sqlite' ? `sqlite:${database.url}` : database.url;
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      'server/scripts/seed.ts',
      '--scale',
      size === 'large' ? String(scale) : size,
      '--database',
      url,
      '--reset',
    ],
    { stdio: 'inherit' },
  );
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`seeding ${size} into ${url} failed (exit code ${code})`);
  return (Date.now() - started) / 1000;
}
