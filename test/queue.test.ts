/**
 * What waits for each demo login (myQueue) is exactly what the API's own lists return under the
 * same conditions, kept to the records the login may act on (as explainAccess decides): nothing
 * more, nothing missing; and a record outside the login's scope never appears.
 */
import type { ObjectLiteral } from 'typeorm';
import { addDays } from '../server/modules/common/calendar';
import { today } from '../server/modules/common/record';
import { HelpRequest, HelpRequestStatus } from '../server/modules/help-request/help-request.entity';
import { Report } from '../server/modules/report/report.entity';
import { Round } from '../server/modules/round/round.entity';
import { traceStatements } from '../server/db/statement-log';
import { createRequestContext } from '../server/graphql/context';
import { loadCaller } from '../server/modules/account/caller.loader';
import { startTestServer, type TestServer } from './support/harness';

const LOGINS = ['admin', 'analyst', 'leader', 'lg.leader', 'lg.member', 'office', 'team1', 'teamlead', 'liaison', 'receiver', 'staff'];

const QUEUE = `query($limit: Int) { myQueue(limit: $limit) { totalCount groups { kind totalCount items {
  kind recordType recordId title targetName inspectionName category role stage toStage dueOn since reason lacks } } } }`;

interface Item {
  kind: string;
  recordType: string;
  recordId: number;
  title: string;
  targetName: string | null;
  inspectionName: string | null;
  reason: string;
  lacks: string[];
  dueOn: string | null;
}
interface Queue {
  totalCount: number;
  groups: Array<{ kind: string; totalCount: number; items: Item[] }>;
}

/** Each kind: the list that selects its records, the rest of its condition, and the verbs that let one do the work. */
const KINDS: Array<{
  kind: string;
  type: string;
  list: string;
  filter: Record<string, unknown>;
  fields: string;
  keep?: (record: Record<string, unknown>) => boolean;
  actions: string[];
}> = [
  { kind: 'PLAN_TO_APPROVE', type: 'Round', list: 'rounds', filter: { status: 'DRAFT' }, fields: 'id', actions: ['APPROVE'] },
  {
    kind: 'REPORT_TO_HEAR',
    type: 'Report',
    list: 'reports',
    filter: {},
    fields: 'id submittedOn heardOn',
    keep: (r) => r.submittedOn !== null && r.heardOn === null,
    actions: ['HEAR'],
  },
  {
    kind: 'URGENT_FINDING',
    type: 'Finding',
    list: 'findings',
    filter: { urgent: true },
    fields: 'id decision',
    keep: (r) => r.decision === null,
    actions: ['DECIDE'],
  },
  {
    kind: 'INSPECTION_TO_ADVANCE',
    type: 'Assignment',
    list: 'assignments',
    filter: { stages: ['PREPARATION', 'INQUIRY', 'REPORTING', 'FEEDBACK', 'TRANSFER'] },
    fields: 'id',
    actions: ['ADVANCE'],
  },
  {
    kind: 'FINDING_TO_TRANSFER',
    type: 'Finding',
    list: 'findings',
    filter: { statuses: ['DECIDED'] },
    fields: 'id decision',
    keep: (r) => r.decision === 'TRANSFER',
    actions: ['TRANSFER'],
  },
  {
    kind: 'RECTIFICATION_TO_VERIFY',
    type: 'RectificationItem',
    list: 'rectificationItems',
    filter: { statuses: ['SUBMITTED'] },
    fields: 'id',
    actions: ['VERIFY'],
  },
  {
    kind: 'RECTIFICATION_OVERDUE',
    type: 'RectificationItem',
    list: 'rectificationItems',
    filter: { statuses: ['OPEN'], overdue: true },
    fields: 'id',
    actions: ['PROGRESS', 'VERIFY'],
  },
  {
    kind: 'SUPERVISION_OPEN',
    type: 'SupervisionItem',
    list: 'supervisionItems',
    filter: { statuses: ['OPEN'] },
    fields: 'id',
    actions: ['UPDATE'],
  },
  {
    kind: 'TRANSFER_TO_CONCLUDE',
    type: 'Finding',
    list: 'findings',
    filter: { statuses: ['TRANSFERRED'] },
    fields: 'id',
    actions: ['CONCLUDE'],
  },
  {
    kind: 'REPORT_TO_SUBMIT',
    type: 'Report',
    list: 'reports',
    filter: {},
    fields: 'id submittedOn',
    keep: (r) => r.submittedOn === null,
    actions: ['SUBMIT'],
  },
  {
    kind: 'RECORDS_OVERDUE',
    type: 'RecordsRequest',
    list: 'recordsRequests',
    filter: { overdue: true },
    fields: 'id',
    actions: ['UPDATE'],
  },
  {
    kind: 'HELP_REQUEST_OVERDUE',
    type: 'HelpRequest',
    list: 'helpRequests',
    filter: { overdue: true },
    fields: 'id',
    actions: ['UPDATE'],
  },
  {
    kind: 'HELP_REQUEST_DUE',
    type: 'HelpRequest',
    list: 'helpRequests',
    filter: { overdue: true },
    fields: 'id',
    actions: ['CONCLUDE'],
  },
];

