/**
 * A whole inspection from plan to close, through the API, each step taken by the role that would
 * take it, with the steps that must be refused tried on the way.
 */
import JSZip from 'jszip';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { dayFromToday } from '../server/modules/common/calendar';

// The whole walk is one test: on MariaDB, with every step's writes, it takes longer than the default.
jest.setTimeout(180_000);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const day = (offset: number) => dayFromToday(offset);

async function as(login: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return server.gql(query, variables, await server.tokenFor(login));
}

/** Runs a mutation `name(input: $input) { id version ...fields }` and returns its result, failing loudly on errors. */
async function ok(login: string, name: string, inputType: string, input: object, fields = ''): Promise<any> {
  const res = await as(login, `mutation($input: ${inputType}!) { ${name}(input: $input) { id version ${fields} } }`, { input });
  if (res.errors) throw new Error(`${login} ${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name];
}

async function refused(login: string, name: string, inputType: string, input: object): Promise<GraphQLResponse> {
  const res = await as(login, `mutation($input: ${inputType}!) { ${name}(input: $input) { id } }`, { input });
  expect(res.errors).toBeDefined();
  return res;
}

const personId = async (name: string) => Number((await server.db.query('SELECT id FROM person WHERE name = ?', [name]))[0].id);
const auditCount = async () => Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);

it('walks an inspection from plan to close, refusing every step out of turn', async () => {
  const lg = await bodyIdByCode(server, 'C-LG');
  const team = await bodyIdByCode(server, 'C-T01');
  const target = await bodyIdByCode(server, 'P-QC-GOV');
  const cdi = await bodyIdByCode(server, 'C-CDI');
  const org = await bodyIdByCode(server, 'C-ORG');

  // Plan: drafted by the office, approved by the leading group.
  let round = await ok(
    'office',
    'createRound',
    'CreateRoundInput',
    { leadingGroupId: lg, year: 2026, number: 9, title: '2026年第九轮巡视', targetIds: [target] },
    'status',
  );
  expect(round.status).toBe('DRAFT');
  const draftAssign = await refused('office', 'createAssignment', 'CreateAssignmentInput', {
    roundId: round.id,
    teamId: team,
    targetId: target,
    startsOn: day(1),
    endsOn: day(60),
    workPlan: '方案',
  });
  expect(draftAssign.errors![0].message).toMatch(/not approved/);
  expect(codes(await refused('office', 'approveRound', 'VersionedInput', { id: round.id, version: round.version }))).toEqual(['FORBIDDEN']);
  expect(codes(await refused('qc.admin', 'approveRound', 'VersionedInput', { id: round.id, version: round.version }))).toEqual([
    'NOT_FOUND',
  ]);
  round = await ok('lg.leader', 'approveRound', 'VersionedInput', { id: round.id, version: round.version }, 'status approvedOn');
  expect(round.status).toBe('APPROVED');

  // Assignment, staffing with recusal, the leader from the pool.
  let assignment = await ok(
    'office',
    'createAssignment',
    'CreateAssignmentInput',
    {
      roundId: round.id,
      teamId: team,
      targetId: target,
      startsOn: day(1),
      endsOn: day(60),
      workPlan: '听取汇报、个别谈话、调阅资料',
    },
    'stage',
  );
  expect(assignment.stage).toBe('PREPARATION');
  await ok('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: assignment.id, personId: await personId('周博远') });
  const insider = await personId('萧怀仁');
  // Staffing draws only on the team's roster: the insider must be proposed to it and approved first.
  expect(
    codes(await refused('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: assignment.id, personId: insider })),
  ).toEqual(['FORBIDDEN']);
  const proposed = await ok(
    'admin',
    'createMembership',
    'CreateMembershipInput',
    { personId: insider, bodyId: team, role: 'TEAM_MEMBER', since: day(-1) },
    'status',
  );
  expect(proposed.status).toBe('PENDING');
  expect(
    (await ok('lg.leader', 'approveMembership', 'DecideMembershipInput', { id: proposed.id, version: proposed.version }, 'status')).status,
  ).toBe('APPROVED');
  const recused = await refused('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: assignment.id, personId: insider });
  expect(recused.errors![0].message).toMatch(/must recuse \(回避\): works at 青川省人民政府党组/);
  const excepted = await ok(
    'office',
    'staffAssignment',
    'StaffAssignmentInput',
    {
      assignmentId: assignment.id,
      personId: insider,
      recusalException: '仅负责文件调阅登记，不参与谈话，经办公室研究同意',
    },
    'recusalException',
  );
  expect(excepted.recusalException).toMatch(/经办公室研究同意/);

  const premature = await refused('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version });
  expect(premature.errors![0].message).toMatch(
    /cannot move to INQUIRY: the notice has not been sent.*contact channels.*no leader has been appointed/,
  );

  const [entry] = await server.db.query("SELECT e.id FROM pool_entry e JOIN person p ON p.id = e.personId WHERE p.name = '欧阳正清'");
  expect(
    codes(
      await refused('office', 'appointLeader', 'AppointLeaderInput', {
        assignmentId: assignment.id,
        poolEntryId: Number(entry.id),
        validFrom: day(-1),
        validUntil: day(90),
      }),
    ),
  ).toEqual(['FORBIDDEN']);
  const grant = await ok(
    'lg.leader',
    'appointLeader',
    'AppointLeaderInput',
    { assignmentId: assignment.id, poolEntryId: Number(entry.id), validFrom: day(-1), validUntil: day(90) },
    'assignmentId',
  );
  expect(grant.assignmentId).toBe(assignment.id);

  const briefing = await ok('office', 'requestBriefing', 'RequestBriefingInput', {
    assignmentId: assignment.id,
    sourceBodyId: cdi,
    requestedOn: day(-1),
  });
  assignment = await ok('office', 'updateAssignment', 'UpdateAssignmentInput', {
    id: assignment.id,
    version: assignment.version,
    noticeSentOn: day(0),
    contactChannels: '电话 010-0000000；邮政信箱 北京市0000号信箱',
  });
  const awaiting = await refused('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version });
  expect(awaiting.errors![0].message).toMatch(/background requested during preparation has not all been received/);
  await ok('office', 'receiveBriefing', 'ReceiveBriefingInput', {
    id: briefing.id,
    version: briefing.version,
    receivedOn: day(0),
    summary: '该党组领导班子成员近三年无立案记录。',
  });
  assignment = await ok('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version }, 'stage');
  expect(assignment.stage).toBe('INQUIRY');

  // The staff see the inspection and the body they inspect, and nothing else of the target's roster.
  const seen = await as('team1', 'query($id: Int!) { assignment(id: $id) { stage target { name } } }', { id: assignment.id });
  expect(seen.data.assignment).toEqual({ stage: 'INQUIRY', target: { name: '青川省人民政府党组' } });

  // Inquiry: the staff record activities, intake and findings; one is escalated at once.
  expect(
    codes(
      await refused('analyst', 'createActivity', 'CreateActivityInput', {
        assignmentId: assignment.id,
        method: 'INDIVIDUAL_TALK',
        heldOn: day(0),
        description: 'x',
        peopleReached: 1,
      }),
    ),
  ).toEqual(['FORBIDDEN']);
  await ok('team1', 'createActivity', 'CreateActivityInput', {
    assignmentId: assignment.id,
    method: 'INDIVIDUAL_TALK',
    heldOn: day(0),
    description: '与班子成员个别谈话',
    peopleReached: 12,
  });
  const letter = await ok('team1', 'createIntakeItem', 'CreateIntakeItemInput', {
    assignmentId: assignment.id,
    channel: 'LETTER',
    receivedOn: day(0),
    content: '反映某领导干部违规收受礼金',
    informant: { name: '林某某', contact: '139-0000-0000' },
  });
  const subject = await personId('华振声');
  const bribery = await ok('team1', 'createFinding', 'CreateFindingInput', {
    assignmentId: assignment.id,
    subjectPersonId: subject,
    category: 'CORRUPTION',
    subKind: 'EMBEZZLEMENT_BRIBERY',
    sourceMethod: 'LETTERS_CALLS_VISITS',
    severity: 'GRAVE',
    evidenceSummary: '涉嫌收受工程承包方礼金',
  });
  const promotion = await ok('team1', 'createFinding', 'CreateFindingInput', {
    assignmentId: assignment.id,
    category: 'PERSONNEL',
    subKind: 'IRREGULAR_PROMOTION',
    sourceMethod: 'DOCUMENT_REVIEW',
    severity: 'SERIOUS',
    evidenceSummary: '个别干部超职数配备',
  });
  const escalated = await ok('team1', 'escalateFinding', 'VersionedInput', { id: bribery.id, version: bribery.version }, 'urgent urgentOn');
  expect(escalated.urgent).toBe(true);
  const queue = await as('lg.leader', '{ findings(filter: { urgent: true }) { items { id } } }');
  expect(queue.data.findings.items.map((f: { id: number }) => f.id)).toContain(bribery.id);

  const INFORMANT = 'query($id: Int!) { intakeItem(id: $id) { content informant { name contact } } }';
  expect((await as('team1', INFORMANT, { id: letter.id })).data.intakeItem.informant).toEqual({ name: '林某某', contact: '139-0000-0000' });
  for (const reader of ['lg.leader', 'analyst', 'office']) {
    const seen = await as(reader, INFORMANT, { id: letter.id });
    expect(seen.data.intakeItem.content).toMatch(/礼金/);
    expect(seen.data.intakeItem.informant).toBeNull();
  }

  // Individual talks: who was talked to is read back by the staff alone, and every read is on the trail.
  expect(
    codes(
      await refused('team1', 'createTalk', 'CreateTalkInput', {
        assignmentId: assignment.id,
        heldOn: day(0),
        talkerIds: [subject],
        interviewee: { name: '钱某某' },
        intervieweePost: '计划财务处处长',
        intervieweeCategory: 'OTHER_CADRE',
        matters: 'x',
      }),
    ),
  ).toEqual(['BAD_USER_INPUT']);
  const talk = await ok('team1', 'createTalk', 'CreateTalkInput', {
    assignmentId: assignment.id,
    heldOn: day(0),
    talkerIds: [await personId('周博远')],
    interviewee: { name: '钱某某', contact: '137-0000-0000' },
    intervieweePost: '计划财务处处长',
    intervieweeCategory: 'OTHER_CADRE',
    matters: '反映工程款拨付中存在优亲厚友问题',
  });
  const INTERVIEWEE = 'query($id: Int!) { talk(id: $id) { matters interviewee { name contact } } }';
  expect((await as('team1', INTERVIEWEE, { id: talk.id })).data.talk.interviewee).toEqual({ name: '钱某某', contact: '137-0000-0000' });
  for (const reader of ['lg.leader', 'analyst', 'office']) {
    const seen = await as(reader, INTERVIEWEE, { id: talk.id });
    expect(seen.data.talk.matters).toMatch(/优亲厚友/);
    expect(seen.data.talk.interviewee).toBeNull();
  }
  const talkTrail = await server.db.query("SELECT action, `after` FROM audit_entry WHERE subject = 'TalkInterviewee' ORDER BY id");
  expect(talkTrail.map((e: { action: string }) => e.action)).toEqual(['create', 'read']);
  expect(JSON.stringify(talkTrail)).not.toMatch(/钱某某|137-0000-0000/);

  // Records asked of the target: late until all of it is received, noted by the staff.
  const asked = await ok(
    'team1',
    'createRecordsRequest',
    'CreateRecordsRequestInput',
    { assignmentId: assignment.id, description: '近三年工程项目招投标档案', requestedOn: day(-3), dueOn: day(-1) },
    'overdue status',
  );
  expect(asked).toMatchObject({ overdue: true, status: 'REQUESTED' });
  const late = await as('team1', '{ myQueue { groups { kind items { recordId } } } }');
  expect(late.data.myQueue.groups.find((g: { kind: string }) => g.kind === 'RECORDS_OVERDUE').items).toContainEqual({ recordId: asked.id });
  expect(
    codes(
      await refused('office', 'updateRecordsRequest', 'UpdateRecordsRequestInput', {
        id: asked.id,
        version: asked.version,
        status: 'RECEIVED',
        receivedOn: day(0),
      }),
    ),
  ).toEqual(['FORBIDDEN']);
  const received = await ok(
    'team1',
    'updateRecordsRequest',
    'UpdateRecordsRequestInput',
    { id: asked.id, version: asked.version, status: 'RECEIVED', receivedOn: day(0), receivedNote: '已全部调取' },
    'overdue status',
  );
  expect(received).toMatchObject({ overdue: false, status: 'RECEIVED' });

  // The office takes the insider off again, with the reason: the staffing stays on file, flagged, in the trail.
  const takeOff = { id: excepted.id, version: excepted.version, reason: '与被巡视单位关系密切，调离本次巡视' };
  expect(codes(await refused('lg.leader', 'removeStaff', 'RemoveStaffInput', takeOff))).toEqual(['FORBIDDEN']);
  const takenOff = await ok('office', 'removeStaff', 'RemoveStaffInput', takeOff, 'removedOn removedReason');
  expect(takenOff).toMatchObject({ removedOn: day(0), removedReason: takeOff.reason });
  const staffNow = await as(
    'office',
    'query($id: Int!) { assignment(id: $id) { staff { personId } all: staff(withRemoved: true) { personId removedOn } } }',
    { id: assignment.id },
  );
  expect(staffNow.data.assignment.staff.map((s: { personId: number }) => s.personId)).not.toContain(insider);
  expect(staffNow.data.assignment.all).toContainEqual({ personId: insider, removedOn: day(0) });
  const [removal] = await server.db.query(
    "SELECT action FROM audit_entry WHERE subject = 'AssignmentMember' AND recordId = ? ORDER BY id DESC LIMIT 1",
    [excepted.id],
  );
  expect(removal.action).toBe('remove');

  // A request for help (商请协助): drafted by the staff, sent by the leader, read and answered by the
  // department asked (which sees the request, not the finding); the answer shows on the finding.
  const help = await ok(
    'team1',
    'createHelpRequest',
    'CreateHelpRequestInput',
    {
      assignmentId: assignment.id,
      findingId: bribery.id,
      recipientId: cdi,
      matter: '反映有关领导干部收受工程承包方礼金',
      question: '请提供该同志近五年被反映问题及处置情况',
      wantedBy: day(10),
    },
    'status',
  );
  expect(help.status).toBe('DRAFT');
  expect(codes(await refused('team1', 'sendHelpRequest', 'VersionedInput', { id: help.id, version: help.version }))).toEqual(['FORBIDDEN']);
  const HELP = 'query($id: Int!) { helpRequest(id: $id) { id status question findingId } }';
  expect(codes(await as('receiver', HELP, { id: help.id }))).toEqual(['NOT_FOUND']);
  const sentHelp = await ok('teamlead', 'sendHelpRequest', 'VersionedInput', { id: help.id, version: help.version }, 'status askedOn');
  expect(sentHelp).toMatchObject({ status: 'SENT', askedOn: day(0) });
  expect((await as('receiver', HELP, { id: help.id })).data.helpRequest).toMatchObject({ status: 'SENT', findingId: null });
  await ok('receiver', 'answerHelpRequest', 'AnswerHelpRequestInput', {
    id: help.id,
    version: sentHelp.version,
    answer: '该同志近五年被反映问题1件，已了结',
  });
  const answered = await as('lg.leader', 'query($id: Int!) { finding(id: $id) { helpRequests { status answer } } }', { id: bribery.id });
  expect(answered.data.finding.helpRequests).toEqual([{ status: 'ANSWERED', answer: '该同志近五年被反映问题1件，已了结' }]);
  const HELP_TRAIL = "SELECT action FROM audit_entry WHERE subject = 'HelpRequest' AND recordId = ? ORDER BY id";
  const helpTrail = await server.db.query(HELP_TRAIL, [help.id]);
  expect(helpTrail.map((e: { action: string }) => e.action)).toEqual(['create', 'send', 'answer']);

  // A follow-up (回头看) cannot return to it yet: its findings have not been fed back to the target.
  const early = await refused('office', 'createAssignment', 'CreateAssignmentInput', {
    roundId: round.id,
    teamId: team,
    targetId: target,
    startsOn: day(200),
    endsOn: day(260),
    workPlan: '回头看方案',
    followsUpId: assignment.id,
  });
  expect(early.errors![0].extensions).toMatchObject({ field: 'followsUpId', messageKey: 'followUp.notPastFeedback' });

  // Staff records (office duty 3): the office keeps the staff's training, which the leading group and
  // the person read and a peer does not; no assessment before the team has reported; the person's
  // service history lists this inspection.
  const zhou = await personId('周博远');
  const trained = await ok('office', 'createTrainingRecord', 'CreateTrainingRecordInput', {
    personId: zhou,
    leadingGroupId: lg,
    title: '巡视业务培训班',
    startsOn: day(-30),
    endsOn: day(-26),
    hours: 40,
  });
  const TRAINING = 'query($id: Int!) { trainingRecord(id: $id) { id } }';
  for (const reader of ['lg.leader', 'team1']) {
    expect((await as(reader, TRAINING, { id: trained.id })).data.trainingRecord.id).toBe(trained.id);
  }
  expect(codes(await as('teamlead', TRAINING, { id: trained.id }))).toEqual(['NOT_FOUND']);
  const assessedEarly = await refused('office', 'createStaffAssessment', 'CreateStaffAssessmentInput', {
    assignmentId: assignment.id,
    personId: zhou,
    grade: 'COMPETENT',
    comment: '尚未汇报',
  });
  expect(assessedEarly.errors![0].extensions).toMatchObject({ field: 'assignmentId', messageKey: 'staffRecord.notYetAssessable' });
  const service = await as('office', 'query($p: Int!) { staffService(personId: $p) { items { assignmentId role } } }', { p: zhou });
  expect(service.data.staffService.items).toEqual(expect.arrayContaining([{ assignmentId: assignment.id, role: 'MEMBER' }]));

  // Democratic evaluation: set up and opened by the staff, answered once per printed link without an
  // account, sealed until closed, and nothing of a ballot on the audit trail.
  const rated = Number((await server.db.query('SELECT p.id FROM person p WHERE p.employerId = ? ORDER BY p.id LIMIT 1', [target]))[0].id);
  const evaluation = await ok('team1', 'createEvaluation', 'CreateEvaluationInput', {
    assignmentId: assignment.id,
    title: '领导班子和领导干部民主测评',
    kind: 'DEMOCRATIC_EVALUATION',
    personIds: [rated],
    questions: ['意见和建议'],
  });
  const openEval = await ok('team1', 'openEvaluation', 'VersionedInput', { id: evaluation.id, version: evaluation.version });
  const issueLinks = 'mutation($input: IssueBallotLinksInput!) { issueBallotLinks(input: $input) { paths } }';
  expect(codes(await as('analyst', issueLinks, { input: { evaluationId: evaluation.id, count: 3 } }))).toEqual(['FORBIDDEN']);
  const { paths: ballotPaths } = (await as('teamlead', issueLinks, { input: { evaluationId: evaluation.id, count: 3 } })).data
    .issueBallotLinks;
  const trailBeforeBallots = await auditCount();
  for (const [i, path] of (ballotPaths as string[]).entries()) {
    const cast = await fetch(server.url.replace(/\/graphql$/, path), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ s0: 'COMPETENT', [`s${rated}`]: i === 0 ? 'NOT_COMPETENT' : 'COMPETENT', q1: `意见${i}` }),
    });
    expect(cast.status).toBe(200);
  }
  expect(await auditCount()).toBe(trailBeforeBallots);
  const RESULTS =
    'query($id: Int!) { evaluation(id: $id) { version results { sealed linksUsed subjects { subjectId competent notCompetent withheld } } } }';
  const sealedResults = (await as('analyst', RESULTS, { id: evaluation.id })).data.evaluation;
  expect(sealedResults.results).toEqual({ sealed: true, linksUsed: 3, subjects: [] });
  expect(codes(await as('liaison', RESULTS, { id: evaluation.id }))).toEqual(['NOT_FOUND']);
  await ok('team1', 'closeEvaluation', 'VersionedInput', { id: evaluation.id, version: sealedResults.version });
  const closedResults = (await as('lg.leader', RESULTS, { id: evaluation.id })).data.evaluation.results;
  expect(closedResults.subjects).toEqual([
    { subjectId: 0, competent: 3, notCompetent: 0, withheld: false },
    { subjectId: rated, competent: 2, notCompetent: 1, withheld: false },
  ]);
  const evaluationTrail = await server.db.query(
    "SELECT action FROM audit_entry WHERE subject = 'Evaluation' AND recordId = ? ORDER BY id",
    [evaluation.id],
  );
  expect(evaluationTrail.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update', 'update']);
  expect(openEval.version).toBe(2);

  // Public intake through the link, without an account.
  const link = (await as('team1', 'query($id: Int!) { assignment(id: $id) { publicIntakePath } }', { id: assignment.id })).data.assignment
    .publicIntakePath;
  expect(
    (await as('analyst', 'query($id: Int!) { assignment(id: $id) { publicIntakePath } }', { id: assignment.id })).data.assignment
      .publicIntakePath,
  ).toBeNull();
  const key = link.split('/').pop();
  const receipt = await server.gql('mutation($input: PublicReportInput!) { submitPublicReport(input: $input) { receivedOn } }', {
    input: { intakeKey: key, content: '举报：某处室长期吃空饷，请巡视组核查。' },
  });
  expect(receipt.data.submitPublicReport.receivedOn).toBe(day(0));
  const online = await as('team1', 'query($id: Int!) { intakeItems(filter: { assignmentId: $id }) { items { channel anonymous } } }', {
    id: assignment.id,
  });
  expect(online.data.intakeItems.items).toEqual(expect.arrayContaining([{ channel: 'ONLINE', anonymous: true }]));

  assignment = await ok('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version }, 'stage');
  expect(assignment.stage).toBe('REPORTING');

  // Reporting: drafted from what was recorded, submitted by the granted leader only.
  const report = await ok('teamlead', 'draftReport', 'DraftReportInput', { assignmentId: assignment.id }, 'summary suggestions');
  expect(report.summary).toMatch(/个别谈话1次（涉及12人次）/);
  expect(report.summary).toMatch(/涉嫌收受工程承包方礼金/);
  expect(codes(await refused('team1', 'submitReport', 'VersionedInput', { id: report.id, version: report.version }))).toEqual([
    'FORBIDDEN',
  ]);
  const submitted = await ok('teamlead', 'submitReport', 'VersionedInput', { id: report.id, version: report.version }, 'submittedOn');
  expect(
    (await refused('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version })).errors![0].message,
  ).toMatch(/has not heard the report/);

  // The hearing decides every finding at once, or none when one decision is wrong.
  const before = await auditCount();
  const bad = await refused('lg.leader', 'hearReport', 'HearReportInput', {
    id: report.id,
    version: submitted.version,
    heardOn: day(0),
    hearingNote: '听取汇报',
    decisions: [
      { id: bribery.id, version: escalated.version, decision: 'TRANSFER', note: '移交' },
      { id: 999999, version: 1, decision: 'RECTIFY', note: '整改' },
    ],
  });
  expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(await auditCount()).toBe(before);
  await ok('lg.leader', 'hearReport', 'HearReportInput', {
    id: report.id,
    version: submitted.version,
    heardOn: day(0),
    hearingNote: '领导小组听取巡视汇报，同意巡视组意见',
    decisions: [
      { id: bribery.id, version: escalated.version, decision: 'TRANSFER', note: '按干部管理权限移交' },
      { id: promotion.id, version: promotion.version, decision: 'RECTIFY', note: '责成整改' },
    ],
  });
  assignment = await ok('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version }, 'stage');
  expect(assignment.stage).toBe('FEEDBACK');

  // Feedback: the target's liaison reports progress, the office closes the item off.
  expect(
    (await refused('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version })).errors![0].message,
  ).toMatch(/decided for rectification has no rectification item/);
  const item = await ok(
    'office',
    'createRectificationItem',
    'CreateRectificationItemInput',
    { assignmentId: assignment.id, findingId: promotion.id, description: '清理超职数配备干部', deadline: day(-1) },
    'overdue',
  );
  expect(item.overdue).toBe(true);
  expect(
    codes(await refused('qc.admin', 'recordProgress', 'RecordProgressInput', { id: item.id, version: item.version, progress: 'x' })),
  ).toEqual(['NOT_FOUND']);
  const progressed = await ok(
    'liaison',
    'recordProgress',
    'RecordProgressInput',
    { id: item.id, version: item.version, progress: '已全部消化超配干部' },
    'status',
  );
  expect(progressed.status).toBe('SUBMITTED');
  expect(
    codes(
      await refused('liaison', 'verifyRectification', 'VerifyRectificationInput', {
        id: item.id,
        version: progressed.version,
        verdict: 'CLOSE',
      }),
    ),
  ).toEqual(['FORBIDDEN']);
  const closedItem = await ok(
    'office',
    'verifyRectification',
    'VerifyRectificationInput',
    { id: item.id, version: progressed.version, verdict: 'CLOSE' },
    'status overdue',
  );
  expect(closedItem).toMatchObject({ status: 'CLOSED', overdue: false });
  assignment = await ok('office', 'advanceAssignment', 'VersionedInput', { id: assignment.id, version: assignment.version }, 'stage');
  expect(assignment.stage).toBe('TRANSFER');

  // Transfer by cadre management authority; only the receiving department sets the outcome.
  const decided = (await as('office', 'query($id: Int!) { finding(id: $id) { version } }', { id: bribery.id })).data.finding;
  const transferred = await ok(
    'office',
    'transferFinding',
    'TransferFindingInput',
    { id: bribery.id, version: decided.version },
    'status transferredTo { code }',
  );
  expect(transferred).toMatchObject({ status: 'TRANSFERRED', transferredTo: { code: 'C-CDI' } });
  for (const login of ['team1', 'teamlead', 'office', 'lg.leader']) {
    expect(
      codes(
        await refused(login, 'concludeFinding', 'ConcludeFindingInput', {
          id: bribery.id,
          version: transferred.version,
          outcome: '立案审查',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  }
  const concluded = await ok(
    'receiver',
    'concludeFinding',
    'ConcludeFindingInput',
    { id: bribery.id, version: transferred.version, outcome: '已立案审查调查' },
    'status outcome',
  );
  expect(concluded.status).toBe('CONCLUDED');
  expect(org).toBeGreaterThan(0);

  assignment = await ok(
    'office',
    'advanceAssignment',
    'VersionedInput',
    { id: assignment.id, version: assignment.version },
    'stage closedOn',
  );
  expect(assignment).toMatchObject({ stage: 'CLOSED', closedOn: day(0) });

  // Closed: the staff and the leader lose access at once; the leading group keeps it.
  for (const login of ['team1', 'teamlead']) {
    expect(codes(await as(login, 'query($id: Int!) { finding(id: $id) { id } }', { id: promotion.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await as(login, 'query($id: Int!) { report(id: $id) { id } }', { id: report.id }))).toEqual(['NOT_FOUND']);
  }
  expect((await as('lg.leader', 'query($id: Int!) { report(id: $id) { heardOn } }', { id: report.id })).data.report.heardOn).toBe(day(0));
  expect(
    codes(
      await server.gql('mutation($input: PublicReportInput!) { submitPublicReport(input: $input) { receivedOn } }', {
        input: { intakeKey: key, content: '迟到的举报材料，请核查。' },
      }),
    ),
  ).toEqual(['NOT_FOUND']);

  // The documents are drafted from the records, for those who may read them.
  const download = async (login: string | null, kind: string) =>
    fetch(server.url.replace(/graphql$/, `documents/assignments/${assignment.id}/${kind}.docx`), {
      headers: login ? { authorization: `Bearer ${await server.tokenFor(login)}` } : {},
    });
  const reportFile = await download('lg.leader', 'report');
  expect(reportFile.headers.get('content-type')).toMatch(/wordprocessingml/);
  const xml = await (await JSZip.loadAsync(Buffer.from(await reportFile.arrayBuffer()))).file('word/document.xml')!.async('string');
  expect(xml).toContain('涉嫌收受工程承包方礼金');
  expect(xml).toContain('青川省人民政府党组');
  const letter2 = await (
    await JSZip.loadAsync(Buffer.from(await (await download('office', 'feedback')).arrayBuffer()))
  )
    .file('word/document.xml')!
    .async('string');
  expect(letter2).toContain('清理超职数配备干部');
  expect((await download('liaison', 'report')).status).toBe(404);
  expect((await download(null, 'notice')).status).toBe(401);

  // The trail has every step, and never the informant.
  const trail = await server.db.query(
    "SELECT action, subject, `after` FROM audit_entry WHERE subject IN ('Assignment', 'IntakeInformant', 'Finding') ORDER BY id",
  );
  expect(trail.filter((e: { action: string }) => e.action.startsWith('advance:')).map((e: { action: string }) => e.action)).toEqual([
    'advance:INQUIRY',
    'advance:REPORTING',
    'advance:FEEDBACK',
    'advance:TRANSFER',
    'advance:CLOSED',
  ]);
  expect(JSON.stringify(trail)).not.toMatch(/林某某|139-0000-0000/);
});

it('gives a former leader nothing once the grant window has passed', async () => {
  const [grant] = await server.db.query(
    'SELECT g.id, g.assignmentId FROM leader_grant g WHERE g.assignmentId IS NOT NULL ORDER BY g.id DESC LIMIT 1',
  );
  // Reopen a copy of the situation: an open assignment whose leader's window has ended.
  await server.db.query("UPDATE assignment SET stage = 'REPORTING' WHERE id = ?", [grant.assignmentId]);
  const [report] = await server.db.query('SELECT id FROM report WHERE assignmentId = ?', [grant.assignmentId]);
  const READ = 'query($id: Int!) { report(id: $id) { id } }';
  expect((await as('teamlead', READ, { id: Number(report.id) })).data.report.id).toBe(Number(report.id));
  await server.db.query('UPDATE leader_grant SET validUntil = ? WHERE id = ?', [day(-1), grant.id]);
  expect(codes(await as('teamlead', READ, { id: Number(report.id) }))).toEqual(['NOT_FOUND']);
});
