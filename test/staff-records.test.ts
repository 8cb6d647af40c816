/**
 * The office's records of the inspection staff: training, per-inspection assessments and the
 * service history. Kept by the office, read by the office and the leading group; never by the
 * staff's peers, other scopes, analysts or committee leaders; one's own training and service only.
 */
import type { ObjectLiteral } from 'typeorm';
import { AssignmentMember } from '../server/modules/assignment/assignment.entity';
import { LeaderGrant } from '../server/modules/grant/leader-grant.entity';
import { Membership } from '../server/modules/membership/membership.entity';
import { PoolEntry } from '../server/modules/pool/pool-entry.entity';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

let server: TestServer;

const stamp = () => ({ version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
async function put<T extends ObjectLiteral>(entity: new () => T, values: object): Promise<number> {
  const result = await server.db.getRepository(entity).insert({ ...stamp(), ...values } as never);
  return Number(result.identifiers[0].id);
}
const body = async (code: string) =>
  (await server.db.query('SELECT id, scopePath FROM body WHERE code = ?', [code]))[0] as { id: number; scopePath: string };
const personId = async (name: string) => Number((await server.db.query('SELECT id FROM person WHERE name = ?', [name]))[0].id);
const count = async (table: string) => Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

async function as<T = any>(login: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return server.gql<T>(query, variables, await server.tokenFor(login));
}

const CREATE_TRAINING =
  'mutation($input: CreateTrainingRecordInput!) { createTrainingRecord(input: $input) { id version personId leadingGroupId leadingGroupPath title hours } }';
const CREATE_ASSESSMENT =
  'mutation($input: CreateStaffAssessmentInput!) { createStaffAssessment(input: $input) { id version personId assignmentId servedAs grade comment } }';
const SERVICE =
  'query($p: Int!, $page: PageInput) { staffService(personId: $p, page: $page) { totalCount items { role assignmentId teamId fromDay untilDay endedEarlyOn assignmentLabel { zh } } } }';

const ids = {
  group: 0,
  qcGroup: 0,
  zhou: 0,
  shen: 0,
  ouyang: 0,
  fang: 0,
  reported: 0,
  inquiry: 0,
  provincial: 0,
  training: {} as Record<'zhou' | 'shen' | 'ouyang', number>,
  assessment: {} as Record<'zhou' | 'shen' | 'ouyang', number>,
};

beforeAll(async () => {
  server = await startTestServer();
  const group = await body('C-LG');
  ids.group = group.id;
  ids.qcGroup = (await body('P-QC-LG')).id;
  ids.zhou = await personId('周博远');
  ids.shen = await personId('沈一鸣');
  ids.ouyang = await personId('欧阳正清');
  ids.fang = await personId('方晓岚');
  const stageOf = async (team: string, stage: string) =>
    Number(
      (
        await server.db.query(
          'SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId WHERE t.code = ? AND a.stage = ? ORDER BY a.id LIMIT 1',
          [team, stage],
        )
      )[0].id,
    );
  // An inspection in reporting, which the demo leaves unassessed: team1 and a peer served on it, teamlead led it.
  ids.reported = await stageOf('C-T03', 'REPORTING');
  ids.inquiry = await stageOf('C-T01', 'INQUIRY');
  ids.provincial = await stageOf('P-QC-T1', 'INQUIRY');
  const team = await body('C-T03');
  for (const p of [ids.zhou, ids.shen]) {
    const staffed = await server.db.query('SELECT id FROM assignment_member WHERE assignmentId = ? AND personId = ?', [ids.reported, p]);
    if (staffed.length === 0) {
      await put(AssignmentMember, { assignmentId: ids.reported, personId: p, recusalException: null, scopePath: team.scopePath });
    }
  }
  await server.db.query('UPDATE leader_grant SET revokedOn = validFrom WHERE assignmentId = ? AND personId <> ?', [
    ids.reported,
    ids.ouyang,
  ]);
  await put(LeaderGrant, {
    personId: ids.ouyang,
    teamId: team.id,
    assignmentId: ids.reported,
    validFrom: '2025-01-01',
    validUntil: '2025-06-30',
    revokedOn: null,
    scopePath: team.scopePath,
  });
  // team1 also once served on a provincial inspection: not the central office's to see.
  const qcTeam = await body('P-QC-T1');
  await put(AssignmentMember, { assignmentId: ids.provincial, personId: ids.zhou, recusalException: null, scopePath: qcTeam.scopePath });
  // The office coordinator is in the pool herself, so that she is inspection staff too.
  await put(PoolEntry, {
    personId: ids.fang,
    leadingGroupId: group.id,
    since: '2024-01-01',
    note: '',
    retiredOn: null,
    scopePath: group.scopePath,
  });
  // qc.analyst is also the office coordinator of the Qingchuan leading group, in this test.
  const qcOffice = await body('P-QC-LG-OFF');
  await put(Membership, {
    personId: await personId('项文静'),
    bodyId: qcOffice.id,
    role: 'OFFICE_COORDINATOR',
    since: '2020-01-01',
    until: null,
    status: 'APPROVED',
    proposedByAccountId: null,
    decidedByAccountId: null,
    decidedAt: null,
    decisionNote: '',
    endedAt: null,
    scopePath: qcOffice.scopePath,
  });
});
afterAll(() => server.close());

const training = (person: number, extra: object = {}) => ({
  personId: person,
  leadingGroupId: ids.group,
  title: '巡视业务培训班',
  provider: '中央党校',
  startsOn: '2025-03-01',
  endsOn: '2025-03-07',
  hours: 40,
  result: '结业',
  ...extra,
});

describe('the office keeps the records', () => {
  it('records training of its staff, team members and pool members alike', async () => {
    for (const who of ['zhou', 'shen', 'ouyang'] as const) {
      const res = await as('office', CREATE_TRAINING, { input: training(ids[who]) });
      expect(res.errors).toBeUndefined();
      expect(res.data.createTrainingRecord).toMatchObject({ personId: ids[who], leadingGroupId: ids.group, hours: 40 });
      expect(res.data.createTrainingRecord.leadingGroupPath).toBe((await body('C-LG')).scopePath);
      ids.training[who] = res.data.createTrainingRecord.id;
    }
  });

  it('assesses those who served on an inspection past reporting, the leader as leader', async () => {
    for (const who of ['zhou', 'shen', 'ouyang'] as const) {
      const res = await as('office', CREATE_ASSESSMENT, {
        input: {
          assignmentId: ids.reported,
          personId: ids[who],
          grade: who === 'shen' ? 'BASICALLY_COMPETENT' : 'EXCELLENT',
          comment: '工作认真',
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.createStaffAssessment.servedAs).toBe(who === 'ouyang' ? 'LEADER' : 'MEMBER');
      ids.assessment[who] = res.data.createStaffAssessment.id;
    }
  });

  it('updates and retires training, updates an assessment', async () => {
    const read = await as('office', 'query($id: Int!) { trainingRecord(id: $id) { version } }', { id: ids.training.shen });
    const updated = await as(
      'office',
      'mutation($input: UpdateTrainingRecordInput!) { updateTrainingRecord(input: $input) { version hours result } }',
      { input: { id: ids.training.shen, version: read.data.trainingRecord.version, hours: 32, result: '优秀学员' } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateTrainingRecord).toMatchObject({ hours: 32, result: '优秀学员' });
    const a = await as('office', 'query($id: Int!) { staffAssessment(id: $id) { version } }', { id: ids.assessment.shen });
    const graded = await as(
      'office',
      'mutation($input: UpdateStaffAssessmentInput!) { updateStaffAssessment(input: $input) { grade comment } }',
      { input: { id: ids.assessment.shen, version: a.data.staffAssessment.version, grade: 'COMPETENT', comment: '复核后调整' } },
    );
    expect(graded.data.updateStaffAssessment).toEqual({ grade: 'COMPETENT', comment: '复核后调整' });
    const extra = await as('office', CREATE_TRAINING, { input: training(ids.zhou, { title: '误录' }) });
    const retired = await as('office', 'mutation($input: RetireInput!) { retireTrainingRecord(input: $input) { retiredOn } }', {
      input: { id: extra.data.createTrainingRecord.id, version: 1 },
    });
    expect(retired.data.retireTrainingRecord.retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const list = await as('office', 'query($p: Int!) { trainingRecords(filter: { personId: $p }) { items { id } } }', { p: ids.zhou });
    expect(list.data.trainingRecords.items.map((r: { id: number }) => r.id)).toContain(ids.training.zhou);
    expect(list.data.trainingRecords.items.map((r: { id: number }) => r.id)).not.toContain(extra.data.createTrainingRecord.id);
  });

  it('the leading group reads but does not write', async () => {
    for (const login of ['lg.leader', 'lg.member']) {
      const t = await as(
        login,
        'query($t: [Int!], $a: [Int!]) { trainingRecords(filter: { ids: $t }) { totalCount } staffAssessments(filter: { ids: $a }) { totalCount items { grade comment } } }',
        { t: Object.values(ids.training), a: Object.values(ids.assessment) },
      );
      expect(t.errors).toBeUndefined();
      expect(t.data.trainingRecords.totalCount).toBe(3);
      expect(t.data.staffAssessments.totalCount).toBe(3);
      const all = await as(login, '{ trainingRecords { totalCount } staffAssessments { totalCount } }');
      expect(all.data.trainingRecords.totalCount).toBeGreaterThan(3);
      expect(all.data.staffAssessments.totalCount).toBeGreaterThan(3);
    }
    const res = await as('lg.leader', CREATE_TRAINING, { input: training(ids.zhou) });
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('nobody else reads them', () => {
  const others = [
    'admin',
    'qc.admin',
    'analyst',
    'leader',
    'qc.leader',
    'qc.analyst',
    'liaison',
    'receiver',
    'staff',
    'qc.team',
    'expired',
  ];

  it.each(others)('%s finds none of them', async (login) => {
    for (const who of ['zhou', 'shen', 'ouyang'] as const) {
      expect(codes(await as(login, 'query($id: Int!) { trainingRecord(id: $id) { id } }', { id: ids.training[who] }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await as(login, 'query($id: Int!) { staffAssessment(id: $id) { id } }', { id: ids.assessment[who] }))).toEqual([
        'NOT_FOUND',
      ]);
    }
    const lists = await as(
      login,
      'query($t: [Int!], $a: [Int!]) { trainingRecords(filter: { ids: $t }) { totalCount } staffAssessments(filter: { ids: $a }) { totalCount } }',
      { t: Object.values(ids.training), a: Object.values(ids.assessment) },
    );
    expect(lists.data).toEqual({ trainingRecords: { totalCount: 0 }, staffAssessments: { totalCount: 0 } });
    if (login !== 'qc.analyst') {
      // Their own training at most (some of them are inspection staff themselves), never an assessment.
      const [{ personId: me }] = await server.db.query('SELECT personId FROM account WHERE login = ?', [login]);
      const everything = await as(login, '{ trainingRecords { items { personId } } staffAssessments { totalCount } }');
      expect(everything.data.trainingRecords.items.every((r: { personId: number }) => r.personId === Number(me))).toBe(true);
      expect(everything.data.staffAssessments.totalCount).toBe(0);
    }
    expect(codes(await as(login, SERVICE, { p: ids.zhou }))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['team1', 'zhou'],
    ['teamlead', 'ouyang'],
  ] as const)('%s reads their own training and service, never a peer’s, nor any assessment', async (login, self) => {
    const peers = (['zhou', 'shen', 'ouyang'] as const).filter((w) => w !== self);
    expect(
      (await as(login, 'query($id: Int!) { trainingRecord(id: $id) { id } }', { id: ids.training[self] })).data.trainingRecord.id,
    ).toBe(ids.training[self]);
    for (const peer of peers) {
      expect(codes(await as(login, 'query($id: Int!) { trainingRecord(id: $id) { id } }', { id: ids.training[peer] }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await as(login, SERVICE, { p: ids[peer] }))).toEqual(['NOT_FOUND']);
    }
    for (const who of ['zhou', 'shen', 'ouyang'] as const) {
      expect(codes(await as(login, 'query($id: Int!) { staffAssessment(id: $id) { id } }', { id: ids.assessment[who] }))).toEqual([
        'NOT_FOUND',
      ]);
    }
    // Counts and sorts give nothing away: the lists hold only what may be read.
    const lists = await as(
      login,
      '{ trainingRecords { items { personId } } staffAssessments(filter: { grades: [EXCELLENT] }) { totalCount } }',
    );
    const own = await server.db.query('SELECT COUNT(*) AS n FROM training_record WHERE personId = ? AND retiredOn IS NULL', [ids[self]]);
    expect(lists.data.trainingRecords.items).toEqual(Array(Number(own[0].n)).fill({ personId: ids[self] }));
    expect(lists.data.staffAssessments.totalCount).toBe(0);
    const service = await as(login, SERVICE, { p: ids[self] });
    expect(service.errors).toBeUndefined();
    expect(service.data.staffService.items.map((i: { assignmentId: number }) => i.assignmentId)).toContain(ids.reported);
  });

  it("another leading group's office finds none of them, and cannot write them", async () => {
    expect(codes(await as('qc.analyst', CREATE_TRAINING, { input: training(ids.zhou) }))).toEqual(['NOT_FOUND']);
    const res = await as('qc.analyst', CREATE_ASSESSMENT, {
      input: { assignmentId: ids.reported, personId: ids.zhou, grade: 'COMPETENT', comment: '越权' },
    });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    const upd = await as('qc.analyst', 'mutation($input: UpdateStaffAssessmentInput!) { updateStaffAssessment(input: $input) { id } }', {
      input: { id: ids.assessment.zhou, version: 1, grade: 'NOT_COMPETENT' },
    });
    expect(codes(upd)).toEqual(['NOT_FOUND']);
  });
});

describe('the rules of the work', () => {
  it('assesses only someone who served, only once the team has reported', async () => {
    const before = await count('staff_assessment');
    const notServed = await as('office', CREATE_ASSESSMENT, {
      input: { assignmentId: ids.reported, personId: await personId('吕婧'), grade: 'COMPETENT', comment: '未参加' },
    });
    // 吕婧 may have been staffed by the demo; then she did serve.
    const served = (
      await server.db.query('SELECT id FROM assignment_member WHERE assignmentId = ? AND personId = ?', [
        ids.reported,
        await personId('吕婧'),
      ])
    ).length;
    if (!served) {
      expect(codes(notServed)).toEqual(['BAD_USER_INPUT']);
      expect(notServed.errors![0].extensions!.field).toBe('personId');
      expect(notServed.errors![0].extensions!.messageKey).toBe('staffRecord.didNotServe');
    }
    const early = await as('office', CREATE_ASSESSMENT, {
      input: { assignmentId: ids.inquiry, personId: ids.zhou, grade: 'COMPETENT', comment: '太早' },
    });
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('assignmentId');
    expect(await count('staff_assessment')).toBe(before + (served ? 1 : 0));
  });

  it('one assessment per person and inspection: of a burst of two, one wins', async () => {
    const [assignment] = await server.db.query(
      "SELECT a.id, a.scopePath FROM assignment a JOIN body t ON t.id = a.teamId WHERE t.code = 'C-T05' AND a.stage = 'REPORTING' ORDER BY a.id LIMIT 1",
    );
    const staffed = await server.db.query('SELECT id FROM assignment_member WHERE assignmentId = ? AND personId = ?', [
      assignment.id,
      ids.shen,
    ]);
    if (staffed.length === 0) {
      await put(AssignmentMember, {
        assignmentId: Number(assignment.id),
        personId: ids.shen,
        recusalException: null,
        scopePath: assignment.scopePath,
      });
    }
    const input = { assignmentId: Number(assignment.id), personId: ids.shen, grade: 'COMPETENT', comment: '同时提交' };
    const results = await Promise.all([as('office', CREATE_ASSESSMENT, { input }), as('office', CREATE_ASSESSMENT, { input })]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map(codes)).toEqual([['BAD_USER_INPUT']]);
    expect(lost[0].errors![0].extensions!.messageKey).toBe('staffRecord.alreadyAssessed');
    const rows = await server.db.query('SELECT COUNT(*) AS n FROM staff_assessment WHERE assignmentId = ? AND personId = ?', [
      assignment.id,
      ids.shen,
    ]);
    expect(Number(rows[0].n)).toBe(1);
  });

  it('nobody keeps their own records', async () => {
    const res = await as('office', CREATE_TRAINING, { input: training(ids.fang) });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('no-self-dealing');
  });

  it('refuses bad input naming the field, changing nothing', async () => {
    const before = await count('training_record');
    const cases: Array<[object, string]> = [
      [{ hours: 0 }, 'hours'],
      [{ endsOn: '2025-02-01' }, 'endsOn'],
      [{ title: '   ' }, 'title'],
      [{ startsOn: '2025-02-30' }, 'startsOn'],
      [{ leadingGroupId: (await body('C-LG-OFF')).id }, 'leadingGroupId'],
      [{ personId: await personId('项文静') }, 'personId'],
    ];
    for (const [extra, field] of cases) {
      const res = await as('office', CREATE_TRAINING, { input: training(ids.zhou, extra) });
      expect([field, codes(res)]).toEqual([field, ['BAD_USER_INPUT']]);
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    const blank = await as('office', CREATE_ASSESSMENT, {
      input: { assignmentId: ids.reported, personId: ids.zhou, grade: 'COMPETENT', comment: ' ' },
    });
    expect(blank.errors![0].extensions!.field).toBe('comment');
    const badGrade = await as('office', CREATE_ASSESSMENT, {
      input: { assignmentId: ids.reported, personId: ids.zhou, grade: 'GOOD', comment: 'x' },
    });
    expect(codes(badGrade)).toEqual(['BAD_USER_INPUT']);
    expect(await count('training_record')).toBe(before);
  });
});

describe('service history', () => {
  it('lists every inspection of the group the person served on, with role and dates, paged', async () => {
    const res = await as('office', SERVICE, { p: ids.zhou });
    expect(res.errors).toBeUndefined();
    const items = res.data.staffService.items as Array<{ role: string; assignmentId: number; teamId: number }>;
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'MEMBER', assignmentId: ids.reported })]));
    expect(items.map((i) => i.assignmentId)).not.toContain(ids.provincial);
    const teams = await server.db.query("SELECT id FROM body WHERE code LIKE 'C-T%'");
    const central = new Set(teams.map((t: { id: number }) => Number(t.id)));
    expect(items.every((i) => central.has(i.teamId))).toBe(true);
    const expected = Number(
      (
        await server.db.query(
          "SELECT COUNT(*) AS n FROM assignment_member s JOIN body t ON t.id = (SELECT a.teamId FROM assignment a WHERE a.id = s.assignmentId) WHERE s.personId = ? AND t.code LIKE 'C-T%'",
          [ids.zhou],
        )
      )[0].n,
    );
    expect(res.data.staffService.totalCount).toBe(expected);
    const page = await as('office', SERVICE, { p: ids.zhou, page: { skip: 0, take: 1 } });
    expect(page.data.staffService.items).toHaveLength(1);
    expect(page.data.staffService.totalCount).toBe(expected);

    const leader = await as('lg.leader', SERVICE, { p: ids.ouyang });
    expect(leader.data.staffService.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'LEADER', assignmentId: ids.reported, fromDay: '2025-01-01', untilDay: '2025-06-30' }),
      ]),
    );
  });

  it('shows the person their own service in every group', async () => {
    const own = await as('team1', SERVICE, { p: ids.zhou });
    expect(own.data.staffService.items.map((i: { assignmentId: number }) => i.assignmentId)).toContain(ids.provincial);
  });
});
