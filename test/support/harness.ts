/**
 * Starts the real server over HTTP on a fresh database holding the demo data: a temporary SQLite
 * file by default, or a scratch database on the server DATABASE_URL names (MariaDB/MySQL).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../../server/app';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, parseDatabaseUrl, type DatabaseConfig } from '../../server/config';
import { configureHttpTimeouts } from '../../server/http/timeouts';
import { connect } from '../../server/db/connect';
import { createScratchDatabase } from '../../server/db/scratch';
import { loadDemo } from '../../server/demo/load-demo';
import { DEMO_PASSWORD } from '../../server/demo/demo-data';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }>;
}

export interface TestServer {
  url: string;
  db: DataSource;
  app: App;
  /** The HTTP server, for tests of how it stops. */
  http: Server;
  database: DatabaseConfig;
  /** Runs a GraphQL operation over HTTP, as the holder of `token` (anonymous without one). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Signs in as a demo login and returns its token (cached). */
  tokenFor(login: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Every database a test makes seals its audit trail with this key, and the processes a test starts
 * (the admin tool, audit:verify, the server) inherit it as AUDIT_KEY, so they all agree.
 */
export const TEST_AUDIT_KEY = process.env.AUDIT_KEY || 'test-audit-key-that-is-long-enough-0123456789';
process.env.AUDIT_KEY = TEST_AUDIT_KEY;

export async function freshDatabase(): Promise<{ database: DatabaseConfig; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url && !url.startsWith('sqlite')) {
    const scratch = await createScratchDatabase(url);
    return { ...scratch, database: { ...scratch.database, auditKey: TEST_AUDIT_KEY } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'inspection-test-'));
  return {
    database: { ...parseDatabaseUrl(`sqlite:${join(dir, 'test.sqlite')}`, dir), auditKey: TEST_AUDIT_KEY },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestServerOptions {
  demo?: boolean;
  /** The database as the server reaches it, when not directly (through a proxy that can cut it off). */
  connectVia?: (database: DatabaseConfig) => DatabaseConfig;
  /** REQUEST_TIMEOUT_SECONDS: the request deadline, and the limits on how long a request may take to arrive. */
  requestTimeoutSeconds?: number;
}

export async function startTestServer({
  demo = true,
  connectVia = (d) => d,
  requestTimeoutSeconds = DEFAULT_REQUEST_TIMEOUT_SECONDS,
}: TestServerOptions = {}): Promise<TestServer> {
  const scratch = await freshDatabase();
  const db = await connect(connectVia(scratch.database), { attempts: 1 });
  if (demo) await loadDemo(db);
  const app = await createApp(
    { tokenSecret: 'test-secret-that-is-long-enough-1234567890', tokenTtlSeconds: 3600, requestTimeoutSeconds },
    db,
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
    // The same limits as the server's own (server/main.ts), set before it starts listening.
    configureHttpTimeouts(s, { requestTimeoutSeconds });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const tokens = new Map<string, string>();

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status };
  };

  return {
    url,
    db,
    app,
    http: server,
    database: scratch.database,
    gql,
    async tokenFor(login) {
      if (!tokens.has(login)) {
        const signIn = () =>
          gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
            input: { login, password: DEMO_PASSWORD },
          });
        let res = await signIn();
        // A server started with a short deadline may answer 503 while a busy database server is
        // slow; signing in is a suite's setup, so it is tried again as a client would.
        for (let retry = 0; retry < 3 && res.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'; retry++) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          res = await signIn();
        }
        if (!res.data?.login) throw new Error(`cannot sign in as ${login}: ${JSON.stringify(res.errors)}`);
        tokens.set(login, res.data.login.token);
      }
      return tokens.get(login)!;
    },
    async close() {
      // A test may have shut the server down already.
      await new Promise((resolve) => server.close(resolve));
      await app.apollo.stop();
      if (db.isInitialized) await db.destroy();
      await scratch.drop();
    },
  };
}

/** The error codes of a response, for assertions. */
export const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
