/**
 * The public ballot page and the newer writes (talks, staff changes, revoked grants) under what a
 * deployment meets, not only under NODE_ENV=test:
 * - the server started as `npm start` starts it: the ballot page's security headers, escaping, log
 *   lines and rate limit;
 * - SIGTERM during a burst of ballots, each on its own link: every ballot is either stored with its
 *   link marked used, or refused with nothing stored, and so it stays after a restart;
 * - a database that stops answering without closing its connections: 503 within the deadline, in
 *   English and Chinese, nothing internal shown, and service again once it answers;
 * - a retry after an ambiguous error, and a burst of the same request, with one Idempotency-Key:
 *   answered alike, changed once.
 *
 * On SQLite, or on scratch databases beside the one DATABASE_URL names.
 *
 * @runs-alone
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../server/config';
import { createDataSource } from '../server/db/data-source';
import { createScratchDatabase, type ScratchDatabase } from '../server/db/scratch';
import { BALLOT_REQUESTS_PER_WINDOW } from '../server/http/public-ballot';
import { ANSWER_MAX, MAX_QUESTIONS } from '../server/modules/evaluation/evaluation.inputs';
import { dayFromToday } from '../server/modules/common/calendar';
import { renderMessage } from '../shared/messages';
import { ballotFrom, inquiry } from './support/evaluation-fixture';
import { freePort } from './support/free-port';
import { startTestServer, TEST_AUDIT_KEY, type TestServer } from './support/harness';
import { startProxyFor, viaProxy, type TcpProxy } from './support/tcp-proxy';

const databaseUrl = process.env.DATABASE_URL;
const onServer = Boolean(databaseUrl && !databaseUrl.startsWith('sqlite'));
const PASSWORD = 'demo-password-2026';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nothing of how the server is built reaches a client. */
function expectNothingInternal(text: string): void {
  expect(text).not.toMatch(
    /\bat \S+ \(|\.ts:\d+|stacktrace|SELECT |INSERT |UPDATE `|COMMIT|ECONN|ETIMEDOUT|SQLITE_|PROTOCOL_|QueryFailedError/,
  );
}

// ---------------------------------------------------------------------------------------------
// The server as a process of its own, as `npm start` runs it (no NODE_ENV)

interface Process {
  port: number;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

let dataDir: string | undefined;
let scratch: ScratchDatabase | undefined;
const children = new Set<ChildProcess>();

/** The database the processes share: a file in the data folder, or a scratch database on the server. */
async function processDatabaseUrl(): Promise<string> {
  if (!dataDir) dataDir = mkdtempSync(join(tmpdir(), 'ballot-deployment-'));
  if (onServer && !scratch) scratch = await createScratchDatabase(databaseUrl!);
  return scratch ? scratch.database.url : `sqlite:${join(dataDir, 'inspection.sqlite')}`;
}

async function startProcess(extraEnv: NodeJS.ProcessEnv = {}): Promise<Process> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: await processDatabaseUrl(),
    TOKEN_SECRET: 'ballot-deployment-token-secret-0123456789abcdef',
    AUDIT_KEY: TEST_AUDIT_KEY,
    SEED_DEMO: 'true',
    ...extraEnv,
  };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let gone = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      gone = true;
      children.delete(child);
      resolve(code);
    }),
  );
  for (let i = 0; i < 1200 && !output.includes('"msg":"listening"') && !gone; i++) await sleep(100);
  expect(output).toContain('"msg":"listening"');
  return { port, child, output: () => output, exited };
}

/** A plain SQL connection to the processes' database, for what the test checks behind the API's back. */
async function openDatabase(): Promise<DataSource> {
  const config = parseDatabaseUrl(await processDatabaseUrl(), '.');
  const source =
    config.kind === 'sqlite'
      ? new DataSource({ type: 'better-sqlite3', database: config.url })
      : new DataSource({ type: config.kind as 'mariadb', url: config.url });
  return source.initialize();
}

async function graphqlAt(port: number, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const signInAt = async (port: number, login: string) =>
  (await graphqlAt(port, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login, password: PASSWORD } }))
    .login.token as string;

/**
 * An evaluation of the inspection the demo's team1 works on, opened, and `count` links issued in
 * batches: team1 sets it up, its leader (teamlead) issues the links.
 */
async function openedEvaluation(
  gql: (query: string, variables: Record<string, unknown>, login: string) => Promise<any>,
  assignmentId: number,
  { title, questions, count }: { title: string; questions: string[]; count: number },
): Promise<{ id: number; keys: string[] }> {
  const draft = (
    await gql(
      'mutation($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id version } }',
      { input: { assignmentId, title, kind: 'DEMOCRATIC_EVALUATION', personIds: [], questions } },
      'team1',
    )
  ).createEvaluation;
  await gql(
    'mutation($input: VersionedInput!) { openEvaluation(input: $input) { id } }',
    { input: { id: draft.id, version: draft.version } },
    'team1',
  );
  const keys: string[] = [];
  for (let left = count; left > 0; left -= 500) {
    const batch = (
      await gql(
        'mutation($input: IssueBallotLinksInput!) { issueBallotLinks(input: $input) { paths } }',
        { input: { evaluationId: draft.id, count: Math.min(left, 500) } },
        'teamlead',
      )
    ).issueBallotLinks;
    keys.push(...batch.paths.map((path: string) => path.slice('/ballot/'.length)));
  }
  return { id: draft.id, keys };
}

interface PageOutcome {
  key: string;
  status?: number;
  text?: string;
  headers?: Record<string, string | string[] | undefined>;
  /** The network error, when there was no complete answer. */
  error?: string;
  /** Whether the request went out on a kept-alive connection an earlier one had used. */
  reused?: boolean;
  started?: number;
  ended?: number;
}

/** A POST of a ballot form over `agent`, from `localAddress`; never rejects. */
function postBallot(
  port: number,
  key: string,
  form: Record<string, string>,
  localAddress: string,
  agent: Agent | false,
): Promise<PageOutcome> {
  const payload = new URLSearchParams(form).toString();
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: `/ballot/${key}`,
      method: 'POST',
      agent,
      localAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(payload) },
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ key, error: error.code ?? error.message, reused: req.reusedSocket }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ key, status: res.statusCode, error: error.code ?? error.message, reused: req.reusedSocket }),
      );
      res.on('end', () =>
        resolve({
          key,
          status: res.statusCode,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
          reused: req.reusedSocket,
        }),
      );
    });
    req.end(payload);
  });
}

/** `ballotFrom` of the fixture, against a server process. */
const pageAt = (port: number, path: string, form?: Record<string, string>, localAddress = '127.0.0.1') =>
  ballotFrom({ url: `http://127.0.0.1:${port}/graphql` } as TestServer, path, form, localAddress);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await scratch?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the ballot page of a server started as `npm start` starts it', () => {
  let server: Process;
  let evaluationId: number;
  let keys: string[];
  /** Of an evaluation with every question there may be. */
  let fullKeys: string[];
  const used: string[] = [];
  const TITLE = '测评<script>alert("t")</script>&';
  const QUESTION = '意见<img src=x onerror=alert(1)>';

  beforeAll(async () => {
    server = await startProcess({ SHUTDOWN_DRAIN_SECONDS: '1' });
    const db = await openDatabase();
    const [row] = await db.query(
      "SELECT a.id FROM assignment a JOIN body team ON team.id = a.teamId JOIN body t ON t.id = a.targetId WHERE team.code = 'C-T01' AND t.code = 'P-QC-GOV' AND a.stage = 'INQUIRY'",
    );
    await db.destroy();
    const tokens = new Map<string, string>();
    const gql = async (query: string, variables: Record<string, unknown>, login: string) => {
      if (!tokens.has(login)) tokens.set(login, await signInAt(server.port, login));
      return graphqlAt(server.port, query, variables, tokens.get(login));
    };
    ({ id: evaluationId, keys } = await openedEvaluation(gql, Number(row.id), { title: TITLE, questions: [QUESTION], count: 1000 }));
    const questions = Array.from({ length: MAX_QUESTIONS }, (_, i) => `第${i + 1}题`);
    ({ keys: fullKeys } = await openedEvaluation(gql, Number(row.id), { title: '问卷调查', questions, count: 2 }));
  }, 180_000);

  it('sends its security headers, and shows the titles as text', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/ballot/${keys[0]}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "script-src-attr 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // A one-time link's form: kept by no cache, a shared one above all.
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('测评&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;&amp;');
    expect(html).toContain('意见&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img|https?:\/\//);
  });

  it('takes a ballot, keeps its text as typed and shows no markup of it', async () => {
    const typed = '<script>alert(1)</script> & “意见”';
    const cast = await pageAt(server.port, `/ballot/${keys[1]}`, { s0: 'COMPETENT', q1: typed });
    expect(cast.status).toBe(200);
    expect(cast.text).toContain('测评已提交');
    expect(cast.text).not.toContain('<script>alert(1)');
    used.push(keys[1]);
    const refused = await pageAt(server.port, `/ballot/${keys[2]}`, { s0: '<b>BOGUS</b>', q1: typed });
    expect(refused.status).toBe(400);
    expect(refused.text).not.toMatch(/<b>|<script/);
    const db = await openDatabase();
    const texts = await db.query('SELECT text FROM ballot_text_answer WHERE evaluationId = ?', [evaluationId]);
    await db.destroy();
    expect(texts.map((t: { text: string }) => t.text)).toEqual([typed]);
  });

  it(`takes the longest ballot there may be (${MAX_QUESTIONS} answers of ${ANSWER_MAX} characters), and refuses a larger form as too large, with the page`, async () => {
    const longest = Object.fromEntries(Array.from({ length: MAX_QUESTIONS }, (_, i) => [`q${i + 1}`, '意'.repeat(ANSWER_MAX)]));
    const cast = await pageAt(server.port, `/ballot/${fullKeys[0]}`, { s0: 'COMPETENT', ...longest });
    expect(cast.status).toBe(200);
    expect(cast.text).toContain('测评已提交');

    const tooMany = await pageAt(
      server.port,
      `/ballot/${fullKeys[1]}`,
      Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`x${i}`, 'y'])),
    );
    const tooLong = await pageAt(server.port, `/ballot/${fullKeys[1]}`, { s0: 'COMPETENT', q1: 'x'.repeat(300_000) });
    for (const refused of [tooMany, tooLong]) {
      expect(refused.status).toBe(413);
      expect(refused.text).toMatch(/^<!doctype html>/);
      expect(refused.text).toContain('提交的内容过多');
      expectNothingInternal(refused.text);
    }
    // Neither took the link.
    expect((await pageAt(server.port, `/ballot/${fullKeys[1]}`)).status).toBe(200);
  });

  it('writes no key to its log, however the path is spelt', async () => {
    const spellings = [`/Ballot/${keys[3]}`, `/BALLOT/${keys[4]}`, `/ballot/${keys[5]}/`];
    for (const path of spellings) await pageAt(server.port, path);
    await sleep(200);
    const output = server.output();
    expect(output).toContain('/ballot/[key]');
    for (const key of [...keys.slice(0, 6)]) expect(output).not.toContain(key);
  });

  it(`refuses an address after ${BALLOT_REQUESTS_PER_WINDOW} requests in ten minutes, a ballot included, and only that address`, async () => {
    const from = '127.0.0.91';
    const unknown = 'Z'.repeat(32);
    const statuses: number[] = [];
    for (let sent = 0; sent < BALLOT_REQUESTS_PER_WINDOW; sent += 20) {
      const batch = await Promise.all(Array.from({ length: 20 }, () => pageAt(server.port, `/ballot/${unknown}`, undefined, from)));
      statuses.push(...batch.map((a) => a.status));
    }
    expect(new Set(statuses)).toEqual(new Set([404]));
    const limited = await pageAt(server.port, `/ballot/${keys[6]}`, { s0: 'COMPETENT' }, from);
    expect(limited.status).toBe(429);
    expect(limited.text).toContain('访问过于频繁');
    expect((await pageAt(server.port, `/ballot/${unknown}`, undefined, '127.0.0.92')).status).toBe(404);
    // The refused ballot took nothing: its link still opens elsewhere.
    expect((await pageAt(server.port, `/ballot/${keys[6]}`, undefined, '127.0.0.92')).status).toBe(200);
  }, 60_000);

  describe('SIGTERM during a burst of ballots, each on its own link', () => {
    const outcomes: PageOutcome[] = [];
    let exitCode: number | null;
    let signalAt = 0;

    beforeAll(async () => {
      const queue = keys.slice(10);
      let acknowledged = 0;
      const client = async (c: number) => {
        const localAddress = `127.0.1.${10 + c}`;
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        for (let key = queue.shift(); key; key = queue.shift()) {
          const started = Date.now();
          const outcome = await postBallot(server.port, key, { s0: 'BASICALLY_COMPETENT', q1: `第${c}位的意见` }, localAddress, agent);
          outcomes.push({ ...outcome, started, ended: Date.now() });
          if (outcome.status === 200) acknowledged++;
          if (outcome.error) break;
        }
        agent.destroy();
      };
      const clients = Array.from({ length: 16 }, (_, c) => client(c));
      for (let i = 0; i < 600 && acknowledged < 40; i++) await sleep(50);
      signalAt = Date.now();
      server.child.kill('SIGTERM');
      await Promise.all(clients);
      exitCode = await server.exited;
    }, 120_000);

    it('stores every ballot it acknowledged with its link used, and refuses the rest cleanly, storing nothing of them', async () => {
      const acknowledged = outcomes.filter((o) => o.status === 200);
      const refused = outcomes.filter((o) => o.status !== 200);
      const unclean = refused.filter(
        (o) =>
          !(o.status === undefined && !o.reused && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(o.error!)) &&
          !(o.status === 503 && o.headers?.['retry-after']),
      );
      console.log(
        `ballots during SIGTERM: ${outcomes.length} sent, ${acknowledged.length} acknowledged, ${refused.length} refused (${[
          ...new Set(refused.map((o) => o.error ?? o.status)),
        ].join(', ')})`,
      );
      expect(exitCode).toBe(0);
      expect(unclean.map(({ key: _key, ...o }) => ({ ...o, text: o.text?.slice(0, 200) }))).toEqual([]);
      expect(acknowledged.every((o) => o.text!.includes('测评已提交'))).toBe(true);
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      // The signal came in the middle of the burst: ballots were being cast, and some were taken after it.
      expect(outcomes.filter((o) => o.started! < signalAt && o.ended! > signalAt).length).toBeGreaterThan(0);
      expect(acknowledged.filter((o) => o.started! > signalAt).length).toBeGreaterThan(0);
      expect(refused.length).toBeGreaterThan(0);

      server = await startProcess();
      const db = await openDatabase();
      const links = await db.query('SELECT keyHash, usedOn FROM ballot_link WHERE evaluationId = ?', [evaluationId]);
      const answers = Number((await db.query('SELECT COUNT(*) AS n FROM ballot_answer WHERE evaluationId = ?', [evaluationId]))[0].n);
      const texts = Number((await db.query('SELECT COUNT(*) AS n FROM ballot_text_answer WHERE evaluationId = ?', [evaluationId]))[0].n);
      await db.destroy();
      const usedHashes = new Set(
        links.filter((l: { usedOn: string | null }) => l.usedOn !== null).map((l: { keyHash: string }) => l.keyHash),
      );
      const expected = new Set([...used, ...acknowledged.map((o) => o.key)].map(sha256));
      expect(usedHashes).toEqual(expected);
      // One subject (the leading body) and one answered question a ballot: as many rows on each side as links used.
      expect(answers).toBe(usedHashes.size);
      expect(texts).toBe(usedHashes.size);

      // After the restart, a used link is gone and a refused one still casts its ballot.
      expect((await pageAt(server.port, `/ballot/${acknowledged[0].key}`)).status).toBe(404);
      expect((await pageAt(server.port, `/ballot/${refused[0].key}`, { s0: 'COMPETENT', q1: '重启后提交' })).status).toBe(200);
    }, 180_000);
  });
});

