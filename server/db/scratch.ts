import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../config';

/**
 * Runs `work` against a fresh, empty database created beside the one `serverUrl` names, and drops
 * it afterwards. Lets tests and tools build schemas without touching the database they were given.
 */
export async function withScratchDatabase<T>(serverUrl: string, work: (database: DatabaseConfig) => Promise<T>): Promise<T> {
  const parsed = parseDatabaseUrl(serverUrl, '.');
  const url = new URL(parsed.url);
  const name = `scratch_${randomBytes(6).toString('hex')}`;
  const admin = new DataSource({ type: parsed.kind as 'mariadb', url: parsed.url });
  await admin.initialize();
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    url.pathname = `/${name}`;
    return await work({ kind: parsed.kind, url: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.destroy();
  }
}
