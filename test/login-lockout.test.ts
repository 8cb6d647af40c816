/**
 * Repeated failed sign-ins lock a login for a while, the same way whether or not the login exists;
 * a password reset unlocks it; the lock is on the audit trail.
 */
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { LOGIN_LOCKOUT } from '../server/modules/account/sign-in';
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