// ---------------------------------------------------------------------------------------------
// In-process servers, with a database that can be made to stop answering or to lose a COMMIT

const DEADLINE_SECONDS = 2;
const LONGEST_ANSWER_MS = DEADLINE_SECONDS * 1000 + 1000;

const CREATE_TALK = 'mutation($input: CreateTalkInput!) { createTalk(input: $input) { id version assignmentId matters } }';

async function personId(server: TestServer, name: string): Promise<number> {
  return Number((await server.db.query('SELECT id FROM person WHERE name = ?', [name]))[0].id);
}

const talkInput = (assignmentId: number, talker: number, matters: string) => ({
  assignmentId,
  heldOn: dayFromToday(-1),
  talkerIds: [talker],
  interviewee: { name: '谈话对象丙', contact: '138-0000-5678' },
  intervieweePost: '办公室主任',
  intervieweeCategory: 'OTHER_CADRE',
  matters,
});

interface Answer {
  status: number;
  ms: number;
  retryAfter: string | null;
  raw: string;
  body: any;
  replayed: boolean;
}

async function sendTo(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now();
  try {
    const response = await fetch(base + path, { ...init, signal: AbortSignal.timeout(LONGEST_ANSWER_MS + 5000) });
    const raw = await response.text();
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // a page, not JSON
    }
    return {
      status: response.status,
      ms: Date.now() - started,
      retryAfter: response.headers.get('retry-after'),
      raw,
      body,
      replayed: response.headers.get('idempotent-replayed') === 'true',
    };
  } catch {
    return { status: 0, ms: Date.now() - started, retryAfter: null, raw: 'no answer', body: null, replayed: false };
  }
}

