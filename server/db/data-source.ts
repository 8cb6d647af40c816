import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { DEFAULT_POOL_SIZE, type DatabaseConfig } from '../config';
import { useAuditKey } from '../modules/audit/audit-key';
import { boundServerWaits, boundSqliteWaits } from './bounded-waits';
import { ENTITIES, SUBSCRIBERS } from './entities';
import { beginImmediately } from './sqlite-begin';
import { StatementLogger } from './statement-log';

/** How long a database server that failed repeatedly is left alone before it is tried again. */
const FAILED_SERVER_RETRY_MS = 5000;

/**
 * How long SQLite waits for another process's write lock (less inside a request, see
 * bounded-waits.ts). better-sqlite3 waits synchronously, holding up the whole process meanwhile.
 */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * How long opening a connection to a database server may take: a server that has not greeted
 * within this is not answering (on a working network it takes milliseconds).
 */
export const CONNECT_TIMEOUT_MS = 5000;

/** Migrations are kept per dialect: `sqlite` for the embedded default, `mysql` for MySQL 8 and MariaDB. */
export function migrationsDir(kind: DatabaseConfig['kind']): string {
  return join(__dirname, 'migrations', kind === 'sqlite' ? 'sqlite' : 'mysql');
}

export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    subscribers: SUBSCRIBERS,
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
      prepareDatabase: (db: { pragma(s: string): unknown; prepare(sql: string): Record<string, unknown> }) => {
        db.pragma('journal_mode = WAL');
        boundSqliteWaits(db, SQLITE_BUSY_TIMEOUT_MS);
        beginImmediately(db);
        db.pragma('foreign_keys = ON');
      },
    };
  }
  // MariaDB needs TypeORM's own mariadb driver: with `mysql` every schema diff re-creates nullable foreign keys.
  const server = {
    ...common,
    type: database.kind,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    poolSize: database.poolSize ?? DEFAULT_POOL_SIZE,
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
  if (!database.replicaUrls?.length) return { ...server, url: database.url };
  // Query-builder SELECTs outside a transaction go to the replicas, everything else to the
  // primary; a request that has written reads from the primary too (see server/db/replication.ts).
  return {
    ...server,
    replication: {
      master: { url: database.url },
      slaves: database.replicaUrls.map((url) => ({ url })),
      // A server that keeps failing is set aside for a while, then tried again. The driver's
      // default would drop it for good, so that reads (or, for the primary, writes) failed until
      // a restart even after it came back.
      restoreNodeTimeout: FAILED_SERVER_RETRY_MS,
    },
  };
}

export function createDataSource(database: DatabaseConfig): DataSource {
  const db = new DataSource(dataSourceOptions(database));
  // Taking a connection and each statement end by the request's deadline (bounded-waits.ts).
  if (database.kind !== 'sqlite') boundServerWaits(db, database.kind);
  // Appends and verification find the audit key through the connection they run on.
  if (database.auditKey) useAuditKey(db, database.auditKey);
  return db;
}
