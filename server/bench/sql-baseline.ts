/**
 * What a GraphQL operation costs in SQL: the app is run in this process on its own connection with
 * a logger that keeps every statement and its parameters (as test/statement-count.test.ts counts
 * them, the caller's lookup included), and the statements it ran can then be replayed through the
 * bare driver, for a baseline without GraphQL, HTTP or TypeORM.
 */
import 'reflect-metadata';
import mysql from 'mysql2/promise';
import { DataSource, type Logger } from 'typeorm';
import { createApp, type App } from '../app';
import type { DatabaseConfig } from '../config';
import { dataSourceOptions } from '../db/data-source';
import { createRequestContext } from '../graphql/context';
import { loadCaller } from '../modules/account/caller.loader';

export interface Statement {
  sql: string;
  parameters: unknown[];
}

/** better-sqlite3 ships no types: the part of its API used here. */
interface SqliteStatement {
  all(...parameters: unknown[]): unknown[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package has no types: the cast gives it the part used here
const Sqlite = require('better-sqlite3') as new (file: string, options: { readonly: boolean }) => SqliteDatabase;

const TRANSACTION_CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

export class InProcessApi {
  private recording: Statement[] | null = null;

  private constructor(
    private readonly db: DataSource,
    private readonly app: App,
  ) {}

  static async open(database: DatabaseConfig): Promise<InProcessApi> {
    // The logger is made before the api it reports to; it finds the api here once there is one.
    const recorder: { api?: InProcessApi } = {};
    const logger: Logger = {
      logQuery: (sql, parameters) => {
        if (!TRANSACTION_CONTROL.test(sql)) recorder.api?.recording?.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] });
      },
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    const db = new DataSource({ ...dataSourceOptions(database), logger });
    await db.initialize();
    const app = await createApp({ tokenSecret: 'in-process-benchmark-secret-0123456789', tokenTtlSeconds: 3600 }, db);
    const api = new InProcessApi(db, app);
    recorder.api = api;
    return api;
  }

  /**
   * Runs `query` as `login` and returns its data and every statement it ran, the caller's lookup
   * first; with `sessionId` the lookup also checks that session, as it does for a request over HTTP.
   */
  async run<T = unknown>(
    login: string,
    query: string,
    variables: Record<string, unknown> = {},
    sessionId?: number,
  ): Promise<{ data: T; statements: Statement[] }> {
    const [account] = await this.db.query<Array<{ id: number | string }>>('SELECT id FROM account WHERE login = ?', [login]);
    if (!account) throw new Error(`no login ${login} in this database`);
    const statements: Statement[] = [];
    this.recording = statements;
    try {
      const caller = await loadCaller(this.db, Number(account.id), sessionId);
      const result = await this.app.apollo.executeOperation(
        { query, variables },
        { contextValue: createRequestContext(this.db, caller) as never },
      );
      const body = result.body as { kind: string; singleResult: { data?: T; errors?: unknown[] } };
      if (body.singleResult.errors) throw new Error(`${login}: ${JSON.stringify(body.singleResult.errors)}`);
      return { data: body.singleResult.data as T, statements };
    } finally {
      this.recording = null;
    }
  }

  async query<Row = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
    return this.db.query<Row[]>(sql, parameters);
  }

  async close(): Promise<void> {
    await this.app.apollo.stop();
    await this.db.destroy();
  }
}

/** The bare driver on its own connection: statements as strings and parameters, rows as the driver gives them. */
export interface DirectDriver {
  run(statements: Statement[]): Promise<void>;
  close(): Promise<void>;
}

export async function openDirectDriver(database: DatabaseConfig): Promise<DirectDriver> {
  if (database.kind === 'sqlite') {
    const db = new Sqlite(database.url, { readonly: true });
    const prepared = new Map<string, SqliteStatement>();
    const statement = (sql: string) => {
      let s = prepared.get(sql);
      if (!s) prepared.set(sql, (s = db.prepare(sql)));
      return s;
    };
    return {
      async run(statements) {
        for (const { sql, parameters } of statements)
          statement(sql).all(...parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p)));
      },
      async close() {
        db.close();
      },
    };
  }
  const connection = await mysql.createConnection({
    uri: database.url.replace(/^mariadb:/, 'mysql:'),
    dateStrings: true,
    supportBigNumbers: true,
  });
  return {
    async run(statements) {
      for (const { sql, parameters } of statements) await connection.query(sql, parameters);
    },
    async close() {
      await connection.end();
    },
  };
}
