import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { log } from '../observability/log';
import { createDataSource } from './data-source';

/** Where the database is, for messages and logs: the file, or the server's URL without its password. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `the SQLite file ${database.url}`;
  try {
    const url = new URL(database.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return `a ${database.kind} server`;
  }
}

/** A driver's message; some network errors (one per address tried) come with an empty one. */
function reasonOf(error: unknown): string {
  const e = error as { message?: string; code?: string; errors?: unknown[] };
  if (e?.message) return e.message;
  if (Array.isArray(e?.errors) && e.errors.length) return e.errors.map(reasonOf).join('; ');
  return e?.code ?? String(error);
}

const WHAT_TO_CHECK = {
  sqlite: 'Check that the folder exists and that this user may read and write it (DATA_DIR, or the path in DATABASE_URL).',
  server:
    'Check that the database server is running and reachable from here, and that DATABASE_URL names the right host, port, user, password and database.',
};

/**
 * Connects (waiting, a bounded number of times, for a database server that is still starting) and
 * brings the schema up to date with the migrations. SQLite is opened once: a file that cannot be
 * opened now will not open by waiting.
 */
export async function connect(database: DatabaseConfig, { attempts = 30, delayMs = 1000 } = {}): Promise<DataSource> {
  const where = describeDatabase(database);
  const tries = database.kind === 'sqlite' ? 1 : attempts;
  let lastError: unknown;
  for (let attempt = 1; attempt <= tries; attempt++) {
    const db = createDataSource(database);
    try {
      await db.initialize();
    } catch (error) {
      lastError = error;
      if (attempt === tries) break;
      log({
        level: 'warn',
        msg: `database not reachable (attempt ${attempt} of ${tries}); trying again in ${delayMs} ms`,
        database: where,
        error: reasonOf(error),
      });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      continue;
    }
    try {
      await db.runMigrations({ transaction: 'each' });
    } catch (error) {
      await db.destroy().catch(() => undefined);
      throw new Error(`connected to ${where}, but bringing its schema up to date failed: ${reasonOf(error)}`, { cause: error });
    }
    return db;
  }
  const check = database.kind === 'sqlite' ? WHAT_TO_CHECK.sqlite : WHAT_TO_CHECK.server;
  const tried = tries > 1 ? ` after ${tries} attempts` : '';
  throw new Error(`could not open the database at ${where}${tried}: ${reasonOf(lastError)}. ${check}`);
}
