/**
 * Labels name what a record points at: the liaison reads the names of the inspection and the
 * finding of its rectification items, and still cannot read either record. A label comes only
 * with a record the caller may read, only for what that record points at, and costs the same few
 * statements for a page of any size.
 */
import { getIntrospectionQuery, type IntrospectionObjectType, type IntrospectionQuery } from 'graphql';
import { SUB_KIND_NAMES } from '../server/modules/finding/finding-title';
import { en } from '../admin/src/i18n/en';
import { zh } from '../admin/src/i18n/zh';
import { exportColumns, toExportTable } from '../admin/src/components/export';
import { followLocale } from '../admin/src/resources/names';
import { codes, startTestServer, type TestServer } from './support/harness';
import { statementsFor } from './support/statements';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Label {
  zh: string;
  en: string;
}

const LABEL = '{ zh en }';
const LIAISON_ITEMS = `query($take: Int!) {
  rectificationItems(page: { take: $take }) {
    totalCount
    items { id assignmentId findingId assignmentLabel ${LABEL} findingLabel ${LABEL} }
  }
}`;

/** The labels the database gives for an inspection and a finding, read here independently of the server. */
async function expectedInspectionLabel(assignmentId: number): Promise<Label> {
  const [row] = await server.db.query(
    'SELECT t.name AS name, t.nameEn AS nameEn, r.title AS title FROM assignment a JOIN body t ON t.id = a.targetId JOIN round r ON r.id = a.roundId WHERE a.id = ?',
    [assignmentId],
  );
  return { zh: `${row.name} · ${row.title}`, en: `${row.nameEn} · ${row.title}` };
}

async function expectedFindingLabel(findingId: number): Promise<Label> {
  const [row] = await server.db.query('SELECT subKind FROM finding WHERE id = ?', [findingId]);
  return SUB_KIND_NAMES[row.subKind];
}

async function liaisonItems(take = 100) {
  const token = await server.tokenFor('liaison');
  const res = await server.gql(LIAISON_ITEMS, { take }, token);
  expect(res.errors).toBeUndefined();
  return res.data.rectificationItems as {
    totalCount: number;
    items: Array<{ id: number; assignmentId: number; findingId: number | null; assignmentLabel: Label; findingLabel: Label | null }>;
  };
}

describe("the liaison's rectification items", () => {
  it('name their inspection and finding, in both languages', async () => {
    const { items } = await liaisonItems();
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => item.findingId !== null)).toBe(true);
    for (const item of items) {
      expect(item.assignmentLabel).toEqual(await expectedInspectionLabel(item.assignmentId));
      expect(item.findingLabel).toEqual(item.findingId === null ? null : await expectedFindingLabel(item.findingId));
    }
    // Chinese and English differ where the body has an English name.
    expect(items[0].assignmentLabel.en).not.toEqual(items[0].assignmentLabel.zh);
  });

  it('still leave the inspection and the finding themselves unreadable', async () => {
    const token = await server.tokenFor('liaison');
    const { items } = await liaisonItems();
    const item = items.find((i) => i.findingId !== null)!;
    const assignment = await server.gql(`query($id: Int!) { assignment(id: $id) { id } }`, { id: item.assignmentId }, token);
    expect(codes(assignment)).toEqual(['NOT_FOUND']);
    const finding = await server.gql(`query($id: Int!) { finding(id: $id) { id } }`, { id: item.findingId }, token);
    expect(codes(finding)).toEqual(['NOT_FOUND']);
    const lists = await server.gql(
      `query($a: Int!, $f: Int!) {
        assignments(filter: { ids: [$a] }) { items { id targetLabel ${LABEL} } }
        findings(filter: { ids: [$f] }) { items { id assignmentLabel ${LABEL} } }
      }`,
      { a: item.assignmentId, f: item.findingId },
      token,
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ assignments: { items: [] }, findings: { items: [] } });
  });
});

