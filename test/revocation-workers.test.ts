/**
 * WORKERS=2: a revoked grant and a removed staffing end access in every worker process with the
 * very next request. No process keeps a caller between requests (the caller is read from the
 * database with each one), and the abilities a process keeps are keyed by what the caller holds, so
 * neither worker can answer from what the person held before.
 *
 * @runs-alone
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../server/config';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { freshDatabase } from './support/harness';
import { freePort } from './support/free-port';

jest.setTimeout(180_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const urlOf = (database: DatabaseConfig) => (database.kind === 'sqlite' ? `sqlite:${database.url}` : database.url);

let child: ChildProcess;
let output = '';
let port: number;
let drop: () => Promise<void>;

beforeAll(async () => {
  const scratch = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'revocation-workers-'));
  port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: urlOf(scratch.database),
    TOKEN_SECRET: 'revocation-workers-secret-long-enough-0123456789',
    AUDIT_KEY: scratch.database.auditKey,
    SEED_DEMO: 'true',
    WORKERS: '2',
  };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  drop = async () => {
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 1200 && !output.includes('"msg":"listening"'); i++) await sleep(100);
  expect(output).toContain('"msg":"listening"');
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await drop?.();
});

/** A GraphQL request on a fresh connection, so that the primary hands it to either worker. */
function post(query: string, variables: Record<string, unknown>, token?: string): Promise<{ body: any; requestId: string }> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ body: JSON.parse(Buffer.concat(chunks).toString()), requestId: String(res.headers['x-request-id']) }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function pidOf(requestId: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const line = output
      .split('\n')
      .filter((l) => l.startsWith('{') && l.includes('"msg":"request completed"'))
      .map((l) => JSON.parse(l))
      .find((entry) => entry.requestId === requestId);
    if (line) return line.pid as number;
    await sleep(20);
  }
  throw new Error(`no log line for request ${requestId}`);
}

const tokenOf = async (login: string): Promise<string> =>
  (await post('mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }', { l: login, p: DEMO_PASSWORD }))
    .body.data.login.token;

/** What each of ten requests with the token answers for the inspection, and which processes answered. */
async function reads(token: string, id: number): Promise<{ answers: Set<string>; pids: Set<number> }> {
  const answers = new Set<string>();
  const pids = new Set<number>();
  for (let i = 0; i < 10; i++) {
    const res = await post('query($id: Int!) { assignment(id: $id) { id } }', { id }, token);
    answers.add(res.body.data?.assignment ? 'SEEN' : res.body.errors[0].extensions.code);
    pids.add(await pidOf(res.requestId));
  }
  return { answers, pids };
}

it('ends a revoked leader’s and a removed member’s access in both workers with their next request', async () => {
  const [office, leadingGroup, teamlead, team1] = await Promise.all(['office', 'lg.leader', 'teamlead', 'team1'].map(tokenOf));
  const found = await post(
    '{ assignments(filter: { stages: [INQUIRY] }, page: { take: 50 }) { items { id leaderGrants { id version personLabel { zh } revokedOn } staff { id version personLabel { zh } } } } }',
    {},
    office,
  );
  const inquiry = found.body.data.assignments.items.find((a: any) =>
    a.leaderGrants.some((g: any) => g.personLabel.zh === '欧阳正清' && !g.revokedOn),
  );
  const grant = inquiry.leaderGrants.find((g: any) => g.personLabel.zh === '欧阳正清' && !g.revokedOn);
  const member = inquiry.staff.find((s: any) => s.personLabel.zh === '周博远');

  const before = [await reads(teamlead, inquiry.id), await reads(team1, inquiry.id)];
  for (const r of before) expect([...r.answers]).toEqual(['SEEN']);
  expect(new Set([...before[0].pids, ...before[1].pids]).size).toBe(2);

  const revoked = await post(
    'mutation($input: RevokeLeaderGrantInput!) { revokeLeaderGrant(input: $input) { revokedOn } }',
    { input: { id: grant.id, version: grant.version, reason: '组长工作调动' } },
    leadingGroup,
  );
  expect(revoked.body.errors).toBeUndefined();
  const removed = await post(
    'mutation($input: RemoveStaffInput!) { removeStaff(input: $input) { removedOn } }',
    { input: { id: member.id, version: member.version, reason: '调离' } },
    office,
  );
  expect(removed.body.errors).toBeUndefined();

  const after = [await reads(teamlead, inquiry.id), await reads(team1, inquiry.id)];
  for (const r of after) expect([...r.answers]).toEqual(['NOT_FOUND']);
  expect(new Set([...after[0].pids, ...after[1].pids]).size).toBe(2);
});
