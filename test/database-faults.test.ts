/**
 * The database failing under a running server: clients get 503 with a clear message (no stack, no
 * SQL), a write that was cut off left nothing behind, and the server works again once the
 * database is back. On MariaDB/MySQL the server reaches its database through a proxy that cuts
 * every connection (mid-transaction, or for good until restored); on SQLite a second connection
 * holds the write lock.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { connect } from '../server/db/connect';
import { createDataSource } from '../server/db/data-source';
import { DATABASE_UNAVAILABLE_MESSAGE, OUTCOME_UNKNOWN_MESSAGE } from '../server/db/outage';
import { verifyAuditChain } from '../server/modules/audit/audit.service';
import { captureOutput } from './support/capture-output';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { startProxyFor, viaProxy, type TcpProxy } from './support/tcp-proxy';

const databaseUrl = process.env.DATABASE_URL;
const onServer = Boolean(databaseUrl && !databaseUrl.startsWith('sqlite'));

/** Makes the database fail the next write part-way through, then brings it back. */
interface Fault {
  /** Resolves once the fault is in place, before the write is sent. */
  breakNextWrite(): Promise<void>;
  repair(): Promise<void>;
}

/** The transaction runs up to its COMMIT, which never arrives: the server must roll it all back. */
function proxyFault(proxy: TcpProxy): Fault {
  return {
    async breakNextWrite() {
      void proxy.cutOnSend('COMMIT');
    },
    async repair() {
      await proxy.restore();
    },
  };
}

/** Another connection holds SQLite's write lock, as another process would; the server gives up waiting after a short busy timeout. */
function lockFault(server: TestServer): Fault {
  let holder: DataSource | null = null;
  return {
    async breakNextWrite() {
      await server.db.query('PRAGMA busy_timeout = 200');
      holder = await createDataSource(server.database).initialize();
      await holder.query('BEGIN EXCLUSIVE');
    },
    async repair() {
      if (!holder) return;
      await holder.query('ROLLBACK');
      await holder.destroy();
      holder = null;
      await server.db.query('PRAGMA busy_timeout = 5000');
    },
  };
}

let server: TestServer;
let proxy: TcpProxy | undefined;
let fault: Fault;
let base: string;

beforeAll(async () => {
  if (onServer) {
    proxy = await startProxyFor(databaseUrl!);
    server = await startTestServer({
      connectVia: viaProxy(proxy),
    });
    fault = proxyFault(proxy);
  } else {
    server = await startTestServer();
    fault = lockFault(server);
  }
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await fault?.repair();
  await server?.close();
  await proxy?.close();
});

const CREATE_BODY = 'mutation($input: CreateBodyInput!) { createBody(input: $input) { id code } }';

async function createBody(code: string): Promise<GraphQLResponse & { raw: string }> {
  const token = await server.tokenFor('admin');
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: CREATE_BODY,
      variables: {
        input: {
          code,
          name: '故障测试单位',
          nameEn: 'Fault test unit',
          kind: 'OTHER_UNIT',
          level: 'COUNTY',
          reportsToId: await bodyIdByCode(server, 'P-QC'),
        },
      },
    }),
  });
  const raw = await response.text();
  return { ...(JSON.parse(raw) as GraphQLResponse), status: response.status, raw };
}

/** The audit trail is one unbroken chain ending where its head row says, whatever was cut off. */
async function expectAuditChainIntact(entries: number): Promise<void> {
  expect(await verifyAuditChain(server.db.manager)).toEqual({ entries });
}

const count = async (sql: string, params: unknown[] = []) => Number((await server.db.query(sql, params))[0].n);

/** Nothing of how the server is built reaches a client. */
function expectNothingInternal(text: string): void {
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|stacktrace|SELECT |INSERT |COMMIT|ECONN|SQLITE_|PROTOCOL_|QueryFailedError/);
}

