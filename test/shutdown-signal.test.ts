/**
 * SIGTERM as a deployment sends it: to the server process started as `npm start` starts it (no
 * NODE_ENV=test, where libraries behave differently). Every request the server accepted before the
 * signal is answered and the process exits 0; SHUTDOWN_DRAIN_SECONDS is the time between `/ready`
 * turning 503 and new connections being refused; a second signal stops it at once.
 *
 * @database-independent
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './support/free-port';

function post(port: number, agent: Agent, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { port, host: '127.0.0.1', path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let child: ChildProcess | undefined;
let dataDir: string | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server as `npm start` runs it (no NODE_ENV), on a fresh SQLite file, once it is listening. */
async function startServer(extraEnv: NodeJS.ProcessEnv = {}) {
  dataDir = mkdtempSync(join(tmpdir(), 'shutdown-signal-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SEED_DEMO: 'true',
    ...extraEnv,
  };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  const started = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child = started;
  const server = { port, output: '', exitedAt: 0, exited: undefined as unknown as Promise<number | null> };
  started.stdout!.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
  started.stderr!.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
  server.exited = new Promise((resolve) =>
    started.on('exit', (code) => {
      server.exitedAt = Date.now();
      resolve(code);
    }),
  );
  for (let i = 0; i < 600 && !server.output.includes('"listening"') && !server.exitedAt; i++) await sleep(100);
  expect(server.output).toContain('"listening"');
  return server;
}

/** GET on a fresh connection: the status, or the network error's code. */
const getFresh = (port: number, path: string) =>
  new Promise<number | string>((resolve) => {
    const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });

it('answers every request it accepted before SIGTERM and exits 0, in the default environment', async () => {
  const server = await startServer();
  const { port } = server;
  // 20 clients, each on its own kept-alive connection, sending one request after another.
  const body = JSON.stringify({ query: 'mutation { login(input: { login: "analyst", password: "wrong password" }) { token } }' });
  const cheap = JSON.stringify({ query: '{ __typename }' });
  let signalled = false;
  const acceptedBeforeSignal: Array<Promise<number | Error>> = [];
  const clients = Array.from({ length: 20 }, async (_, i) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (!signalled) {
      const sent = post(port, agent, i % 5 === 0 ? body : cheap).catch((e: Error) => e);
      acceptedBeforeSignal.push(sent);
      await sent;
    }
    agent.destroy();
  });
  await new Promise((r) => setTimeout(r, 1500));
  child!.kill('SIGTERM');
  signalled = true;
  await Promise.all(clients);
  const results = await Promise.all(acceptedBeforeSignal);
  const failed = results.filter((r) => r instanceof Error || (r !== 200 && r !== 429));
  expect(results.length).toBeGreaterThan(20);
  expect(failed).toEqual([]);
  expect(await server.exited).toBe(0);
  expect(server.output).not.toMatch(/after the server has stopped/);
}, 120_000);

it('keeps serving for SHUTDOWN_DRAIN_SECONDS while /ready answers 503, then refuses new connections', async () => {
  // One process: with several workers, node:cluster hands each new connection to a worker, and one
  // handed over in the instant the last worker stops listening is reset rather than refused (the
  // Workers part of the README says so; test/workers.test.ts covers the drain of several).
  const server = await startServer({ SHUTDOWN_DRAIN_SECONDS: '1', WORKERS: '1' });
  expect(await getFresh(server.port, '/ready')).toBe(200);
  const signalAt = Date.now();
  child!.kill('SIGTERM');
  const seen: Array<{ at: number; ready: number | string; health: number | string }> = [];
  for (;;) {
    const at = Date.now() - signalAt;
    const [ready, health] = await Promise.all([getFresh(server.port, '/ready'), getFresh(server.port, '/health')]);
    seen.push({ at, ready, health });
    if (ready === 'ECONNREFUSED' || at > 10_000) break;
    await sleep(50);
  }
  expect(await server.exited).toBe(0);
  const firstNotReady = seen.find((s) => s.ready === 503)!.at;
  const refusedFrom = seen[seen.length - 1].at;
  console.log(
    `drain of 1 s: /ready 503 after ${firstNotReady} ms, connections refused from ${refusedFrom} ms, exit after ${server.exitedAt - signalAt} ms`,
  );
  expect(firstNotReady).toBeLessThan(500);
  // Until the drain ends, not ready but serving; then refused, not reset.
  const during = seen.filter((s) => s.at > firstNotReady && s !== seen[seen.length - 1]);
  expect(during.length).toBeGreaterThan(3);
  expect(during.filter((s) => s.ready !== 503 || s.health !== 200)).toEqual([]);
  expect(refusedFrom).toBeGreaterThanOrEqual(900);
  expect(refusedFrom).toBeLessThan(2500);
  expect(server.output).toMatch(/"msg":"stopped"/);
}, 60_000);

it('exits at once, with a failure code, on a second SIGTERM during the shutdown', async () => {
  const server = await startServer({ SHUTDOWN_DRAIN_SECONDS: '30' });
  child!.kill('SIGTERM');
  await sleep(300);
  expect(await getFresh(server.port, '/ready')).toBe(503);
  const secondAt = Date.now();
  child!.kill('SIGTERM');
  expect(await server.exited).toBe(1);
  console.log(`second SIGTERM: exit after ${server.exitedAt - secondAt} ms`);
  expect(server.exitedAt - secondAt).toBeLessThan(1000);
}, 60_000);
