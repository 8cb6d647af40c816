/**
 * The logic behind the console's workflow forms: the pure rules (sub-kinds per category, why an
 * advance was refused, what the intake and hearing forms send) checked against the server's own
 * tables, and the inputs they build accepted by the real API for the roles that use them.
 */
import { en } from '../admin/src/i18n/en';
import { zh } from '../admin/src/i18n/zh';
import { SUB_KINDS, subKindChoices } from '../admin/src/enums';
import { abilityFromPackedRules, canAccess, canRecordInformant } from '../admin/src/providers/canAccess';
import { createDataProvider, toUpdateInput } from '../admin/src/providers/dataProvider';
import { createGraphQLClient, type ApiError } from '../admin/src/providers/graphqlClient';
import { CONDITION_KEYS, parseAdvanceRefusal } from '../admin/src/resources/assignments/advanceRefusal';
import { hasCurrentLeader } from '../admin/src/resources/assignments/leadership';
import { toIntakeInput } from '../admin/src/resources/intakeItems/intakeInput';
import { decidableFindings, decisionRows, toHearingInput } from '../admin/src/resources/reports/hearing';
import { withTargetIds } from '../admin/src/resources/rounds/targets';
import { STAGE_CONDITIONS } from '../server/modules/assignment/stage-conditions';
import { SUB_KINDS as SERVER_SUB_KINDS } from '../server/modules/finding/finding.enums';
import { startTestServer, type TestServer } from './support/harness';
import { joinTeam } from './support/roster-ops';

