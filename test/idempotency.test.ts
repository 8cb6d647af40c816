/**
 * Safe retries: a mutation sent with an `Idempotency-Key` is applied once however often it is sent,
 * and every sending is answered with the first result. On MariaDB/MySQL the server reaches its
 * database through a proxy that cuts connections at COMMIT, both before the COMMIT reaches the
 * database (nothing kept) and just after (kept, but the answer lost).
 */
import { createHash, randomUUID } from 'node:crypto';
import { verifyAuditChain } from '../server/modules/audit/audit.service';
import { DATABASE_UNAVAILABLE_MESSAGE, OUTCOME_UNKNOWN_MESSAGE } from '../server/db/outage';
import { IDEMPOTENCY_WINDOW_HOURS, purgeExpiredRequests } from '../server/write/idempotency';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { startProxyFor, viaProxy, type TcpProxy } from './support/tcp-proxy';

const databaseUrl = process.env.DATABASE_URL;
const onServer = Boolean(databaseUrl && !databaseUrl.startsWith('sqlite'));

let server: TestServer;
let proxy: TcpProxy | undefined;
let employerId: number;

beforeAll(async () => {
  if (onServer) {
    proxy = await startProxyFor(databaseUrl!);
    server = await startTestServer({
      connectVia: viaProxy(proxy),
    });
  } else {
    server = await startTestServer();
  }
  employerId = await bodyIdByCode(server, 'P-QC');
}, 60_000);
afterAll(async () => {
  await proxy?.restore();
  await server?.close();
  await proxy?.close();
});

interface Answer {
  status: number;
  raw: string;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  replayed: boolean;
}

async function send(
  query: string,
  variables: Record<string, unknown>,
  { token, key }: { token?: string; key?: string } = {},
): Promise<Answer> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key !== undefined ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  return { status: response.status, raw, body: JSON.parse(raw), replayed: response.headers.get('idempotent-replayed') === 'true' };
}

const CREATE_PERSON = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name position version employer { code } } }';
const UPDATE_PERSON = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id name position version } }';
const personInput = (name: string) => ({ name, employerId, managedById: employerId, position: '干部', rank: 'BUREAU' });

const count = async (sql: string, params: unknown[] = []) => Number((await server.db.query(sql, params))[0].n);
const people = (name: string) => count('SELECT COUNT(*) AS n FROM person WHERE name = ?', [name]);
const auditEntries = () => count('SELECT COUNT(*) AS n FROM audit_entry');
const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