describe('a label', () => {
  it('is never given for a record that the records the caller reads do not point at', async () => {
    const token = await server.tokenFor('liaison');
    const { items } = await liaisonItems();
    const pointedAt = new Set(items.map((i) => i.assignmentId));
    const [other] = await server.db.query(`SELECT id FROM assignment WHERE id NOT IN (${[...pointedAt].join(',')}) ORDER BY id LIMIT 1`);
    const otherLabel = await expectedInspectionLabel(Number(other.id));
    // Naming another inspection in the filter selects nothing, so it names nothing.
    const filtered = await server.gql(
      `query($a: Int!) { rectificationItems(filter: { assignmentId: $a }) { items { id assignmentLabel ${LABEL} } } }`,
      { a: Number(other.id) },
      token,
    );
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data.rectificationItems.items).toEqual([]);
    // Everything the liaison can list, labels and all, holds no other inspection's name.
    const everything = JSON.stringify(await liaisonItems());
    expect(everything).not.toContain(otherLabel.zh);
    expect(everything).not.toContain(otherLabel.en);
  });

  it("names a finding's cadre to those who read it, not to the staff who choose the cadre by id", async () => {
    const query = `{ findings(page: { take: 100 }) { items { id subjectPersonId subjectPersonLabel ${LABEL} } } }`;
    type Row = { id: number; subjectPersonId: number | null; subjectPersonLabel: Label | null };
    const staff: Row[] = (await server.gql(query, {}, await server.tokenFor('team1'))).data.findings.items;
    const withCadre = staff.filter((f) => f.subjectPersonId !== null);
    expect(withCadre.length).toBeGreaterThan(0);
    expect(withCadre.map((f) => f.subjectPersonLabel)).toEqual(withCadre.map(() => null));

    const one = `query($id: Int!) { finding(id: $id) { id subjectPersonId subjectPersonLabel ${LABEL} } }`;
    const same: Row = (await server.gql(one, { id: withCadre[0].id }, await server.tokenFor('lg.leader'))).data.finding;
    const [person] = await server.db.query('SELECT name FROM person WHERE id = ?', [same.subjectPersonId]);
    expect(same.subjectPersonLabel).toEqual({ zh: person.name, en: person.name });
  });

  it('is reached only as a field of a record, never by an id of the caller', async () => {
    const token = await server.tokenFor('office');
    const res = await server.gql(getIntrospectionQuery(), {}, token);
    const schema = (res.data as IntrospectionQuery).__schema;
    const objects = schema.types.filter((t): t is IntrospectionObjectType => t.kind === 'OBJECT');
    const labelFields = objects.flatMap((t) =>
      t.fields.filter((f) => JSON.stringify(f.type).includes('"name":"Label"')).map((f) => ({ owner: t.name, field: f })),
    );
    expect(labelFields.length).toBeGreaterThan(20);
    for (const { owner, field } of labelFields) {
      expect([owner, field.args]).toEqual([owner, []]);
      expect(['Query', 'Mutation']).not.toContain(owner);
    }
  });

  it('names a finding with the words the console uses for its kind', () => {
    const consoleWords = (messages: typeof zh | typeof en) => (messages as any).enums.FindingSubKind as Record<string, string>;
    for (const [kind, names] of Object.entries(SUB_KIND_NAMES)) {
      expect([kind, names.zh]).toEqual([kind, consoleWords(zh)[kind]]);
      expect([kind, names.en]).toEqual([kind, consoleWords(en)[kind]]);
    }
  });
});

describe('an exported list', () => {
  afterEach(() => followLocale('zh'));

  it("names references by the row's labels, in the console's language, even where the record cannot be read", () => {
    const item = {
      id: 1,
      description: '建立整改台账',
      deadline: '2026-12-22',
      overdue: false,
      status: 'OPEN',
      assignmentId: 7,
      findingId: 9,
      assignmentLabel: {
        zh: '青川省人民政府党组 · 2026年第一轮巡视工作计划',
        en: 'Party Group of the Qingchuan Government · 2026年第一轮巡视工作计划',
      },
      findingLabel: { zh: '形式主义', en: 'Formalism' },
    };
    const context = {
      resource: 'rectificationItems',
      translate: (key: string) => key,
      related: new Map(),
      represent: () => '',
      formatTime: String,
    };
    const row = (labels: object) => toExportTable(exportColumns('rectificationItems'), [{ ...item, ...labels }], context).rows[0];
    expect(row({}).slice(-2)).toEqual([item.assignmentLabel.zh, item.findingLabel.zh]);
    followLocale('en');
    expect(row({}).slice(-2)).toEqual([item.assignmentLabel.en, item.findingLabel.en]);
    // Without a label, an unreadable reference keeps only its id.
    expect(row({ assignmentLabel: null, findingLabel: null }).slice(-2)).toEqual(['#7', '#9']);
  });
});

/** Runs an operation through the real schema as `login`, counting the SQL statements it causes. */
const FINDINGS = `query($take: Int!) {
  findings(page: { take: $take }) {
    items { id assignmentLabel ${LABEL} targetLabel ${LABEL} subjectPersonLabel ${LABEL} transferredToLabel ${LABEL} }
  }
}`;

describe('labels are read in batches', () => {
  it('cost the same statements for a page of 100 findings as for a page of 5', async () => {
    const small = await statementsFor(server, 'lg.leader', FINDINGS, { take: 5 });
    const large = await statementsFor(server, 'lg.leader', FINDINGS, { take: 100 });
    const items = large.data.findings.items;
    expect(items.length).toBeGreaterThan(50);
    expect(items.every((f: any) => f.assignmentLabel && f.targetLabel)).toBe(true);
    expect(items.some((f: any) => f.subjectPersonLabel) && items.some((f: any) => f.transferredToLabel)).toBe(true);
    // The page, then one statement per kind of label a page holds: inspections, bodies, people.
    expect(small.statements.length).toBeLessThanOrEqual(4);
    expect(large.statements.length).toBe(4);
  });

  it("cost the same for one of the liaison's items as for all of them", async () => {
    const one = await statementsFor(server, 'liaison', LIAISON_ITEMS, { take: 1 });
    const all = await statementsFor(server, 'liaison', LIAISON_ITEMS, { take: 100 });
    expect(all.data.rectificationItems.items.length).toBeGreaterThan(1);
    expect(all.statements.length).toBe(one.statements.length);
  });
});
