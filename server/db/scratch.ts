import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../config';

export interface ScratchDatabase {
  database: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty database beside the one `serverUrl` names, so that tests and tools can
 * build schemas without touching the database they were given.
 */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const parsed = parseDatabaseUrl(serverUrl, '.');
  const url = new URL(parsed.url);
  const name = `scratch_${randomBytes(6).toString('hex')}`;
  const admin = new DataSource({ type: parsed.kind as 'mariadb', url: parsed.url });
  await admin.initialize();
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.destroy();
  }
  url.pathname = `/${name}`;
  return {
    // A scratch database lives as long as the run that made it: its audit key, too.
    database: { kind: parsed.kind, url: url.toString(), auditKey: randomBytes(32).toString('base64url') },
    async drop() {
      const dropper = new DataSource({ type: parsed.kind as 'mariadb', url: parsed.url });
      await dropper.initialize();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await dropper.destroy();
      }
    },
  };
}

export async function withScratchDatabase<T>(serverUrl: string, work: (database: DatabaseConfig) => Promise<T>): Promise<T> {
  const scratch = await createScratchDatabase(serverUrl);
  try {
    return await work(scratch.database);
  } finally {
    await scratch.drop();
  }
}
