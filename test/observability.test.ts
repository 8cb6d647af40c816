/**
 * Logs and metrics, read the way an operator reads them: /metrics over HTTP from the real server,
 * and the log lines it writes while serving requests.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app';
import { log, useLogLevel } from '../server/observability/log';
import { captureOutput } from './support/capture-output';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
let origin: string;
beforeAll(async () => {
  server = await startTestServer();
  origin = new URL(server.url).origin;
});
afterAll(() => server.close());

const LOGIN = 'mutation SignIn($input: LoginInput!) { login(input: $input) { token } }';

async function scrape(headers: Record<string, string> = {}): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(`${origin}/metrics`, { headers });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

/** The value of one series (0 when it has not been written yet). */
function valueOf(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const parseLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('/metrics', () => {
  it('exposes every documented metric in the Prometheus text format', async () => {
    await server.gql('{ __typename }');
    const { status, text, type } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'http_requests_total',
      'http_request_duration_seconds',
      'graphql_operations_total',
      'graphql_operation_duration_seconds',
      'graphql_errors_total',
      'sign_in_failures_total',
      'db_pool_connections',
      'audit_last_entry_id',
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('counts a failed sign-in, and its error by code', async () => {
    const before = await scrape();
    const failed = await server.gql(LOGIN, { input: { login: 'team1', password: 'wrong-password-0000' } });
    expect(failed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = await scrape();
    expect(valueOf(after.text, 'sign_in_failures_total')).toBe(valueOf(before.text, 'sign_in_failures_total') + 1);
    const unauthenticated = 'graphql_errors_total{code="UNAUTHENTICATED"}';
    expect(valueOf(after.text, unauthenticated)).toBe(valueOf(before.text, unauthenticated) + 1);
    const signIns = 'graphql_operations_total{operation="SignIn",type="mutation",outcome="error"}';
    expect(valueOf(after.text, signIns)).toBe(valueOf(before.text, signIns) + 1);
  });

  it('counts each operation under its name, anonymous ones under one label, and times them', async () => {
    const token = await server.tokenFor('analyst');
    const named = 'graphql_operations_total{operation="FindingsProbe",type="query",outcome="ok"}';
    const anonymous = 'graphql_operations_total{operation="_other",type="query",outcome="ok"}';
    const timed = 'graphql_operation_duration_seconds_count{operation="FindingsProbe"}';
    const requests = 'http_requests_total{method="POST",route="/graphql",status="200"}';
    const before = await scrape();
    for (let i = 0; i < 3; i++)
      expect((await server.gql('query FindingsProbe { findings(page: { take: 5 }) { totalCount } }', {}, token)).errors).toBeUndefined();
    expect((await server.gql('{ findings(page: { take: 1 }) { totalCount } }', {}, token)).errors).toBeUndefined();
    const after = await scrape();
    expect(valueOf(after.text, named)).toBe(valueOf(before.text, named) + 3);
    expect(valueOf(after.text, timed)).toBe(valueOf(before.text, timed) + 3);
    expect(valueOf(after.text, anonymous)).toBe(valueOf(before.text, anonymous) + 1);
    expect(valueOf(after.text, requests)).toBe(valueOf(before.text, requests) + 4);
  });

  it('reads the audit head and the database pool at each scrape', async () => {
    const head = async () => Number((await server.db.query('SELECT lastEntryId FROM audit_head WHERE id = 1'))[0].lastEntryId);
    expect(valueOf((await scrape()).text, 'audit_last_entry_id')).toBe(await head());
    const token = await server.tokenFor('admin');
    const created = await server.gql(
      'mutation { createSavedQuery(input: { name: "probe", query: "{ me { login } }" }) { id } }',
      {},
      token,
    );
    expect(created.errors).toBeUndefined();
    const text = (await scrape()).text;
    expect(valueOf(text, 'audit_last_entry_id')).toBe(await head());
    if (server.database.kind === 'sqlite') {
      expect(valueOf(text, 'db_pool_connections{server="primary",state="limit"}')).toBe(1);
    } else {
      expect(valueOf(text, 'db_pool_connections{server="primary",state="limit"}')).toBe(10);
      expect(valueOf(text, 'db_pool_connections{server="primary",state="free"}')).toBeGreaterThan(0);
      expect(text).toContain('db_pool_connections{server="primary",state="in_use"}');
      expect(text).toContain('db_pool_connections{server="primary",state="queued"} 0');
    }
  });

  it('answers only to its bearer token when METRICS_TOKEN is set', async () => {
    const metricsToken = 'metrics-token-for-the-test-0123';
    const guarded = await createApp(
      { tokenSecret: 'test-secret-that-is-long-enough-1234567890', tokenTtlSeconds: 3600, metricsToken },
      server.db,
    );
    const http: Server = await new Promise((resolve) => {
      const s = guarded.express.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer metrics-token-for-the-test-0124' } })).status).toBe(401);
      const allowed = await fetch(url, { headers: { authorization: `Bearer ${metricsToken}` } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('sign_in_failures_total');
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await guarded.apollo.stop();
    }
  });
});

/** Whether the request's own line (written when its answer has finished) is in the output. */
const requestCompleted = (output: string) => output.includes('"msg":"request completed"');

describe('the log', () => {
  it('writes one line per request with method, path, status, time and the request id, which every line of the request carries', async () => {
    const token = await server.tokenFor('analyst');
    const requestId = 'observability-0001';
    const { result, output } = await captureOutput(async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
        body: JSON.stringify({ query: '{ findings(page: { take: 20 }) { items { id target { name parent { name } } } } }' }),
      });
      await response.text();
      return { status: response.status, echoed: response.headers.get('x-request-id') };
    }, requestCompleted);
    expect(result).toEqual({ status: 200, echoed: requestId });
    const lines = parseLines(output);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.requestId).toBe(requestId);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'request completed',
        method: 'POST',
        path: '/graphql',
        status: 200,
        requestId,
        ms: expect.any(Number),
        time: expect.any(String),
      }),
    );
    expect(output).not.toContain(token);
  });

  it('writes a slow statement with the id of the request that ran it, without its parameters', async () => {
    const token = await server.tokenFor('analyst');
    // The driver's own copy of the options (the MySQL driver copies them) is what each statement reads.
    const options = server.db.driver.options as { maxQueryExecutionTime?: number };
    const threshold = options.maxQueryExecutionTime;
    // Every statement that takes a millisecond or more counts as slow for this test.
    options.maxQueryExecutionTime = 0.5;
    try {
      let slow: Record<string, unknown>[] = [];
      for (let attempt = 1; attempt <= 10 && !slow.length; attempt++) {
        const requestId = `observability-slow-${attempt}`;
        const { output } = await captureOutput(
          () =>
            fetch(server.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
              body: JSON.stringify({
                query:
                  '{ findings(page: { take: 100 }) { items { id target { name parent { name } } } } intakeItems(page: { take: 100 }) { totalCount } }',
              }),
            }).then((response) => response.text()),
          requestCompleted,
        );
        const lines = parseLines(output);
        for (const line of lines) expect(line.requestId).toBe(requestId);
        slow = lines.filter((l) => l.msg === 'slow query');
      }
      expect(slow.length).toBeGreaterThan(0);
      expect(slow[0]).toMatchObject({ level: 'warn', ms: expect.any(Number), query: expect.any(String) });
      expect(Object.keys(slow[0])).not.toContain('parameters');
    } finally {
      options.maxQueryExecutionTime = threshold;
    }
  });

  it('writes nothing below LOG_LEVEL', async () => {
    const { output } = await captureOutput(async () => {
      useLogLevel('warn');
      try {
        log({ level: 'info', msg: 'below the level' });
        log({ level: 'warn', msg: 'at the level' });
        await server.gql('{ __typename }');
      } finally {
        useLogLevel('info');
      }
    });
    expect(output).toContain('at the level');
    expect(output).not.toContain('below the level');
    expect(output).not.toContain('request completed');
  });
});
