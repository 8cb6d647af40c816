/**
 * Repeated failed sign-ins lock a login for a while, the same way whether or not the login exists;
 * a password reset unlocks it; the lock is on the audit trail. Failures are counted however many
 * arrive at once, and right passwords arriving at once are not taken for an attack.
 */
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { LOGIN_LOCKOUT } from '../server/modules/account/sign-in';
import { signInFrom, type AddressedResponse } from './support/from-address';
import { codes, startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const signIn = (login: string, password: string) => server.gql(LOGIN, { input: { login, password } });

async function failTimes(login: string, n: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < n; i++) seen.push(...codes(await signIn(login, `wrong password ${i}`)).map(String));
  return seen;
}

it(`locks a login after ${LOGIN_LOCKOUT.failures} failures, even against the right password, and says for how long`, async () => {
  expect(await failTimes('staff', LOGIN_LOCKOUT.failures)).toEqual(Array(LOGIN_LOCKOUT.failures).fill('UNAUTHENTICATED'));
  const locked = await signIn('staff', DEMO_PASSWORD);
  expect(codes(locked)).toEqual(['TOO_MANY_REQUESTS']);
  expect(locked.errors![0].message).toMatch(new RegExp(`try again in ${LOGIN_LOCKOUT.minutes} minutes`));
  const [row] = await server.db.query("SELECT lockedUntil FROM account WHERE login = 'staff'");
  expect(Date.parse(row.lockedUntil)).toBeGreaterThan(Date.now() + (LOGIN_LOCKOUT.minutes - 1) * 60_000);
  const [entry] = await server.db.query("SELECT action, subject FROM audit_entry WHERE action = 'lock' ORDER BY id DESC LIMIT 1");
  expect(entry).toEqual({ action: 'lock', subject: 'Account' });
});

it('locks a login that does not exist the same way, so that a lock reveals no account', async () => {
  expect(await failTimes('nobody.here', LOGIN_LOCKOUT.failures)).toEqual(Array(LOGIN_LOCKOUT.failures).fill('UNAUTHENTICATED'));
  const locked = await signIn('nobody.here', 'anything at all');
  expect(codes(locked)).toEqual(['TOO_MANY_REQUESTS']);
  const real = await signIn('staff', 'still wrong');
  expect(locked.errors![0].message).toBe(real.errors![0].message);
});

it('is unlocked at once by a password reset, and a success clears the count', async () => {
  const admin = await server.tokenFor('admin');
  const [account] = await server.db.query("SELECT id, version FROM account WHERE login = 'staff'");
  const reset = await server.gql(
    'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id lockedUntil } }',
    { input: { id: account.id, version: account.version, password: 'a new password 2026' } },
    admin,
  );
  expect(reset.errors).toBeUndefined();
  expect(reset.data.resetPassword.lockedUntil).toBeNull();
  expect(codes(await signIn('staff', 'a new password 2026'))).toEqual([]);
  await failTimes('staff', LOGIN_LOCKOUT.failures - 1);
  expect(codes(await signIn('staff', 'a new password 2026'))).toEqual([]);
  // The count starts again after a success: one more failure does not lock.
  await failTimes('staff', 1);
  expect(codes(await signIn('staff', 'a new password 2026'))).toEqual([]);
});

it('does not lock other logins', async () => {
  expect(codes(await signIn('office', DEMO_PASSWORD))).toEqual([]);
});

/** `n` sign-ins sent at once, spread over `addresses` in turn. */
const atOnce = (n: number, addresses: string[], login: string, password: (i: number) => string) =>
  Promise.all(Array.from({ length: n }, (_, i) => signInFrom(server.url, addresses[i % addresses.length], login, password(i))));

const tally = (answers: AddressedResponse[]) => {
  const counts: Record<string, number> = {};
  for (const answer of answers) for (const code of codes(answer)) counts[String(code)] = (counts[String(code)] ?? 0) + 1;
  return counts;
};

async function accountRow(login: string) {
  const [row] = await server.db.query('SELECT id, version, failedLogins, lockedUntil FROM account WHERE login = ?', [login]);
  const [{ n }] = await server.db.query(
    "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'lock' AND subject = 'Account' AND recordId = ?",
    [row.id],
  );
  return { ...row, failedLogins: Number(row.failedLogins), locks: Number(n) };
}

it('counts from the start again once a lock has run out', async () => {
  const from = '127.0.0.41';
  for (let i = 0; i < LOGIN_LOCKOUT.failures; i++)
    expect(codes(await signInFrom(server.url, from, 'qc.leader', `wrong ${i}`))).toEqual(['UNAUTHENTICATED']);
  expect(await accountRow('qc.leader')).toMatchObject({ failedLogins: LOGIN_LOCKOUT.failures });
  await server.db.query('UPDATE account SET lockedUntil = ? WHERE login = ?', [new Date(Date.now() - 1000).toISOString(), 'qc.leader']);
  expect(codes(await signInFrom(server.url, from, 'qc.leader', 'wrong again'))).toEqual(['UNAUTHENTICATED']);
  expect(await accountRow('qc.leader')).toMatchObject({ failedLogins: 1, lockedUntil: null });
  expect(codes(await signInFrom(server.url, from, 'qc.leader', DEMO_PASSWORD))).toEqual([]);
  expect(await accountRow('qc.leader')).toMatchObject({ failedLogins: 0, lockedUntil: null });
});

