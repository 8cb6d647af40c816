/**
 * Reading the configuration, and the limits derived from it.
 *
 * @database-independent
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { ConfigError, loadConfig, loadDatabaseConfig } from '../server/config';
import { formatError } from '../server/graphql/format-error';
import { httpTimeouts } from '../server/http/timeouts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'config-test-'));

describe('configuration', () => {
  it('needs nothing for the embedded default, and keeps the generated secret in the data folder', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'sqlite', url: join(dir, 'inspection.sqlite'), auditKey: expect.any(String) });
    expect(readFileSync(join(dir, 'token-secret'), 'utf8').trim()).toBe(config.tokenSecret);
    expect(loadConfig({ DATA_DIR: dir }).tokenSecret).toBe(config.tokenSecret);
  });

  it('keeps the audit key outside the database: AUDIT_KEY, or generated once into the data folder for the embedded default', () => {
    const dir = dataDir();
    const { database } = loadDatabaseConfig({ DATA_DIR: dir });
    const file = join(dir, 'audit-key');
    expect(readFileSync(file, 'utf8').trim()).toBe(database.auditKey);
    expect(database.auditKey!.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(database.auditKey).not.toBe(loadConfig({ DATA_DIR: dir }).tokenSecret);
    // The tools that open the same database (audit:verify, admin, seed) read the same key.
    expect(loadDatabaseConfig({ DATA_DIR: dir }).database.auditKey).toBe(database.auditKey);
    expect(loadConfig({ DATA_DIR: dir }).database.auditKey).toBe(database.auditKey);
    // Given, it wins, and nothing is written.
    const given = dataDir();
    expect(loadDatabaseConfig({ DATA_DIR: given, AUDIT_KEY: 'a'.repeat(32) }).database.auditKey).toBe('a'.repeat(32));
    expect(existsSync(join(given, 'audit-key'))).toBe(false);
    // A database server is shared by processes and tools that must all seal with one key.
    expect(() => loadDatabaseConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mariadb://u@db/app' })).toThrow(ConfigError);
    expect(() => loadDatabaseConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mariadb://u@db/app' })).toThrow(
      /AUDIT_KEY must be set when DATABASE_URL points at a database server/,
    );
    expect(loadDatabaseConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mysql://u@db/app', AUDIT_KEY: 'k'.repeat(40) }).database.auditKey).toBe(
      'k'.repeat(40),
    );
  });

  it('writes audit checkpoints every minute into the data folder unless told otherwise, and to a witness when given one', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).audit).toEqual({ checkpointFile: join(dir, 'audit-checkpoints.jsonl'), checkpointSeconds: 60 });
    const set = loadConfig({
      DATA_DIR: dir,
      AUDIT_CHECKPOINT_FILE: '/var/log/inspection/checkpoints.jsonl',
      AUDIT_CHECKPOINT_SECONDS: '15',
      AUDIT_WITNESS_URL: 'https://witness.example.org/inspection',
    });
    expect(set.audit).toEqual({
      checkpointFile: '/var/log/inspection/checkpoints.jsonl',
      checkpointSeconds: 15,
      witnessUrl: 'https://witness.example.org/inspection',
    });
  });

  it('builds public links from PUBLIC_URL, never from a request, and refuses one that is not a plain http(s) URL', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://xunshi.example.org/app/' }).publicUrl).toBe(
      'https://xunshi.example.org/app',
    );
    for (const bad of [
      'xunshi.example.org',
      'ftp://xunshi.example.org',
      'https://xunshi.example.org/?a=1',
      'https://u:p@xunshi.example.org',
    ]) {
      expect(() => loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: bad })).toThrow(/PUBLIC_URL must be/);
    }
  });

  it('chooses the driver from the URL scheme', () => {
    const secret = 'x'.repeat(40);
    expect(
      loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mysql://u:p@db:3306/app', TOKEN_SECRET: secret, AUDIT_KEY: secret }).database.kind,
    ).toBe('mysql');
    expect(
      loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mariadb://u@db/app', TOKEN_SECRET: secret, AUDIT_KEY: secret }).database.kind,
    ).toBe('mariadb');
  });

  it('loads the demo by default only into the embedded SQLite file, and into a database server only when asked', () => {
    const secret = 'x'.repeat(40);
    const server = { DATABASE_URL: 'mariadb://u@db/app', TOKEN_SECRET: secret, AUDIT_KEY: secret };
    expect(loadConfig({ DATA_DIR: dataDir() }).seedDemo).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'sqlite:/tmp/elsewhere.sqlite' }).seedDemo).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), ...server }).seedDemo).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), ...server, DATABASE_URL: 'mysql://u:p@db:3306/app' }).seedDemo).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), ...server, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('reads where the data lives without a token secret, for the tools that only open the database', () => {
    const dir = dataDir();
    const auditKey = 'k'.repeat(40);
    expect(loadDatabaseConfig({ DATA_DIR: dir, DATABASE_URL: 'mariadb://u@db/app', AUDIT_KEY: auditKey })).toEqual({
      dataDir: dir,
      database: { kind: 'mariadb', url: 'mariadb://u@db/app', replicaUrls: [], poolSize: 10, auditKey },
    });
    expect(() => loadConfig({ DATA_DIR: dir, DATABASE_URL: 'mariadb://u@db/app', AUDIT_KEY: auditKey })).toThrow(
      /TOKEN_SECRET must be set/,
    );
  });

  it('counts days in TIME_ZONE (Asia/Shanghai unless set), logs at LOG_LEVEL (info) and guards /metrics only with METRICS_TOKEN', () => {
    const defaults = loadConfig({ DATA_DIR: dataDir() });
    expect(defaults.timeZone).toBe('Asia/Shanghai');
    expect(defaults.logLevel).toBe('info');
    expect(defaults.metricsToken).toBeUndefined();
    const set = loadConfig({ DATA_DIR: dataDir(), TIME_ZONE: 'Europe/Berlin', LOG_LEVEL: 'WARN', METRICS_TOKEN: 'm'.repeat(24) });
    expect(set).toMatchObject({ timeZone: 'Europe/Berlin', logLevel: 'warn', metricsToken: 'm'.repeat(24) });
    expect(loadConfig({ DATA_DIR: dataDir(), TIME_ZONE: 'UTC' }).timeZone).toBe('UTC');
    // The tools that open the database write days too, so they refuse a zone the server would refuse.
    expect(() => loadDatabaseConfig({ DATA_DIR: dataDir(), TIME_ZONE: 'Mars/Olympus' })).toThrow(/TIME_ZONE must be an IANA time zone/);
  });

  it('answers a request the database cannot serve within REQUEST_TIMEOUT_SECONDS (20 unless set), and waits as long for one to arrive', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).requestTimeoutSeconds).toBe(20);
    expect(loadConfig({ DATA_DIR: dataDir(), REQUEST_TIMEOUT_SECONDS: '2' }).requestTimeoutSeconds).toBe(2);
    expect(httpTimeouts(20)).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 20_000,
      keepAliveTimeoutMs: 5_000,
      checkEveryMs: 1_000,
    });
    // Headers never get longer than the whole request.
    expect(httpTimeouts(2)).toMatchObject({ headersTimeoutMs: 2_000, requestTimeoutMs: 2_000 });
  });

  it.each([
    [{ REQUEST_TIMEOUT_SECONDS: '0' }, /REQUEST_TIMEOUT_SECONDS must be a whole number from 1 to 300/],
    [{ REQUEST_TIMEOUT_SECONDS: '1.5' }, /REQUEST_TIMEOUT_SECONDS must be a whole number from 1 to 300/],
    [{ REQUEST_TIMEOUT_SECONDS: '301' }, /REQUEST_TIMEOUT_SECONDS/],
    [{ REQUEST_TIMEOUT_SECONDS: 'soon' }, /REQUEST_TIMEOUT_SECONDS/],
    [{ TIME_ZONE: 'Asia/Beijing' }, /TIME_ZONE must be an IANA time zone/],
    [{ TIME_ZONE: '+08:00' }, /TIME_ZONE must be an IANA time zone/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'postgres://x/y' }, /DATABASE_URL must start with sqlite:, mysql:\/\/ .* or mariadb:\/\//],
    [{ DATABASE_URL: 'mysql://u@db:3306' }, /must name a database/],
    [{ DATABASE_URL: 'mysql://u@db:3306/app', AUDIT_KEY: 'k'.repeat(32) }, /TOKEN_SECRET must be set/],
    [{ DATABASE_URL: 'mysql://u@db:3306/app', TOKEN_SECRET: 'x'.repeat(32) }, /AUDIT_KEY must be set/],
    [{ AUDIT_KEY: 'short' }, /AUDIT_KEY must be at least 32 characters/],
    [{ AUDIT_CHECKPOINT_SECONDS: '0' }, /AUDIT_CHECKPOINT_SECONDS must be a whole number from 1 to 86400/],
    [{ AUDIT_CHECKPOINT_SECONDS: 'hourly' }, /AUDIT_CHECKPOINT_SECONDS/],
    [{ AUDIT_WITNESS_URL: 'witness.example.org' }, /AUDIT_WITNESS_URL must be an http or https URL/],
    [{ AUDIT_WITNESS_URL: 'ftp://witness.example.org/' }, /AUDIT_WITNESS_URL must be an http or https URL/],
    [{ TOKEN_SECRET: 'short' }, /at least 32 characters/],
    [{ TOKEN_TTL_SECONDS: '5' }, /TOKEN_TTL_SECONDS/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
  ])('refuses %j with a message that names the setting', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });
});

describe('errors a client sees', () => {
  it('mask anything unexpected, quoting the request id and logging the detail', () => {
    const logged: Record<string, unknown>[] = [];
    const raw = new Error("ER_NO_SUCH_TABLE: Table 'test.body' doesn't exist at SELECT * FROM body");
    const out = formatError(
      { message: raw.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
      raw,
      () => 'req-1',
      (e) => logged.push(e),
    );
    expect(out).toEqual({
      message: 'Internal error. Quote request id req-1 when reporting it.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'internal.error', params: { requestId: 'req-1' }, requestId: 'req-1' },
    });
    expect(logged[0]).toMatchObject({ requestId: 'req-1', error: expect.stringContaining('ER_NO_SUCH_TABLE') });
  });

  it('pass our own errors through without a stack trace', () => {
    const own = new GraphQLError('Body 5 not found', { extensions: { code: 'NOT_FOUND' } });
    const out = formatError(
      { message: own.message, extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] } },
      own,
      () => 'r',
      () => undefined,
    );
    expect(out).toEqual({ message: 'Body 5 not found', extensions: { code: 'NOT_FOUND' } });
  });
});
