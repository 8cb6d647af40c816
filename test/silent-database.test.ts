/**
 * A database that stops answering without closing its connections (a network that drops packets,
 * a server frozen under load): every request is still answered, 503 with `Retry-After` within the
 * request deadline plus a second, nothing half-written is kept, `/ready` says so and `/health`
 * names it, and full service returns within a second of the database answering again.
 *
 * MariaDB/MySQL reach the database through a proxy that can go silent. An SQLite file cannot go
 * silent (it is read in-process), but another process can hold its write lock for as long as it
 * likes: there the writes must give up within the deadline while reads go on.
 */
import type { DataSource } from 'typeorm';
import { createDataSource } from '../server/db/data-source';
import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { startProxyFor, viaProxy, type TcpProxy } from './support/tcp-proxy';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { isDeadlineExceeded, withinDeadline } from '../server/limits/deadline';

const databaseUrl = process.env.DATABASE_URL;
const onServer = Boolean(databaseUrl && !databaseUrl.startsWith('sqlite'));

const DEADLINE_SECONDS = 2;
/** The longest any answer may take: the deadline plus one second. */
const LONGEST_ANSWER_MS = DEADLINE_SECONDS * 1000 + 1000;

let server: TestServer;
let proxy: TcpProxy | undefined;
let base: string;

beforeAll(async () => {
  if (onServer) {
    proxy = await startProxyFor(databaseUrl!);
    server = await startTestServer({
      requestTimeoutSeconds: DEADLINE_SECONDS,
      connectVia: viaProxy(proxy),
    });
  } else {
    server = await startTestServer({ requestTimeoutSeconds: DEADLINE_SECONDS });
  }
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  proxy?.unsilence();
  await server?.close();
  await proxy?.close();
}, 30_000);

interface Answer {
  label: string;
  status: number;
  ms: number;
  retryAfter: string | null;
  body: any;
}

/**
 * Sends one request and waits for its answer, but never longer than well past the limit, so that
 * a request that would hang is reported as one (status 0) instead of stalling the test.
 */
