/**
 * WORKERS=2: the server as several processes behind one port, started as `npm start` starts it (no
 * NODE_ENV), on SQLite or a scratch database beside the one DATABASE_URL names. Both workers answer;
 * the limits (sign-ins per address, the lock of a login, public reports) hold exactly across them;
 * a killed worker is replaced, a crash loop stops the server; SIGTERM to the primary under a load of
 * writes loses no acknowledged write and fails no request the server accepted.
 *
 * @runs-alone
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, DEFAULT_POOL_SIZE, loadConfig, type DatabaseConfig } from '../server/config';
import { FAILURES_PER_ADDRESS, LOGIN_LOCKOUT } from '../server/modules/account/sign-in';
import { PUBLIC_REPORTS_PER_WINDOW } from '../server/modules/intake/intake.service';
import { CRASH_WINDOW_MS, MAX_CRASHES } from '../server/cluster';
import { freshDatabase } from './support/harness';
import { freePort } from './support/free-port';

const PASSWORD = 'demo-password-2026';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const urlOf = (database: DatabaseConfig) => (database.kind === 'sqlite' ? `sqlite:${database.url}` : database.url);

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
  database: DatabaseConfig;
  drop(): Promise<void>;
}

const started: Running[] = [];
afterAll(async () => {
  for (const server of started) {
    server.child.kill('SIGKILL');
    await server.drop();
  }
});

/** The server with WORKERS=2 on a fresh database, once the primary says that all workers listen. */
async function startServer(extraEnv: NodeJS.ProcessEnv = {}): Promise<Running> {
  const scratch = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'workers-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: urlOf(scratch.database),
    TOKEN_SECRET: 'workers-test-secret-long-enough-0123456789',
    AUDIT_KEY: scratch.database.auditKey,
    SEED_DEMO: 'true',
    WORKERS: '2',
    ...extraEnv,
  };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      done = true;
      resolve(code);
    }),
  );
  const server: Running = {
    child,
    port,
    output: () => output,
    exited,
    database: scratch.database,
    drop: async () => {
      await scratch.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  started.push(server);
  for (let i = 0; i < 900 && !output.includes('"msg":"listening"') && !done; i++) await sleep(100);
  expect(output).toContain('"msg":"listening"');
  return server;
}

/** The JSON lines of the log that say `msg`. */
const logged = (output: string, msg: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes(`"msg":"${msg}"`))
    .map((line) => JSON.parse(line) as Record<string, any>);

interface Answer {
  status: number;
  body: any;
  requestId: string;
}

/** A GraphQL request on a fresh connection from a chosen loopback address (the server tells clients apart by it). */
function post(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  options: { from?: string; token?: string; timeoutMs?: number } = {},
) {
  const payload = JSON.stringify({ query, variables });
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        localAddress: options.from ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString()),
            requestId: String(res.headers['x-request-id']),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.timeoutMs) req.setTimeout(options.timeoutMs, () => req.destroy(Object.assign(new Error('no answer'), { code: 'TIMEOUT' })));
    req.end(payload);
  });
}

/** GET /metrics on a fresh connection, so that node:cluster hands each scrape to a worker anew. */
function scrape(port: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/metrics', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The process that answered, from the request's line in the log. */
async function pidOf(server: Running, requestId: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const line = logged(server.output(), 'request completed').find((entry) => entry.requestId === requestId);
    if (line) return line.pid as number;
    await sleep(20);
  }
  throw new Error(`no log line for request ${requestId}`);
}

const LOGIN = 'mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }';
const codeOf = (answer: Answer) => (answer.body.errors ? answer.body.errors[0].extensions?.code : 'OK');

/** Runs `count` calls, at most `concurrency` at a time. */
async function inWaves<T>(count: number, concurrency: number, call: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i += concurrency) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, count - i) }, (_, j) => call(i + j)))));
  }
  return results;
}

