/**
 * SIGTERM to the server process started as `npm start` starts it (no NODE_ENV), with
 * SHUTDOWN_DRAIN_SECONDS=2, while 50 clients keep it busy: signed-in lists, writes with markers,
 * CSV exports read at a modest pace, and sign-ins. On SQLite, or on a scratch database beside the
 * one DATABASE_URL names.
 *
 * What the clients may see: during the drain `/ready` is 503 and every request is answered; after
 * it, a new connection is refused. A request the server accepted is never failed: an error is
 * allowed only on a fresh connection after the drain (refused, or reset by the kernel from the
 * listen queue as the listener closes, before the server read anything), never on a kept-alive
 * connection the server let the client reuse. Afterwards the database holds exactly the writes
 * that were acknowledged, and every export that started arrived whole.
 *
 * @runs-alone
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../server/config';
import { createScratchDatabase, type ScratchDatabase } from '../server/db/scratch';
import { freePort } from './support/free-port';

const DRAIN_MS = 2000;
const CLIENTS = { readers: 33, creators: 6, updaters: 4, exporters: 5, signIns: 2 };
/** People copied for the exports to read: large enough that an export is still being sent at the signal. */
const EXPORT_ROWS = 20_000;
/** The exporting clients read at this pace, as a client on a real network would. */
const EXPORT_READ_BYTES_PER_SECOND = 1_000_000;
const PASSWORD = 'demo-password-2026';
const TOKEN_SECRET = 'shutdown-under-load-secret-0123456789abcdef';
/** The server logs times to the millisecond, and its log line is written just after the event. */
const CLOCK_MS = 5;

const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Kind = 'read' | 'create' | 'update' | 'export' | 'signIn' | 'ready';

interface Outcome {
  kind: Kind;
  started: number;
  ended: number;
  /** Whether the request went out on a kept-alive connection an earlier request had used. */
  reused: boolean;
  status?: number;
  headers?: IncomingHttpHeaders;
  body?: string;
  /** The network error, when there was no complete response. */
  error?: string;
  /** For exports: data rows received, and whether the body ended as a whole file ends. */
  rows?: number;
  whole?: boolean;
  marker?: string;
}

interface Call {
  kind: Kind;
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
  marker?: string;
}

/** One HTTP request; never rejects: a failure is an outcome with `error`. */
function send(port: number, agent: Agent | false, call: Call): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
    const req = request({
      host: '127.0.0.1',
      port,
      path: call.path,
      method: call.method,
      agent,
      headers: {
        ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
      },
    });
    const done = (fields: Partial<Outcome>) =>
      resolve({ kind: call.kind, marker: call.marker, started, ended: Date.now(), reused: req.reusedSocket, ...fields });
    req.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let rows = -1; // the header line is not a row
      let tail = '';
      let received = 0;
      const readingSince = Date.now();
      res.on('data', (chunk: Buffer) => {
        if (call.kind !== 'export' || res.statusCode !== 200) return void chunks.push(chunk);
        const text = chunk.toString('latin1');
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) rows++;
        tail = (tail + text).slice(-2);
        received += chunk.length;
        // Slower than the server writes: the export stays in flight for a while, as on a real network.
        const ahead = received / EXPORT_READ_BYTES_PER_SECOND - (Date.now() - readingSince) / 1000;
        if (ahead > 0) {
          res.pause();
          setTimeout(() => res.resume(), ahead * 1000);
        }
      });
      res.on('aborted', () => done({ status: res.statusCode, error: 'response aborted' }));
      res.on('error', (error: NodeJS.ErrnoException) => done({ status: res.statusCode, error: error.code ?? error.message }));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        if (call.kind === 'export' && res.statusCode === 200) done({ status: 200, headers: res.headers, rows, whole: tail === '\r\n' });
        else done({ status: res.statusCode, headers: res.headers, body });
      });
    });
    req.end(payload);
  });
}

const graphql = (kind: Kind, token: string | undefined, query: string, variables?: object, marker?: string): Call => ({
  kind,
  method: 'POST',
  path: '/graphql',
  token,
  body: { query, variables },
  marker,
});

/** A plain SQL connection to the server's database, for what the test checks behind the API's back. */
async function openDatabase(url: string): Promise<DataSource> {
  const config = parseDatabaseUrl(url, '.');
  const source =
    config.kind === 'sqlite'
      ? new DataSource({ type: 'better-sqlite3', database: config.url })
      : new DataSource({ type: config.kind as 'mariadb', url: config.url });
  return source.initialize();
}