describe('a write the database fails part-way through', () => {
  it('answers 503 with a clear message and the request id, and writes nothing (the COMMIT never arrived)', async () => {
    // A write that is kept, so that the trail has an entry for the failed one to leave as the last.
    expect((await createBody('FAULT-0')).status).toBe(200);
    const bodies = await count('SELECT COUNT(*) AS n FROM body');
    const entries = await count('SELECT COUNT(*) AS n FROM audit_entry');

    await fault.breakNextWrite();
    const started = Date.now();
    const res = await createBody('FAULT-1');
    const elapsed = Date.now() - started;

    expect(res.status).toBe(503);
    // Cut at COMMIT the server cannot know whether the database kept the change, and says so;
    // SQLite's busy lock fails the first statement, before anything could be kept.
    expect(res.errors).toEqual([
      onServer
        ? expect.objectContaining({
            message: OUTCOME_UNKNOWN_MESSAGE,
            extensions: {
              code: 'SERVICE_UNAVAILABLE',
              outcome: 'UNKNOWN',
              messageKey: 'outage.outcomeUnknown',
              params: {},
              requestId: expect.any(String),
            },
          })
        : expect.objectContaining({
            message: DATABASE_UNAVAILABLE_MESSAGE,
            extensions: {
              code: 'SERVICE_UNAVAILABLE',
              messageKey: 'outage.databaseUnavailable',
              params: {},
              requestId: expect.any(String),
            },
          }),
    ]);
    expectNothingInternal(res.raw);
    expect(elapsed).toBeLessThan(3000);

    await fault.repair();
    expect(await count('SELECT COUNT(*) AS n FROM body')).toBe(bodies);
    expect(await count('SELECT COUNT(*) AS n FROM body WHERE code = ?', ['FAULT-1'])).toBe(0);
    await expectAuditChainIntact(entries);
  });

  it('succeeds when sent again once the database is back', async () => {
    const entries = await count('SELECT COUNT(*) AS n FROM audit_entry');
    const res = await createBody('FAULT-1');
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.data.createBody.code).toBe('FAULT-1');
    await expectAuditChainIntact(entries + 1);
  });

  it('on the public intake page, shows the form again with what was typed; sent again, it is recorded once', async () => {
    const { items, formKeyIn, servedFormKey, post } = await intakeForm();
    const before = await items();
    const content = '反映某单位违规使用公车问题，请予核查。';
    const formKey = await servedFormKey();

    await fault.breakNextWrite();
    const res = await post(formKey, content);
    const html = await res.text();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    // A database server cut off at COMMIT cannot tell whether it kept the report; SQLite's lock refused it outright.
    expect(html).toContain(onServer ? '系统未能确认您反映的内容是否已经保存' : '尚未提交');
    expect(html).toContain(content);
    expect(formKeyIn(html)).toBe(formKey);
    expectNothingInternal(html);

    await fault.repair();
    expect(await items()).toBe(before);
    for (let sending = 0; sending < 2; sending++) {
      const again = await post(formKey, content);
      expect([sending, again.status]).toEqual([sending, 200]);
      expect(await again.text()).toContain('已收到您反映的问题');
    }
    expect(await items()).toBe(before + 1);
  });
});