let server: TestServer;
const queues = new Map<string, Queue>();

async function queueOf(login: string, limit = 20): Promise<Queue> {
  const res = await server.gql<{ myQueue: Queue }>(QUEUE, { limit }, await server.tokenFor(login));
  expect(res.errors).toBeUndefined();
  return res.data!.myQueue;
}

/** Every record of a list under a filter, page by page. */
async function listAll(token: string, list: string, filter: Record<string, unknown>, fields: string): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await server.gql(
      `query($filter: ${filterType(list)}, $page: PageInput) { ${list}(filter: $filter, page: $page) { items { ${fields} } } }`,
      {
        filter,
        page: { skip, take: 100 },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    const items = res.data[list].items as Record<string, unknown>[];
    all.push(...items);
    if (items.length < 100) return all;
  }
}

function filterType(list: string): string {
  const types: Record<string, string> = {
    rounds: 'RoundFilter',
    reports: 'AssignmentRecordFilter',
    findings: 'FindingFilter',
    assignments: 'AssignmentFilter',
    rectificationItems: 'RectificationItemFilter',
    supervisionItems: 'SupervisionItemFilter',
    memberships: 'MembershipFilter',
    recordsRequests: 'RecordsRequestFilter',
    helpRequests: 'HelpRequestFilter',
  };
  return types[list];
}

