/**
 * The floor under the API's scoped page: node:http and the bare driver, running the two statements
 * the API runs for that page (the caller's lookup with its session check, then the page), with the
 * bearer token checked by one HMAC, and answering the same JSON. No framework, no GraphQL, no ORM:
 * what is left is what any server must do for that answer, so the API's throughput divided by this
 * one's is the share of its cost that is the database and HTTP.
 *
 * Run by the benchmark as a process of its own, like the real server: `node bare-server.js <spec.json>`.
 * GET /ready answers 200 once the database is open.
 */
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import mysql from 'mysql2/promise';

/** A parameter as captured, or the name of a value taken from the request. */
export type BareParameter = string | number | null | { from: 'account' | 'session' | 'now' | 'scopeStart' | 'scopeEnd' };

export interface BareStatement {
  sql: string;
  parameters: BareParameter[];
}

export interface BareSpec {
  database: { kind: 'sqlite' | 'mysql' | 'mariadb'; url: string };
  port: number;
  tokenSecret: string;
  lookup: BareStatement;
  page: BareStatement;
  /** Each field of an item, and the column of the page's rows that holds it. */
  fields: Array<{ field: string; column: string; kind: 'id' | 'text' | 'timestamp' }>;
}

type Row = Record<string, unknown>;

interface SqliteStatement {
  all(...parameters: unknown[]): Row[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package has no types: the cast gives it the part used here
const Sqlite = require('better-sqlite3') as new (
  file: string,
  options: { readonly: boolean },
) => {
  prepare(sql: string): SqliteStatement;
  pragma(source: string): unknown;
};

type Run = (statement: BareStatement, values: Record<string, unknown>) => Promise<Row[]>;

function bind(parameters: BareParameter[], values: Record<string, unknown>): unknown[] {
  return parameters.map((p) => (p !== null && typeof p === 'object' ? values[p.from] : p));
}

function openDatabase(spec: BareSpec): Run {
  if (spec.database.kind === 'sqlite') {
    const db = new Sqlite(spec.database.url, { readonly: true });
    const prepared = new Map<string, SqliteStatement>();
    return async (statement, values) => {
      let s = prepared.get(statement.sql);
      if (!s) prepared.set(statement.sql, (s = db.prepare(statement.sql)));
      return s.all(...bind(statement.parameters, values));
    };
  }
  // A small pool, as the API keeps one per process.
  const pool = mysql.createPool({
    uri: spec.database.url.replace(/^mariadb:/, 'mysql:'),
    connectionLimit: 4,
    supportBigNumbers: true,
    // As the API's data source reads DATETIME: in UTC.
    timezone: 'Z',
  });
  return async (statement, values) => (await pool.query(statement.sql, bind(statement.parameters, values)))[0] as Row[];
}

/** The header jose writes for `{ alg: 'HS256' }`: any other header is refused, as the API refuses it. */
const HS256_HEADER = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');

/** The account and session of a valid, unexpired HS256 token, or null. */
function verify(key: KeyObject, authorization: string | undefined): { account: number; session: number } | null {
  if (!authorization?.startsWith('Bearer ')) return null;
  const token = authorization.slice(7);
  const [header, payload, signature] = token.split('.');
  if (header !== HS256_HEADER || !payload || !signature) return null;
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string; sid?: number; exp?: number };
  const account = Number(claims.sub);
  const session = Number(claims.sid);
  if (!(account > 0) || !(session > 0) || !(typeof claims.exp === 'number' && claims.exp > Date.now() / 1000)) return null;
  return { account, session };
}

function pathRange(prefix: string): [string, string] {
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)];
}

function answer(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function main(): void {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as BareSpec;
  const run = openDatabase(spec);
  const key = createSecretKey(Buffer.from(spec.tokenSecret, 'utf8'));
  const item = (row: Row): Row => {
    const out: Row = {};
    for (const { field, column, kind } of spec.fields) {
      const value = row[column];
      out[field] =
        value === null || value === undefined
          ? null
          : kind === 'id'
            ? Number(value)
            : kind === 'timestamp'
              ? new Date(value as string | Date).toISOString()
              : value;
    }
    return out;
  };
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    // The body is read whole, as any GraphQL server must, though the query it holds is known.
    for await (const chunk of request) void chunk;
    const caller = verify(key, request.headers.authorization);
    if (!caller) return answer(response, 401, '{"errors":[{"message":"Sign in first."}]}');
    const values: Record<string, unknown> = { ...caller, now: new Date().toISOString() };
    const authorities = await run(spec.lookup, values);
    const path = authorities[0]?.bodyPath;
    if (typeof path !== 'string') return answer(response, 401, '{"errors":[{"message":"Sign in first."}]}');
    [values.scopeStart, values.scopeEnd] = pathRange(path);
    const rows = await run(spec.page, values);
    answer(response, 200, JSON.stringify({ data: { findings: { items: rows.map(item) } } }));
  };
  createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/ready') return answer(response, 200, '{"ready":true}');
    if (request.method !== 'POST' || request.url !== '/graphql') return answer(response, 404, '{}');
    serve(request, response).catch((error: Error) => answer(response, 500, JSON.stringify({ errors: [{ message: error.message }] })));
  }).listen(spec.port, '127.0.0.1');
}

if (require.main === module) main();
