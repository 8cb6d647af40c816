/**
 * Edges of the HTTP surface found by trying it as a stranger would: names that every object has,
 * a forged Host header, a NUL in a search, and a port that is already taken.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intakeQrCode } from '../server/http/public-intake';
import { codes, startTestServer, type TestServer } from './support/harness';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server.close());

it('answers 404 for a document named after what every object has, never 500', async () => {
  const token = await server.tokenFor('lg.leader');
  for (const name of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']) {
    const res = await fetch(`${base}/documents/assignments/1/${name}.docx`, { headers: { authorization: `Bearer ${token}` } });
    expect([name, res.status]).toEqual([name, 404]);
  }
  const real = await fetch(`${base}/documents/assignments/1/notice.docx`, { headers: { authorization: `Bearer ${token}` } });
  expect(real.status).not.toBe(500);
});

/** A GET with a Host header of our choosing (fetch does not let one set it). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

it("builds the intake QR code from the configured public address, whatever the request's Host header says", async () => {
  const [open] = await server.db.query("SELECT intakeToken FROM assignment WHERE stage = 'INQUIRY' ORDER BY id LIMIT 1");
  const res = await getWithHost(`/intake/${open.intakeToken}/qr.svg`, 'evil.example');
  expect(res.status).toBe(200);
  expect(res.body).toBe(await intakeQrCode(`http://localhost:4000/intake/${open.intakeToken}`));
  expect(res.body).not.toBe(await intakeQrCode(`http://evil.example/intake/${open.intakeToken}`));
});

it('refuses a control character in a text filter instead of matching every row (or none)', async () => {
  const token = await server.tokenFor('admin');
  for (const q of ['\u0000', 'a\u0001b', '\u007f']) {
    const res = await server.gql('query($q: String!) { people(filter: { q: $q }) { totalCount } }', { q }, token);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(/control characters/);
  }
  // Tabs and line breaks are text, and are searched like any other.
  expect(codes(await server.gql('{ people(filter: { q: "\\t" }) { totalCount } }', {}, token))).toEqual([]);
});

it('exits non-zero, naming the port, when the port is taken', async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, resolve));
  const port = (holder.address() as AddressInfo).port;
  const dataDir = mkdtempSync(join(tmpdir(), 'port-taken-'));
  try {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'false', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot listen on port ${port}`);
  } finally {
    holder.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