let child: ChildProcess | undefined;
let dataDir: string | undefined;
let scratch: ScratchDatabase | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  await scratch?.drop();
});

it('fails no request it accepted, loses no acknowledged write and finishes every export, on SIGTERM under mixed load', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shutdown-load-'));
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && !serverUrl.startsWith('sqlite')) scratch = await createScratchDatabase(serverUrl);
  const databaseUrl = scratch ? scratch.database.url : `sqlite:${join(dataDir, 'inspection.sqlite')}`;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TOKEN_SECRET,
    AUDIT_KEY: 'shutdown-under-load-audit-key-0123456789abcdef',
    SEED_DEMO: 'true',
    SHUTDOWN_DRAIN_SECONDS: String(DRAIN_MS / 1000),
  };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitedAt = 0;
  const exited = new Promise<number | null>((resolve) =>
    child!.on('exit', (code) => {
      exitedAt = Date.now();
      resolve(code);
    }),
  );
  for (let i = 0; i < 600 && !output.includes('"listening"') && !exitedAt; i++) await sleep(100);
  expect(output).toContain('"listening"');

  // Enough people for exports that take a while: copies of the demo's, marked for the export's filter.
  const db = await openDatabase(databaseUrl);
  await db.query(
    `INSERT INTO person (version, createdAt, updatedAt, name, position, \`rank\`, employerId, managedById, idNumber, retiredOn, scopePath)
     SELECT 1, a.createdAt, a.updatedAt, a.name, 'export-bulk', a.\`rank\`, a.employerId, a.managedById, NULL, NULL, a.scopePath
     FROM person a CROSS JOIN person b CROSS JOIN person c LIMIT ${EXPORT_ROWS}`,
  );
  await db.destroy();

  const setup = new Agent({ keepAlive: true });
  const call = async (c: Call) => {
    const outcome = await send(port, setup, c);
    expect(outcome.status).toBe(200);
    const parsed = JSON.parse(outcome.body!);
    expect(parsed.errors).toBeUndefined();
    return parsed.data;
  };
  const signIn = async (login: string) =>
    (
      await call(
        graphql('signIn', undefined, 'mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }', {
          l: login,
          p: PASSWORD,
        }),
      )
    ).login.token as string;
  const admin = await signIn('admin');
  const analyst = await signIn('analyst');
  const run = Date.now().toString(36);
  const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }';
  const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }';
  const targets: Array<{ id: number; version: number }> = [];
  for (let i = 0; i < CLIENTS.updaters; i++) {
    const created = await call(
      graphql('create', admin, CREATE, {
        input: { name: `sd${run} target ${i}`, position: 'u0', rank: 'STAFF', employerId: 1, managedById: 1 },
      }),
    );
    targets.push({ id: created.createPerson.id, version: created.createPerson.version });
  }
  setup.destroy();

  const outcomes: Outcome[] = [];
  let signalAt = Number.POSITIVE_INFINITY;
  const readQueries: Array<[string, string]> = [
    [admin, '{ people(page: { take: 20 }) { totalCount items { id name position } } }'],
    [analyst, '{ bodies(page: { take: 20 }) { totalCount items { id code name parent { name } } } }'],
    [analyst, '{ findings(page: { take: 10 }) { totalCount items { id } } }'],
  ];
  const lastUpdate = new Map<number, string>();
  const exportCall: Call = {
    kind: 'export',
    method: 'GET',
    path: `/exports/people.csv?filter=${encodeURIComponent('{"q":"export-bulk"}')}`,
    token: admin,
  };

  /** One client: a kept-alive connection, one request after another, until its first network error. */
  const client = async (next: (n: number) => Call, onOutcome?: (outcome: Outcome) => void) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let n = 0; Date.now() < signalAt + 30_000; n++) {
      const outcome = await send(port, agent, next(n));
      outcomes.push(outcome);
      onOutcome?.(outcome);
      if (outcome.error) break;
    }
    agent.destroy();
  };
  const clients: Array<Promise<void>> = [];
  for (let i = 0; i < CLIENTS.readers; i++) clients.push(client((n) => graphql('read', ...readQueries[(i + n) % readQueries.length])));
  for (let i = 0; i < CLIENTS.creators; i++) {
    clients.push(
      client((n) => {
        const marker = `sd${run} c${i} n${n}`;
        return graphql(
          'create',
          admin,
          CREATE,
          { input: { name: marker, position: 'load-write', rank: 'STAFF', employerId: 1, managedById: 1 } },
          marker,
        );
      }),
    );
  }
  targets.forEach((target) => {
    clients.push(
      client(
        (n) => graphql('update', admin, UPDATE, { input: { id: target.id, version: target.version, position: `u${n + 1}` } }, `u${n + 1}`),
        (outcome) => {
          if (outcome.status !== 200) return;
          const answer = JSON.parse(outcome.body!).data?.updatePerson;
          if (!answer) return;
          target.version = answer.version;
          lastUpdate.set(target.id, outcome.marker!);
        },
      ),
    );
  });
  for (let i = 0; i < CLIENTS.exporters; i++) clients.push(client(() => exportCall));
  for (let i = 0; i < CLIENTS.signIns; i++) {
    clients.push(
      client(() =>
        graphql('signIn', undefined, 'mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }', {
          l: i ? 'office' : 'analyst',
          p: PASSWORD,
        }),
      ),
    );
  }
  // A load balancer's probe: every 100 ms on a fresh connection, without waiting for the one before
  // (a saturated server answers slowly, and a probe that waited would miss the whole drain).
  const probes: Outcome[] = [];
  const prober = (async () => {
    const sent: Promise<void>[] = [];
    let refused = false;
    while (!refused) {
      sent.push(
        send(port, false, { kind: 'ready', method: 'GET', path: '/ready' }).then((outcome) => {
          probes.push(outcome);
          if (outcome.error) refused = true;
        }),
      );
      await sleep(100);
    }
    await Promise.all(sent);
  })();

  await sleep(2500);
  signalAt = Date.now();
  child.kill('SIGTERM');
  await Promise.all([...clients, prober]);
  const code = await exited;

  // ------------------------------------------------------------------ what the clients saw
  // The server's own clock marks the drain: when it took the signal, and when it closed the listener.
  const logged = (msg: string) => JSON.parse(output.split('\n').find((line) => line.includes(`"msg":"${msg}"`)) ?? '{}');
  const drainStarted = Date.parse(logged('shutting down').time);
  const listenerClosed = Date.parse(logged('not accepting connections').time);
  const stopped = logged('stopped');
  const answered = (o: Outcome) => {
    if (o.error || o.status === undefined) return false;
    if (o.kind === 'export') return o.status === 200 && o.whole === true && o.rows === EXPORT_ROWS;
    if (o.kind === 'signIn' && o.status === 429) return true;
    return o.status === 200 && !JSON.parse(o.body!).errors;
  };
  /**
   * Never accepted: a new connection refused once the listener was closed, or one the kernel had
   * queued but the server not yet taken when it closed the listener (reset then). A kept-alive
   * connection never counts here: closing one a client may still use is the race to avoid.
   */
  const neverAccepted = (o: Outcome) =>
    !o.reused &&
    o.status === undefined &&
    ((o.error === 'ECONNREFUSED' && o.started >= listenerClosed - CLOCK_MS) ||
      (['ECONNRESET', 'EPIPE'].includes(o.error!) && o.ended >= listenerClosed - CLOCK_MS));
  const failed = outcomes.filter((o) => !answered(o) && !neverAccepted(o));
  const exports = outcomes.filter((o) => o.kind === 'export' && !neverAccepted(o));
  const inFlightAt = (list: Outcome[], at: number) => list.filter((o) => o.started < at && o.ended > at);
  const exportsAtSignal = inFlightAt(exports, drainStarted);
  const exportsAtClose = inFlightAt(exports, listenerClosed);
  const afterDrainStarted = outcomes.filter((o) => o.started > drainStarted + CLOCK_MS);
  const servedDuringDrain = afterDrainStarted.filter((o) => answered(o) && o.started < listenerClosed);
  const probesDuringDrain = probes.filter((o) => o.started > drainStarted + CLOCK_MS && o.status !== undefined);
  const refusals = outcomes.concat(probes).filter((o) => o.error === 'ECONNREFUSED');
  const queueResets = outcomes.filter((o) => neverAccepted(o) && o.error !== 'ECONNREFUSED');

  // ------------------------------------------------------------------ what the database holds
  const check = await openDatabase(databaseUrl);
  const found = new Set<string>(
    (await check.query(`SELECT name FROM person WHERE name LIKE 'sd${run} c%'`)).map((row: { name: string }) => row.name),
  );
  const positions = new Map<number, string>(
    (await check.query(`SELECT id, position FROM person WHERE id IN (${targets.map((t) => t.id).join(',')})`)).map(
      (row: { id: number; position: string }) => [Number(row.id), row.position],
    ),
  );
  await check.destroy();
  const creates = outcomes.filter((o) => o.kind === 'create');
  const acknowledged = creates.filter(answered).map((o) => o.marker!);
  const unacknowledged = creates.filter((o) => !answered(o)).map((o) => o.marker!);
  const updates = outcomes.filter((o) => o.kind === 'update');

  const figures = {
    database: scratch ? scratch.database.kind : 'sqlite',
    requests: outcomes.length,
    latencyBeforeSignalP50: median(outcomes.filter((o) => o.ended < drainStarted).map((o) => o.ended - o.started)),
    inFlightAtSignal: inFlightAt(outcomes, drainStarted).length,
    inFlightAtListenerClose: inFlightAt(outcomes, listenerClosed).length,
    signalTakenAfterMs: drainStarted - signalAt,
    drainMs: listenerClosed - drainStarted,
    servedDuringDrain: servedDuringDrain.length,
    failed: failed.length,
    refused: refusals.length,
    resetInListenQueue: queueResets.length,
    exitCode: code,
    exitMs: exitedAt - signalAt,
    exportsWhole: `${exports.filter(answered).length}/${exports.length}`,
    exportsInFlight: { atSignal: exportsAtSignal.length, atListenerClose: exportsAtClose.length },
    createsAcknowledgedFound: `${acknowledged.filter((m) => found.has(m)).length}/${acknowledged.length}`,
    createsFailedFound: `${unacknowledged.filter((m) => found.has(m)).length}/${unacknowledged.length}`,
    updatesAcknowledged: updates.filter(answered).length,
    updatesFailed: updates.filter((o) => !answered(o)).length,
    server: {
      inFlightAtSignal: stopped.inFlightAtSignal,
      answered: stopped.answeredDuringShutdown,
      unfinished: stopped.unfinished,
      cutOff: stopped.cutOff,
    },
  };
  console.log(`shutdown under load: ${JSON.stringify(figures)}`);

  const describe = (o: Outcome) => ({
    kind: o.kind,
    status: o.status,
    error: o.error,
    reused: o.reused,
    started: o.started - listenerClosed,
    ended: o.ended - listenerClosed,
    body: o.body?.slice(0, 200),
  });
  expect(failed.map(describe)).toEqual([]);
  expect(code).toBe(0);
  // What the server accepted it finished: no response was left unfinished, no connection cut off.
  expect(stopped).toMatchObject({ unfinished: 0, cutOff: 0 });
  // The drain: not ready, still serving, every answer closing its connection; refusing only after it.
  expect(listenerClosed - drainStarted).toBeGreaterThanOrEqual(DRAIN_MS);
  // (a saturated server's timers run late: on a busy 2-core machine by more than a second)
  expect(listenerClosed - drainStarted).toBeLessThan(DRAIN_MS + 2500);
  expect(probesDuringDrain.length).toBeGreaterThan(0);
  expect(probesDuringDrain.map((o) => o.status)).toEqual(probesDuringDrain.map(() => 503));
  expect(probes.filter((o) => o.ended < drainStarted).every((o) => o.status === 200)).toBe(true);
  expect(servedDuringDrain.length).toBeGreaterThan(0);
  expect(afterDrainStarted.filter(answered).every((o) => o.headers?.connection === 'close')).toBe(true);
  expect(refusals.length).toBeGreaterThan(0);
  expect(Math.min(...refusals.map((o) => o.started))).toBeGreaterThanOrEqual(listenerClosed - CLOCK_MS);
  // Exports: some were being sent when the server took the signal, and every one arrived whole.
  expect(exportsAtSignal.length).toBeGreaterThan(0);
  expect(exports.filter((o) => !answered(o)).map(describe)).toEqual([]);
  // Writes: the database holds exactly what was acknowledged.
  // Enough writes to mean something, even from a machine as busy as a shared CI runner.
  expect(acknowledged.length).toBeGreaterThanOrEqual(5);
  expect(acknowledged.filter((m) => !found.has(m))).toEqual([]);
  expect([...found].filter((m) => !acknowledged.includes(m))).toEqual([]);
  for (const target of targets) expect(positions.get(target.id)).toBe(lastUpdate.get(target.id));
  // Once the listener is closed, the rest is the requests in flight and the idle connections' wait.
  expect(exitedAt - listenerClosed).toBeLessThan(8000);
}, 90_000);
