/**
 * SIGTERM as a deployment sends it: to the server process started as `npm start` starts it (no
 * NODE_ENV=test, where libraries behave differently), while clients keep it busy. Every request the
 * server accepted before the signal is answered, and the process exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

function post(port: number, agent: Agent, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let child: ChildProcess | undefined;
let dataDir: string;
afterEach(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

it('answers every request it accepted before SIGTERM and exits 0, in the default environment', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shutdown-signal-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'true' };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 600 && !output.includes('"listening"'); i++) await new Promise((r) => setTimeout(r, 100));
  expect(output).toContain('"listening"');

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
  child.kill('SIGTERM');
  signalled = true;
  await Promise.all(clients);
  const results = await Promise.all(acceptedBeforeSignal);
  const failed = results.filter((r) => r instanceof Error || (r !== 200 && r !== 429));
  expect(results.length).toBeGreaterThan(20);
  expect(failed).toEqual([]);
  expect(await exited).toBe(0);
  expect(output).not.toMatch(/after the server has stopped/);
}, 120_000);
