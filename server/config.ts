import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve, join } from 'node:path';
import { DEFAULT_TIME_ZONE, isTimeZone } from './modules/common/calendar';

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
  /**
   * The secret that seals this database's audit trail (entry MACs, checkpoint signatures). Kept
   * outside the database: AUDIT_KEY, or generated into DATA_DIR/audit-key for the embedded default.
   */
  auditKey?: string;
}

/** Where and how often the audit trail's head is anchored outside the database. */
export interface AuditSettings {
  /** The append-only file of signed checkpoints (AUDIT_CHECKPOINT_FILE). */
  checkpointFile: string;
  /** How often a checkpoint is written, when the head has moved (AUDIT_CHECKPOINT_SECONDS). */
  checkpointSeconds: number;
  /** Where each checkpoint is also POSTed, on a host this server cannot write to (AUDIT_WITNESS_URL). */
  witnessUrl?: string;
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
  /**
   * How long a request may take to arrive and to be served by the database: past it, the client is
   * answered 503 and the database work is cancelled (server/limits/deadline.ts).
   */
  requestTimeoutSeconds: number;
  /** IANA time zone in which every day the server derives (today, overdue, within a window) is counted. */
  timeZone: string;
  /** Lowest level of log lines written (pino levels); below `error` nothing is written under NODE_ENV=test. */
  logLevel: LogLevel;
  /** When set, `/metrics` answers only to `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  audit: AuditSettings;
  /**
   * How many server processes share the port (WORKERS): one runs in this process; more are forked
   * by this one, which then serves nothing itself (server/http/workers.ts).
   */
  workers: number;
}

export class ConfigError extends Error {}

/** A whole-number setting: `fallback` when unset or empty, else an integer from `min` to `max`. */
function parseWholeNumber(name: string, raw: string | undefined, min: number, max: number, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function parsePort(raw: string | undefined): number {
  return parseWholeNumber('PORT', raw, 0, 65535, 4000);
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
      throw new ConfigError(`${variable} must start with sqlite:, mysql:// (MySQL 8) or mariadb:// (MariaDB), got "${scheme}:"`);
  }
}

/** Replicas are servers of the primary's kind: one driver talks to all of them. */
function parseReplicaUrls(raw: string | undefined, primary: DatabaseConfig, dataDir: string): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return [];
  if (primary.kind === 'sqlite') {
    throw new ConfigError(
      'DATABASE_REPLICA_URLS needs DATABASE_URL to name a MySQL or MariaDB server: an SQLite file has no read replicas',
    );
  }
  return entries.map((entry, i) => {
    const replica = parseDatabaseUrl(entry, dataDir, `DATABASE_REPLICA_URLS entry ${i + 1}`);
    if (replica.kind !== primary.kind) {
      throw new ConfigError(
        `DATABASE_REPLICA_URLS entry ${i + 1} is a ${replica.kind} URL, but DATABASE_URL is ${primary.kind}: replicas must be the same kind of server`,
      );
    }
    return replica.url;
  });
}

function parsePoolSize(raw: string | undefined): number {
  return parseWholeNumber('DATABASE_POOL_SIZE', raw, 1, 1000, DEFAULT_POOL_SIZE);
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
  return parseWholeNumber('TOKEN_TTL_SECONDS', raw, 60, 7 * 24 * 3600, 8 * 3600);
}

function parseMinimumGroup(raw: string | undefined): number {
  return parseWholeNumber('SUMMARY_MINIMUM_GROUP', raw, 1, 100, 3);
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

/**
 * The audit key, like the token secret: given, or generated once for the embedded default. A
 * database server may be reached by several processes and tools, which must all seal with the
 * same key, so there it must be given.
 */
function resolveAuditKey(raw: string | undefined, dataDir: string, database: DatabaseConfig): string {
  if (raw) {
    if (raw.length < 32) throw new ConfigError('AUDIT_KEY must be at least 32 characters long');
    return raw;
  }
  if (database.kind !== 'sqlite') {
    throw new ConfigError(
      'AUDIT_KEY must be set when DATABASE_URL points at a database server (at least 32 characters; keep it apart from the database and its backups)',
    );
  }
  const file = join(dataDir, 'audit-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(48).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

export function parseAuditSettings(env: NodeJS.ProcessEnv, dataDir: string): AuditSettings {
  const checkpointSeconds = parseWholeNumber('AUDIT_CHECKPOINT_SECONDS', env.AUDIT_CHECKPOINT_SECONDS, 1, 86400, 60);
  let witnessUrl: string | undefined;
  if (env.AUDIT_WITNESS_URL) {
    let url: URL | undefined;
    try {
      url = new URL(env.AUDIT_WITNESS_URL);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new ConfigError('AUDIT_WITNESS_URL must be an http or https URL, such as https://witness.example.org/checkpoints');
    }
    witnessUrl = env.AUDIT_WITNESS_URL;
  }
  return {
    checkpointFile: resolve(env.AUDIT_CHECKPOINT_FILE || join(dataDir, 'audit-checkpoints.jsonl')),
    checkpointSeconds,
    ...(witnessUrl ? { witnessUrl } : {}),
  };
}

export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 20;

/** REQUEST_TIMEOUT_SECONDS: long enough for the heaviest summary, short enough that a client is not left hanging. */
function parseRequestTimeout(raw: string | undefined): number {
  return parseWholeNumber('REQUEST_TIMEOUT_SECONDS', raw, 1, 300, DEFAULT_REQUEST_TIMEOUT_SECONDS);
}

function parseDrain(raw: string | undefined): number {
  return parseWholeNumber('SHUTDOWN_DRAIN_SECONDS', raw, 0, 300, 0);
}

/** TIME_ZONE: an IANA zone name this runtime knows; Asia/Shanghai by default. */
export function parseTimeZone(raw: string | undefined): string {
  if (raw === undefined || raw === '') return DEFAULT_TIME_ZONE;
  if (!isTimeZone(raw)) {
    throw new ConfigError(`TIME_ZONE must be an IANA time zone such as Asia/Shanghai or UTC, got "${raw}"`);
  }
  return raw;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  const level = raw.toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** METRICS_TOKEN: optional; long enough not to be guessed, since it guards operational data. */
export function parseMetricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || /\s/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 16 characters long, without spaces');
  return raw;
}

/** WORKERS: by default one process per core this process may use. */
export function parseWorkers(raw: string | undefined): number {
  return parseWholeNumber('WORKERS', raw, 1, 256, availableParallelism());
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
  // Tools that open the database write days too (today's membership, a retirement): same zone, same check.
  parseTimeZone(env.TIME_ZONE);
  mkdirSync(dataDir, { recursive: true });
  const database = parseDatabase(env, dataDir);
  // The key is per database, so every tool that opens this database seals and verifies with it.
  return { dataDir, database: { ...database, auditKey: resolveAuditKey(env.AUDIT_KEY, dataDir, database) } };
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
    requestTimeoutSeconds: parseRequestTimeout(env.REQUEST_TIMEOUT_SECONDS),
    timeZone: parseTimeZone(env.TIME_ZONE),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    metricsToken: parseMetricsToken(env.METRICS_TOKEN),
    audit: parseAuditSettings(env, dataDir),
    workers: parseWorkers(env.WORKERS),
  };
}