describe('sign-ins that arrive at once', () => {
  const ATTACKERS = ['127.0.0.11', '127.0.0.12', '127.0.0.13', '127.0.0.14'];

  it(`locks a login after exactly ${LOGIN_LOCKOUT.failures} of 40 simultaneous wrong passwords, once, and refuses the right one until a reset`, async () => {
    const before = await accountRow('staff');
    const answers = await atOnce(40, ATTACKERS, 'staff', (i) => `wrong password ${i}`);
    // Exactly the failures that lock were checked; everything else was refused at once, with when to try again.
    expect(tally(answers)).toEqual({ UNAUTHENTICATED: LOGIN_LOCKOUT.failures, TOO_MANY_REQUESTS: 40 - LOGIN_LOCKOUT.failures });
    for (const refused of answers.filter((a) => codes(a)[0] === 'TOO_MANY_REQUESTS')) {
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    const row = await accountRow('staff');
    expect(row).toMatchObject({ failedLogins: LOGIN_LOCKOUT.failures, locks: before.locks + 1 });
    expect(Date.parse(row.lockedUntil)).toBeGreaterThan(Date.now() + (LOGIN_LOCKOUT.minutes - 1) * 60_000);

    const right = await signInFrom(server.url, '127.0.0.15', 'staff', DEMO_PASSWORD);
    expect(codes(right)).toEqual(['TOO_MANY_REQUESTS']);
    expect(right.status).toBe(429);
    expect(right.errors![0].message).toMatch(/^Too many failed sign-ins: try again in 1[45] minutes/);
    expect(Number(right.retryAfter)).toBeGreaterThan((LOGIN_LOCKOUT.minutes - 1) * 60);
    expect((await accountRow('staff')).locks).toBe(before.locks + 1);

    const reset = await server.gql(
      'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }',
      { input: { id: row.id, version: row.version, password: 'staff password 2026' } },
      await server.tokenFor('admin'),
    );
    expect(reset.errors).toBeUndefined();
    expect(codes(await signInFrom(server.url, '127.0.0.15', 'staff', 'staff password 2026'))).toEqual([]);
  });

  it('locks a login that does not exist after the same burst, and answers for it as for an account', async () => {
    const [unknown, known] = await Promise.all([
      atOnce(40, ['127.0.0.21', '127.0.0.22', '127.0.0.23', '127.0.0.24'], 'nobody.at.all', (i) => `wrong password ${i}`),
      atOnce(40, ['127.0.0.26', '127.0.0.27', '127.0.0.28', '127.0.0.29'], 'teamlead', (i) => `wrong password ${i}`),
    ]);
    expect(tally(unknown)).toEqual({ UNAUTHENTICATED: LOGIN_LOCKOUT.failures, TOO_MANY_REQUESTS: 40 - LOGIN_LOCKOUT.failures });
    expect(tally(known)).toEqual(tally(unknown));
    const [lockedUnknown, lockedKnown] = await Promise.all([
      signInFrom(server.url, '127.0.0.25', 'nobody.at.all', 'anything'),
      signInFrom(server.url, '127.0.0.25', 'teamlead', DEMO_PASSWORD),
    ]);
    expect(codes(lockedKnown)).toEqual(['TOO_MANY_REQUESTS']);
    expect([lockedUnknown.status, codes(lockedUnknown), lockedUnknown.errors![0].message]).toEqual([
      lockedKnown.status,
      codes(lockedKnown),
      lockedKnown.errors![0].message,
    ]);
  });

  it('does not take a burst of right passwords for an attack, even after failures', async () => {
    const before = await accountRow('receiver');
    for (let i = 0; i < LOGIN_LOCKOUT.failures - 1; i++)
      expect(codes(await signInFrom(server.url, '127.0.0.31', 'receiver', `typo ${i}`))).toEqual(['UNAUTHENTICATED']);
    // More right passwords at once than the attempts the login has left: they wait for one another instead.
    const answers = await atOnce(8, ['127.0.0.32', '127.0.0.33'], 'receiver', () => DEMO_PASSWORD);
    expect(answers.map((a) => [codes(a), typeof a.data?.login?.token])).toEqual(Array(8).fill([[], 'string']));
    const after = await accountRow('receiver');
    expect(after).toMatchObject({ failedLogins: 0, lockedUntil: null, locks: before.locks });
  });
});
