import { unpackRules } from '@casl/ability/extra';
import { subject } from '@casl/ability';
import { SignJWT } from 'jose';
import { createAppAbility, canReadProtected } from '../server/permissions/ability';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { codes, startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { dayFromToday, today } from '../server/modules/common/calendar';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token expiresAt } }';
const ME = '{ me { account { login } roles { role bodyId source } rules } }';

describe('signing in', () => {
  it('returns a token that identifies the caller', async () => {
    const res = await server.gql(LOGIN, { input: { login: 'qc.admin', password: DEMO_PASSWORD } });
    expect(res.data.login.token).toMatch(/^ey/);
    expect(new Date(res.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await server.gql(ME, {}, res.data.login.token);
    expect(me.data.me.account.login).toBe('qc.admin');
    expect(me.data.me.roles).toEqual([{ role: 'ROSTER_ADMIN', bodyId: await bodyIdByCode(server, 'P-QC'), source: 'membership' }]);
  });

  it('says the same for a wrong password and an unknown login', async () => {
    const wrong = await server.gql(LOGIN, { input: { login: 'qc.admin', password: 'not-the-password' } });
    const unknown = await server.gql(LOGIN, { input: { login: 'nobody.here', password: 'not-the-password' } });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('refuses a malformed, forged or expired token with 401', async () => {
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode('test-secret-that-is-long-enough-1234567890'));
    for (const token of ['garbage', forged, expired]) {
      const res = await server.gql(ME, {}, token);
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('changes to an account take effect on the next request', () => {
  it('a deactivated account stops working at once, and cannot sign in', async () => {
    const token = await server.tokenFor('qc.analyst');
    expect((await server.gql(ME, {}, token)).data.me.account.login).toBe('qc.analyst');
    const admin = await server.tokenFor('admin');
    const { items } = (await server.gql('{ accounts(filter: { q: "qc.analyst" }) { items { id version } } }', {}, admin)).data.accounts;
    const res = await server.gql(
      'mutation($input: RetireInput!) { deactivateAccount(input: $input) { active } }',
      { input: items[0] },
      admin,
    );
    expect(res.data.deactivateAccount.active).toBe(false);
    expect((await server.gql(ME, {}, token)).status).toBe(401);
    expect(codes(await server.gql(LOGIN, { input: { login: 'qc.analyst', password: DEMO_PASSWORD } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('an ended membership stops granting at once', async () => {
    const token = await server.tokenFor('yl.admin');
    const yl = await bodyIdByCode(server, 'P-YL');
    expect((await server.gql('query($id: Int!) { body(id: $id) { id } }', { id: yl }, token)).data.body.id).toBe(yl);
    const admin = await server.tokenFor('admin');
    const m = (await server.gql(`{ memberships(filter: { bodyId: ${yl}, roles: [ROSTER_ADMIN] }) { items { id version } } }`, {}, admin))
      .data.memberships.items[0];
    const yesterday = dayFromToday(-1);
    expect(
      (
        await server.gql(
          'mutation($input: RetireInput!) { endMembership(input: $input) { until } }',
          { input: { ...m, on: yesterday } },
          admin,
        )
      ).data.endMembership.until,
    ).toBe(yesterday);
    // Taking a role away ends the holder's sessions; signed in again, they hold nothing.
    expect(codes(await server.gql('query($id: Int!) { body(id: $id) { id } }', { id: yl }, token))).toEqual(['UNAUTHENTICATED']);
    const again = await server.gql('mutation { login(input: { login: "yl.admin", password: "demo-password-2026" }) { token } }');
    expect(codes(await server.gql('query($id: Int!) { body(id: $id) { id } }', { id: yl }, again.data.login.token))).toEqual(['NOT_FOUND']);
    expect((await server.gql(ME, {}, again.data.login.token)).data.me.roles).toEqual([]);
  });

  it('a membership that has ended or not yet begun grants nothing', async () => {
    for (const login of ['expired', 'future']) {
      const me = (await server.gql(ME, {}, await server.tokenFor(login))).data.me;
      expect(me.roles.filter((r: { role: string }) => r.role === 'TEAM_MEMBER')).toEqual([]);
    }
  });

  it('a leadership grant counts only inside its window', async () => {
    const me = (await server.gql(ME, {}, await server.tokenFor('teamlead'))).data.me;
    expect(me.roles).toEqual([{ role: 'TEAM_LEADER', bodyId: await bodyIdByCode(server, 'C-T01'), source: 'grant' }]);
    const day = today();
    const [grant] = await server.db.query(
      "SELECT g.id FROM leader_grant g JOIN account a ON a.personId = g.personId WHERE a.login = 'teamlead' AND g.validFrom <= ? AND g.validUntil >= ?",
      [day, day],
    );
    await server.db.query("UPDATE leader_grant SET validUntil = '2026-01-31' WHERE id = ?", [grant.id]);
    expect((await server.gql(ME, {}, await server.tokenFor('teamlead'))).data.me.roles).toEqual([]);
  });
});

describe('protected fields', () => {
  const PERSON = 'query($id: Int!) { person(id: $id) { id name idNumber } }';
  const PEOPLE = '{ people(page: { take: 100 }) { items { id idNumber } } }';

  it('are null for a reader whose rules do not name them, in single reads and lists alike', async () => {
    const [person] = await server.db.query(
      "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'P-QC-GOV' LIMIT 1",
    );
    const analyst = await server.tokenFor('analyst');
    const one = (await server.gql(PERSON, { id: Number(person.id) }, analyst)).data.person;
    expect(one.name).toBeTruthy();
    expect(one.idNumber).toBeNull();
    const [own] = await server.db.query("SELECT personId FROM account WHERE login = 'analyst'");
    const others = (await server.gql(PEOPLE, {}, analyst)).data.people.items.filter((p: { id: number }) => p.id !== Number(own.personId));
    expect(others.length).toBeGreaterThan(50);
    expect(others.every((p: { idNumber: null }) => p.idNumber === null)).toBe(true);
    const admin = (await server.gql(PERSON, { id: Number(person.id) }, await server.tokenFor('admin'))).data.person;
    expect(admin.idNumber).toMatch(/^99\d{15}[\dX]$/);
  });

  it('are readable by the person they describe', async () => {
    const token = await server.tokenFor('staff');
    const [me] = await server.db.query("SELECT personId FROM account WHERE login = 'staff'");
    expect((await server.gql(PERSON, { id: Number(me.personId) }, token)).data.person.idNumber).toMatch(/^99/);
  });

  it('never reach the audit trail', async () => {
    const admin = await server.tokenFor('admin');
    const [person] = await server.db.query('SELECT id, version FROM person WHERE idNumber IS NOT NULL LIMIT 1');
    const res = await server.gql(
      'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
      { input: { id: Number(person.id), version: Number(person.version), idNumber: '99000019900101002X' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const [entry] = await server.db.query("SELECT `before`, `after` FROM audit_entry WHERE subject = 'Person' ORDER BY id DESC LIMIT 1");
    expect(entry.after).toContain('"idNumber":"[redacted]"');
    expect(entry.before + entry.after).not.toMatch(/99\d{15}/);
  });
});

describe('the rules me returns', () => {
  it('decide every demo record the same in the browser as the server does in SQL', async () => {
    for (const login of ['qc.admin', 'analyst', 'lg.leader', 'team1', 'liaison']) {
      const token = await server.tokenFor(login);
      const browser = createAppAbility(unpackRules((await server.gql(ME, {}, token)).data.me.rules));
      const visible = new Set(
        (await server.gql('{ bodies(page: { take: 100 }) { items { id } } }', {}, token)).data.bodies.items.map(
          (b: { id: number }) => b.id,
        ),
      );
      const all = await server.db.query('SELECT id, scopePath, kind FROM body WHERE retiredOn IS NULL');
      for (const row of all) {
        const record = subject('Body', { id: Number(row.id), scopePath: row.scopePath, kind: row.kind });
        expect([login, row.id, browser.can('read', record)]).toEqual([login, row.id, visible.has(Number(row.id))]);
      }
      const person = subject('Person', { id: -1, scopePath: '/1/' });
      expect(canReadProtected(browser, person, 'idNumber')).toBe(false);
    }
  });
});

describe('versions', () => {
  it('refuse an update based on a stale version with CONFLICT, and keep the newer change', async () => {
    const admin = await server.tokenFor('admin');
    const id = await bodyIdByCode(server, 'P-DL-LG');
    const { version } = (await server.gql('query($id: Int!) { body(id: $id) { version } }', { id }, admin)).data.body;
    const UPDATE = 'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { name version } }';
    expect((await server.gql(UPDATE, { input: { id, version, nameEn: 'First edit' } }, admin)).data.updateBody.version).toBe(version + 1);
    const stale = await server.gql(UPDATE, { input: { id, version, nameEn: 'Second edit' } }, admin);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].message).toMatch(/reload it/);
    expect((await server.gql('query($id: Int!) { body(id: $id) { nameEn } }', { id }, admin)).data.body.nameEn).toBe('First edit');
  });
});
