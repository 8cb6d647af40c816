/**
 * Every list takes a sort, the lists that used to have one fixed order included: each is sorted
 * here both ways by a key that is not its default order, with the id breaking ties in the same
 * direction, and without a sort keeps the order it always had.
 */
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface SortCase {
  list: string;
  login: string;
  /** The sort key asked for, and the field that shows it. */
  sortBy: string;
  field: string;
  /** The key and direction of the list's order without a sort. */
  defaultField: string;
  defaultDirection: 'ASC' | 'DESC';
}

const CASES: SortCase[] = [
  { list: 'activities', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'heldOn', defaultDirection: 'DESC' },
  { list: 'assignments', login: 'analyst', sortBy: 'ENDS_ON', field: 'endsOn', defaultField: 'startsOn', defaultDirection: 'DESC' },
  { list: 'briefings', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'requestedOn', defaultDirection: 'DESC' },
  { list: 'intakeItems', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'receivedOn', defaultDirection: 'DESC' },
  { list: 'findings', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'createdAt', defaultDirection: 'DESC' },
  { list: 'reports', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'createdAt', defaultDirection: 'DESC' },
  {
    list: 'rectificationItems',
    login: 'analyst',
    sortBy: 'CREATED_AT',
    field: 'createdAt',
    defaultField: 'deadline',
    defaultDirection: 'ASC',
  },
  {
    list: 'supervisionItems',
    login: 'analyst',
    sortBy: 'CREATED_AT',
    field: 'createdAt',
    defaultField: 'deadline',
    defaultDirection: 'ASC',
  },
  { list: 'rounds', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'year', defaultDirection: 'DESC' },
  {
    list: 'personRelations',
    login: 'admin',
    sortBy: 'RELATIVE_NAME',
    field: 'relativeName',
    defaultField: 'createdAt',
    defaultDirection: 'DESC',
  },
  {
    list: 'leaderGrants',
    login: 'analyst',
    sortBy: 'VALID_UNTIL',
    field: 'validUntil',
    defaultField: 'validFrom',
    defaultDirection: 'DESC',
  },
  { list: 'savedQueries', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'name', defaultDirection: 'ASC' },
  { list: 'mySessions', login: 'analyst', sortBy: 'CREATED_AT', field: 'createdAt', defaultField: 'createdAt', defaultDirection: 'DESC' },
];

type Row = Record<string, string | number> & { id: number };

async function page(token: string, c: SortCase, sort?: Array<{ field: string; direction: string }>): Promise<Row[]> {
  const fields = [...new Set(['id', c.field, c.defaultField])].join(' ');
  const res = await server.gql(
    `query($sort: [${sortInput(c)}!]) { ${c.list}(sort: $sort, page: { take: 100 }) { items { ${fields} } } }`,
    { sort },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data[c.list].items;
}

function sortInput(c: SortCase): string {
  const type = {
    activities: 'Activity',
    assignments: 'Assignment',
    briefings: 'Briefing',
    intakeItems: 'IntakeItem',
    findings: 'Finding',
    reports: 'Report',
    rectificationItems: 'RectificationItem',
    supervisionItems: 'SupervisionItem',
    rounds: 'Round',
    personRelations: 'PersonRelation',
    leaderGrants: 'LeaderGrant',
    savedQueries: 'SavedQuery',
    mySessions: 'Session',
  }[c.list];
  return `${type}Sort`;
}

/** -1, 0 or 1 as the database orders the two values (ids and texts of the same case and script here). */
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether the rows run by `field` in `direction`, then by the id in `idDirection`. */
function inOrder(rows: Row[], field: string, direction: 'ASC' | 'DESC', idDirection = direction): boolean {
  return rows.every((row, i) => {
    if (i === 0) return true;
    const before = rows[i - 1];
    const byField = compare(before[field], row[field]) * (direction === 'ASC' ? 1 : -1);
    if (byField !== 0) return byField < 0;
    return compare(before.id, row.id) * (idDirection === 'ASC' ? 1 : -1) < 0;
  });
}

beforeAll(async () => {
  // Something to sort among recorded relatives, and the analyst's own saved queries and sessions.
  const admin = await server.tokenFor('admin');
  const { data } = await server.gql('{ people(page: { take: 1 }) { items { id employer { id } } } }', {}, admin);
  const [person] = data.people.items;
  for (const relativeName of ['Zhao Min', 'An Ping', 'Li Wei']) {
    const input = { personId: person.id, relativeName, relation: '兄弟姐妹', relativeBodyId: person.employer.id };
    const res = await server.gql(
      'mutation($input: CreatePersonRelationInput!) { createPersonRelation(input: $input) { id } }',
      { input },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }
  const analyst = await server.tokenFor('analyst');
  for (const name of ['c', 'a', 'b']) {
    const res = await server.gql(
      'mutation($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { id } }',
      { input: { name, query: '{ me { roles { role } } }' } },
      analyst,
    );
    expect(res.errors).toBeUndefined();
  }
  for (let i = 0; i < 2; i++) {
    const res = await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { login: 'analyst', password: DEMO_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
  }
});

describe.each(CASES)('$list', (c) => {
  it('sorts both ways by the key asked, the id breaking ties the same way', async () => {
    const token = await server.tokenFor(c.login);
    const ascending = await page(token, c, [{ field: c.sortBy, direction: 'ASC' }]);
    const descending = await page(token, c, [{ field: c.sortBy, direction: 'DESC' }]);
    expect(ascending.length).toBeGreaterThan(1);
    expect(inOrder(ascending, c.field, 'ASC')).toBe(true);
    expect(inOrder(descending, c.field, 'DESC')).toBe(true);
  });

  it('keeps its own order without a sort', async () => {
    const rows = await page(await server.tokenFor(c.login), c);
    // Grants of the same day have always come in the order they were issued.
    const idDirection = c.list === 'leaderGrants' ? 'ASC' : c.defaultDirection;
    expect(inOrder(rows, c.defaultField, c.defaultDirection, idDirection)).toBe(true);
  });
});
