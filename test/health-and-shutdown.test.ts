/**
 * What a load balancer or an orchestrator sees: `/health` while the process answers, `/ready`
 * while it can serve (the database answers and it is not shutting down), and a shutdown that
 * lets the requests in flight finish before it closes the database.
 */
import { once } from 'node:events';
import http from 'node:http';
import { connect } from 'node:net';
import express from 'express';
import type { DataSource } from 'typeorm';
import { healthRouter, Readiness } from '../server/http/health';
import { gracefulShutdown } from '../server/http/shutdown';
import { startTestServer, type TestServer } from './support/harness';

/**
 * A POST to /graphql whose body is sent in two parts: the request is in flight until the second.
 * Its connection is kept alive, as a browser's or a proxy's would be.
 */
function requestInTwoParts(url: string, body: string, token?: string) {
  const request = http.request(url, {
    method: 'POST',
    agent: new http.Agent({ keepAlive: true }),
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
  });
  return { response, finish: () => request.end(body.slice(half)) };
}

/** The error code of a connection attempt, or 'connected'. */
/**
 * Whether the listener still takes a new TCP connection. A fresh socket, not fetch: fetch may reuse
 * a pooled keep-alive connection that the server is just closing, which says nothing about the listener.
 */
const tryConnect = (base: string) =>
  new Promise<string>((resolve) => {
    const { hostname, port } = new URL(base);
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'failed'));
  });

describe('/ready', () => {
  const probe = (db: { query(): Promise<unknown> }, readiness = new Readiness()) => {
    const app = express().use(healthRouter(db as unknown as DataSource, readiness, { readyTimeoutMs: 100 }));
    const server = app.listen(0, '127.0.0.1');
    return once(server, 'listening').then(async () => {
      const { port } = server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/ready`);
      server.close();
      return { status: res.status, body: await res.json(), cache: res.headers.get('cache-control') };
    });
  };

  it('is ready when the database answers', async () => {
    expect(await probe({ query: async () => [{ 1: 1 }] })).toEqual({ status: 200, body: { status: 'ready' }, cache: 'no-store' });
  });

  it('is unavailable, saying why, when the database refuses, is too slow, or the server is shutting down', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:3306'), { code: 'ECONNREFUSED' });
    expect(await probe({ query: () => Promise.reject(refused) })).toMatchObject({
      status: 503,
      body: { status: 'unavailable', reason: 'the database is unreachable' },
    });
    expect(await probe({ query: () => new Promise(() => undefined) })).toMatchObject({
      status: 503,
      body: { status: 'unavailable', reason: 'the database did not answer within 100 ms' },
    });
    const stopping = new Readiness();
    stopping.markShuttingDown();
    expect(await probe({ query: async () => [] }, stopping)).toMatchObject({
      status: 503,
      body: { status: 'unavailable', reason: 'shutting down' },
    });
  });
});

describe('a graceful shutdown', () => {
  let running: TestServer | undefined;
  afterEach(() => running?.close());

  it('reports not ready first, finishes the request in flight, refuses new connections, then closes the database', async () => {
    const server = (running = await startTestServer());
    const base = server.url.replace(/\/graphql$/, '');
    const token = await server.tokenFor('admin');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    // An idle keep-alive connection must not hold the shutdown up.
    const keepAlive = new http.Agent({ keepAlive: true });
    await new Promise((resolve) => http.get(`${base}/health`, { agent: keepAlive }, (res) => res.resume().on('end', resolve)));

    const inFlight = requestInTwoParts(server.url, JSON.stringify({ query: '{ bodies(page: { take: 3 }) { items { code } } }' }), token);
    await once(server.http, 'request');
    const drainStarted = Date.now();
    const stopped = gracefulShutdown(server.http, server.app, server.db, { drainMs: 300, graceMs: 10_000 });

    // While draining: still serving, but no longer ready.
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', reason: 'shutting down' }]);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    while (server.http.listening) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Date.now() - drainStarted).toBeGreaterThanOrEqual(290);
    expect(await tryConnect(base)).toBe('ECONNREFUSED');
    expect(server.db.isInitialized).toBe(true);

    inFlight.finish();
    const answered = await inFlight.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).data.bodies.items).toHaveLength(3);

    const finishedAt = Date.now();
    await stopped;
    expect(Date.now() - finishedAt).toBeLessThan(1000);
    expect(server.db.isInitialized).toBe(false);
    keepAlive.destroy();
  });

  it('cuts off a request still running when the grace period ends', async () => {
    const server = (running = await startTestServer({ demo: false }));
    const stuck = requestInTwoParts(server.url, JSON.stringify({ query: '{ __typename }' }));
    await once(server.http, 'request');
    const started = Date.now();
    await gracefulShutdown(server.http, server.app, server.db, { graceMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(stuck.response).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(server.db.isInitialized).toBe(false);
  });
});