describe('a mutation sent again with the same Idempotency-Key', () => {
  it('is answered with the first response, byte for byte, and writes nothing', async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    const name = unique('幂等');
    const first = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBe(false);
    const entries = await auditEntries();

    const again = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    expect(again.status).toBe(200);
    expect(again.raw).toBe(first.raw);
    expect(again.replayed).toBe(true);
    expect(await people(name)).toBe(1);
    expect(await auditEntries()).toBe(entries);
  });

  it('is the same request whatever the layout of the text and the order of the variables', async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    const name = unique('排列');
    const first = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    const { position, rank, name: n, managedById, employerId: e } = personInput(name);
    const relaid = CREATE_PERSON.replace(/ /g, '\n  ').replace('mutation(', '# the same request\nmutation (');
    const again = await send(relaid, { input: { rank, position, managedById, employerId: e, name: n } }, { token, key });
    expect(again.body).toEqual(first.body);
    expect(await people(name)).toBe(1);
  });

  it('answers an update with its first result, not a conflict with the version it already raised', async () => {
    const token = await server.tokenFor('admin');
    const created = (await send(CREATE_PERSON, { input: personInput(unique('更新')) }, { token, key: randomUUID() })).body.data
      .createPerson;
    const key = randomUUID();
    const input = { id: created.id, version: created.version, position: '副主任' };
    const first = await send(UPDATE_PERSON, { input }, { token, key });
    expect(first.body.data.updatePerson).toMatchObject({ position: '副主任', version: created.version + 1 });
    const entries = await auditEntries();
    const again = await send(UPDATE_PERSON, { input }, { token, key });
    expect(again.raw).toBe(first.raw);
    expect(await auditEntries()).toBe(entries);
  });

  it('after the response was lost (not kept), is answered from the record and still writes nothing', async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    const name = unique('丢失');
    const first = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    // As if the server had stopped between COMMIT and sending the answer: the change and its key committed, the response never kept.
    await server.db.query('UPDATE idempotent_request SET response = NULL');
    const entries = await auditEntries();

    const again = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.replayed).toBe(true);
    expect(await people(name)).toBe(1);
    expect(await auditEntries()).toBe(entries);
    // And from now on verbatim.
    expect((await send(CREATE_PERSON, { input: personInput(name) }, { token, key })).raw).toBe(again.raw);
  });

  it('answers a deletion whose response was lost with the record as it was deleted', async () => {
    const token = await server.tokenFor('analyst');
    const saved = await send(
      'mutation($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { id version } }',
      { input: { name: unique('已删'), query: '{ me { account { login } } }' } },
      { token },
    );
    const { id, version } = saved.body.data.createSavedQuery;
    const DELETE = 'mutation($input: VersionedInput!) { deleteSavedQuery(input: $input) { id name version query accountId createdAt } }';
    const key = randomUUID();
    const first = await send(DELETE, { input: { id, version } }, { token, key });
    expect(first.body.data.deleteSavedQuery).toMatchObject({ id, version, accountId: expect.any(Number) });
    await server.db.query('UPDATE idempotent_request SET response = NULL');
    const entries = await auditEntries();
    const again = await send(DELETE, { input: { id, version } }, { token, key });
    expect(again.body).toEqual(first.body);
    expect(await auditEntries()).toBe(entries);
  });

  it('sent many times at once, writes once and answers every copy with the same result', async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    const name = unique('并发');
    const entries = await auditEntries();
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(CREATE_PERSON, { input: personInput(name) }, { token, key })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers.map((a) => a.body.errors)).toEqual(Array(8).fill(undefined));
    const ids = new Set(answers.map((a) => a.body.data.createPerson.id));
    expect(ids.size).toBe(1);
    expect(new Set(answers.map((a) => a.raw)).size).toBe(1);
    expect(await people(name)).toBe(1);
    expect(await auditEntries()).toBe(entries + 1);
    expect(await verifyAuditChain(server.db.manager)).toEqual({ entries: entries + 1 });
  });

  it('ending a session, answers with the first result instead of "already ended" (sessions go through the one write path too)', async () => {
    const signIn = async () =>
      (
        await send('mutation($input: LoginInput!) { login(input: $input) { token } }', {
          input: { login: 'office', password: DEMO_PASSWORD },
        })
      ).body.data.login.token as string;
    const [mine, other] = [await signIn(), await signIn()];
    const sessions = (await send('{ mySessions { items { id current } } }', {}, { token: other })).body.data.mySessions.items;
    const otherId = sessions.find((x: { current: boolean }) => x.current).id;
    const key = randomUUID();
    const END = 'mutation($input: EndSessionInput!) { endSession(input: $input) { id endReason } }';
    const first = await send(END, { input: { id: otherId } }, { token: mine, key });
    expect(first.body.data.endSession).toEqual({ id: otherId, endReason: 'ENDED_BY_USER' });
    const again = await send(END, { input: { id: otherId } }, { token: mine, key });
    expect(again.raw).toBe(first.raw);
    expect((await send(END, { input: { id: otherId } }, { token: mine })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('after a refusal, runs again: a request that changed nothing is not remembered', async () => {
    const token = await server.tokenFor('admin');
    const created = (await send(CREATE_PERSON, { input: personInput(unique('拒绝')) }, { token })).body.data.createPerson;
    const key = randomUUID();
    await send(UPDATE_PERSON, { input: { id: created.id, version: created.version, name: '甲' } }, { token });
    const stale = { input: { id: created.id, version: created.version, position: '处长' } };
    const refused = await send(UPDATE_PERSON, stale, { token, key });
    expect(refused.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const again = await send(UPDATE_PERSON, stale, { token, key });
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.replayed).toBe(false);
  });
});

describe('a key that cannot be used', () => {
  it('reused for another request is refused with IDEMPOTENCY_KEY_REUSED, in English and Chinese, and writes nothing', async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    await send(CREATE_PERSON, { input: personInput(unique('复用')) }, { token, key });
    const entries = await auditEntries();
    const other = unique('另一个');
    const res = await send(CREATE_PERSON, { input: personInput(other) }, { token, key });
    expect(res.status).toBe(422);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Idempotency-Key was already used for a different request'),
        extensions: expect.objectContaining({
          code: 'IDEMPOTENCY_KEY_REUSED',
          messageKey: 'idempotency.keyReused',
        }),
      }),
    ]);
    expect(await people(other)).toBe(0);
    expect(await auditEntries()).toBe(entries);
  });

  it('belongs to the account: the same key from another account is another request', async () => {
    const key = randomUUID();
    const a = await send(CREATE_PERSON, { input: personInput(unique('账号甲')) }, { token: await server.tokenFor('admin'), key });
    const b = await send(CREATE_PERSON, { input: personInput(unique('账号乙')) }, { token: await server.tokenFor('qc.admin'), key });
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect(b.body.data.createPerson.id).not.toBe(a.body.data.createPerson.id);
  });

  it.each([
    ['too short', 'short'],
    ['too long', 'k'.repeat(129)],
    ['not ASCII', 'clé-idempotente-1'],
  ])('%s is a 400 naming the header, and nothing is written', async (_label, key) => {
    const token = await server.tokenFor('admin');
    const name = unique('坏键');
    const res = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Idempotency-Key header: must be 8 to 128 printable ASCII characters/),
      extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key', messageKey: 'idempotency.keyMalformed', params: {} },
    });
    expect(await people(name)).toBe(0);
  });

  it('names one change: a request with two mutation fields and a key is refused', async () => {
    const token = await server.tokenFor('admin');
    const [a, b] = [unique('双甲'), unique('双乙')];
    const res = await send(
      'mutation($a: CreatePersonInput!, $b: CreatePersonInput!) { a: createPerson(input: $a) { id } b: createPerson(input: $b) { id } }',
      { a: personInput(a), b: personInput(b) },
      { token, key: randomUUID() },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect((await people(a)) + (await people(b))).toBe(0);
  });

  it('is ignored by anonymous mutations: every sign-in with the same key opens its own session', async () => {
    const key = randomUUID();
    const login = (password: string) =>
      send('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: 'analyst', password } }, { key });
    const keys = () => count('SELECT COUNT(*) AS n FROM idempotent_request');
    const before = await keys();
    const [first, second] = [await login(DEMO_PASSWORD), await login(DEMO_PASSWORD)];
    expect(first.body.data.login.token).not.toBe(second.body.data.login.token);
    expect(await keys()).toBe(before);
  });
});

