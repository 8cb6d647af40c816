import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';

/** Which SQL dialect a connection speaks; decides the TypeORM driver and the migration set. */
export type DatabaseKind = 'sqlite' | 'mysql' | 'mariadb';

export interface DatabaseConfig {
  kind: DatabaseKind;
  /** SQLite file path, or the server URL for MySQL/MariaDB (the primary: it takes every write). */
  url: string;
  /** Servers replicating the primary, which take the reads (MySQL/MariaDB only). */
  replicaUrls?: string[];
  /** Connections each server's pool may hold open (MySQL/MariaDB only; SQLite has one). */
  poolSize?: number;
}

export const DEFAULT_POOL_SIZE = 10;

export interface Config {
  port: number;
  /**
   * Where people reach this server from outside (scheme, host, optional port and path), for the
   * links and QR codes it hands out; never taken from a request's Host header, which anyone can set.
   */
  publicUrl: string;
  dataDir: string;
  database: DatabaseConfig;
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** Sets of fewer records about named people than this are left out of the summaries of callers who may count them but not read them. */
  summaryMinimumGroup: number;
  /**
   * Load the demo dataset when the database has no bodies yet: by default only into the embedded
   * SQLite file; a database server gets it only when SEED_DEMO=true is given (its accounts share a
   * published password).
   */
  seedDemo: boolean;
  /** On SIGTERM, how long to go on taking requests while reporting not ready, for load balancers to notice. */
  shutdownDrainSeconds: number;
  production: boolean;
}

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

export function parseDatabaseUrl(raw: string | undefined, dataDir: string, variable = 'DATABASE_URL'): DatabaseConfig {
  if (!raw) return { kind: 'sqlite', url: join(dataDir, 'inspection.sqlite') };
  const scheme = raw.split(':', 1)[0];
  switch (scheme) {
    case 'sqlite':
      return { kind: 'sqlite', url: raw.replace(/^sqlite:(\/\/)?/, '') || join(dataDir, 'inspection.sqlite') };
    case 'mysql':
    case 'mariadb': {
      let parsed: URL;
      try {
        parsed = new URL(raw);
      } catch {
        throw new ConfigError(`${variable} is not a valid URL (expected mysql://user:pass@host:3306/db)`);
      }
      if (!parsed.pathname || parsed.pathname === '/') {
        throw new ConfigError(`${variable} must name a database, e.g. mariadb://root@127.0.0.1:3306/inspection`);
      }
      return { kind: scheme, url: raw };
    }
    default:
      throw new ConfigError(
        `${variable} must start with sqlite:, mysql:// (MySQL 8) or mariadb:// (MariaDB), got "${scheme}:"`,
      );
  }
}

/** Replicas are servers of the primary's kind: one driver talks to all of them. */
function parseReplicaUrls(raw: string | undefined, primary: DatabaseConfig, dataDir: string): string[] {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (!entries.length) return [];
  if (primary.kind === 'sqlite') {
    throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL to name a MySQL or MariaDB server: an SQLite file has no read replicas');
  }
  return entries.map((entry, i) => {
    const replica = parseDatabaseUrl(entry, dataDir, `DATABASE_REPLICA_URLS entry ${i + 1}`);
    if (replica.kind !== primary.kind) {
      throw new ConfigError(`DATABASE_REPLICA_URLS entry ${i + 1} is a ${replica.kind} URL, but DATABASE_URL is ${primary.kind}: replicas must be the same kind of server`);
    }
    return replica.url;
  });
}

function parsePoolSize(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_POOL_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new ConfigError(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "${raw}"`);
  }
  return size;
}

/** The database settings; the server-only ones are left out for SQLite, which has one connection and no replicas. */
function parseDatabase(env: NodeJS.ProcessEnv, dataDir: string): DatabaseConfig {
  const primary = parseDatabaseUrl(env.DATABASE_URL, dataDir);
  const replicaUrls = parseReplicaUrls(env.DATABASE_REPLICA_URLS, primary, dataDir);
  const poolSize = parsePoolSize(env.DATABASE_POOL_SIZE);
  if (primary.kind === 'sqlite') return primary;
  return { ...primary, replicaUrls, poolSize };
}

function parseTtl(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8 * 3600;
  const ttl = Number(raw);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 7 * 24 * 3600) {
    throw new ConfigError(`TOKEN_TTL_SECONDS must be a whole number from 60 to 604800, got "${raw}"`);
  }
  return ttl;
}

function parseMinimumGroup(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3;
  const minimum = Number(raw);
  if (!Number.isInteger(minimum) || minimum < 1 || minimum > 100) {
    throw new ConfigError(`SUMMARY_MINIMUM_GROUP must be a whole number from 1 to 100, got "${raw}"`);
  }
  return minimum;
}

/**
 * The embedded default needs no setup, so its token secret is generated once and kept in the
 * data folder; a server database is shared between replicas, which must share the secret too.
 */
function resolveTokenSecret(raw: string | undefined, dataDir: string, database: DatabaseConfig): string {
  if (raw) {
    if (raw.length < 32) throw new ConfigError('TOKEN_SECRET must be at least 32 characters long');
    return raw;
  }
  if (database.kind !== 'sqlite') {
    throw new ConfigError('TOKEN_SECRET must be set when DATABASE_URL points at a database server');
  }
  const file = join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function parseDrain(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 300) {
    throw new ConfigError(`SHUTDOWN_DRAIN_SECONDS must be a whole number from 0 to 300, got "${raw}"`);
  }
  return seconds;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/**
 * Only where the data lives (DATA_DIR and the database settings), for tools that open the database
 * without serving it and so need no token secret.
 */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, 'dataDir' | 'database'> {
  const dataDir = resolve(env.DATA_DIR || './data');
  mkdirSync(dataDir, { recursive: true });
  return { dataDir, database: parseDatabase(env, dataDir) };
}

/** PUBLIC_URL as an absolute http(s) URL without a trailing slash; `http://localhost:<port>` by default. */
export function parsePublicUrl(raw: string | undefined, port: number): string {
  if (raw === undefined || raw === '') return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL such as https://inspection.example.org, got "${raw}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`PUBLIC_URL must be an http or https URL with no query, fragment or credentials, got "${raw}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { dataDir, database } = loadDatabaseConfig(env);
  const port = parsePort(env.PORT);
  return {
    port,
    publicUrl: parsePublicUrl(env.PUBLIC_URL, port),
    dataDir,
    database,
    tokenSecret: resolveTokenSecret(env.TOKEN_SECRET, dataDir, database),
    tokenTtlSeconds: parseTtl(env.TOKEN_TTL_SECONDS),
    summaryMinimumGroup: parseMinimumGroup(env.SUMMARY_MINIMUM_GROUP),
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, database.kind === 'sqlite'),
    shutdownDrainSeconds: parseDrain(env.SHUTDOWN_DRAIN_SECONDS),
    production: env.NODE_ENV === 'production',
  };
}
