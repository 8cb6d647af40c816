/**
 * Every sign-in opens a session and its token names it; a token is good only while its session is
 * open. Ending a session (signing out, ending it from elsewhere, a password reset or change, a
 * deactivation) refuses its token from the next request on, and nothing revives it. An account
 * whose password someone else chose may do nothing but choose its own.
 */
import { SignJWT } from 'jose';
import { createAuthProvider } from '../admin/src/providers/authProvider';
import { createGraphQLClient, type Session } from '../admin/src/providers/graphqlClient';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { endSessions } from '../server/modules/session/session.service';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server?.close());

const SECRET = 'test-secret-that-is-long-enough-1234567890';
const ME = '{ me { account { login mustChangePassword } } }';
const SESSIONS = '{ mySessions { totalCount items { id current createdAt expiresAt endedAt endReason clientAddress userAgent } } }';

/** Signs in afresh (a new session each time), as a browser naming itself `userAgent`. */
async function signIn(login: string, password = DEMO_PASSWORD, userAgent = 'sessions-test'): Promise<string> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { login, password } },
    }),
  });
  const body = (await response.json()) as GraphQLResponse<{ login: { token: string } }>;
  if (!body.data?.login) throw new Error(`cannot sign in as ${login}: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** The answer to a request with a token that has expired: what every refused session must look like. */
async function expiredTokenAnswer(): Promise<GraphQLResponse> {
  const expired = await new SignJWT({ sid: 1 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('1')
    .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
    .sign(new TextEncoder().encode(SECRET));
  return server.gql(ME, {}, expired);
}

async function expectRefused(token: string): Promise<void> {
  const res = await server.gql(ME, {}, token);
  const expired = await expiredTokenAnswer();
  expect(res.status).toBe(401);
  expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  expect(res.errors![0].message).toBe(expired.errors![0].message);
}

async function expectWorks(token: string, login: string): Promise<void> {
  const res = await server.gql(ME, {}, token);
  expect(res.errors).toBeUndefined();
  expect(res.data.me.account.login).toBe(login);
}

async function accountOf(login: string): Promise<{ id: number; version: number }> {
  const [row] = await server.db.query('SELECT id, version FROM account WHERE login = ?', [login]);
  return { id: Number(row.id), version: Number(row.version) };
}

async function mySessions(token: string) {
  const res = await server.gql(SESSIONS, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data.mySessions as {
    totalCount: number;
    items: Array<{
      id: number;
      current: boolean;
      endedAt: string | null;
      endReason: string | null;
      userAgent: string;
      clientAddress: string;
      createdAt: string;
      expiresAt: string;
    }>;
  };
}

const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id mustChangePassword } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { login mustChangePassword } }';

describe('a sign-in', () => {
  it('opens a session that records when, where from and with what, and its token names it', async () => {
    const token = await signIn('qc.leader', DEMO_PASSWORD, `Browser/1.0 ${'x'.repeat(300)}`);
    const [, payload] = token.split('.');
    const sid = JSON.parse(Buffer.from(payload, 'base64url').toString()).sid;
    const { items } = await mySessions(token);
    const current = items.find((s) => s.current)!;
    expect(current.id).toBe(sid);
    expect(current).toMatchObject({ endedAt: null, endReason: null, clientAddress: expect.stringContaining('127.0.0.1') });
    expect(current.userAgent).toHaveLength(200);
    expect(current.userAgent.startsWith('Browser/1.0 ')).toBe(true);
    expect(Date.parse(current.expiresAt) - Date.parse(current.createdAt)).toBeGreaterThan(3500_000);
  });
});

describe('a token stops working when its session ends', () => {
  it('after a password reset, a token issued before it is refused as an expired one is', async () => {
    const token = await signIn('future');
    await expectWorks(token, 'future');
    const reset = await server.gql(
      RESET,
      { input: { ...(await accountOf('future')), password: 'chosen by the administrator' } },
      await server.tokenFor('admin'),
    );
    expect(reset.errors).toBeUndefined();
    await expectRefused(token);
    const [session] = await server.db.query('SELECT endReason FROM session WHERE accountId = ? ORDER BY id DESC LIMIT 1', [
      (await accountOf('future')).id,
    ]);
    expect(session.endReason).toBe('PASSWORD_RESET');
  });

  it('after a deactivation, and reactivating the account does not revive it', async () => {
    const admin = await server.tokenFor('admin');
    const retired = await signIn('receiver');
    const deactivate = await server.gql(
      'mutation($input: RetireInput!) { deactivateAccount(input: $input) { active } }',
      { input: await accountOf('receiver') },
      admin,
    );
    expect(deactivate.errors).toBeUndefined();
    await expectRefused(retired);
    const updated = await signIn('liaison');
    const viaUpdate = await server.gql(
      'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { active } }',
      { input: { ...(await accountOf('liaison')), active: false } },
      admin,
    );
    expect(viaUpdate.errors).toBeUndefined();
    await expectRefused(updated);

    for (const login of ['receiver', 'liaison']) {
      const reactivate = await server.gql(
        'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { active } }',
        { input: { ...(await accountOf(login)), active: true } },
        admin,
      );
      expect(reactivate.data.updateAccount.active).toBe(true);
    }
    await expectRefused(retired);
    await expectRefused(updated);
    await expectWorks(await signIn('receiver'), 'receiver');
    const reasons = await server.db.query(
      "SELECT DISTINCT s.endReason FROM session s JOIN account a ON a.id = s.accountId WHERE a.login IN ('receiver', 'liaison') AND s.endedAt IS NOT NULL",
    );
    expect(reasons.map((r: { endReason: string }) => r.endReason)).toEqual(['DEACTIVATED']);
  });

  it('after signing out', async () => {
    const token = await signIn('office');
    const res = await server.gql('mutation { signOut { endedAt endReason current } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.signOut).toMatchObject({ endReason: 'SIGNED_OUT', current: true });
    expect(Date.parse(res.data.signOut.endedAt)).toBeLessThanOrEqual(Date.now());
    await expectRefused(token);
    expect(codes(await server.gql('mutation { signOut { id } }', {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it("when its holder ends it from another session; another account's session reads as not found", async () => {
    const here = await signIn('team1');
    const elsewhere = await signIn('team1');
    const { items } = await mySessions(here);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    // Newest first: the second sign-in heads the list.
    const other = items[0];
    expect(other.current).toBe(false);
    expect(items[1].current).toBe(true);

    const ended = await server.gql(
      'mutation($input: EndSessionInput!) { endSession(input: $input) { id endReason } }',
      { input: { id: other.id } },
      here,
    );
    expect(ended.data.endSession).toEqual({ id: other.id, endReason: 'ENDED_BY_USER' });
    await expectRefused(elsewhere);
    await expectWorks(here, 'team1');
    const again = await server.gql(
      'mutation($input: EndSessionInput!) { endSession(input: $input) { id } }',
      { input: { id: other.id } },
      here,
    );
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);

    const theirs = await signIn('qc.team');
    const [theirSession] = (await mySessions(theirs)).items;
    const refused = await server.gql(
      'mutation($input: EndSessionInput!) { endSession(input: $input) { id } }',
      { input: { id: theirSession.id } },
      here,
    );
    expect(codes(refused)).toEqual(['NOT_FOUND']);
    await expectWorks(theirs, 'qc.team');
    // Nobody lists another account's sessions either.
    expect((await mySessions(here)).items.map((s) => s.id)).not.toContain(theirSession.id);
  });

  it('when its holder ends every other session', async () => {
    const kept = await signIn('teamlead');
    const others = [await signIn('teamlead'), await signIn('teamlead')];
    const res = await server.gql('mutation { endOtherSessions }', {}, kept);
    expect(res.data.endOtherSessions).toBeGreaterThanOrEqual(2);
    for (const token of others) await expectRefused(token);
    await expectWorks(kept, 'teamlead');
    expect((await server.gql('mutation { endOtherSessions }', {}, kept)).data.endOtherSessions).toBe(0);
  });

  it('when the sessions of every account of its person are ended (a role taken away)', async () => {
    const theirs = [await signIn('qc.analyst'), await signIn('qc.analyst')];
    const bystander = await signIn('lg.member');
    const [person] = await server.db.query("SELECT personId FROM account WHERE login = 'qc.analyst'");
    const ended = await server.db.transaction((manager) => endSessions(manager, { personId: Number(person.personId) }, 'ROLE_REMOVED'));
    expect(ended).toBe(2);
    for (const token of theirs) await expectRefused(token);
    await expectWorks(bystander, 'lg.member');
  });

  it('when it expires, whatever the token says', async () => {
    const token = await signIn('yl.admin');
    await expectWorks(token, 'yl.admin');
    await server.db.query("UPDATE session SET expiresAt = '2026-01-01T00:00:00.000Z' WHERE accountId = ?", [
      (await accountOf('yl.admin')).id,
    ]);
    await expectRefused(token);
  });

  it('for a burst of requests sent right after it ended: every one is refused', async () => {
    const token = await signIn('analyst');
    const other = await signIn('analyst');
    await expectWorks(token, 'analyst');
    const { items } = await mySessions(other);
    const target = items.find((s) => !s.current && s.endedAt === null)!;
    expect(
      (await server.gql('mutation($input: EndSessionInput!) { endSession(input: $input) { id } }', { input: { id: target.id } }, other))
        .errors,
    ).toBeUndefined();
    const burst = await Promise.all(Array.from({ length: 20 }, () => server.gql(ME, {}, token)));
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(401));
  });
});

describe('changing your own password', () => {
  it('needs the current one, refuses the same or a short one, ends the other sessions, keeps this one, and is audited without the hash', async () => {
    const here = await signIn('staff');
    const elsewhere = await signIn('staff');
    const wrong = await server.gql(CHANGE, { input: { currentPassword: 'not my password', newPassword: 'a brand new password' } }, here);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0].extensions!.field).toBe('currentPassword');
    const same = await server.gql(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD } }, here);
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const short = await server.gql(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } }, here);
    expect(codes(short)).toEqual(['BAD_USER_INPUT']);
    await expectWorks(elsewhere, 'staff');

    const changed = await server.gql(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'a brand new password' } }, here);
    expect(changed.data.changePassword).toEqual({ login: 'staff', mustChangePassword: false });
    await expectWorks(here, 'staff');
    await expectRefused(elsewhere);
    await expectWorks(await signIn('staff', 'a brand new password'), 'staff');
    const old = await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { login: 'staff', password: DEMO_PASSWORD },
    });
    expect(codes(old)).toEqual(['UNAUTHENTICATED']);

    const [entry] = await server.db.query(
      "SELECT accountId, `before`, `after` FROM audit_entry WHERE action = 'change-password' ORDER BY id DESC LIMIT 1",
    );
    expect(Number(entry.accountId)).toBe((await accountOf('staff')).id);
    expect(entry.after).toContain('"passwordHash":"[redacted]"');
    expect(entry.before + entry.after).not.toContain('$argon2');
  });
});

describe('an account whose password someone else chose', () => {
  let token: string;
  beforeAll(async () => {
    const reset = await server.gql(
      RESET,
      { input: { ...(await accountOf('expired')), password: 'chosen by the administrator' } },
      await server.tokenFor('admin'),
    );
    expect(reset.data.resetPassword.mustChangePassword).toBe(true);
    token = await signIn('expired', 'chosen by the administrator');
  });

  it('may read who it is, and is told it must change its password', async () => {
    const me = await server.gql(ME, {}, token);
    expect(me.data.me.account).toEqual({ login: 'expired', mustChangePassword: true });
  });

  it('is refused everything else over GraphQL, saying why', async () => {
    for (const query of ['{ bodies { totalCount } }', SESSIONS, 'mutation { endOtherSessions }']) {
      const res = await server.gql(query, {}, token);
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(res.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.errors![0].message).toMatch(/changePassword/);
    }
  });

  it('is refused documents and exports', async () => {
    const headers = { authorization: `Bearer ${token}` };
    for (const path of ['/documents/assignments/1/notice.docx', '/exports/bodies.csv']) {
      const res = await fetch(`${base}${path}`, { headers });
      expect([path, res.status]).toEqual([path, 403]);
      expect(await res.json()).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PASSWORD_CHANGE_REQUIRED',
        error: expect.stringMatching(/changePassword/),
      });
    }
  });

  it('works once it has chosen its own', async () => {
    const changed = await server.gql(
      CHANGE,
      { input: { currentPassword: 'chosen by the administrator', newPassword: 'my very own password' } },
      token,
    );
    expect(changed.data.changePassword.mustChangePassword).toBe(false);
    expect((await server.gql('{ bodies { totalCount } }', {}, token)).errors).toBeUndefined();
    expect((await fetch(`${base}/exports/bodies.csv`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('may always sign out', async () => {
    const reset = await server.gql(
      RESET,
      { input: { ...(await accountOf('expired')), password: 'chosen once more by the admin' } },
      await server.tokenFor('admin'),
    );
    expect(reset.errors).toBeUndefined();
    const fresh = await signIn('expired', 'chosen once more by the admin');
    expect((await server.gql('mutation { signOut { endReason } }', {}, fresh)).data.signOut.endReason).toBe('SIGNED_OUT');
    await expectRefused(fresh);
  });
});

describe('the console', () => {
  /** The console's auth provider, on a store of its own instead of the browser's localStorage. */
  function consoleAuth() {
    let session: Session | null = null;
    const store = {
      get: () => session,
      set: (value: Session) => void (session = value),
      clear: () => void (session = null),
      token: () => session?.token ?? null,
    };
    const auth = createAuthProvider(createGraphQLClient({ url: server.url, getToken: () => store.token() }), store);
    return { auth, store };
  }

  it('learns from me that the password must be changed first, and learns it again once it is', async () => {
    const admin = await server.tokenFor('admin');
    expect(
      (await server.gql(RESET, { input: { ...(await accountOf('qc.admin')), password: 'chosen for qc.admin' } }, admin)).errors,
    ).toBeUndefined();
    const { auth, store } = consoleAuth();
    await auth.login({ username: 'qc.admin', password: 'chosen for qc.admin' });
    expect((await auth.currentUser()).me.account.mustChangePassword).toBe(true);
    const changed = await server.gql(
      CHANGE,
      { input: { currentPassword: 'chosen for qc.admin', newPassword: 'qc.admin chose this' } },
      store.token()!,
    );
    expect(changed.errors).toBeUndefined();
    auth.forgetUser();
    expect((await auth.currentUser()).me.account.mustChangePassword).toBe(false);
  });

  it('ends the session on the server when its user signs out', async () => {
    const { auth, store } = consoleAuth();
    await auth.login({ username: 'lg.leader', password: DEMO_PASSWORD });
    const token = store.token()!;
    await expectWorks(token, 'lg.leader');
    await auth.logout({});
    expect(store.get()).toBeNull();
    await expectRefused(token);
  });
});
