/**
 * Every demo role × every roster entity × every action, on records inside and outside its scope,
 * over HTTP. The table below is the specification; each cell becomes a test that checks both
 * what is allowed and what is refused (NOT_FOUND when the record is out of sight, FORBIDDEN when
 * it is visible but the action is not allowed).
 */
import { codes, startTestServer, type TestServer } from './support/harness';
import {
  bodyIdByCode,
  ENTITIES,
  makeFixture,
  makeRecord,
  mutate,
  OPS,
  unique,
  type Action,
  type Entity,
  type Fixture,
  type Side,
} from './support/roster-ops';

type SideName = 'qc' | 'yl' | 'team';
type Spec = Partial<Record<Entity, Partial<Record<Action, SideName[]>>>>;

const ALL: SideName[] = ['qc', 'yl', 'team'];
const rosterOf = (sides: SideName[]): Spec => ({
  Body: { read: sides, create: sides, update: sides, retire: sides },
  Person: { read: sides, create: sides, update: sides, retire: sides },
  Membership: { read: sides, create: sides, update: sides, retire: sides },
  Account: { read: sides, create: sides, update: sides, retire: sides },
  PoolEntry: { read: sides, create: sides, update: sides, retire: sides },
  LeaderGrant: { read: sides },
});
const directoryOf = (sides: SideName[]): Spec => ({
  Body: { read: sides },
  Person: { read: sides },
  Membership: { read: sides },
  PoolEntry: { read: sides },
  LeaderGrant: { read: sides },
});
// The central leading group and its office see every body their committee may inspect and the
// people in them, and the rosters of the inspection bodies under the leading group itself.
const leadingGroup: Spec = {
  Body: { read: ALL },
  Person: { read: ALL },
  Membership: { read: ['team'] },
  PoolEntry: { read: ['team'] },
  LeaderGrant: { read: ['team'] },
};
// The leader also decides the roles proposed anywhere in its committee's tree, so it reads those memberships.
const leadingGroupLeader: Spec = { ...leadingGroup, Membership: { read: ALL } };
const teamWork: Spec = { Membership: { read: ['team'] }, LeaderGrant: { read: ['team'] } };

/**
 * Sides: `qc` hangs under the Qingchuan provincial committee (its pool: Qingchuan's leading
 * group; its grant: Qingchuan team 1); `yl` the same in Yunling; `team` under central team 1
 * (pool: the central leading group; grant: central team 1).
 */
const EXPECTED: Record<string, Spec> = {
  admin: rosterOf(ALL),
  'qc.admin': rosterOf(['qc']),
  'yl.admin': rosterOf(['yl']),
  analyst: directoryOf(ALL),
  'qc.analyst': directoryOf(['qc']),
  leader: { Body: { read: ALL } },
  'qc.leader': { Body: { read: ['qc'] } },
  'lg.leader': leadingGroupLeader,
  'lg.member': leadingGroup,
  office: leadingGroup,
  team1: teamWork,
  teamlead: teamWork,
  'qc.team': { LeaderGrant: { read: ['qc'] } },
  liaison: {},
  receiver: {},
  staff: {},
  future: {},
  expired: {},
};

const ACTIONS: Action[] = ['read', 'create', 'update', 'retire'];
const allowed = (login: string, entity: Entity, action: Action, side: SideName) =>
  EXPECTED[login][entity]?.[action]?.includes(side) ?? false;

let server: TestServer;
let adminToken: string;
const sides = {} as Record<SideName, Side>;
const shared = {} as Record<SideName, Fixture>;

beforeAll(async () => {
  server = await startTestServer();
  adminToken = await server.tokenFor('admin');
  const ids = async (root: string, group: string, team: string): Promise<Side> => ({
    rootId: await bodyIdByCode(server, root),
    leadingGroupId: await bodyIdByCode(server, group),
    teamId: await bodyIdByCode(server, team),
  });
  sides.qc = await ids('P-QC', 'P-QC-LG', 'P-QC-T1');
  sides.yl = await ids('P-YL', 'P-YL-LG', 'P-YL-T1');
  sides.team = await ids('C-T01', 'C-LG', 'C-T01');
  for (const side of ALL) shared[side] = await makeFixture(server, adminToken, sides[side]);
});

afterAll(() => server.close());