/** The intake page of the first inspection in inquiry, and its form as a browser sends it. */
async function intakeForm() {
  const [{ intakeToken: key, id }] = await server.db.query(
    "SELECT intakeToken, id FROM assignment WHERE stage = 'INQUIRY' ORDER BY id LIMIT 1",
  );
  const formKeyIn = (html: string) => html.match(/name="submission" value="([^"]+)"/)?.[1];
  return {
    items: () => count('SELECT COUNT(*) AS n FROM intake_item WHERE assignmentId = ?', [id]),
    formKeyIn,
    servedFormKey: async () => formKeyIn(await (await fetch(`${base}/intake/${key}`)).text())!,
    post: (formKey: string, content: string) =>
      fetch(`${base}/intake/${key}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ submission: formKey, content }),
      }),
  };
}

(onServer ? describe : describe.skip)('a report whose COMMIT the database kept without answering', () => {
  it('is shown again as perhaps saved, and sent again is answered as received without a second record', async () => {
    const { items, formKeyIn, servedFormKey, post } = await intakeForm();
    const before = await items();
    const content = '反映某单位违规发放购物卡问题，请予核查。';
    const formKey = await servedFormKey();

    const cut = proxy!.cutAfterSend('COMMIT');
    const lost = await post(formKey, content);
    await cut;
    await proxy!.restore();
    const html = await lost.text();
    expect(lost.status).toBe(503);
    expect(html).toContain('系统未能确认您反映的内容是否已经保存');
    expect(html).not.toContain('尚未提交');
    expect(formKeyIn(html)).toBe(formKey);
    expectNothingInternal(html);
    expect(await items()).toBe(before + 1);

    const again = await post(formKey, content);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('已收到您反映的问题');
    expect(await items()).toBe(before + 1);
  });
});

(onServer ? describe : describe.skip)('a database server that is gone', () => {
  it('answers 503 at once to reads, document downloads, the intake page and /ready; all work again when it is back', async () => {
    const token = await server.tokenFor('team1');
    const [assignment] = await server.db.query(
      "SELECT a.id, a.intakeToken FROM assignment a JOIN body t ON t.id = a.teamId WHERE t.code = 'C-T01' AND a.stage = 'INQUIRY'",
    );
    const requests = {
      read: () =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { account { login } } }' }),
        }),
      document: () =>
        fetch(`${base}/documents/assignments/${assignment.id}/notice.docx`, { headers: { authorization: `Bearer ${token}` } }),
      intake: () => fetch(`${base}/intake/${assignment.intakeToken}`),
      ready: () => fetch(`${base}/ready`),
    };

    await proxy!.cut();
    for (const [name, send] of Object.entries(requests)) {
      const started = Date.now();
      const res = await send();
      const elapsed = Date.now() - started;
      const text = await res.text();
      expect([name, res.status]).toEqual([name, 503]);
      expect(elapsed).toBeLessThan(3000);
      expectNothingInternal(text);
      if (name === 'read')
        expect(JSON.parse(text).errors[0]).toMatchObject({
          message: DATABASE_UNAVAILABLE_MESSAGE,
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
      if (name === 'document')
        expect(JSON.parse(text)).toMatchObject({
          error: DATABASE_UNAVAILABLE_MESSAGE,
          code: 'SERVICE_UNAVAILABLE',
          requestId: res.headers.get('x-request-id'),
        });
      if (name === 'intake') expect(text).toContain('系统暂时无法访问');
      if (name === 'ready') expect(JSON.parse(text)).toEqual({ status: 'unavailable', reason: 'the database is unreachable' });
    }

    await proxy!.restore();
    for (const [name, send] of Object.entries(requests)) {
      const res = await send();
      expect([name, res.status]).toEqual([name, 200]);
    }
  });
});

describe('start-up', () => {
  it('tries a database server a bounded number of times, one log line each, and says what to check', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const database = { kind: 'mariadb' as const, url: `mariadb://inspector:s3cret-pass@127.0.0.1:${closedPort}/inspection` };
    const started = Date.now();
    const { result, output } = await captureOutput(() =>
      connect(database, { attempts: 2, delayMs: 50 }).then(
        () => null,
        (error: Error) => error,
      ),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    const where = `mariadb://inspector:***@127.0.0.1:${closedPort}/inspection`;
    expect(result?.message).toBe(
      `could not open the database at ${where} after 2 attempts: connect ECONNREFUSED 127.0.0.1:${closedPort}. ` +
        'Check that the database server is running and reachable from here, and that DATABASE_URL names the right host, port, user, password and database.',
    );
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'database not reachable (attempt 1 of 2); trying again in 50 ms', database: where }),
    ]);
    expect(output + result!.message).not.toContain('s3cret-pass');
  });

  it('opens an SQLite file once, and says what to check when it cannot', async () => {
    // A path under a file: no folder can be made there.
    const notAFolder = join(mkdtempSync(join(tmpdir(), 'faults-')), 'plain-file');
    writeFileSync(notAFolder, '');
    const url = join(notAFolder, 'inspection.sqlite');
    const error = await connect({ kind: 'sqlite', url }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(
      /^could not open the database at the SQLite file .+: .+\. Check that the folder exists and that this user may read and write it/,
    );
    expect(error?.message).toContain(url);
  });
});
