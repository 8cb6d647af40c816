import { codes, startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { pathColumns } from '../server/scope/path-column';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const BODY = 'query($id: Int!) { body(id: $id) { id version path parent { code } } }';
const MOVE = 'mutation($input: MoveBodyInput!) { moveBody(input: $input) { id version path } }';

describe('moving a body in the reporting tree', () => {
  it('changes who sees it and everything under it, at once', async () => {
    const city = await bodyIdByCode(server, 'P-QC-LX');
    const county = (
      await server.gql('query($id: Int!) { body(id: $id) { children { id code } } }', { id: city }, await server.tokenFor('admin'))
    ).data.body.children[0];
    const newParent = await bodyIdByCode(server, 'P-YL');
    const qcAdmin = await server.tokenFor('qc.admin');
    const ylAdmin = await server.tokenFor('yl.admin');
    const qcAnalyst = await server.tokenFor('qc.analyst');

    const person = (
      await server.gql(
        'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
        { input: { name: '县里干部', position: '科员', rank: 'STAFF', employerId: county.id, managedById: city } },
        await server.tokenFor('admin'),
      )
    ).data.createPerson;
    expect((await server.gql(BODY, { id: county.id }, qcAnalyst)).data.body.id).toBe(county.id);
    expect(codes(await server.gql(BODY, { id: county.id }, ylAdmin))).toEqual(['NOT_FOUND']);

    expect((await server.gql('query($id: Int!) { person(id: $id) { id } }', { id: person.id }, qcAdmin)).data.person.id).toBe(person.id);

    // Only an administrator of both the old and the new place may move it.
    const before = (await server.gql(BODY, { id: city }, qcAdmin)).data.body;
    expect(codes(await server.gql(MOVE, { input: { id: city, version: before.version, reportsToId: newParent } }, qcAdmin))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await server.gql(MOVE, { input: { id: city, version: before.version, reportsToId: newParent } }, ylAdmin))).toEqual([
      'NOT_FOUND',
    ]);

    const moved = await server.gql(
      MOVE,
      { input: { id: city, version: before.version, reportsToId: newParent } },
      await server.tokenFor('admin'),
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveBody.path).toBe(`/1/${newParent}/${city}/`);

    // The next request already sees the new tree: the city, its county and the people employed there.
    expect(codes(await server.gql(BODY, { id: county.id }, qcAnalyst))).toEqual(['NOT_FOUND']);
    expect(codes(await server.gql(BODY, { id: city }, qcAdmin))).toEqual(['NOT_FOUND']);
    const seen = await server.gql(BODY, { id: county.id }, ylAdmin);
    expect(seen.data.body.path).toBe(`/1/${newParent}/${city}/${county.id}/`);
    const q = 'query($id: Int!) { person(id: $id) { id employerPath } }';
    expect(codes(await server.gql(q, { id: person.id }, qcAdmin))).toEqual(['NOT_FOUND']);
    expect((await server.gql(q, { id: person.id }, ylAdmin)).data.person.employerPath).toBe(`/1/${newParent}/${city}/${county.id}/`);
    const subtree = await server.gql('{ bodies(filter: { under: ' + newParent + ' }, page: { take: 100 }) { items { id } } }', {}, ylAdmin);
    expect(subtree.data.bodies.items.map((b: { id: number }) => b.id)).toEqual(expect.arrayContaining([city, county.id]));

    // Every copied path moved with it: nothing still points into the old place.
    const columns = pathColumns(server.db);
    expect(columns.length).toBeGreaterThan(15);
    for (const { metadata, column } of columns) {
      const count = async (pattern: string) =>
        Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${metadata.tableName} WHERE ${column} LIKE ?`, [pattern]))[0].n);
      expect([metadata.tableName, column, await count(`/1/%/${city}/%`)]).toEqual([
        metadata.tableName,
        column,
        await count(`/1/${newParent}/${city}/%`),
      ]);
    }
  });

  it('refuses to move a body under itself or under a body below it', async () => {
    const admin = await server.tokenFor('admin');
    const province = await bodyIdByCode(server, 'P-DL');
    const [child] = await server.db.query('SELECT id FROM body WHERE reportsToId = ? LIMIT 1', [province]);
    const { version } = (await server.gql(BODY, { id: province }, admin)).data.body;
    for (const target of [province, Number(child.id)]) {
      const res = await server.gql(MOVE, { input: { id: province, version, reportsToId: target } }, admin);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].message).toMatch(/reportsToId: a body cannot report to itself or to a body under it/);
    }
    expect((await server.gql(BODY, { id: province }, admin)).data.body.version).toBe(version);
  });

  it('refuses a move made from a stale version, and moves nothing', async () => {
    const admin = await server.tokenFor('admin');
    const county = await bodyIdByCode(server, 'P-DL');
    const target = await bodyIdByCode(server, 'C-CDI');
    const { version, path } = (await server.gql(BODY, { id: county }, admin)).data.body;
    const res = await server.gql(MOVE, { input: { id: county, version: version + 5, reportsToId: target } }, admin);
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0].message).toMatch(/changed by someone else/);
    expect((await server.gql(BODY, { id: county }, admin)).data.body.path).toBe(path);
  });
});
