/**
 * The GraphQL operations of each roster entity, in one table, so that permission and validation
 * tests can drive every entity the same way.
 */
import type { TestServer } from './harness';

export type Entity = 'Body' | 'Person' | 'Membership' | 'Account' | 'PoolEntry' | 'LeaderGrant';
export type Action = 'read' | 'create' | 'update' | 'retire';
export const ENTITIES: Entity[] = ['Body', 'Person', 'Membership', 'Account', 'PoolEntry', 'LeaderGrant'];

export interface Record {
  id: number;
  version: number;
}

/** Where records of a side hang: a root body and the leading group whose pool the side uses. */
export interface Side {
  rootId: number;
  leadingGroupId: number;
  teamId: number;
}

interface Ops {
  one: string;
  list: string;
  create?: { mutation: string; input: (side: Side, n: string, ref: Fixture) => object };
  update?: { mutation: string; input: (r: Record, n: string) => object };
  retire?: string;
}

/** A set of records made for a test, one of each entity, all under a side's root body. */
export interface Fixture {
  Body: Record;
  Person: Record;
  Membership: Record;
  Account: Record;
  PoolEntry: Record;
  LeaderGrant: Record;
}

export const OPS: { [E in Entity]: Ops } = {
  Body: {
    one: 'body',
    list: 'bodies',
    create: {
      mutation: 'createBody',
      input: (side, n) => ({
        code: `FX-${n}`,
        name: `测试单位${n}`,
        nameEn: `Fixture unit ${n}`,
        kind: 'OTHER_UNIT',
        level: 'COUNTY',
        reportsToId: side.rootId,
      }),
    },
    update: { mutation: 'updateBody', input: (r, n) => ({ id: r.id, version: r.version, name: `改名单位${n}` }) },
    retire: 'retireBody',
  },
  Person: {
    one: 'person',
    list: 'people',
    create: {
      mutation: 'createPerson',
      input: (side, n) => ({ name: `测试人员${n}`, position: '干部', rank: 'STAFF', employerId: side.rootId, managedById: side.rootId }),
    },
    update: { mutation: 'updatePerson', input: (r, n) => ({ id: r.id, version: r.version, position: `处长${n}` }) },
    retire: 'retirePerson',
  },
  Membership: {
    one: 'membership',
    list: 'memberships',
    create: {
      mutation: 'createMembership',
      input: (side, _n, ref) => ({ personId: ref.Person.id, bodyId: side.rootId, role: 'STAFF', since: '2026-01-01' }),
    },
    update: { mutation: 'updateMembership', input: (r) => ({ id: r.id, version: r.version, since: '2025-06-01' }) },
    retire: 'endMembership',
  },
  Account: {
    one: 'account',
    list: 'accounts',
    create: {
      mutation: 'createAccount',
      input: (_side, n, ref) => ({ login: `fx.${n}`.toLowerCase(), password: 'fixture-password', personId: ref.Person.id }),
    },
    update: { mutation: 'updateAccount', input: (r, n) => ({ id: r.id, version: r.version, login: `fx.renamed.${n}`.toLowerCase() }) },
    retire: 'deactivateAccount',
  },
  PoolEntry: {
    one: 'poolEntry',
    list: 'poolEntries',
    create: {
      mutation: 'createPoolEntry',
      input: (side, n, ref) => ({ personId: ref.Person.id, leadingGroupId: side.leadingGroupId, since: '2026-02-01', note: `备注${n}` }),
    },
    update: { mutation: 'updatePoolEntry', input: (r, n) => ({ id: r.id, version: r.version, note: `新备注${n}` }) },
    retire: 'retirePoolEntry',
  },
  LeaderGrant: { one: 'leaderGrant', list: 'leaderGrants' },
};

let counter = 0;
export const unique = () => `${process.pid}x${++counter}`;

export async function mutate(server: TestServer, token: string | undefined, mutation: string, input: object) {
  return server.gql(`mutation($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { id version } }`, { input }, token);
}

