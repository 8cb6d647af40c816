/**
 * A new installation: `npm run admin -- init` on an empty database sets up the root body and its
 * first administrator with a one-time password; that administrator must choose a password before
 * anything else, then works; `approve-membership` lets the operator approve the first leader of a
 * leading group. Everything it writes is on the audit trail, which verifies.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../server/app';
import { connect } from '../server/db/connect';
import { codes, freshDatabase, type GraphQLResponse } from './support/harness';

const run = promisify(execFile);
// Each command is a process of its own that compiles the server first: seconds, not milliseconds.
jest.setTimeout(120_000);
const ROOT = join(__dirname, '..');

let scratch: Awaited<ReturnType<typeof freshDatabase>>;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  scratch = await freshDatabase();
  const { database } = scratch;
  // No TOKEN_SECRET: the admin commands only open the database.
  const { TOKEN_SECRET: _ignored, ...rest } = process.env;
  env = {
    ...rest,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'first-admin-')),
    DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.url}` : database.url,
  };
});

let app: App | undefined;
let db: DataSource | undefined;
let http: Server | undefined;
afterAll(async () => {
  if (http) await new Promise((resolve) => http!.close(resolve));
  await app?.apollo.stop();
  if (db?.isInitialized) await db.destroy();
  await scratch?.drop();
  if (env?.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
});

/** Runs `npm run admin -- …` as the operator would, against the scratch database. */
async function admin(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run('node', ['-r', '@swc-node/register', join(ROOT, 'server', 'scripts', 'admin.ts'), ...args], {
      env,
      cwd: ROOT,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

let url: string;
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as GraphQLResponse<T>), status: response.status };
}

const INIT = ['init', '--body-name', '中央委员会', '--body-name-en', 'Central Committee', '--admin-name', '林素', '--login', 'Root.Admin'];

it('sets up an empty database with its first administrator, who must choose a password, then works', async () => {
  const init = await admin(...INIT);
  expect(init.err).toBe('');
  expect(init.code).toBe(0);
  expect(init.out).toMatch(/login:\s+root\.admin/);
  const password = /password:\s+(\S+)/.exec(init.out)![1];
  expect(password.length).toBeGreaterThanOrEqual(20);

  db = await connect(scratch.database, { attempts: 1 });
  app = await createApp({ tokenSecret: 'first-admin-test-secret-long-enough-123', tokenTtlSeconds: 3600 }, db);
  http = await new Promise<Server>((resolve) => {
    const s = app!.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

  const signIn = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { login: 'root.admin', password },
  });
  expect(signIn.errors).toBeUndefined();
  const token: string = signIn.data.login.token;

  const me = await gql(
    '{ me { account { login mustChangePassword person { name employer { code name kind level path } } } roles { role source } } }',
    {},
    token,
  );
  expect(me.data.me).toEqual({
    account: {
      login: 'root.admin',
      mustChangePassword: true,
      person: {
        name: '林素',
        employer: { code: 'C', name: '中央委员会', kind: 'PARTY_COMMITTEE', level: 'CENTRAL', path: expect.stringMatching(/^\/\d+\/$/) },
      },
    },
    roles: [{ role: 'ROSTER_ADMIN', source: 'membership' }],
  });
  const gated = await gql('{ bodies { totalCount } }', {}, token);
  expect(codes(gated)).toEqual(['FORBIDDEN']);
  expect(gated.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');

  const changed = await gql(
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }',
    { input: { currentPassword: password, newPassword: 'the first administrator’s own password' } },
    token,
  );
  expect(changed.data.changePassword.mustChangePassword).toBe(false);

  // Now the roster can be built: a leading group under the root, and a person proposed as its leader.
  const root = (await gql('{ bodies { items { id code } } }', {}, token)).data.bodies.items;
  expect(root.map((b: { code: string }) => b.code)).toEqual(['C']);
  const group = await gql(
    'mutation($input: CreateBodyInput!) { createBody(input: $input) { id } }',
    {
      input: {
        code: 'C-LG',
        name: '中央巡视工作领导小组',
        nameEn: 'Central Inspection Leading Group',
        kind: 'LEADING_GROUP',
        level: 'CENTRAL',
        reportsToId: root[0].id,
      },
    },
    token,
  );
  expect(group.errors).toBeUndefined();
  const person = await gql(
    'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { input: { name: '岳明', position: '组长', rank: 'MINISTERIAL', employerId: group.data.createBody.id, managedById: root[0].id } },
    token,
  );
  expect(person.errors).toBeUndefined();
  const proposal = await gql(
    'mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id status } }',
    {
      input: { personId: person.data.createPerson.id, bodyId: group.data.createBody.id, role: 'LEADING_GROUP_LEADER', since: '2026-01-01' },
    },
    token,
  );
  expect(proposal.data.createMembership.status).toBe('PENDING');
  const id = String(proposal.data.createMembership.id);

  // Nobody may approve the first leader of a leading group but the operator.
  const approved = await admin('approve-membership', id);
  expect(approved.err).toBe('');
  expect(approved.out).toMatch(/Approved membership \d+: 岳明 is LEADING_GROUP_LEADER of 中央巡视工作领导小组/);
  const membership = await gql(
    'query($id: Int!) { membership(id: $id) { status decidedByAccountId decidedAt } }',
    { id: Number(id) },
    token,
  );
  expect(membership.data.membership).toMatchObject({ status: 'APPROVED', decidedByAccountId: null, decidedAt: expect.any(String) });
  const again = await admin('approve-membership', id);
  expect(again.code).toBe(1);
  expect(again.err).toMatch(/is APPROVED, not PENDING/);
  expect((await admin('approve-membership', '999999')).err).toMatch(/membership 999999 does not exist/);

  const [entry] = await db.query("SELECT accountId, subject FROM audit_entry WHERE action = 'approve' ORDER BY id DESC LIMIT 1");
  expect(entry).toEqual({ accountId: null, subject: 'Membership' });
});

it('refuses a second init, naming what it found', async () => {
  const second = await admin('init', '--body-name', 'Another', '--admin-name', 'Someone', '--login', 'another.admin');
  expect(second.code).toBe(1);
  expect(second.err).toMatch(/not empty: it holds 2 bodies and 1 account\b/);
  expect(second.out).not.toMatch(/password/);
});

it('refuses incomplete or malformed flags before touching the database', async () => {
  expect((await admin('init', '--body-name', 'X')).err).toMatch(/needs --admin-name, --login/);
  expect((await admin(...INIT.slice(0, -1), 'has spaces')).err).toMatch(/--login: /);
  expect((await admin('bogus')).err).toMatch(/usage:/);
});

it('leaves an audit trail that verifies, written by no account', async () => {
  const entries = await db!.query('SELECT action, subject FROM audit_entry WHERE accountId IS NULL ORDER BY id');
  expect(entries.slice(0, 4)).toEqual(['Body', 'Person', 'Membership', 'Account'].map((subject) => ({ action: 'create', subject })));
  const { stdout } = await run('node', ['-r', '@swc-node/register', join(ROOT, 'server', 'scripts', 'verify-audit.ts')], {
    env: { ...env, TOKEN_SECRET: 'x'.repeat(40) },
    cwd: ROOT,
  });
  expect(stdout).toMatch(/audit trail holds: \d+ entries verified/);
});