const lookup = (messages: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe('finding categories', () => {
  it('pairs each category with the sub-kinds the API accepts for it', () => {
    expect(SUB_KINDS).toEqual(SERVER_SUB_KINDS);
  });

  it('offers only the sub-kinds of the chosen category, and none before one is chosen', () => {
    expect(subKindChoices('POLITICAL_DISCIPLINE')).toEqual([
      { id: 'PUBLIC_OPPOSITION', name: 'enums.FindingSubKind.PUBLIC_OPPOSITION' },
      { id: 'EVADING_POLICY', name: 'enums.FindingSubKind.EVADING_POLICY' },
    ]);
    expect(subKindChoices(undefined)).toEqual([]);
    expect(subKindChoices('NONSENSE')).toEqual([]);
  });
});

describe('a refused advance', () => {
  // A condition may guard more than one stage (staff and a leader, for inquiry and again for reporting).
  const serverConditions = new Set(Object.values(STAGE_CONDITIONS).flatMap((conditions) => conditions.map((condition) => condition.unmet)));

  it('knows every condition the API can name, in both languages', () => {
    expect(Object.keys(CONDITION_KEYS).sort()).toEqual([...serverConditions].sort());
    for (const key of Object.values(CONDITION_KEYS)) {
      expect(typeof lookup(zh, `resources.assignments.refusal.conditions.${key}`)).toBe('string');
      expect(typeof lookup(en, `resources.assignments.refusal.conditions.${key}`)).toBe('string');
    }
  });

  it('reads the stage and the unmet conditions out of the message, keeping text it does not know', () => {
    const refusal = parseAdvanceRefusal(
      'stage: cannot move to INQUIRY: the notice has not been sent to the target; a condition added later',
    );
    expect(refusal.stage).toBe('INQUIRY');
    expect(refusal.unmet).toEqual([
      { key: 'resources.assignments.refusal.conditions.notice_not_sent', text: 'the notice has not been sent to the target' },
      { text: 'a condition added later' },
    ]);
    expect(parseAdvanceRefusal('Assignment 3 was changed by someone else')).toEqual({
      stage: null,
      unmet: [{ text: 'Assignment 3 was changed by someone else' }],
    });
  });
});

describe('what the forms send', () => {
  it('sends an informant only for a named report with a name', () => {
    const base = { assignmentId: 16, channel: 'LETTER', receivedOn: '2026-01-05', content: '反映问题' };
    expect(toIntakeInput({ ...base, anonymous: true, informant: { name: '王建华' } })).toEqual(base);
    expect(toIntakeInput({ ...base, anonymous: false, informant: { name: '  ' } })).toEqual(base);
    expect(toIntakeInput({ ...base, anonymous: false, informant: { name: ' 王建华 ', contact: '' } })).toEqual({
      ...base,
      informant: { name: '王建华' },
    });
    expect(toIntakeInput({ ...base, anonymous: false, informant: { name: '王建华', contact: '138' } })).toEqual({
      ...base,
      informant: { name: '王建华', contact: '138' },
    });
  });

  it('decides at a hearing only the findings given a decision, each with the version it was read at', () => {
    const findings = [
      { id: 2, version: 5, status: 'DECIDED', decision: 'RECTIFY', decisionNote: '整改' },
      { id: 3, version: 1, status: 'TRANSFERRED', decision: 'TRANSFER', decisionNote: '移交' },
      { id: 1, version: 2, status: 'RECORDED' },
    ];
    const decidable = decidableFindings(findings);
    expect(decidable.map((f) => f.id)).toEqual([1, 2]);
    const rows = decisionRows(decidable);
    expect(rows).toEqual([
      { id: 1, version: 2, decision: null, note: '' },
      { id: 2, version: 5, decision: 'RECTIFY', note: '整改' },
    ]);
    expect(toHearingInput({ id: 9, version: 4 }, { heardOn: '2026-02-01', hearingNote: '听取', decisions: rows })).toEqual({
      id: 9,
      version: 4,
      heardOn: '2026-02-01',
      hearingNote: '听取',
      decisions: [{ id: 2, version: 5, decision: 'RECTIFY', note: '整改' }],
    });
  });

  it('edits a plan with its target ids, and leaves an empty text that stays empty unchanged', () => {
    const round = withTargetIds({
      id: 1,
      version: 3,
      title: '计划',
      targets: [
        { id: 7, bodyId: 40 },
        { id: 8, bodyId: 41 },
      ],
    });
    expect(round.targetIds).toEqual([40, 41]);
    expect(toUpdateInput(['title', 'targetIds'], { ...round }, round)).toEqual({ id: 1, version: 3 });
    expect(
      toUpdateInput(
        ['contactChannels', 'workPlan'],
        { contactChannels: null, workPlan: '新方案' },
        { id: 2, version: 1, contactChannels: '', workPlan: '方案' },
      ),
    ).toEqual({
      id: 2,
      version: 1,
      workPlan: '新方案',
    });
  });

  it('appoints no second leader while a grant holds', () => {
    expect(hasCurrentLeader([], '2026-03-01')).toBe(false);
    expect(hasCurrentLeader([{ validUntil: '2026-02-28', revokedOn: null }], '2026-03-01')).toBe(false);
    expect(hasCurrentLeader([{ validUntil: '2026-03-31', revokedOn: '2026-02-01' }], '2026-03-01')).toBe(false);
    expect(hasCurrentLeader([{ validUntil: '2026-03-01', revokedOn: null }], '2026-03-01')).toBe(true);
  });
});

describe('against the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const abilityOf = async (login: string) =>
    abilityFromPackedRules((await server.gql('{ me { rules } }', {}, await server.tokenFor(login))).data.me.rules);
  const providerOf = async (login: string) => {
    const token = await server.tokenFor(login);
    return createDataProvider(createGraphQLClient({ url: server.url, getToken: () => token }));
  };
  async function assignmentOf(team: string, target: string): Promise<number> {
    const [row] = await server.db.query(
      'SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = ? AND b.code = ? ORDER BY a.id DESC',
      [team, target],
    );
    return Number(row.id);
  }

  it('translates every condition of a real refusal', async () => {
    const office = await providerOf('office');
    const preparing = await assignmentOf('C-T03', 'P-DL-NPC');
    const { data: assignment } = await office.getOne('assignments', { id: preparing });
    const error = (await office
      .run('advanceAssignment', { id: preparing, version: assignment.version })
      .catch((e: unknown) => e)) as ApiError;
    const refusal = parseAdvanceRefusal(error.body.serverMessage!);
    expect(refusal.stage).toBe('INQUIRY');
    expect(refusal.unmet.length).toBeGreaterThan(1);
    expect(refusal.unmet.every((condition) => condition.key)).toBe(true);
  });

  it('asks for the informant only of the staff of that inspection', async () => {
    const own = await assignmentOf('C-T01', 'P-QC-GOV');
    const other = await assignmentOf('C-T02', 'P-YL-GOV');
    const team1 = await abilityOf('team1');
    expect(canRecordInformant(team1, own)).toBe(true);
    expect(canRecordInformant(team1, other)).toBe(false);
    expect(canRecordInformant(await abilityOf('lg.leader'), own)).toBe(false);
    expect(canRecordInformant(await abilityOf('office'))).toBe(false);
  });

  it('offers the create forms to the roles that write those records', async () => {
    const team1 = await abilityOf('team1');
    const office = await abilityOf('office');
    const leader = await abilityOf('lg.leader');
    expect(['findings', 'intakeItems', 'activities'].map((resource) => canAccess(team1, { action: 'create', resource }))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['rounds', 'assignments', 'briefings'].map((resource) => canAccess(team1, { action: 'create', resource }))).toEqual([
      false,
      false,
      false,
    ]);
    expect(
      ['rounds', 'assignments', 'briefings', 'rectificationItems', 'supervisionItems'].every((resource) =>
        canAccess(office, { action: 'create', resource }),
      ),
    ).toBe(true);
    expect(canAccess(office, { action: 'create', resource: 'findings' })).toBe(false);
    expect(canAccess(leader, { action: 'create', resource: 'findings' })).toBe(false);
    expect(canAccess(await abilityOf('teamlead'), { action: 'create', resource: 'reports' })).toBe(true);
  });

  it('records a finding and hears a submitted report with the inputs the forms build', async () => {
    const team = await providerOf('team1');
    const own = await assignmentOf('C-T01', 'P-QC-GOV');
    const { data: finding } = await team.create('findings', {
      data: {
        assignmentId: own,
        category: 'WORK_STYLE',
        subKind: 'FORMALISM',
        sourceMethod: 'FIELD_VISIT',
        severity: 'MINOR',
        evidenceSummary: '会议多、文件多',
      },
    });
    expect(finding).toMatchObject({ assignmentId: own, subKind: 'FORMALISM', status: 'RECORDED' });

    const leader = await providerOf('lg.leader');
    const heard = await assignmentOf('C-T05', 'P-DL-GOV');
    const { data: reports } = await leader.getList('reports', {
      filter: { assignmentId: heard },
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'id', order: 'ASC' },
    });
    const report = reports[0];
    expect(report.submittedOn).toBeTruthy();
    const { data: findings } = await leader.getList('findings', {
      filter: { assignmentId: heard },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'id', order: 'ASC' },
    });
    const rows = decisionRows(decidableFindings(findings as never[])).map((row) => ({ ...row, decision: 'RECTIFY', note: '责成整改' }));
    const { data: after } = await leader.run(
      'hearReport',
      toHearingInput(report, { heardOn: report.submittedOn, hearingNote: '领导小组听取汇报', decisions: rows }),
    );
    expect(after.heardOn).toBe(report.submittedOn);
    const [{ undecided }] = await server.db.query('SELECT COUNT(*) AS undecided FROM finding WHERE assignmentId = ? AND decision IS NULL', [
      heard,
    ]);
    expect(Number(undecided)).toBe(0);
  });

  it('staffs a person and answers with the staff member', async () => {
    const office = await providerOf('office');
    const preparing = await assignmentOf('C-T03', 'P-DL-NPC');
    const [person] = await server.db.query(
      "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T03' AND p.id NOT IN (SELECT personId FROM assignment_member WHERE assignmentId = ?)",
      [preparing],
    );
    await joinTeam(server, Number(person.id), 'C-T03');
    const { data: member } = await office.run('staffAssignment', { assignmentId: preparing, personId: Number(person.id) });
    expect(member).toMatchObject({ assignmentId: preparing, personId: Number(person.id), recusalException: null });
  });
});