const cases = Object.keys(EXPECTED).flatMap((login) =>
  ENTITIES.flatMap((entity) =>
    ACTIONS.filter((action) => action === 'read' || OPS[entity][action]).flatMap((action) =>
      ALL.map((side) => ({ login, entity, action, side, expected: allowed(login, entity, action, side) })),
    ),
  ),
);

async function visible(token: string, entity: Entity, id: number): Promise<boolean> {
  const res = await server.gql(`query($id: Int!) { ${OPS[entity].one}(id: $id) { id } }`, { id }, token);
  return Boolean(res.data?.[OPS[entity].one]);
}

describe.each(Object.keys(EXPECTED))('as %s', (login) => {
  const mine = cases.filter((c) => c.login === login);

  it.each(mine.map((c) => [c.entity, c.action, c.side, c.expected ? 'allowed' : 'refused', c] as const))(
    '%s %s on the %s side is %s',
    async (_e, _a, _s, _x, { entity, action, side, expected }) => {
      const token = await server.tokenFor(login);
      const ops = OPS[entity];
      if (action === 'read') {
        const id = shared[side][entity].id;
        const one = await server.gql(`query($id: Int!) { ${ops.one}(id: $id) { id } }`, { id }, token);
        const list = await server.gql(
          `query($id: Int!) { ${ops.list}(filter: { ids: [$id] }) { items { id } totalCount } }`,
          { id },
          token,
        );
        const listed = (list.data?.[ops.list].items ?? []).some((r: { id: number }) => r.id === id);
        if (expected) {
          expect(one.data?.[ops.one]?.id).toBe(id);
          expect(listed).toBe(true);
        } else {
          expect(codes(one)).toEqual(['NOT_FOUND']);
          expect(listed).toBe(false);
        }
        return;
      }
      // Each mutation acts on records made for it, so that no case depends on another.
      const fixture: Fixture =
        action === 'create'
          ? shared[side]
          : { ...shared[side], [entity]: await makeRecord(server, adminToken, entity, sides[side], shared[side]) };
      // A person can be in a pool once: a new pool entry needs a person of its own.
      const ref =
        action === 'create' && entity === 'PoolEntry'
          ? { ...fixture, Person: await makeRecord(server, adminToken, 'Person', sides[side], shared[side]) }
          : fixture;
      const before = await server.db.query('SELECT COUNT(*) AS n FROM audit_entry');
      const input =
        action === 'create'
          ? ops.create!.input(sides[side], unique(), ref)
          : action === 'update'
            ? ops.update!.input(fixture[entity], unique())
            : { id: fixture[entity].id, version: fixture[entity].version };
      const mutation = action === 'create' ? ops.create!.mutation : action === 'update' ? ops.update!.mutation : ops.retire!;
      const res = await mutate(server, token, mutation, input);
      const after = await server.db.query('SELECT COUNT(*) AS n FROM audit_entry');
      if (expected) {
        expect(res.errors).toBeUndefined();
        expect(res.data?.[mutation].version).toBe(action === 'create' ? 1 : fixture[entity].version + 1);
        expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
      } else {
        const target = action === 'create' ? null : fixture[entity].id;
        const seen = target !== null && (await visible(token, entity, target));
        expect(codes(res)).toEqual([
          seen ? 'FORBIDDEN' : action === 'create' ? expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) : 'NOT_FOUND',
        ]);
        expect(Number(after[0].n)).toBe(Number(before[0].n));
      }
    },
  );
});

describe('anonymous callers', () => {
  it('are refused every query and mutation of every entity with UNAUTHENTICATED', async () => {
    for (const entity of ENTITIES) {
      const ops = OPS[entity];
      expect(codes(await server.gql(`{ ${ops.list} { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await server.gql(`{ ${ops.one}(id: 1) { id } }`))).toEqual(['UNAUTHENTICATED']);
      for (const mutation of [ops.create?.mutation, ops.update?.mutation, ops.retire].filter(Boolean) as string[]) {
        const input = mutation.startsWith('create')
          ? ops.create!.input(sides.qc, unique(), shared.qc)
          : { id: shared.qc[entity].id, version: 1 };
        expect(codes(await mutate(server, undefined, mutation, input))).toEqual(['UNAUTHENTICATED']);
      }
    }
    expect(codes(await server.gql('{ me { account { id } } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
