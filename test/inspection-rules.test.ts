/** The rules around the inspection walk: recusal by relatives, steps out of stage, supervision, routing. */
import { buildAppSchema } from '../server/graphql/schema';
import { Body } from '../server/modules/body/body.entity';
import { FindingCategory } from '../server/modules/finding/finding.enums';
import { routeFinding } from '../server/modules/finding/routing';
import { codes, startTestServer, type TestServer } from './support/harness';
import { accountFor, bodyIdByCode, joinTeam } from './support/roster-ops';
import { DEMO_PASSWORD } from '../server/demo/demo-data';

let server: TestServer;
let assignment: { id: number; version: number };
let target: number;

async function run(login: string, name: string, type: string, input: object, fields = '') {
  return server.gql(
    `mutation($input: ${type}!) { ${name}(input: $input) { id version ${fields} } }`,
    { input },
    await server.tokenFor(login),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  target = await bodyIdByCode(server, 'P-YL-GOV');
  const round = (
    await run('office', 'createRound', 'CreateRoundInput', {
      leadingGroupId: await bodyIdByCode(server, 'C-LG'),
      year: 2027,
      number: 1,
      title: '2027年第一轮巡视',
      targetIds: [target],
    })
  ).data.createRound;
  await run('lg.leader', 'approveRound', 'VersionedInput', { id: round.id, version: round.version });
  assignment = (
    await run('office', 'createAssignment', 'CreateAssignmentInput', {
      roundId: round.id,
      teamId: await bodyIdByCode(server, 'C-T03'),
      targetId: target,
      startsOn: '2027-03-01',
      endsOn: '2027-05-31',
      workPlan: '方案',
    })
  ).data.createAssignment;
  // A staff member of the inspection with a login of their own.
  const [staff] = await server.db.query(
    "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T03' ORDER BY p.id DESC LIMIT 1",
  );
  await accountFor(server, 'c-t03.staff', Number(staff.id), DEMO_PASSWORD);
  await joinTeam(server, Number(staff.id), 'C-T03');
  await run('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: assignment.id, personId: Number(staff.id) });
});
afterAll(() => server.close());

describe('recusal', () => {
  it('refuses staffing someone whose relative is a cadre of the target, naming the relative', async () => {
    const [candidate] = await server.db.query(
      "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T03' LIMIT 1",
    );
    await joinTeam(server, Number(candidate.id), 'C-T03');
    const relative = await run('admin', 'createPersonRelation', 'CreatePersonRelationInput', {
      personId: Number(candidate.id),
      relativeName: '王某某',
      relation: '配偶',
      relativeBodyId: target,
    });
    expect(relative.errors).toBeUndefined();
    const res = await run('office', 'staffAssignment', 'StaffAssignmentInput', {
      assignmentId: assignment.id,
      personId: Number(candidate.id),
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(/is related \(配偶\) to 王某某, a cadre there/);
  });

  it('lets only the office record an exception', async () => {
    const [candidate] = await server.db.query(
      "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'P-YL-GOV' LIMIT 1",
    );
    await joinTeam(server, Number(candidate.id), 'C-T03');
    const input = {
      assignmentId: assignment.id,
      personId: Number(candidate.id),
      recusalException: '确需熟悉情况人员配合，经领导小组办公室批准',
    };
    expect(codes(await run('lg.leader', 'staffAssignment', 'StaffAssignmentInput', input))).toEqual(['FORBIDDEN']);
    expect(
      (await run('office', 'staffAssignment', 'StaffAssignmentInput', input, 'recusalException')).data.staffAssignment.recusalException,
    ).toMatch(/批准/);
  });
});

describe('steps out of stage', () => {
  it.each([
    [
      'createActivity',
      'CreateActivityInput',
      () => ({ assignmentId: assignment.id, method: 'SYMPOSIUM', heldOn: '2027-03-02', description: '座谈', peopleReached: 3 }),
      /during inquiry/,
    ],
    [
      'createIntakeItem',
      'CreateIntakeItemInput',
      () => ({ assignmentId: assignment.id, channel: 'CALL', receivedOn: '2027-03-02', content: '来电' }),
      /during inquiry/,
    ],
    [
      'createFinding',
      'CreateFindingInput',
      () => ({
        assignmentId: assignment.id,
        category: 'WORK_STYLE',
        subKind: 'FORMALISM',
        sourceMethod: 'SYMPOSIUM',
        severity: 'MINOR',
        evidenceSummary: 'x',
      }),
      /during inquiry and reporting/,
    ],
    [
      'createRectificationItem',
      'CreateRectificationItemInput',
      () => ({ assignmentId: assignment.id, description: '整改', deadline: '2027-09-01' }),
      /after the report was heard/,
    ],
  ])('%s is refused in preparation, saying when it can be done', async (name, type, input, message) => {
    const before = Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);
    const res = await run(name === 'createRectificationItem' ? 'office' : 'c-t03.staff', name, type, input());
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(message);
    expect(Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n)).toBe(before);
  });

  it('refuses a finding whose sub-kind belongs to another category, and fieldwork by those not staffed', async () => {
    // Walking to inquiry is the business of the walk test; here only the stage matters.
    await server.db.query("UPDATE assignment SET stage = 'INQUIRY' WHERE id = ?", [assignment.id]);
    const finding = {
      assignmentId: assignment.id,
      category: 'WORK_STYLE',
      subKind: 'VOTE_BUYING',
      sourceMethod: 'SYMPOSIUM',
      severity: 'MINOR',
      evidenceSummary: '会议过多',
    };
    const wrong = await run('c-t03.staff', 'createFinding', 'CreateFindingInput', finding);
    expect(wrong.errors![0].message).toMatch(/subKind: must be one of FORMALISM, BUREAUCRATISM, HEDONISM, EXTRAVAGANCE/);
    expect(codes(await run('office', 'createFinding', 'CreateFindingInput', { ...finding, subKind: 'FORMALISM' }))).toEqual(['FORBIDDEN']);
    expect(codes(await run('team1', 'createFinding', 'CreateFindingInput', { ...finding, subKind: 'FORMALISM' }))).toEqual(['NOT_FOUND']);
    expect(
      (await run('c-t03.staff', 'createFinding', 'CreateFindingInput', { ...finding, subKind: 'FORMALISM' })).data.createFinding.version,
    ).toBe(1);
    await server.db.query("UPDATE assignment SET stage = 'PREPARATION' WHERE id = ?", [assignment.id]);
  });
});

describe('supervision', () => {
  it('is started and followed up by the office, and marked overdue when late', async () => {
    const created = await run(
      'office',
      'createSupervisionItem',
      'CreateSupervisionItemInput',
      {
        assignmentId: assignment.id,
        matter: '督促落实干部选拔任用问题整改',
        responsibleBodyId: target,
        deadline: '2020-01-01',
      },
      'overdue status',
    );
    expect(created.data.createSupervisionItem).toMatchObject({ overdue: true, status: 'OPEN' });
    const item = created.data.createSupervisionItem;
    expect(
      codes(
        await run('analyst', 'updateSupervisionItem', 'UpdateSupervisionItemInput', { id: item.id, version: item.version, status: 'DONE' }),
      ),
    ).toEqual(['FORBIDDEN']);
    const done = await run(
      'office',
      'updateSupervisionItem',
      'UpdateSupervisionItemInput',
      { id: item.id, version: item.version, status: 'DONE', note: '已核查' },
      'overdue status doneOn',
    );
    expect(done.data.updateSupervisionItem).toMatchObject({ overdue: false, status: 'DONE' });
  });
});

describe('the routing table', () => {
  it('sends a finding to the department of the committee holding cadre management authority', async () => {
    const m = server.db.manager;
    const byCode = (code: string) => m.findOneByOrFail(Body, { code });
    const central = await byCode('C');
    expect((await routeFinding(m, FindingCategory.CORRUPTION, await byCode('C-ORG'), central))!.code).toBe('C-CDI');
    expect((await routeFinding(m, FindingCategory.PERSONNEL, await byCode('C-ORG'), central))!.code).toBe('C-ORG');
    expect((await routeFinding(m, FindingCategory.PERSONNEL, await byCode('P-QC-ORG'), central))!.code).toBe('P-QC-ORG');
    expect((await routeFinding(m, FindingCategory.WORK_STYLE, await byCode('P-QC-ORG'), central))!.code).toBe('P-QC-CDI');
    expect((await routeFinding(m, FindingCategory.POLITICAL_DISCIPLINE, null, central))!.code).toBe('C-CDI');
  });
});

describe('the audit trail', () => {
  it('cannot be read, edited or deleted through the API', async () => {
    const schema = await buildAppSchema();
    const names = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
    expect(Object.keys(schema.getTypeMap()).filter((n) => /audit/i.test(n))).toEqual([]);
  });
});

describe('overriding the routing table', () => {
  it('needs a stated reason, and sends the finding where the office says', async () => {
    const [finding] = await server.db.query(
      `SELECT f.id, f.version FROM finding f JOIN assignment a ON a.id = f.assignmentId JOIN body t ON t.id = a.teamId
        WHERE a.stage = 'TRANSFER' AND f.decision = 'TRANSFER' AND f.status = 'DECIDED' AND t.code LIKE 'C-T%' LIMIT 1`,
    );
    const functional = await bodyIdByCode(server, 'C-FIN');
    const input = { id: Number(finding.id), version: Number(finding.version), overrideRecipientId: functional };
    const unexplained = await run('office', 'transferFinding', 'TransferFindingInput', input);
    expect(unexplained.errors![0].message).toMatch(/overrideReason: overriding the routing table needs a stated reason/);
    const done = await run(
      'office',
      'transferFinding',
      'TransferFindingInput',
      { ...input, overrideReason: '涉及财经领域专项问题，由职能部门先行处理' },
      'status routingOverride transferredTo { code }',
    );
    expect(done.data.transferFinding).toMatchObject({
      status: 'TRANSFERRED',
      routingOverride: '涉及财经领域专项问题，由职能部门先行处理',
      transferredTo: { code: 'C-FIN' },
    });
    // The discipline commission the table would have named does not see it.
    expect(
      codes(
        await server.gql('query($id: Int!) { finding(id: $id) { id } }', { id: Number(finding.id) }, await server.tokenFor('receiver')),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});
