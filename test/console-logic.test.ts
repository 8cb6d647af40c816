/**
 * The console's own logic, against the real server: the rules it unpacks decide what it offers,
 * and its one data provider speaks the API's grammar for every resource.
 */
import { abilityFromPackedRules, canAccess } from '../admin/src/providers/canAccess';
import { createDataProvider, pageWindows, toFilterInput, toSortInput, toUpdateInput } from '../admin/src/providers/dataProvider';
import { createGraphQLClient, type ApiError } from '../admin/src/providers/graphqlClient';
import { RESOURCES } from '../admin/src/providers/resources';
import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function abilityOf(login: string) {
  const res = await server.gql('{ me { rules } }', {}, await server.tokenFor(login));
  return abilityFromPackedRules(res.data.me.rules);
}

async function providerOf(login: string) {
  const token = await server.tokenFor(login);
  return createDataProvider(createGraphQLClient({ url: server.url, getToken: () => token }));
}

describe('what the console offers', () => {
  it('follows the rules the server sends: menu, buttons and single records', async () => {
    const qcAdmin = await abilityOf('qc.admin');
    expect(canAccess(qcAdmin, { action: 'list', resource: 'bodies' })).toBe(true);
    expect(canAccess(qcAdmin, { action: 'create', resource: 'people' })).toBe(true);
    expect(canAccess(qcAdmin, { action: 'list', resource: 'findings' })).toBe(false);
    const qc = await bodyIdByCode(server, 'P-QC');
    const [city] = await server.db.query("SELECT id, scopePath FROM body WHERE code = 'P-QC-LX'");
    expect(canAccess(qcAdmin, { action: 'edit', resource: 'bodies', record: { id: Number(city.id), path: city.scopePath } })).toBe(true);
    expect(canAccess(qcAdmin, { action: 'delete', resource: 'bodies', record: { id: Number(city.id), path: city.scopePath } })).toBe(true);
    expect(canAccess(qcAdmin, { action: 'delete', resource: 'bodies', record: { id: qc, path: `/1/${qc}/` } })).toBe(false);

    const team1 = await abilityOf('team1');
    expect(canAccess(team1, { action: 'list', resource: 'findings' })).toBe(true);
    expect(canAccess(team1, { action: 'create', resource: 'bodies' })).toBe(false);
    // Everyone may read their own account, so the list is offered; creating one is not.
    expect(canAccess(team1, { action: 'create', resource: 'accounts' })).toBe(false);
  });

  it('denies what it cannot classify', async () => {
    const admin = await abilityOf('admin');
    expect(canAccess(admin, { action: 'launch', resource: 'bodies' })).toBe(false);
    expect(canAccess(admin, { action: 'list', resource: 'auditEntries' })).toBe(false);
    expect(canAccess(null, { action: 'list', resource: 'bodies' })).toBe(false);
  });
});

describe('the data provider', () => {
  it('maps react-admin pages, sorts and filters onto the grammar', () => {
    expect(pageWindows(3, 25)).toEqual([{ skip: 50, take: 25 }]);
    expect(pageWindows(1, 250)).toEqual([
      { skip: 0, take: 100 },
      { skip: 100, take: 100 },
      { skip: 200, take: 50 },
    ]);
    expect(toSortInput(RESOURCES.bodies, { field: 'name', order: 'DESC' })).toEqual([{ field: 'NAME', direction: 'DESC' }]);
    expect(toSortInput(RESOURCES.bodies, { field: 'id', order: 'ASC' })).toBeUndefined();
    expect(toFilterInput(RESOURCES.bodies, { q: '青川', kinds: [], nonsense: 1 })).toEqual({ q: '青川' });
    expect(
      toUpdateInput(['name', 'nameEn'], { id: 5, name: '新', nameEn: 'Same' }, { id: 5, version: 3, name: '旧', nameEn: 'Same' }),
    ).toEqual({ id: 5, version: 3, name: '新' });
  });

  it('lists, reads and fetches by ids exactly what the API returns for the caller', async () => {
    const provider = await providerOf('qc.admin');
    const list = await provider.getList('bodies', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    const direct = await server.gql(
      '{ bodies(page: { take: 5 }, sort: [{ field: NAME }]) { items { id } totalCount } }',
      {},
      await server.tokenFor('qc.admin'),
    );
    expect(list.data.map((b) => b.id)).toEqual(direct.data.bodies.items.map((b: { id: number }) => b.id));
    expect(list.total).toBe(direct.data.bodies.totalCount);
    const one = await provider.getOne('bodies', { id: list.data[0].id });
    expect(one.data.name).toBe(list.data[0].name);
    const many = await provider.getMany('bodies', { ids: list.data.map((b) => b.id) });
    expect(many.data).toHaveLength(list.data.length);
  });

  it('sends the version it read, so a stale edit is refused with CONFLICT', async () => {
    const provider = await providerOf('admin');
    const id = await bodyIdByCode(server, 'P-DL-AUD');
    const { data: before } = await provider.getOne('bodies', { id });
    const saved = await provider.update('bodies', {
      id,
      data: { ...before, nameEn: 'Donglan Audit Office (edited)' },
      previousData: before,
    });
    expect(saved.data.version).toBe(before.version + 1);
    const stale = (await provider
      .update('bodies', { id, data: { ...before, nameEn: 'Lost edit' }, previousData: before })
      .catch((e: unknown) => e)) as ApiError;
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/已被他人修改/);
    expect(stale.body.serverMessage).toMatch(/changed by someone else/);
  });

  it('turns a refused field into a form error on that field', async () => {
    const provider = await providerOf('admin');
    const error = (await provider
      .create('bodies', {
        data: {
          code: 'bad code',
          name: '测试',
          nameEn: 'Test',
          kind: 'OTHER_UNIT',
          level: 'COUNTY',
          reportsToId: await bodyIdByCode(server, 'P-DL'),
        },
      })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(Object.keys((error.body as { errors: object }).errors)).toContain('code');
  });
});