async function explain(token: string, type: string, id: number, action: string): Promise<{ allowed: boolean; source: string | null }> {
  const res = await server.gql(
    `query($type: RecordType!, $id: Int!, $action: AccessAction) { explainAccess(type: $type, id: $id, action: $action) { allowed source } }`,
    { type, id, action },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data.explainAccess;
}

/** The ids of each kind that wait for `login`, found through the lists and explainAccess alone. */
async function expectedQueue(login: string): Promise<Map<string, Set<number>>> {
  const token = await server.tokenFor(login);
  const expected = new Map<string, Set<number>>();
  const add = (kind: string, id: number) => {
    if (!expected.has(kind)) expected.set(kind, new Set());
    expected.get(kind)!.add(id);
  };
  const awaiting = await listAll(token, 'memberships', { awaitingMyDecision: true }, 'id');
  for (const m of awaiting) add('MEMBERSHIP_TO_DECIDE', m.id as number);
  for (const k of KINDS) {
    const records = (await listAll(token, k.list, k.filter, k.fields)).filter(k.keep ?? (() => true));
    for (const record of records) {
      for (const action of k.actions) {
        if ((await explain(token, k.type, record.id as number, action)).allowed) {
          add(k.kind, record.id as number);
          break;
        }
      }
    }
  }
  // The inspections in inquiry the login reads because it is staffed on them or leads them: their fieldwork is theirs.
  for (const a of await listAll(token, 'assignments', { stages: ['INQUIRY'] }, 'id')) {
    const { source } = await explain(token, 'Assignment', a.id as number, 'READ');
    if (/^(staffing|grant):/.test(source ?? '')) add('INQUIRY_UNDER_WAY', a.id as number);
  }
  return expected;
}

const put = async <T extends ObjectLiteral>(entity: new () => T, values: object): Promise<number> => {
  const stamp = { version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  const result = await server.db.getRepository(entity).insert({ ...stamp, ...values } as never);
  return Number(result.identifiers[0].id);
};
const body = async (code: string) =>
  (await server.db.query('SELECT id, scopePath FROM body WHERE code = ?', [code]))[0] as { id: number; scopePath: string };

beforeAll(async () => {
  server = await startTestServer();
  for (const login of LOGINS) queues.set(login, await queueOf(login));
}, 120_000);
afterAll(() => server?.close());

describe('myQueue', () => {
  it.each(LOGINS)(
    'lists for %s exactly what the lists and the rules give, kind by kind',
    async (login) => {
      const queue = queues.get(login)!;
      const expected = await expectedQueue(login);
      const kinds = new Map(queue.groups.map((g) => [g.kind, g]));
      expect([...kinds.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [kind, ids] of expected) {
        const group = kinds.get(kind)!;
        expect({ kind, total: group.totalCount }).toEqual({ kind, total: ids.size });
        expect(group.items).toHaveLength(Math.min(ids.size, 20));
        for (const item of group.items)
          expect({ kind, id: item.recordId, expected: ids.has(item.recordId) }).toEqual({ kind, id: item.recordId, expected: true });
        expect(new Set(group.items.map((i) => i.recordId)).size).toBe(group.items.length);
      }
      expect(queue.totalCount).toBe([...expected.values()].reduce((sum, ids) => sum + ids.size, 0));
    },
    120_000,
  );

  it('gives each role of the demo its own work, and the read-only roles none', () => {
    const kinds = (login: string) => queues.get(login)!.groups.map((g) => g.kind);
    expect(kinds('lg.leader')).toEqual(expect.arrayContaining(['PLAN_TO_APPROVE', 'REPORT_TO_HEAR']));
    expect(kinds('office')).toEqual(expect.arrayContaining(['INSPECTION_TO_ADVANCE']));
    expect(kinds('team1')).toEqual(['RECORDS_OVERDUE', 'HELP_REQUEST_OVERDUE', 'INQUIRY_UNDER_WAY']);
    expect(kinds('liaison')).toEqual(expect.arrayContaining(['RECTIFICATION_OVERDUE']));
    expect(kinds('receiver')).toEqual(['TRANSFER_TO_CONCLUDE']);
    for (const login of ['admin', 'analyst', 'leader', 'staff'])
      expect({ login, queue: queues.get(login) }).toEqual({ login, queue: { totalCount: 0, groups: [] } });
  });

  it('names what an item points at by names, never by ids', () => {
    for (const login of LOGINS) {
      for (const item of queues.get(login)!.groups.flatMap((g) => g.items)) {
        expect(item.title).not.toBe('');
        expect(item.title).not.toMatch(/#\d/);
        if (item.recordType !== 'Round' && item.recordType !== 'Membership') {
          expect(item.targetName).toBeTruthy();
          expect(item.inspectionName).toBeTruthy();
        }
      }
    }
    const advance = queues.get('office')!.groups.find((g) => g.kind === 'INSPECTION_TO_ADVANCE')!.items;
    // An inspection in preparation whose briefings are still awaited says so, in the words of the refusal.
    expect(
      advance.some((i) => i.reason === 'LACKING' && i.lacks.includes('background requested during preparation has not all been received')),
    ).toBe(true);
    expect(advance.every((i) => (i.reason === 'LACKING') === i.lacks.length > 0)).toBe(true);
    // The ones with a planned day to keep come first, nearest first.
    const dated = advance.findIndex((i) => i.dueOn === null);
    expect(dated).toBeGreaterThan(0);
    expect(advance.slice(dated).every((i) => i.dueOn === null)).toBe(true);
    const days = advance.slice(0, dated).map((i) => i.dueOn);
    expect(days).toEqual([...days].sort());
  });

  it('never lists a record outside the scope, though it waits for someone', async () => {
    const yunling = await body('P-YL-LG');
    const central = await body('C-LG');
    const plan = { year: 2031, title: '范围外的计划', status: 'DRAFT', approvedOn: null };
    const outside = await put(Round, { ...plan, number: 31, leadingGroupId: yunling.id, scopePath: yunling.scopePath });
    const inside = await put(Round, {
      ...plan,
      number: 32,
      leadingGroupId: central.id,
      scopePath: central.scopePath,
      title: '范围内的计划',
    });
    // A submitted report of a Yunling inspection, for the central leading group to not hear.
    const [yunlingAssignment] = await server.db.query('SELECT id, scopePath FROM assignment WHERE scopePath LIKE ? AND stage = ?', [
      `${yunling.scopePath}%`,
      'INQUIRY',
    ]);
    const report = await put(Report, {
      assignmentId: yunlingAssignment.id,
      scopePath: yunlingAssignment.scopePath,
      summary: '情况',
      suggestions: '建议',
      submittedOn: '2026-01-02',
    });
    for (const login of LOGINS) {
      const items = (await queueOf(login)).groups.flatMap((g) => g.items);
      expect(
        items.filter((i) => (i.recordType === 'Round' && i.recordId === outside) || (i.recordType === 'Report' && i.recordId === report)),
      ).toEqual([]);
    }
    const leader = (await queueOf('lg.leader')).groups.find((g) => g.kind === 'PLAN_TO_APPROVE')!;
    expect(leader.items.map((i) => i.recordId)).toContain(inside);
    expect(leader.items.find((i) => i.recordId === inside)!.title).toBe('范围内的计划');
  });

  it('asks the database nothing for work no rule of the caller grants', async () => {
    const statementsOf = async (login: string, limit: number) => {
      const [account] = await server.db.query('SELECT id FROM account WHERE login = ?', [login]);
      const caller = await loadCaller(server.db, Number(account.id));
      const { result, statements } = await traceStatements(() =>
        server.app.apollo.executeOperation(
          { query: QUEUE, variables: { limit } },
          { contextValue: createRequestContext(server.db, caller) as never },
        ),
      );
      expect((result.body as { singleResult: { errors?: unknown } }).singleResult.errors).toBeUndefined();
      return statements.length;
    };
    expect(await statementsOf('admin', 20)).toBe(0);
    expect(await statementsOf('analyst', 20)).toBe(0);
    // A kind is one page and, when the page is full, one count; the names of all items two more. The
    // receiving department has two kinds: transferred findings and requests for help to answer.
    const receiver = await statementsOf('receiver', 20);
    expect(receiver).toBeLessThanOrEqual(4);
    process.stdout.write(
      `myQueue statements: receiver ${receiver}, office ${await statementsOf('office', 5)} (5 a kind), ${await statementsOf('office', 20)} (20 a kind)\n`,
    );
  });

  it('lists a request for help unanswered after its day to the team that sent it and the department asked, until answered', async () => {
    const [assignment] = await server.db.query(
      'SELECT a.id, a.scopePath FROM assignment a JOIN body t ON t.id = a.teamId JOIN body g ON g.id = a.targetId WHERE t.code = ? AND g.code = ? AND a.stage = ?',
      ['C-T01', 'P-QC-GOV', 'INQUIRY'],
    );
    const cdi = await body('C-CDI');
    const [drafter] = await server.db.query('SELECT personId FROM assignment_member WHERE assignmentId = ? ORDER BY id', [assignment.id]);
    const sentWanting = (wantedBy: string) =>
      put(HelpRequest, {
        assignmentId: assignment.id,
        scopePath: assignment.scopePath,
        findingId: null,
        deeperInquiryId: null,
        recipientId: cdi.id,
        recipientPath: cdi.scopePath,
        matter: '需核实有关情况。',
        question: `请于 ${wantedBy} 前提供有关情况。`,
        wantedBy,
        status: HelpRequestStatus.SENT,
        askedOn: addDays(today(), -10),
        draftedById: Number(drafter.personId),
        answer: null,
        declineReason: null,
        answeredOn: null,
      });
    const late = await sentWanting(addDays(today(), -1));
    const dueToday = await sentWanting(today());
    const dueTomorrow = await sentWanting(addDays(today(), 1));
    const queued = async (login: string) =>
      (await queueOf(login)).groups
        .flatMap((g) => g.items)
        .filter((i) => i.recordType === 'HelpRequest' && [late, dueToday, dueTomorrow].includes(i.recordId));

    for (const login of ['team1', 'teamlead']) {
      const items = await queued(login);
      expect({ login, items: items.map((i) => [i.kind, i.recordId, i.reason, i.dueOn]) }).toEqual({
        login,
        items: [['HELP_REQUEST_OVERDUE', late, 'OVERDUE', addDays(today(), -1)]],
      });
      expect(items[0].targetName).toBeTruthy();
      expect(items[0].inspectionName).toBeTruthy();
    }
    const owed = await queued('receiver');
    expect(owed.map((i) => [i.kind, i.recordId, i.reason])).toEqual([['HELP_REQUEST_DUE', late, 'OVERDUE']]);
    expect(owed[0].title).toBe(`请于 ${addDays(today(), -1)} 前提供有关情况。`);
    // The demo's overdue request to the audit office is the team's, and not the discipline commission's to answer.
    const receiverGroup = (await queueOf('receiver')).groups.find((g) => g.kind === 'HELP_REQUEST_DUE')!;
    expect(receiverGroup.totalCount).toBe(1);
    // Those who read or send the request but neither asked nor owe the answer have nothing of it waiting.
    for (const login of LOGINS.filter((l) => !['team1', 'teamlead', 'receiver'].includes(l)))
      expect({ login, items: await queued(login) }).toEqual({ login, items: [] });

    const [{ version }] = await server.db.query('SELECT version FROM help_request WHERE id = ?', [late]);
    const answered = await server.gql(
      'mutation($input: AnswerHelpRequestInput!) { answerHelpRequest(input: $input) { status } }',
      { input: { id: late, version: Number(version), answer: '经查，未发现有关问题。' } },
      await server.tokenFor('receiver'),
    );
    expect(answered.errors).toBeUndefined();
    for (const login of ['team1', 'teamlead', 'receiver']) expect({ login, items: await queued(login) }).toEqual({ login, items: [] });
  });

  it('refuses a limit outside 1 to 20, and anyone signed out', async () => {
    const token = await server.tokenFor('office');
    for (const limit of [0, 21]) {
      const res = await server.gql(QUEUE, { limit }, token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await server.gql(QUEUE, { limit: 5 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const few = await queueOf('office', 1);
    expect(few.groups.every((g) => g.items.length === 1)).toBe(true);
    expect(few.totalCount).toBe(queues.get('office')!.totalCount);
  });
});

describe('the names of the bodies a summary counts by', () => {
  it.each(['receiver', 'leader', 'lg.leader'])('names every body %s is given as a key, and nothing else', async (login) => {
    const token = await server.tokenFor(login);
    const res = await server.gql(
      '{ findingSummary(groupBy: [TARGET, CATEGORY], limit: 100) { groups { key } bodyNames { id name nameEn } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const { groups, bodyNames } = res.data.findingSummary;
    const keyed = [...new Set((groups as Array<{ key: string[] }>).map((g) => Number(g.key[0])))].sort((a, b) => a - b);
    expect(keyed.length).toBeGreaterThan(0);
    expect(bodyNames.map((b: { id: number }) => b.id)).toEqual(keyed);
    const rows = await server.db.query(`SELECT id, name FROM body WHERE id IN (${keyed.join(',')}) ORDER BY id`);
    expect(bodyNames.map((b: { name: string }) => b.name)).toEqual(rows.map((r: { name: string }) => r.name));
  });

  it('gives a receiving department the names of bodies it may not open as records', async () => {
    const token = await server.tokenFor('receiver');
    const res = await server.gql('{ findingSummary(groupBy: [TARGET]) { bodyNames { id name } } }', {}, token);
    const [first] = res.data.findingSummary.bodyNames;
    const body = await server.gql('query($id: Int!) { body(id: $id) { name } }', { id: first.id }, token);
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('names nothing for a summary keyed by no body', async () => {
    const res = await server.gql('{ findingSummary(groupBy: [CATEGORY]) { bodyNames { id } } }', {}, await server.tokenFor('lg.leader'));
    expect(res.data.findingSummary.bodyNames).toEqual([]);
  });
});
