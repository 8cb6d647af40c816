/**
 * A record's history: the changes the audit trail holds for it, for whoever may read the record
 * and nobody else (NOT_FOUND, as reading it would be), newest first and paged, with protected
 * fields named but never their values, whoever asks.
 */
import { codes, startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const HISTORY = `query($subject: String!, $id: Int!, $page: PageInput) {
  history(subject: $subject, id: $id, page: $page) {
    totalCount
    items { id at action actorAccountId actorName changes { field before after redacted } }
  }
}`;
const UPDATE_PERSON = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }';

async function personWithIdNumber(): Promise<{ id: number; version: number; idNumber: string; scopePath: string }> {
  const [row] = await server.db.query(
    "SELECT id, version, idNumber, scopePath FROM person WHERE idNumber IS NOT NULL AND scopePath LIKE '/1/%' ORDER BY id LIMIT 1",
  );
  return { id: Number(row.id), version: Number(row.version), idNumber: row.idNumber, scopePath: row.scopePath };
}

describe('the history of a record', () => {
  let changedPersonId: number;
  // The trail stores a protected value redacted, so a change from one number to another shows as a
  // change of nothing visible; clearing it shows, still without the value.
  it('lists each change with who made it, newest first, naming a protected field but never its values', async () => {
    const admin = await server.tokenFor('admin');
    const person = await personWithIdNumber();
    changedPersonId = person.id;
    const first = await server.gql(UPDATE_PERSON, { input: { id: person.id, version: person.version, position: '副主任（历史）' } }, admin);
    expect(first.errors).toBeUndefined();
    const second = await server.gql(
      UPDATE_PERSON,
      { input: { id: person.id, version: first.data.updatePerson.version, idNumber: null } },
      admin,
    );
    expect(second.errors).toBeUndefined();

    const res = await server.gql(HISTORY, { subject: 'Person', id: person.id }, admin);
    expect(res.errors).toBeUndefined();
    const { items, totalCount } = res.data.history;
    expect(totalCount).toBe(items.length);
    expect(totalCount).toBeGreaterThanOrEqual(2);
    const [newest, before] = items;
    const [adminAccount] = await server.db.query(
      "SELECT a.id, p.name FROM account a JOIN person p ON p.id = a.personId WHERE a.login = 'admin'",
    );
    expect(newest).toMatchObject({ action: 'update', actorAccountId: Number(adminAccount.id), actorName: adminAccount.name });
    expect(newest.changes).toEqual([{ field: 'idNumber', before: null, after: null, redacted: true }]);
    expect(before.changes).toEqual([expect.objectContaining({ field: 'position', after: '副主任（历史）', redacted: false })]);
    expect(newest.id).toBeGreaterThan(before.id);
    expect(Date.parse(newest.at)).toBeGreaterThanOrEqual(Date.parse(before.at));
    const text = JSON.stringify(res.data);
    expect(text).not.toContain(person.idNumber);
    // Bookkeeping and columns the schema does not show stay out.
    expect(text).not.toMatch(/"field":"(version|updatedAt|scopePath)"/);
  });

  it('pages, newest first', async () => {
    const admin = await server.tokenFor('admin');
    const all = (await server.gql(HISTORY, { subject: 'Person', id: changedPersonId }, admin)).data.history;
    expect(all.totalCount).toBeGreaterThanOrEqual(2);
    const second = (await server.gql(HISTORY, { subject: 'Person', id: changedPersonId, page: { skip: 1, take: 1 } }, admin)).data.history;
    expect(second.totalCount).toBe(all.totalCount);
    expect(second.items.map((e: { id: number }) => e.id)).toEqual([all.items[1].id]);
  });

  it('is NOT_FOUND, exactly as reading the record is, for a caller outside its scope', async () => {
    const person = await personWithIdNumber();
    for (const login of ['liaison', 'receiver', 'team1']) {
      const token = await server.tokenFor(login);
      const read = await server.gql('query($id: Int!) { person(id: $id) { id } }', { id: person.id }, token);
      const history = await server.gql(HISTORY, { subject: 'Person', id: person.id }, token);
      expect([login, codes(read), codes(history)]).toEqual([login, ['NOT_FOUND'], ['NOT_FOUND']]);
      expect(history.errors![0].message).toBe(read.errors![0].message);
      expect(history.data).toBeNull();
    }
    // A record that does not exist answers the same.
    const missing = await server.gql(HISTORY, { subject: 'Body', id: 999999 }, await server.tokenFor('admin'));
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });

  it("never gives an informant's name or contact, not even to the staff who may read them", async () => {
    const team1 = await server.tokenFor('team1');
    const assignments = (await server.gql('{ assignments { items { id stage } } }', {}, team1)).data.assignments.items;
    const open = assignments.find((a: { stage: string }) => a.stage === 'INQUIRY') ?? assignments[0];
    const created = await server.gql(
      'mutation($input: CreateIntakeItemInput!) { createIntakeItem(input: $input) { id informant { id name } } }',
      {
        input: {
          assignmentId: open.id,
          channel: 'CALL',
          receivedOn: '2027-03-02',
          content: '来电反映情况',
          informant: { name: '举报人甲乙', contact: '13800001234' },
        },
      },
      team1,
    );
    expect(created.errors).toBeUndefined();
    const informant = created.data.createIntakeItem.informant;
    expect(informant.name).toBe('举报人甲乙');

    const own = await server.gql(HISTORY, { subject: 'IntakeInformant', id: informant.id }, team1);
    expect(own.errors).toBeUndefined();
    // The read just made is on the trail, but it is no change.
    expect(own.data.history.items.map((e: { action: string }) => e.action)).toEqual(['create']);
    expect(own.data.history.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: null, redacted: true },
        { field: 'contact', before: null, after: null, redacted: true },
      ]),
    );
    expect(JSON.stringify(own.data)).not.toMatch(/举报人甲乙|13800001234/);

    for (const login of ['analyst', 'liaison']) {
      const res = await server.gql(HISTORY, { subject: 'IntakeInformant', id: informant.id }, await server.tokenFor(login));
      expect([login, codes(res)]).toEqual([login, ['NOT_FOUND']]);
    }
  });

  it('refuses what is no record type, and anyone not signed in', async () => {
    const admin = await server.tokenFor('admin');
    for (const subject of ['AuditEntry', 'Session', 'Nothing']) {
      const res = await server.gql(HISTORY, { subject, id: 1 }, admin);
      expect([subject, codes(res)]).toEqual([subject, ['BAD_USER_INPUT']]);
    }
    expect(codes(await server.gql(HISTORY, { subject: 'Body', id: 1 }))).toEqual(['UNAUTHENTICATED']);
  });
});