describe('expiry', () => {
  it(`forgets a key after ${IDEMPOTENCY_WINDOW_HOURS} hours, and the purge removes old keys in one statement`, async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    const name = unique('过期');
    await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    const old = new Date(Date.now() - (IDEMPOTENCY_WINDOW_HOURS + 1) * 3600_000).toISOString();
    await server.db.query('UPDATE idempotent_request SET createdAt = ?', [old]);

    // Past the window the key names a new request.
    const again = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    expect(again.replayed).toBe(false);
    expect(await people(name)).toBe(2);

    const before = await count('SELECT COUNT(*) AS n FROM idempotent_request');
    const purged = await purgeExpiredRequests(server.db);
    expect(purged).toBeGreaterThan(0);
    expect(await count('SELECT COUNT(*) AS n FROM idempotent_request')).toBe(before - purged);
    expect(
      await count('SELECT COUNT(*) AS n FROM idempotent_request WHERE createdAt < ?', [
        new Date(Date.now() - IDEMPOTENCY_WINDOW_HOURS * 3600_000).toISOString(),
      ]),
    ).toBe(0);
  });
});

(onServer ? describe : describe.skip)('the connection lost during COMMIT', () => {
  const outcomeUnknown = expect.objectContaining({
    message: OUTCOME_UNKNOWN_MESSAGE,
    extensions: expect.objectContaining({
      code: 'SERVICE_UNAVAILABLE',
      outcome: 'UNKNOWN',
      messageKey: 'outage.outcomeUnknown',
      requestId: expect.any(String),
    }),
  });

  it('after the database kept the change: 503 saying it may have been applied, and the same key then returns it, once', async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    const name = unique('已提交');
    const cut = proxy!.cutAfterSend('COMMIT');
    const lost = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    await cut;
    await proxy!.restore();
    expect(lost.status).toBe(503);
    expect(lost.body.errors).toEqual([outcomeUnknown]);
    expect(lost.raw).not.toContain(DATABASE_UNAVAILABLE_MESSAGE);
    expect(await people(name)).toBe(1);
    const entries = await auditEntries();

    const again = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    expect(again.status).toBe(200);
    expect(again.body.data.createPerson.name).toBe(name);
    expect(again.replayed).toBe(true);
    expect(await people(name)).toBe(1);
    expect(await auditEntries()).toBe(entries);
  });

  it('before the database got the COMMIT: the same answer, and the same key then makes the change, once', async () => {
    const token = await server.tokenFor('admin');
    const key = randomUUID();
    const name = unique('未提交');
    const cut = proxy!.cutOnSend('COMMIT');
    const lost = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    await cut;
    await proxy!.restore();
    expect(lost.status).toBe(503);
    expect(lost.body.errors).toEqual([outcomeUnknown]);
    expect(await people(name)).toBe(0);

    const again = await send(CREATE_PERSON, { input: personInput(name) }, { token, key });
    expect(again.body.errors).toBeUndefined();
    expect(again.replayed).toBe(false);
    expect(await people(name)).toBe(1);
  });

  it('200 writes through a connection cut at COMMIT again and again: no duplicate, nothing lost, the trail intact', async () => {
    const CLIENTS = 4;
    const WRITES_PER_CLIENT = 50;
    const token = await server.tokenFor('admin');
    const figures = { writes: 0, cutsBeforeCommit: 0, cutsAfterCommit: 0, retries: 0, outcomeUnknown: 0, nothingChanged: 0, replayed: 0 };
    const acknowledged: Array<{ kind: 'create' | 'update'; mark: string }> = [];
    const unexpected: string[] = [];
    let done = false;

    async function untilAcknowledged(query: string, variables: Record<string, unknown>) {
      const key = randomUUID();
      for (let attempt = 1; attempt <= 300; attempt++) {
        const res = await send(query, variables, { token, key }).catch(() => null);
        if (res?.status === 200 && !res.body.errors) {
          if (res.replayed) figures.replayed++;
          return res.body.data;
        }
        figures.retries++;
        const error = res?.body.errors?.[0];
        if (res?.status === 503 && error?.extensions?.outcome === 'UNKNOWN') figures.outcomeUnknown++;
        else if (res?.status === 503 && error?.message === DATABASE_UNAVAILABLE_MESSAGE) figures.nothingChanged++;
        else if (res) unexpected.push(`${res.status} ${res.raw.slice(0, 300)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('never acknowledged');
    }

    async function client(c: number) {
      const first = `循环-${c}-0`;
      let person = (await untilAcknowledged(CREATE_PERSON, { input: personInput(first) })).createPerson;
      acknowledged.push({ kind: 'create', mark: first });
      for (let n = 1; n < WRITES_PER_CLIENT; n++) {
        if (n % 2) {
          const position = `职务-${c}-${n}`;
          person = (await untilAcknowledged(UPDATE_PERSON, { input: { id: person.id, version: person.version, position } })).updatePerson;
          acknowledged.push({ kind: 'update', mark: position });
        } else {
          const name = `循环-${c}-${n}`;
          await untilAcknowledged(CREATE_PERSON, { input: personInput(name) });
          acknowledged.push({ kind: 'create', mark: name });
        }
      }
    }

    async function cutter() {
      const finished = new Promise<void>((resolve) => {
        const check = setInterval(() => done && (clearInterval(check), resolve()), 10);
      });
      while (!done) {
        const afterCommit = Math.random() < 0.5;
        const cut = afterCommit ? proxy!.cutAfterSend('COMMIT') : proxy!.cutOnSend('COMMIT');
        if ((await Promise.race([cut.then(() => 'cut'), finished.then(() => 'finished')])) === 'finished') break;
        if (afterCommit) figures.cutsAfterCommit++;
        else figures.cutsBeforeCommit++;
        await new Promise((resolve) => setTimeout(resolve, 10));
        await proxy!.restore();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
      }
      await proxy!.restore();
    }

    const entriesBefore = await auditEntries();
    const chaos = cutter();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    done = true;
    await chaos;
    // A trigger armed but never fired would cut a later COMMIT: restore clears it by cutting nothing.
    await proxy!.restore();
    figures.writes = acknowledged.length;

    let duplicates = 0;
    let lost = 0;
    for (const { kind, mark } of acknowledged) {
      const n =
        kind === 'create'
          ? await people(mark)
          : await count("SELECT COUNT(*) AS n FROM audit_entry WHERE subject = 'Person' AND action = 'update' AND after LIKE ?", [
              `%"${mark}"%`,
            ]);
      if (n === 0) lost++;
      if (n > 1) duplicates += n - 1;
    }
    const entriesAfter = await auditEntries();
    console.log(JSON.stringify({ ...figures, duplicates, lost, auditEntriesAdded: entriesAfter - entriesBefore }));

    expect(unexpected).toEqual([]);
    expect(figures.writes).toBe(CLIENTS * WRITES_PER_CLIENT);
    expect(figures.cutsBeforeCommit + figures.cutsAfterCommit).toBeGreaterThanOrEqual(10);
    expect(duplicates).toBe(0);
    expect(lost).toBe(0);
    // One entry per write, and nothing else.
    expect(entriesAfter - entriesBefore).toBe(CLIENTS * WRITES_PER_CLIENT);
    expect(await verifyAuditChain(server.db.manager)).toEqual({ entries: entriesAfter });
  }, 240_000);
});

(onServer ? describe : describe.skip)('a copy that waits for another holding its key', () => {
  let quick: TestServer;
  beforeAll(async () => {
    quick = await startTestServer({ requestTimeoutSeconds: 2 });
  }, 60_000);
  afterAll(() => quick?.close());

  it('gives up by the deadline with "may have been applied", never "nothing was changed" nor a 500, and the key then works', async () => {
    const token = await quick.tokenFor('admin');
    const [{ id: accountId }] = await quick.db.query("SELECT id FROM account WHERE login = 'admin'");
    const [{ id: employer }] = await quick.db.query("SELECT id FROM body WHERE code = 'P-QC'");
    const key = randomUUID();
    const name = unique('等待');
    const input = { name, employerId: Number(employer), managedById: Number(employer), position: '干部', rank: 'BUREAU' };
    // Another copy of the request, still inside its transaction, holds the key.
    const holder = quick.db.createQueryRunner();
    await holder.startTransaction();
    await holder.query('INSERT INTO idempotent_request (accountId, keyDigest, fingerprint, createdAt) VALUES (?, ?, ?, ?)', [
      accountId,
      createHash('sha256').update(key).digest('hex'),
      'f'.repeat(64),
      new Date().toISOString(),
    ]);
    const post = () =>
      fetch(quick.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
        body: JSON.stringify({ query: CREATE_PERSON, variables: { input } }),
      });
    try {
      const started = Date.now();
      const res = await post();
      const body = await res.json();
      expect(res.status).toBe(503);
      expect(body.errors[0]).toMatchObject({
        message: OUTCOME_UNKNOWN_MESSAGE,
        extensions: { code: 'SERVICE_UNAVAILABLE', outcome: 'UNKNOWN' },
      });
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    // The holder wrote nothing: the same key now makes the change, once.
    const again = await post();
    expect(again.status).toBe(200);
    expect(Number((await quick.db.query('SELECT COUNT(*) AS n FROM person WHERE name = ?', [name]))[0].n)).toBe(1);
  }, 30_000);
});