async function send(label: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now();
  try {
    const response = await fetch(base + path, { ...init, signal: AbortSignal.timeout(LONGEST_ANSWER_MS + 3000) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // a body that is not JSON is kept as text
    }
    return { label, status: response.status, ms: Date.now() - started, retryAfter: response.headers.get('retry-after'), body };
  } catch {
    return { label, status: 0, ms: Date.now() - started, retryAfter: null, body: 'no answer' };
  }
}

function graphql(label: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  return send(label, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

const BODIES = '{ bodies(page: { take: 5 }) { totalCount items { id name } } }';
const FINDINGS = '{ findings(page: { take: 5 }) { totalCount items { id } } }';
const PEOPLE = '{ people(page: { take: 5 }) { items { id name } } }';
const BODY = 'query($id: Int!) { body(id: $id) { id name version } }';
const ME = '{ me { account { login } roles { role } } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const UPDATE_BODY = 'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { id name version } }';

/** Sixteen requests of every kind a client sends: reads, a write, a sign-in and `me`. */
async function mixedRequests(bodyId: number, version: number, name: string): Promise<Answer[]> {
  const admin = await server.tokenFor('admin');
  const analyst = await server.tokenFor('analyst');
  return Promise.all([
    graphql('bodies', BODIES, {}, admin),
    graphql('bodies (analyst)', BODIES, {}, analyst),
    graphql('findings', FINDINGS, {}, analyst),
    graphql('findings (admin)', FINDINGS, {}, admin),
    graphql('people', PEOPLE, {}, admin),
    graphql('people (analyst)', PEOPLE, {}, analyst),
    graphql('body', BODY, { id: bodyId }, admin),
    graphql('body (analyst)', BODY, { id: bodyId }, analyst),
    graphql('me', ME, {}, admin),
    graphql('me (analyst)', ME, {}, analyst),
    graphql('sign-in', LOGIN, { input: { login: 'office', password: DEMO_PASSWORD } }),
    graphql('update', UPDATE_BODY, { input: { id: bodyId, version, name } }, admin),
    send('export', '/exports/bodies.csv', { headers: { authorization: `Bearer ${admin}` } }),
    send('public intake', '/intake/no-such-link-0123456789'),
    graphql('me (again)', ME, {}, admin),
    graphql('bodies (again)', BODIES, {}, admin),
  ]);
}

async function currentBody(id: number): Promise<{ name: string; version: number }> {
  const [row] = await server.db.query('SELECT name, version FROM body WHERE id = ?', [id]);
  return { name: row.name, version: Number(row.version) };
}

/** Answered as the server would when the database is well: not an error of the server's, not silence. */
const served = (answer: Answer) => answer.status > 0 && answer.status < 500;

function report(title: string, answers: Answer[]): void {
  const longest = Math.max(...answers.map((a) => a.ms));
  process.stdout.write(
    `${title}: longest answer ${longest} ms\n${answers.map((a) => `  ${a.label.padEnd(18)} ${a.status} ${a.ms} ms`).join('\n')}\n`,
  );
}

(onServer ? describe : describe.skip)('a database server that stops answering', () => {
  it('answers every request 503 within the deadline, says so on /ready and /health, and serves again within a second', async () => {
    const bodyId = await bodyIdByCode(server, 'P-QC');
    const before = await currentBody(bodyId);
    // Warm: connections in the pool, tokens issued, so that the silence catches both idle and new connections.
    report('before', await mixedRequests(bodyId, before.version, before.name));
    const warm = await currentBody(bodyId);

    proxy!.silence();
    const answers = await mixedRequests(bodyId, warm.version, '静默期间的改名');
    report('silent', answers);
    for (const answer of answers) {
      expect({ label: answer.label, status: answer.status }).toEqual({ label: answer.label, status: 503 });
      expect(answer.ms).toBeLessThan(LONGEST_ANSWER_MS);
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(JSON.stringify(answer.body)).not.toMatch(/ETIMEDOUT|PROTOCOL_|SELECT |COMMIT|\.ts:\d+/);
    }
    const graphqlAnswer = answers.find((a) => a.label === 'bodies')!;
    expect(graphqlAnswer.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // The English words, and the message's key for the reader's language (shared/messages.ts).
    expect(graphqlAnswer.body.errors[0].message).toMatch(/database/i);
    expect(graphqlAnswer.body.errors[0].extensions.messageKey).toBe('outage.databaseUnavailable');
    const update = answers.find((a) => a.label === 'update')!;
    const updateOutcome = update.body.errors[0].extensions.outcome;

    const ready = await send('ready', '/ready');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(LONGEST_ANSWER_MS);
    expect(ready.body.reason).toMatch(/did not answer/);
    const health = await send('health', '/health');
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1500);
    expect(health.body).toEqual({ status: 'ok', database: 'not answering' });

    proxy!.unsilence();
    const back = Date.now();
    // Full service: the whole mix, sent from then on, succeeds, with no connection left waiting on the silence.
    let recovered: Answer[] = [];
    let fullServiceMs = 0;
    for (;;) {
      const after = await currentBody(bodyId).catch(() => null);
      if (after) {
        fullServiceMs = Date.now() - back;
        recovered = await mixedRequests(bodyId, after.version, before.name);
        if (recovered.every(served)) break;
      }
      if (Date.now() - back > 10_000) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    report(`answering again: every request sent ${fullServiceMs} ms after was served`, recovered);
    expect(recovered.filter((a) => !served(a))).toEqual([]);
    expect(fullServiceMs).toBeLessThan(1000);
    expect((await send('ready', '/ready')).status).toBe(200);
    expect((await send('health', '/health')).body).toEqual({ status: 'ok', database: 'ok' });

    // The write cut by the deadline was either never applied, or its client was told the outcome is unknown.
    const history = await server.db.query("SELECT COUNT(*) AS n FROM body WHERE name = '静默期间的改名'");
    if (updateOutcome !== 'UNKNOWN') expect(Number(history[0].n)).toBe(0);
  }, 60_000);
});

(onServer ? describe : describe.skip)("the database server's own limit", () => {
  const sessionLimit = async () => {
    const variable = server.database.kind === 'mariadb' ? '@@max_statement_time' : '@@max_execution_time / 1000';
    const [row] = await server.db.query(`SELECT ${variable} AS seconds`);
    return Number(row.seconds);
  };

  it('gives up on a statement a second after the client has, while it serves requests, and not for migrations or tools', async () => {
    expect(await withinDeadline(DEADLINE_SECONDS * 1000, sessionLimit)).toBe(DEADLINE_SECONDS + 1);
    // The same connection, outside any request, is unlimited again.
    expect(await sessionLimit()).toBe(0);
  });

  it('ends a statement that outlives the deadline, and the server ends it a second later', async () => {
    const started = Date.now();
    const error = await withinDeadline(500, () => server.db.query('SELECT SLEEP(5)')).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(isDeadlineExceeded(error)).toBe(true);
    // A closed connection does not stop a running statement on the server; its own limit, a second
    // after the client's, does.
    await new Promise((resolve) => setTimeout(resolve, started + 1500 + 300 - Date.now()));
    const sleeping = await server.db.query("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(5)%'");
    expect(Number(sleeping[0].n)).toBe(0);
  });
});

(onServer ? describe : describe.skip)('a write the database stops answering part-way through', () => {
  async function updateBody(id: number, version: number, name: string, key?: string): Promise<Answer> {
    const admin = await server.tokenFor('admin');
    return send('update', '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ query: UPDATE_BODY, variables: { input: { id, version, name } } }),
    });
  }

  it('before its COMMIT was sent: answered "nothing was changed" within the deadline, and never applied', async () => {
    const bodyId = await bodyIdByCode(server, 'P-QC');
    const before = await currentBody(bodyId);
    const silenced = proxy!.silenceOnSend('\x03UPDATE `body`');
    const answer = await updateBody(bodyId, before.version, '未提交的改名');
    await silenced;
    expect(answer.status).toBe(503);
    expect(answer.ms).toBeLessThan(LONGEST_ANSWER_MS);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(answer.body.errors[0].extensions.outcome).toBeUndefined();
    // What was held on the way reaches the database now, on a connection the server has given up.
    proxy!.unsilence();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await currentBody(bodyId)).toEqual(before);
  }, 30_000);

  it('while its COMMIT went unanswered: answered outcome UNKNOWN, and the same key applies it once', async () => {
    const bodyId = await bodyIdByCode(server, 'P-QC');
    const before = await currentBody(bodyId);
    const key = `silent-commit-${Date.now()}`;
    // The statement itself (COM_QUERY, then its text), not a value such as PARTY_COMMITTEE.
    const silenced = proxy!.silenceOnSend('\x03COMMIT');
    const answer = await updateBody(bodyId, before.version, '提交时静默的改名', key);
    await silenced;
    expect(answer.status).toBe(503);
    expect(answer.ms).toBeLessThan(LONGEST_ANSWER_MS);
    expect(answer.retryAfter).toMatch(/^\d+$/);
    expect(answer.body.errors[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      outcome: 'UNKNOWN',
      messageKey: 'outage.outcomeUnknown',
    });
    proxy!.unsilence();

    const again = await updateBody(bodyId, before.version, '提交时静默的改名', key);
    expect(again.status).toBe(200);
    expect(again.body.data.updateBody).toMatchObject({ name: '提交时静默的改名', version: before.version + 1 });
    const once = await updateBody(bodyId, before.version, '提交时静默的改名', key);
    expect(once.body.data.updateBody).toEqual(again.body.data.updateBody);
    expect(await currentBody(bodyId)).toEqual({ name: '提交时静默的改名', version: before.version + 1 });
  }, 30_000);
});

(onServer ? describe.skip : describe)('an SQLite file whose write lock another process holds', () => {
  let holder: DataSource | null = null;
  afterEach(async () => {
    if (holder?.isInitialized) {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.destroy();
    }
    holder = null;
  });

  it('refuses writes 503 within the deadline while reads go on, and writes again once the lock is gone', async () => {
    const bodyId = await bodyIdByCode(server, 'P-QC');
    const before = await currentBody(bodyId);
    await mixedRequests(bodyId, before.version, before.name);
    const warm = await currentBody(bodyId);

    holder = await createDataSource(server.database).initialize();
    await holder.query('BEGIN EXCLUSIVE');
    const answers = await mixedRequests(bodyId, warm.version, '锁定期间的改名');
    report('write lock held', answers);
    for (const answer of answers) {
      expect(answer.ms).toBeLessThan(LONGEST_ANSWER_MS);
      expect([200, 404, 503]).toContain(answer.status);
    }
    const update = answers.find((a) => a.label === 'update')!;
    expect(update.status).toBe(503);
    expect(update.retryAfter).toMatch(/^\d+$/);
    expect(update.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(answers.find((a) => a.label === 'bodies')!.status).toBe(200);
    expect((await send('ready', '/ready')).status).toBe(200);

    await holder.query('ROLLBACK');
    await holder.destroy();
    holder = null;
    const after = await currentBody(bodyId);
    expect(after).toEqual(warm);
    const recovered = await mixedRequests(bodyId, after.version, before.name);
    expect(recovered.filter((a) => !served(a))).toEqual([]);
  }, 60_000);
});
