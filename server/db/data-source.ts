import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { ENTITIES } from './entities';
import { StatementLogger } from './statement-log';

/** Migrations are kept per dialect: `sqlite` for the embedded default, `mysql` for MySQL 8 and MariaDB. */
export function migrationsDir(kind: DatabaseConfig['kind']): string {
  return join(__dirname, 'migrations', kind === 'sqlite' ? 'sqlite' : 'mysql');
}

export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: [join(migrationsDir(database.kind), '*.{ts,js}')],
    migrationsTransactionMode: 'each' as const,
    logger: new StatementLogger(),
    maxQueryExecutionTime: 1000,
    synchronize: false,
  };
  if (database.kind === 'sqlite') {
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.url,
      // WAL lets readers proceed while a write commits; the busy timeout queues writers instead of failing them.
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  // MariaDB needs TypeORM's own mariadb driver: with `mysql` every schema diff re-creates nullable foreign keys.
  return {
    ...common,
    type: database.kind,
    url: database.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    extra: { connectionLimit: 10 },
  };
}

export function createDataSource(database: DatabaseConfig): DataSource {
  return new DataSource(dataSourceOptions(database));
}