const graphqlTo = (server: TestServer, query: string, variables: Record<string, unknown>, token: string, key?: string) =>
  sendTo(server.url.replace(/\/graphql$/, ''), '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });

const formPost = (form: Record<string, string>, language?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...(language ? { 'accept-language': language } : {}) },
  body: new URLSearchParams(form),
});

async function gqlAs(server: TestServer, query: string, variables: Record<string, unknown>, login: string) {
  const res = await server.gql(query, variables, await server.tokenFor(login));
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

describe('a database that stops answering without closing its connections', () => {
  let server: TestServer;
  let proxy: TcpProxy | undefined;
  let holder: DataSource | null = null;
  let base: string;
  let assignmentId: number;
  let talker: number;
  let evaluationId: number;
  let keys: string[];

  beforeAll(async () => {
    if (onServer) {
      proxy = await startProxyFor(databaseUrl!);
      server = await startTestServer({ requestTimeoutSeconds: DEADLINE_SECONDS, connectVia: viaProxy(proxy) });
    } else {
      server = await startTestServer({ requestTimeoutSeconds: DEADLINE_SECONDS });
    }
    base = server.url.replace(/\/graphql$/, '');
    ({ assignmentId } = await inquiry(server));
    talker = await personId(server, '周博远');
    // A sign-in (a password hash, then its session written) can outlast this short deadline on a busy machine.
    for (const login of ['team1', 'teamlead']) {
      for (let attempt = 1; ; attempt++) {
        const signedIn = await server.tokenFor(login).then(
          () => true,
          (error: unknown) => (attempt < 5 ? false : Promise.reject(error)),
        );
        if (signedIn) break;
      }
    }
    ({ id: evaluationId, keys } = await openedEvaluation((q, v, login) => gqlAs(server, q, v, login), assignmentId, {
      title: '静默测评',
      questions: ['意见'],
      count: 4,
    }));
  }, 120_000);
  afterAll(async () => {
    proxy?.unsilence();
    if (holder?.isInitialized) {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.destroy();
    }
    await server?.close();
    await proxy?.close();
  }, 30_000);

  /** The database stops answering: the proxy holds every byte (MariaDB/MySQL), or another process holds SQLite's write lock. */
  async function silence(): Promise<void> {
    if (proxy) return proxy.silence();
    holder = await createDataSource(server.database).initialize();
    await holder.query('BEGIN EXCLUSIVE');
  }
  async function answerAgain(): Promise<void> {
    if (proxy) return proxy.unsilence();
    await holder!.query('ROLLBACK');
    await holder!.destroy();
    holder = null;
  }

  it('answers the ballot page and a new write 503 within the deadline, in English and Chinese, and serves both again once it answers', async () => {
    const token = await server.tokenFor('team1');
    // Warm: connections in the pool and the token's session read, as on a server that has been running.
    expect((await sendTo(base, `/ballot/${keys[3]}`)).status).toBe(200);

    await silence();
    // One after another: SQLite's wait for the lock holds up the whole process, and a request that
    // arrived meanwhile would be timed out as slow to arrive (408) before it was read.
    const page = await sendTo(base, `/ballot/${keys[3]}`);
    const ballot = await sendTo(base, `/ballot/${keys[0]}`, formPost({ s0: 'COMPETENT', q1: '静默期间的意见' }));
    const english = await sendTo(base, `/ballot/${keys[3]}`, formPost({ s0: 'COMPETENT', q1: 'Sent while it was silent' }, 'en'));
    const talk = await graphqlTo(server, CREATE_TALK, { input: talkInput(assignmentId, talker, '静默期间的谈话记录。') }, token);
    for (const [label, answer] of Object.entries({ page, ballot, english, talk })) {
      if (label === 'page' && !proxy) {
        // SQLite's reads go on while another process holds the write lock; the page counts its request (a write) first.
        expect([200, 503]).toContain(answer.status);
      } else {
        expect({ label, status: answer.status }).toEqual({ label, status: 503 });
        expect(answer.retryAfter).toMatch(/^\d+$/);
      }
      expect(answer.ms).toBeLessThan(LONGEST_ANSWER_MS);
      expectNothingInternal(answer.raw);
    }
    // The page, in both languages: nothing was submitted, open the link again later.
    expect(ballot.raw).toContain('系统暂时无法访问');
    expect(ballot.raw).toContain('您的测评尚未提交');
    expect(ballot.raw).toMatch(/temporarily unavailable/i);
    expect(ballot.raw).toMatch(/not (yet )?(been )?submitted/i);
    // To a browser that prefers English: English first, and the Chinese still there.
    expect(english.raw).toContain('<html lang="en">');
    expect(english.raw).toMatch(
      /<h1>The system is temporarily unavailable<\/h1><p>Your ballot has not been submitted\.[\s\S]*您的测评尚未提交/,
    );
    // The write: the English words, and the key the console words in Chinese.
    expect(talk.body.errors).toEqual([
      expect.objectContaining({
        message: renderMessage('outage.databaseUnavailable'),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', messageKey: 'outage.databaseUnavailable', params: {} }),
      }),
    ]);
    expect(renderMessage('outage.databaseUnavailable', {}, 'zh')).toMatch(/数据库暂时无法访问/);

    await answerAgain();
    const back = Date.now();
    let again: Answer;
    do {
      again = await sendTo(base, `/ballot/${keys[0]}`);
      if (again.status === 200 || Date.now() - back > 10_000) break;
      await sleep(50);
    } while (again.status !== 200);
    // Nothing of the ballot cut off was stored: the link is unused, and casts now.
    expect(again.status).toBe(200);
    expect(Number((await server.db.query('SELECT COUNT(*) AS n FROM ballot_answer WHERE evaluationId = ?', [evaluationId]))[0].n)).toBe(0);
    const cast = await sendTo(base, `/ballot/${keys[0]}`, formPost({ s0: 'COMPETENT', q1: '恢复后的意见' }));
    expect(cast.status).toBe(200);
    expect(cast.raw).toContain('测评已提交');
    const talkAgain = await graphqlTo(server, CREATE_TALK, { input: talkInput(assignmentId, talker, '恢复后的谈话记录。') }, token);
    expect(talkAgain.status).toBe(200);
    expect(talkAgain.body.errors).toBeUndefined();
    expect(Number((await server.db.query("SELECT COUNT(*) AS n FROM talk WHERE matters = '静默期间的谈话记录。'"))[0].n)).toBe(0);
  }, 60_000);

  /** A ballot whose COMMIT went unanswered: the page cannot say "not submitted", and the link tells which it was. */
  (onServer ? it : it.skip).each([
    ['kept', 'cutAfterSend', 404],
    ['never kept', 'cutOnSend', 200],
  ] as const)(
    'a ballot whose COMMIT was %s says it may have been submitted, and its link then tells',
    async (_label, cut, reopened) => {
      const key = cut === 'cutAfterSend' ? keys[1] : keys[2];
      const ballots = async () =>
        Number((await server.db.query('SELECT COUNT(*) AS n FROM ballot_text_answer WHERE evaluationId = ?', [evaluationId]))[0].n);
      const before = await ballots();
      const lost = proxy![cut]('COMMIT');
      const answer = await sendTo(base, `/ballot/${key}`, formPost({ s0: 'COMPETENT', q1: '提交时断开的意见' }));
      await lost;
      await proxy!.restore();
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(answer.raw).toContain('可能已经提交');
      expect(answer.raw).toMatch(/may or may not have been submitted/);
      expect(answer.raw).not.toContain('尚未提交');
      expectNothingInternal(answer.raw);
      expect(await ballots()).toBe(cut === 'cutAfterSend' ? before + 1 : before);
      expect((await sendTo(base, `/ballot/${key}`)).status).toBe(reopened);
    },
    30_000,
  );
});

describe('a retry after an ambiguous error, with the same Idempotency-Key', () => {
  let server: TestServer;
  let proxy: TcpProxy | undefined;
  let assignmentId: number;
  let talker: number;

  beforeAll(async () => {
    if (onServer) {
      proxy = await startProxyFor(databaseUrl!);
      server = await startTestServer({ connectVia: viaProxy(proxy) });
    } else {
      server = await startTestServer();
    }
    ({ assignmentId } = await inquiry(server));
    talker = await personId(server, '周博远');
  }, 120_000);
  afterAll(async () => {
    await proxy?.restore();
    await server?.close();
    await proxy?.close();
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await server.db.query(sql, params))[0].n);
  const auditEntries = () => count('SELECT COUNT(*) AS n FROM audit_entry');

  /** One change of each kind, made afresh for each use, with how to count whether it was made. */
  interface Change {
    login: string;
    query: string;
    variables: Record<string, unknown>;
    /** How many times the change is in the database (0 before, 1 after). */
    made(): Promise<number>;
  }
  const changes: Record<string, () => Promise<Change>> = {
    async revokeLeaderGrant() {
      // A grant of its own for each use, on the open inspection, to someone without an account (never the caller).
      const person = Number(
        (
          await server.db.query(
            'SELECT p.id FROM person p WHERE p.id NOT IN (SELECT personId FROM account WHERE personId IS NOT NULL) AND p.id NOT IN (SELECT personId FROM leader_grant) ORDER BY p.id LIMIT 1',
          )
        )[0].id,
      );
      const [{ teamId, scopePath }] = await server.db.query('SELECT teamId, scopePath FROM assignment WHERE id = ?', [assignmentId]);
      const now = new Date().toISOString();
      await server.db.query(
        'INSERT INTO leader_grant (version, createdAt, updatedAt, personId, teamId, assignmentId, validFrom, validUntil, revokedOn, scopePath) VALUES (1, ?, ?, ?, ?, ?, ?, ?, NULL, ?)',
        [now, now, person, teamId, assignmentId, '2026-01-01', '2099-12-31', scopePath],
      );
      const [{ id }] = await server.db.query('SELECT id FROM leader_grant ORDER BY id DESC LIMIT 1');
      return {
        login: 'lg.leader',
        query: 'mutation($input: RevokeLeaderGrantInput!) { revokeLeaderGrant(input: $input) { id version revokedOn revokedReason } }',
        variables: { input: { id: Number(id), version: 1, reason: '工作调整，撤销授权' } },
        made: () => count('SELECT COUNT(*) AS n FROM leader_grant WHERE id = ? AND revokedOn IS NOT NULL', [Number(id)]),
      };
    },
    async removeStaff() {
      // Staffing of its own for each use: someone of the team put on the inspection afresh.
      const [{ scopePath }] = await server.db.query('SELECT scopePath FROM assignment WHERE id = ?', [assignmentId]);
      const person = Number(
        (
          await server.db.query(
            // Nobody with an account: the office takes nobody off who could be itself.
            'SELECT p.id FROM person p WHERE p.id NOT IN (SELECT personId FROM assignment_member WHERE assignmentId = ?) AND p.id NOT IN (SELECT personId FROM account WHERE personId IS NOT NULL) ORDER BY p.id LIMIT 1',
            [assignmentId],
          )
        )[0].id,
      );
      const now = new Date().toISOString();
      await server.db.query(
        'INSERT INTO assignment_member (version, createdAt, updatedAt, assignmentId, personId, scopePath, recusalException) VALUES (1, ?, ?, ?, ?, ?, NULL)',
        [now, now, assignmentId, person, scopePath],
      );
      const [{ id }] = await server.db.query('SELECT id FROM assignment_member ORDER BY id DESC LIMIT 1');
      return {
        login: 'office',
        query: 'mutation($input: RemoveStaffInput!) { removeStaff(input: $input) { id version removedOn removedReason } }',
        variables: { input: { id: Number(id), version: 1, reason: '另有任用，调离巡视组' } },
        made: () => count('SELECT COUNT(*) AS n FROM assignment_member WHERE id = ? AND removedOn IS NOT NULL', [Number(id)]),
      };
    },
    async createTalk() {
      const matters = `谈话记录 ${randomUUID()}。`;
      return {
        login: 'team1',
        query: CREATE_TALK,
        variables: { input: talkInput(assignmentId, talker, matters) },
        made: () => count('SELECT COUNT(*) AS n FROM talk WHERE matters = ?', [matters]),
      };
    },
  };

  describe.each(Object.keys(changes))('%s', (name) => {
    it('sent again after its answer was lost, answers with the first result and changes once', async () => {
      const change = await changes[name]();
      const token = await server.tokenFor(change.login);
      const key = randomUUID();
      let first: Answer;
      if (proxy) {
        // The COMMIT reaches the database, its answer never comes back: 503, outcome unknown.
        const cut = proxy.cutAfterSend('COMMIT');
        first = await graphqlTo(server, change.query, change.variables, token, key);
        await cut;
        await proxy.restore();
        expect(first.status).toBe(503);
        expect(first.body.errors[0].extensions).toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
          outcome: 'UNKNOWN',
          messageKey: 'outage.outcomeUnknown',
        });
        expectNothingInternal(first.raw);
      } else {
        // SQLite commits in-process: the answer is lost after it, as when the server stopped before sending it.
        first = await graphqlTo(server, change.query, change.variables, token, key);
        expect(first.body.errors).toBeUndefined();
        await server.db.query('UPDATE idempotent_request SET response = NULL');
      }
      expect(await change.made()).toBe(1);
      const entries = await auditEntries();

      const again = await graphqlTo(server, change.query, change.variables, token, key);
      expect(again.status).toBe(200);
      expect(again.body.errors).toBeUndefined();
      expect(again.replayed).toBe(true);
      if (!proxy) expect(again.body).toEqual(first.body);
      const once = await graphqlTo(server, change.query, change.variables, token, key);
      expect(once.raw).toBe(again.raw);
      expect(await change.made()).toBe(1);
      expect(await auditEntries()).toBe(entries);
    }, 60_000);

    it('sent eight times at once with one key, changes once and answers every copy alike', async () => {
      const change = await changes[name]();
      const token = await server.tokenFor(change.login);
      const key = randomUUID();
      const entries = await auditEntries();
      const answers = await Promise.all(Array.from({ length: 8 }, () => graphqlTo(server, change.query, change.variables, token, key)));
      expect(answers.map((a) => [a.status, a.body.errors])).toEqual(Array(8).fill([200, undefined]));
      expect(new Set(answers.map((a) => JSON.stringify(a.body.data))).size).toBe(1);
      expect(await change.made()).toBe(1);
      // One entry for the change; a talk's interviewee is a record of its own.
      expect(await auditEntries()).toBe(entries + (name === 'createTalk' ? 2 : 1));
    }, 60_000);
  });
});