function inputTypeOf(mutation: string): string {
  if (mutation.startsWith('retire') || mutation === 'endMembership' || mutation === 'deactivateAccount') return 'RetireInput';
  return `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
}

/**
 * Makes one record of `entity` as `adminToken` (a roster administrator of all of it): a body under
 * the side's root, everything else under the fixture's own body, so that retiring or changing it
 * touches nothing else.
 */
export async function makeRecord(
  server: TestServer,
  adminToken: string,
  entity: Entity,
  side: Side,
  base: Partial<Fixture>,
): Promise<Record> {
  // A grant of its own person: whoever holds one is a team leader, and an account for the shared
  // person would then be one a roster administrator may not create (see takeover.ts).
  if (entity === 'LeaderGrant') return insertGrant(server, side.teamId, (await makeRecord(server, adminToken, 'Person', side, base)).id);
  const under: Side = base.Body ? { ...side, rootId: base.Body.id } : side;
  // A person can be in a pool once: a new pool entry needs a person of its own.
  const ref =
    entity === 'PoolEntry' && base.PoolEntry ? { ...base, Person: await makeRecord(server, adminToken, 'Person', side, base) } : base;
  const op = OPS[entity].create!;
  const res = await mutate(server, adminToken, op.mutation, op.input(under, unique(), ref as Fixture));
  if (!res.data) throw new Error(`fixture ${entity}: ${JSON.stringify(res.errors)}`);
  return res.data[op.mutation];
}

export async function makeFixture(server: TestServer, adminToken: string, side: Side): Promise<Fixture> {
  const made: Partial<Fixture> = {};
  for (const entity of ENTITIES) made[entity] = await makeRecord(server, adminToken, entity, side, made);
  return made as Fixture;
}

/** Grants are issued with inspection assignments; until then tests insert them directly. */
async function insertGrant(server: TestServer, teamId: number, personId: number): Promise<Record> {
  const [team] = await server.db.query('SELECT scopePath FROM body WHERE id = ?', [teamId]);
  const now = new Date().toISOString();
  await server.db.query(
    'INSERT INTO leader_grant (version, createdAt, updatedAt, personId, teamId, validFrom, validUntil, revokedOn, scopePath) VALUES (1, ?, ?, ?, ?, ?, ?, NULL, ?)',
    [now, now, personId, teamId, '2026-01-01', '2026-12-31', team.scopePath],
  );
  const [row] = await server.db.query('SELECT id, version FROM leader_grant ORDER BY id DESC LIMIT 1');
  return { id: Number(row.id), version: Number(row.version) };
}

export async function bodyIdByCode(server: TestServer, code: string): Promise<number> {
  const [row] = await server.db.query('SELECT id FROM body WHERE code = ?', [code]);
  if (!row) throw new Error(`no body ${code}`);
  return Number(row.id);
}

/**
 * Puts a person on a team's roster the way it is done: a roster administrator proposes the
 * membership and the leading-group leader approves it.
 */
export async function joinTeam(server: TestServer, personId: number, teamCode: string, since = '2024-01-01'): Promise<void> {
  const proposal = await server.gql(
    'mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id version } }',
    { input: { personId, bodyId: await bodyIdByCode(server, teamCode), role: 'TEAM_MEMBER', since } },
    await server.tokenFor('admin'),
  );
  if (!proposal.data) throw new Error(`proposal: ${JSON.stringify(proposal.errors)}`);
  const approval = await server.gql(
    'mutation($input: DecideMembershipInput!) { approveMembership(input: $input) { id } }',
    { input: proposal.data.createMembership },
    await server.tokenFor('lg.leader'),
  );
  if (!approval.data) throw new Error(`approval: ${JSON.stringify(approval.errors)}`);
}

/**
 * A new account for a person, created by `admin` and signed in once to choose its own password
 * (the demo password, so that `tokenFor(login)` works with it).
 */
export async function accountFor(server: TestServer, login: string, personId: number, password: string): Promise<void> {
  const first = `${password}-first`;
  const created = await mutate(server, await server.tokenFor('admin'), 'createAccount', { login, password: first, personId });
  if (!created.data) throw new Error(`account: ${JSON.stringify(created.errors)}`);
  const signedIn = await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { login, password: first },
  });
  const changed = await server.gql(
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }',
    { input: { currentPassword: first, newPassword: password } },
    signedIn.data.login.token,
  );
  if (!changed.data) throw new Error(`password: ${JSON.stringify(changed.errors)}`);
}