describe('WORKERS', () => {
  it('is one process per core by default, and a clear configuration error when not a whole number from 1', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'workers-config-'));
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    try {
      expect(loadConfig(env).workers).toBe(availableParallelism());
      expect(loadConfig({ ...env, WORKERS: '3' }).workers).toBe(3);
      for (const bad of ['0', '-1', '1.5', 'many']) {
        expect(() => loadConfig({ ...env, WORKERS: bad })).toThrow(ConfigError);
        expect(() => loadConfig({ ...env, WORKERS: bad })).toThrow(`WORKERS must be a whole number from 1 to 256, got "${bad}"`);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('two workers behind one port', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer();
  }, 120_000);

  it('announces once, prints the demo logins once, and both workers answer', async () => {
    const output = server.output();
    expect(logged(output, 'listening')).toEqual([expect.objectContaining({ workers: 2, pid: server.child.pid })]);
    expect(output.match(/Demo logins/g)).toHaveLength(1);
    const workers = logged(output, 'worker listening').map((line) => line.pid as number);
    expect(new Set(workers).size).toBe(2);
    const pids = new Set<number>();
    for (let i = 0; i < 10; i++) pids.add(await pidOf(server, (await post(server.port, '{ __typename }')).requestId));
    console.log(`answered by processes ${[...pids].join(', ')} (primary ${server.child.pid})`);
    expect([...pids].sort()).toEqual([...workers].sort());
  }, 60_000);

  it('answers every scrape of /metrics with the figures of both workers added up, whichever worker takes it', async () => {
    const probes = 20;
    const pids = new Set<number>();
    for (let i = 0; i < probes; i++) {
      const answer = await post(server.port, 'query WorkersMetricsProbe { __typename }');
      expect(answer.status).toBe(200);
      pids.add(await pidOf(server, answer.requestId));
    }
    expect(pids.size).toBe(2);
    const sample = (text: string, series: string) =>
      text
        .split('\n')
        .find((line) => line.startsWith(`${series} `))
        ?.split(' ')[1];
    const samples: Array<[number, string | undefined, string | undefined]> = [];
    for (let i = 0; i < 6; i++) {
      const { status, text } = await scrape(server.port);
      samples.push([
        status,
        sample(text, 'graphql_operations_total{operation="WorkersMetricsProbe",type="query",outcome="ok"}'),
        // SQLite: one connection per process; MariaDB: each process's pool limit, added up.
        sample(text, 'db_pool_connections{server="primary",state="limit"}'),
      ]);
      expect(text.match(/^audit_last_entry_id \d+$/gm)).toHaveLength(1);
    }
    const limit = server.database.kind === 'sqlite' ? 1 : DEFAULT_POOL_SIZE;
    expect(samples).toEqual(Array.from({ length: 6 }, () => [200, String(probes), String(2 * limit)]));
  }, 60_000);

  it('holds the failed sign-ins of one address to the limit exactly, across both workers', async () => {
    const from = '127.0.0.22';
    const attempts = FAILURES_PER_ADDRESS + 10;
    // Four at a time: both workers take attempts at once, each within its hashing line's share per address.
    const answers = await inWaves(attempts, 4, (i) => post(server.port, LOGIN, { l: `nobody-${i}`, p: 'wrong password' }, { from }));
    const failed = answers.filter((a) => codeOf(a) === 'UNAUTHENTICATED');
    const refused = answers.filter((a) => codeOf(a) === 'TOO_MANY_REQUESTS');
    const pids = new Set(await Promise.all(failed.map((a) => pidOf(server, a.requestId))));
    console.log(`address limit: ${failed.length} checked, ${refused.length} refused, checked by ${pids.size} processes`);
    expect(pids.size).toBe(2);
    expect(failed).toHaveLength(FAILURES_PER_ADDRESS);
    expect(refused).toHaveLength(attempts - FAILURES_PER_ADDRESS);
    expect(refused[0].body.errors[0].message).toMatch(/^Too many failed sign-ins from your network address/);
  }, 120_000);

  it.each([
    ['an account', 'analyst', PASSWORD],
    ['a login that does not exist', 'ghost', 'anything'],
  ])(
    `locks %s after ${LOGIN_LOCKOUT.failures} failures, whichever worker takes them`,
    async (_, login, password) => {
      const from = login === 'ghost' ? '127.0.0.24' : '127.0.0.23';
      const failures: Answer[] = [];
      for (let i = 0; i < LOGIN_LOCKOUT.failures; i++)
        failures.push(await post(server.port, LOGIN, { l: login, p: `wrong ${i}` }, { from }));
      expect(failures.map(codeOf)).toEqual(failures.map(() => 'UNAUTHENTICATED'));
      const pids = new Set(await Promise.all(failures.map((a) => pidOf(server, a.requestId))));
      expect(pids.size).toBe(2);
      // The next attempt, with the right password, from another address, on either worker: locked.
      for (const other of ['127.0.0.25', '127.0.0.26']) {
        const locked = await post(server.port, LOGIN, { l: login, p: password }, { from: other });
        expect(codeOf(locked)).toBe('TOO_MANY_REQUESTS');
        expect(locked.body.errors[0].message).toMatch(/^Too many failed sign-ins: try again in 15 minutes/);
      }
    },
    60_000,
  );

  it('lets a burst at one login through to the lock and no further, across both workers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post(server.port, LOGIN, { l: 'qc.analyst', p: `wrong ${i}` }, { from: `127.0.0.${30 + i}` })),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(LOGIN_LOCKOUT.failures);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(8 - LOGIN_LOCKOUT.failures);
  }, 60_000);

  it('holds public reports from one place to the limit exactly, across both workers', async () => {
    const db = await new DataSource(
      server.database.kind === 'sqlite'
        ? { type: 'better-sqlite3', database: server.database.url }
        : { type: server.database.kind as 'mariadb', url: server.database.url },
    ).initialize();
    try {
      const [{ intakeToken, id }] = await db.query("SELECT id, intakeToken FROM assignment WHERE stage = 'INQUIRY' ORDER BY id LIMIT 1");
      const [{ n: before }] = await db.query('SELECT COUNT(*) AS n FROM intake_item WHERE assignmentId = ?', [id]);
      const burst = 12;
      const answers = await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          post(
            server.port,
            'mutation($input: PublicReportInput!) { submitPublicReport(input: $input) { receivedOn } }',
            { input: { intakeKey: intakeToken, content: `a report sent in a burst, number ${i}` } },
            { from: '127.0.0.40' },
          ),
        ),
      );
      const accepted = answers.filter((a) => codeOf(a) === 'OK');
      const pids = new Set(await Promise.all(answers.map((a) => pidOf(server, a.requestId))));
      const [{ n: after }] = await db.query('SELECT COUNT(*) AS n FROM intake_item WHERE assignmentId = ?', [id]);
      console.log(`public reports: ${accepted.length} of ${burst} accepted, answered by ${pids.size} processes`);
      expect(pids.size).toBe(2);
      expect(accepted).toHaveLength(PUBLIC_REPORTS_PER_WINDOW);
      expect(answers.filter((a) => codeOf(a) === 'TOO_MANY_REQUESTS')).toHaveLength(burst - PUBLIC_REPORTS_PER_WINDOW);
      expect(Number(after) - Number(before)).toBe(PUBLIC_REPORTS_PER_WINDOW);
    } finally {
      await db.destroy();
    }
  }, 60_000);

  it('replaces a worker killed with SIGKILL, and the port keeps answering', async () => {
    const before = logged(server.output(), 'worker listening').map((line) => line.pid as number);
    const victim = before[0];
    process.kill(victim, 'SIGKILL');
    const killedAt = Date.now();
    const replaced = () => logged(server.output(), 'worker listening').length > before.length;
    // One request every 20 ms, each on its own: one lost as the worker died must not hold back the rest.
    const sent: Array<Promise<{ at: number; status: number | string }>> = [];
    while ((!replaced() || Date.now() - killedAt < 4000) && Date.now() - killedAt < 30_000) {
      const at = Date.now();
      // node:cluster loses a connection it was handing to the worker as it died: the client's own timeout ends the wait.
      sent.push(
        post(server.port, '{ __typename }', {}, { timeoutMs: 2000 }).then(
          (a) => ({ at, status: a.status }),
          (e: NodeJS.ErrnoException) => ({ at, status: e.code ?? 'error' }),
        ),
      );
      await sleep(20);
    }
    const answers = await Promise.all(sent);
    const replacement = logged(server.output(), 'worker listening')
      .map((line) => line.pid as number)
      .filter((pid) => !before.includes(pid));
    expect(replacement).toHaveLength(1);
    expect(logged(server.output(), 'worker stopped unexpectedly')).toEqual([
      expect.objectContaining({ workerPid: victim, signal: 'SIGKILL' }),
    ]);
    // Only a connection handed to the worker in the instant it died may have failed.
    const failed = answers.filter((a) => a.status !== 200);
    const replacedAt = Date.parse(logged(server.output(), 'worker listening').find((line) => line.pid === replacement[0])!.time as string);
    console.log(
      `worker killed: ${answers.length} requests sent meanwhile, ${failed.length} failed (sent in the first ${
        failed.length ? Math.max(...failed.map((a) => a.at - killedAt)) : 0
      } ms), replacement listening after ${replacedAt - killedAt} ms`,
    );
    expect(answers.filter((a) => a.at > killedAt + 200 && a.at < replacedAt).length).toBeGreaterThan(3);
    expect(failed.filter((a) => a.at > killedAt + 200)).toEqual([]);
    const pids = new Set<number>();
    for (let i = 0; i < 10; i++) pids.add(await pidOf(server, (await post(server.port, '{ __typename }')).requestId));
    expect(pids.has(replacement[0])).toBe(true);
    expect(pids.has(victim)).toBe(false);
    // The primary gathers the metrics of the workers alive now, the replacement among them.
    for (let i = 0; i < 4; i++) expect((await scrape(server.port)).status).toBe(200);
  }, 60_000);

  it('stops on SIGTERM to the primary under a load of writes, losing no acknowledged write, and exits 0', async () => {
    const token = (await post(server.port, LOGIN, { l: 'admin', p: PASSWORD }, { from: '127.0.0.50' })).body.data.login.token as string;
    const run = Date.now().toString(36);
    const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
    let signalled = false;
    const outcomes: Array<{ marker: string; status?: number; errors?: unknown; error?: string; reused: boolean; afterSignal: boolean }> =
      [];
    // Six writers, each on a kept-alive connection, one write after another until the server is gone.
    const writers = Array.from({ length: 6 }, async (_, w) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let n = 0; ; n++) {
        const marker = `wk${run} w${w} n${n}`;
        const payload = JSON.stringify({
          query: CREATE,
          variables: { input: { name: marker, position: 'worker-write', rank: 'STAFF', employerId: 1, managedById: 1 } },
        });
        const afterSignal = signalled;
        const outcome = await new Promise<(typeof outcomes)[number]>((resolve) => {
          const req = request(
            {
              host: '127.0.0.1',
              port: server.port,
              path: '/graphql',
              method: 'POST',
              agent,
              headers: {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(payload),
                authorization: `Bearer ${token}`,
              },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () => {
                const body = JSON.parse(Buffer.concat(chunks).toString());
                resolve({ marker, status: res.statusCode, errors: body.errors, reused: req.reusedSocket, afterSignal });
              });
            },
          );
          req.on('error', (error: NodeJS.ErrnoException) => resolve({ marker, error: error.code, reused: req.reusedSocket, afterSignal }));
          req.end(payload);
        });
        outcomes.push(outcome);
        if (outcome.error) break;
      }
      agent.destroy();
    });
    await sleep(2000);
    server.child.kill('SIGTERM');
    signalled = true;
    await Promise.all(writers);
    expect(await server.exited).toBe(0);

    const db = await new DataSource(
      server.database.kind === 'sqlite'
        ? { type: 'better-sqlite3', database: server.database.url }
        : { type: server.database.kind as 'mariadb', url: server.database.url },
    ).initialize();
    const stored = new Set<string>(
      (await db.query(`SELECT name FROM person WHERE name LIKE 'wk${run} %'`)).map((row: { name: string }) => row.name),
    );
    await db.destroy();
    const acknowledged = outcomes.filter((o) => o.status === 200 && !o.errors);
    const answeredBadly = outcomes.filter((o) => o.status !== undefined && (o.status !== 200 || o.errors));
    // A network error only where the server accepted nothing: a fresh connection after its listener closed.
    const failedAccepted = outcomes.filter((o) => o.error && (o.reused || !o.afterSignal));
    const output = server.output();
    console.log(
      `SIGTERM under writes: ${acknowledged.length} acknowledged (${acknowledged.filter((o) => o.afterSignal).length} after the signal), ` +
        `${acknowledged.filter((o) => stored.has(o.marker)).length} stored; ${answeredBadly.length} answered with an error; ` +
        `${outcomes.filter((o) => o.error).length} not accepted`,
    );
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(acknowledged.filter((o) => !stored.has(o.marker))).toEqual([]);
    expect(answeredBadly).toEqual([]);
    expect(failedAccepted).toEqual([]);
    expect(logged(output, 'stopped')).toHaveLength(2);
    expect(logged(output, 'stopped').every((line) => line.unfinished === 0 && line.cutOff === 0)).toBe(true);
    expect(logged(output, 'all workers stopped')).toEqual([expect.objectContaining({ exitCode: 0, pid: server.child.pid })]);
  }, 120_000);
});

it(`stops with a clear message when workers keep dying (more than ${MAX_CRASHES} within a minute)`, async () => {
  const server = await startServer();
  const killed = new Set<number>();
  const startedAt = Date.now();
  while (killed.size <= MAX_CRASHES && Date.now() - startedAt < CRASH_WINDOW_MS - 10_000) {
    const alive = logged(server.output(), 'worker listening')
      .map((line) => line.pid as number)
      .filter((pid) => !killed.has(pid));
    if (alive.length === 0) {
      await sleep(50);
      continue;
    }
    killed.add(alive[0]);
    process.kill(alive[0], 'SIGKILL');
  }
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain(`workers keep stopping: ${MAX_CRASHES + 1} stopped unexpectedly within 60 seconds`);
  expect(server.output().match(/workers keep stopping/g)).toHaveLength(1);
}, 120_000);
