import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { createDataSource } from './data-source';

/**
 * Connects (waiting for a database server that is still starting, with a bounded retry) and brings
 * the schema up to date with the migrations.
 */
export async function connect(database: DatabaseConfig, { attempts = 30, delayMs = 1000 } = {}): Promise<DataSource> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const db = createDataSource(database);
    try {
      await db.initialize();
      await db.runMigrations({ transaction: 'each' });
      return db;
    } catch (error) {
      lastError = error;
      if (db.isInitialized) await db.destroy().catch(() => undefined);
      if (database.kind === 'sqlite') break;
      process.stderr.write(`database not reachable (attempt ${attempt} of ${attempts}): ${(error as Error).message}\n`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
  throw new Error(`could not open the database: ${(lastError as Error)?.message ?? lastError}`);
}
