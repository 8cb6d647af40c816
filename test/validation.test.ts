/**
 * Bad input gets BAD_USER_INPUT naming the offending field, never a stack trace or SQL, and
 * changes nothing (the audit trail, which every write appends to, stays as it was).
 */
import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode, makeFixture, mutate, type Fixture } from './support/roster-ops';

let server: TestServer;
let admin: string;
let fx: Fixture;
let ids: Record<string, number>;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.tokenFor('admin');
  ids = {
    qc: await bodyIdByCode(server, 'P-QC'),
    qcLg: await bodyIdByCode(server, 'P-QC-LG'),
    qcTeam: await bodyIdByCode(server, 'P-QC-T1'),
    office: await bodyIdByCode(server, 'P-QC-LG-OFF'),
  };
  fx = await makeFixture(server, admin, { rootId: ids.qc, leadingGroupId: ids.qcLg, teamId: ids.qcTeam });
});
afterAll(() => server.close());

const auditCount = async () => Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);
const long = (n: number) => '长'.repeat(n);

type Case = [mutation: string, field: string, input: () => object, message: RegExp | null];

const CASES: Case[] = [
  [
    'createBody',
    'code',
    () => ({ code: 'has space', name: 'x', nameEn: 'x', kind: 'OTHER_UNIT', level: 'COUNTY', reportsToId: ids.qc }),
    /letters, digits and hyphens/,
  ],
  [
    'createBody',
    'name',
    () => ({ code: 'OK-1', name: '   ', nameEn: 'x', kind: 'OTHER_UNIT', level: 'COUNTY', reportsToId: ids.qc }),
    /must not be blank/,
  ],
  [
    'createBody',
    'name',
    () => ({ code: 'OK-2', name: long(121), nameEn: 'x', kind: 'OTHER_UNIT', level: 'COUNTY', reportsToId: ids.qc }),
    null,
  ],
  [
    'createBody',
    'code',
    () => ({ code: 'P-QC', name: '重复', nameEn: 'dup', kind: 'OTHER_UNIT', level: 'COUNTY', reportsToId: ids.qc }),
    /already the code of another body/,
  ],
  [
    'createBody',
    'reportsToId',
    () => ({ code: 'OK-3', name: 'x', nameEn: 'x', kind: 'OTHER_UNIT', level: 'COUNTY', reportsToId: 0 }),
    null,
  ],
  ['updateBody', 'version', () => ({ id: fx.Body.id, version: 0, name: 'x' }), null],
  ['updateBody', 'name', () => ({ id: fx.Body.id, version: fx.Body.version, name: null }), /cannot be cleared/],
  ['updateBody', 'hostedById', () => ({ id: fx.Body.id, version: fx.Body.version, hostedById: fx.Body.id }), /cannot host itself/],
  ['moveBody', 'reportsToId', () => ({ id: fx.Body.id, version: fx.Body.version, reportsToId: -4 }), null],
  ['retireBody', 'on', () => ({ id: fx.Body.id, version: fx.Body.version, on: '2026-02-30x' }), /YYYY-MM-DD/],
  [
    'createPerson',
    'idNumber',
    () => ({ name: '王五', position: '科员', rank: 'STAFF', employerId: ids.qc, managedById: ids.qc, idNumber: '12345' }),
    /18 characters/,
  ],
  ['createPerson', 'name', () => ({ name: '', position: '科员', rank: 'STAFF', employerId: ids.qc, managedById: ids.qc }), null],
  ['updatePerson', 'rank', () => ({ id: fx.Person.id, version: fx.Person.version, rank: null }), /cannot be cleared/],
  [
    'createMembership',
    'role',
    () => ({ personId: fx.Person.id, bodyId: ids.qc, role: 'TEAM_MEMBER', since: '2026-01-01' }),
    /cannot be held in a body of kind PARTY_COMMITTEE/,
  ],
  [
    'createMembership',
    'until',
    () => ({ personId: fx.Person.id, bodyId: ids.qc, role: 'STAFF', since: '2026-05-01', until: '2026-04-01' }),
    /must not be before since/,
  ],
  ['createMembership', 'since', () => ({ personId: fx.Person.id, bodyId: ids.qc, role: 'STAFF', since: '2026-13-01' }), /YYYY-MM-DD/],
  [
    'updateMembership',
    'until',
    () => ({ id: fx.Membership.id, version: fx.Membership.version, until: '2000-01-01' }),
    /must not be before since/,
  ],
  ['createAccount', 'login', () => ({ login: 'Has Upper', password: 'long-enough-password', personId: fx.Person.id }), null],
  ['createAccount', 'password', () => ({ login: 'short.pw', password: 'short', personId: fx.Person.id }), null],
  ['createAccount', 'login', () => ({ login: 'admin', password: 'long-enough-password', personId: fx.Person.id }), /already taken/],
  ['resetPassword', 'password', () => ({ id: fx.Account.id, version: fx.Account.version, password: 'tiny' }), null],
  [
    'createPoolEntry',
    'leadingGroupId',
    () => ({ personId: fx.Person.id, leadingGroupId: ids.office, since: '2026-01-01' }),
    /not a leading group/,
  ],
  [
    'createPoolEntry',
    'personId',
    () => ({ personId: fx.Person.id, leadingGroupId: ids.qcLg, since: '2026-01-01' }),
    /already in this pool/,
  ],
  ['updatePoolEntry', 'note', () => ({ id: fx.PoolEntry.id, version: fx.PoolEntry.version, note: long(501) }), null],
];

describe('bad input to a mutation', () => {
  it.each(CASES)('%s refuses a bad %s (case %#)', async (mutation, field, input, message) => {
    const before = await auditCount();
    const res = await mutate(server, admin, mutation, input());
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(error.extensions?.field ?? '')).toContain(field);
    expect(error.message).toContain(field);
    if (message) expect(error.message).toMatch(message);
    expect(JSON.stringify(res)).not.toMatch(/SELECT|INSERT|UPDATE |stack|at .*\.ts:\d+/);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a value of the wrong type before any resolver runs', async () => {
    const res = await mutate(server, admin, 'createBody', {
      code: 'T',
      name: 'x',
      nameEn: 'x',
      kind: 'CASTLE',
      level: 'COUNTY',
      reportsToId: ids.qc,
    });
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/kind/);
  });
});

describe('bad input to a list', () => {
  it('refuses a page larger than 100', async () => {
    const res = await server.gql('{ people(page: { take: 1000 }) { totalCount } }', {}, admin);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/take: must not be greater than 100/);
  });

  it('refuses a nested list larger than 100', async () => {
    const res = await server.gql('{ bodies(page: { take: 1 }) { items { children(first: 500) { id } } } }', {}, admin);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/first: must be a whole number from 1 to 100/);
  });

  it('treats search text as text, not as SQL or a wildcard', async () => {
    const res = await server.gql(`{ bodies(filter: { q: "%' OR 1=1 --" }) { totalCount } }`, {}, admin);
    expect(res.data.bodies.totalCount).toBe(0);
    const underscore = await server.gql('{ bodies(filter: { q: "_" }) { totalCount } }', {}, admin);
    expect(underscore.data.bodies.totalCount).toBe(0);
  });
});
