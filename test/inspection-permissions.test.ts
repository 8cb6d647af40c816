/**
 * Who may read which inspection record, for every demo role, on an inspection inside and outside
 * their scope; and the informant's identity, which only the staff of the open inspection may read.
 */
import { randomBytes } from 'node:crypto';
import type { ObjectLiteral } from 'typeorm';
import { Activity } from '../server/modules/activity/activity.entity';
import { Assignment, AssignmentMember } from '../server/modules/assignment/assignment.entity';
import { Briefing } from '../server/modules/briefing/briefing.entity';
import { Finding } from '../server/modules/finding/finding.entity';
import { LeaderGrant } from '../server/modules/grant/leader-grant.entity';
import { IntakeInformant, IntakeItem } from '../server/modules/intake/intake.entity';
import { Evaluation } from '../server/modules/evaluation/evaluation.entity';
import { RectificationItem } from '../server/modules/rectification/rectification-item.entity';
import { Report } from '../server/modules/report/report.entity';
import { Round, RoundTarget } from '../server/modules/round/round.entity';
import { SupervisionItem } from '../server/modules/supervision/supervision-item.entity';
import { StaffAssessment } from '../server/modules/staff-record/staff-assessment.entity';
import { DeeperInquiry } from '../server/modules/deeper-inquiry/deeper-inquiry.entity';
import { HelpRequest } from '../server/modules/help-request/help-request.entity';
import { Talk, TalkInterviewee } from '../server/modules/talk/talk.entity';
import { RecordsRequest } from '../server/modules/records-request/records-request.entity';
import { codes, startTestServer, type TestServer } from './support/harness';

type Side = 'central' | 'yunling';
type Kind =
  | 'Round'
  | 'RoundTarget'
  | 'Assignment'
  | 'AssignmentMember'
  | 'Briefing'
  | 'Activity'
  | 'IntakeItem'
  | 'Evaluation'
  | 'Talk'
  | 'RecordsRequest'
  | 'Finding'
  | 'Report'
  | 'RectificationItem'
  | 'StaffAssessment'
  | 'SupervisionItem'
  | 'DeeperInquiry'
  | 'HelpRequest';
const KINDS: Kind[] = [
  'Round',
  'Assignment',
  'Briefing',
  'Activity',
  'IntakeItem',
  'Evaluation',
  'Talk',
  'RecordsRequest',
  'Finding',
  'Report',
  'RectificationItem',
  'SupervisionItem',
  'StaffAssessment',
  'DeeperInquiry',
  'HelpRequest',
];
const QUERY: Record<Kind, string> = {
  Round: 'round',
  RoundTarget: 'roundTarget',
  Assignment: 'assignment',
  AssignmentMember: 'assignmentMember',
  Briefing: 'briefing',
  Activity: 'activity',
  IntakeItem: 'intakeItem',
  Evaluation: 'evaluation',
  Talk: 'talk',
  RecordsRequest: 'recordsRequest',
  Finding: 'finding',
  Report: 'report',
  RectificationItem: 'rectificationItem',
  SupervisionItem: 'supervisionItem',
  StaffAssessment: 'staffAssessment',
  DeeperInquiry: 'deeperInquiry',
  HelpRequest: 'helpRequest',
};
const LIST: Partial<Record<Kind, string>> = {
  Round: 'rounds',
  Assignment: 'assignments',
  Briefing: 'briefings',
  Activity: 'activities',
  IntakeItem: 'intakeItems',
  Evaluation: 'evaluations',
  Talk: 'talks',
  RecordsRequest: 'recordsRequests',
  Finding: 'findings',
  Report: 'reports',
  RectificationItem: 'rectificationItems',
  SupervisionItem: 'supervisionItems',
  StaffAssessment: 'staffAssessments',
  DeeperInquiry: 'deeperInquiries',
  HelpRequest: 'helpRequests',
};

const everything = (side: Side) => Object.fromEntries(KINDS.map((k) => [k, [side]])) as Partial<Record<Kind, Side[]>>;
const staffOfCentral: Partial<Record<Kind, Side[]>> = Object.fromEntries(
  KINDS.filter((k) => k !== 'Round' && k !== 'StaffAssessment').map((k) => [k, ['central']]),
) as Partial<Record<Kind, Side[]>>;

/** What each login may read; the informant column says who reads the identities of informants and interviewees. */
const EXPECTED: Record<string, { reads: Partial<Record<Kind, Side[]>>; informant: Side[] }> = {
  admin: { reads: {}, informant: [] },
  'qc.admin': { reads: {}, informant: [] },
  'yl.admin': { reads: {}, informant: [] },
  // Assessments of the staff: the office and the leading group only, never analysts or the staff themselves.
  analyst: {
    reads: Object.fromEntries(KINDS.filter((k) => k !== 'StaffAssessment').map((k) => [k, ['central', 'yunling']])),
    informant: [],
  },
  'qc.analyst': { reads: {}, informant: [] },
  leader: { reads: {}, informant: [] },
  'qc.leader': { reads: {}, informant: [] },
  'lg.leader': { reads: everything('central'), informant: [] },
  'lg.member': { reads: everything('central'), informant: [] },
  office: { reads: everything('central'), informant: [] },
  team1: { reads: staffOfCentral, informant: ['central'] },
  teamlead: { reads: staffOfCentral, informant: ['central'] },
  'qc.team': { reads: {}, informant: [] },
  liaison: { reads: { RectificationItem: ['central'] }, informant: [] },
  receiver: { reads: { Finding: ['central'], HelpRequest: ['central'] }, informant: [] },
  staff: { reads: {}, informant: [] },
  future: { reads: {}, informant: [] },
  expired: { reads: {}, informant: [] },
};

let server: TestServer;
const ids = {} as Record<Side, Record<Kind, number>>;

const stamp = () => ({ version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
async function put<T extends ObjectLiteral>(entity: new () => T, values: object): Promise<number> {
  const result = await server.db.getRepository(entity).insert({ ...stamp(), ...values } as never);
  return Number(result.identifiers[0].id);
}
const body = async (code: string) =>
  (await server.db.query('SELECT id, scopePath FROM body WHERE code = ?', [code]))[0] as { id: number; scopePath: string };
const person = async (name: string) => Number((await server.db.query('SELECT id FROM person WHERE name = ?', [name]))[0].id);

/** One inspection in inquiry with one record of each kind, written straight to the database. */
async function inspection(
  side: Side,
  group: string,
  teamCode: string,
  targetCode: string,
  staffNames: string[],
  leaderName: string,
  recipient: string,
) {
  const lg = await body(group);
  const team = await body(teamCode);
  const target = await body(targetCode);
  const roundId = await put(Round, {
    leadingGroupId: lg.id,
    year: 2026,
    number: side === 'central' ? 21 : 22,
    title: '测试轮次',
    status: 'APPROVED',
    approvedOn: '2026-01-05',
    scopePath: lg.scopePath,
  });
  const roundTargetId = await put(RoundTarget, { roundId, bodyId: target.id, scopePath: lg.scopePath });
  const common = { scopePath: team.scopePath };
  const assignmentId = await put(Assignment, {
    roundId,
    teamId: team.id,
    targetId: target.id,
    stage: 'INQUIRY',
    startsOn: '2026-09-01',
    endsOn: '2027-01-31',
    workPlan: '方案',
    noticeSentOn: '2026-08-25',
    contactChannels: '电话',
    intakeToken: randomBytes(24).toString('base64url'),
    closedOn: null,
    targetPath: target.scopePath,
    ...common,
  });
  const a = { assignmentId, ...common };
  let memberId = 0;
  for (const name of staffNames) memberId = await put(AssignmentMember, { ...a, personId: await person(name), recusalException: null });
  await put(LeaderGrant, {
    personId: await person(leaderName),
    teamId: team.id,
    assignmentId,
    validFrom: '2026-01-01',
    validUntil: '2099-12-31',
    revokedOn: null,
    scopePath: team.scopePath,
  });
  const to = await body(recipient);
  const intakeId = await put(IntakeItem, { ...a, channel: 'LETTER', receivedOn: '2026-09-10', content: '来信反映问题', anonymous: false });
  await put(IntakeInformant, {
    intakeItemId: intakeId,
    assignmentId,
    name: '举报人甲',
    contact: '139-0000-9999',
    scopePath: team.scopePath,
  });
  const talkId = await put(Talk, {
    ...a,
    heldOn: '2026-09-12',
    talkerIds: [await person(staffNames[0])],
    intervieweePost: '处长',
    intervieweeCategory: 'OTHER_CADRE',
    matters: '谈话反映的问题',
  });
  await put(TalkInterviewee, { talkId, assignmentId, name: '谈话对象甲', contact: '138-0000-8888', scopePath: team.scopePath });
  const findingId = await put(Finding, {
    ...a,
    targetId: target.id,
    targetPath: target.scopePath,
    subjectPersonId: null,
    category: 'CORRUPTION',
    subKind: 'POWER_FOR_MONEY',
    sourceMethod: 'LETTERS_CALLS_VISITS',
    severity: 'SERIOUS',
    evidenceSummary: '证据摘要',
    urgent: false,
    urgentOn: null,
    status: 'TRANSFERRED',
    decision: 'TRANSFER',
    decisionNote: '移交',
    decidedOn: '2026-10-01',
    transferredToId: to.id,
    transferredToPath: to.scopePath,
    routingOverride: null,
    transferredOn: '2026-10-02',
    outcome: null,
    outcomeOn: null,
  });
  const deeperInquiryId = await put(DeeperInquiry, {
    ...a,
    findingId,
    reason: '涉及班子成员',
    status: 'APPROVED',
    openedOn: '2026-09-20',
    openedById: await person(leaderName),
    decidedOn: '2026-09-21',
    decisionNote: null,
  });
  const helpRequestId = await put(HelpRequest, {
    ...a,
    findingId,
    deeperInquiryId,
    recipientId: to.id,
    recipientPath: to.scopePath,
    matter: '商请协助事项',
    question: '请协助核实',
    wantedBy: '2026-10-15',
    status: 'SENT',
    askedOn: '2026-09-25',
    draftedById: await person(staffNames[0]),
    answer: null,
    declineReason: null,
    answeredOn: null,
  });
  ids[side] = {
    StaffAssessment: await put(StaffAssessment, {
      assignmentId,
      personId: await person(staffNames[0]),
      servedAs: 'MEMBER',
      grade: 'COMPETENT',
      comment: '考核意见',
      assessedOn: '2026-10-01',
      scopePath: team.scopePath,
    }),
    Round: roundId,
    RoundTarget: roundTargetId,
    Assignment: assignmentId,
    AssignmentMember: memberId,
    Briefing: await put(Briefing, { ...a, sourceBodyId: to.id, requestedOn: '2026-08-01', receivedOn: '2026-08-10', summary: '背景情况' }),
    Activity: await put(Activity, { ...a, method: 'SYMPOSIUM', heldOn: '2026-09-05', description: '座谈会', peopleReached: 20 }),
    IntakeItem: intakeId,
    Evaluation: await put(Evaluation, {
      ...a,
      title: '民主测评',
      kind: 'DEMOCRATIC_EVALUATION',
      status: 'OPEN',
      personIds: [],
      questions: [],
      linksIssued: 0,
      closedOn: null,
    }),
    Talk: talkId,
    RecordsRequest: await put(RecordsRequest, {
      ...a,
      description: '调阅会议记录',
      requestedOn: '2026-09-06',
      dueOn: '2026-09-13',
      status: 'REQUESTED',
      receivedOn: null,
      receivedNote: null,
    }),
    Finding: findingId,
    Report: await put(Report, {
      ...a,
      summary: '报告',
      suggestions: '建议',
      submittedOn: null,
      submittedById: null,
      heardOn: null,
      hearingNote: null,
    }),
    RectificationItem: await put(RectificationItem, {
      ...a,
      findingId,
      description: '整改事项',
      deadline: '2026-12-31',
      progress: '',
      status: 'OPEN',
      closedOn: null,
      returnNote: null,
      targetPath: target.scopePath,
    }),
    SupervisionItem: await put(SupervisionItem, {
      ...a,
      findingId,
      matter: '督办事项',
      responsibleBodyId: target.id,
      responsiblePath: target.scopePath,
      deadline: '2026-12-31',
      status: 'OPEN',
      note: '',
      doneOn: null,
    }),
    DeeperInquiry: deeperInquiryId,
    HelpRequest: helpRequestId,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  await inspection('central', 'C-LG', 'C-T01', 'P-QC-GOV', ['周博远', '沈一鸣'], '欧阳正清', 'C-CDI');
  const ylTeam = (
    await server.db.query("SELECT p.name FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'P-YL-T1' LIMIT 1")
  )[0].name;
  await inspection('yunling', 'P-YL-LG', 'P-YL-T1', 'P-YL-CP', [ylTeam], ylTeam, 'P-YL-CDI');
});
afterAll(() => server.close());

const cases = Object.entries(EXPECTED).flatMap(([login, spec]) =>
  KINDS.flatMap((kind) =>
    (['central', 'yunling'] as Side[]).map((side) => ({ login, kind, side, allowed: spec.reads[kind]?.includes(side) ?? false })),
  ),
);

describe.each(Object.keys(EXPECTED))('as %s', (login) => {
  it.each(cases.filter((c) => c.login === login).map((c) => [c.kind, c.side, c.allowed ? 'visible' : 'not found', c] as const))(
    '%s of the %s inspection is %s',
    async (_k, _s, _x, { kind, side, allowed }) => {
      const token = await server.tokenFor(login);
      const id = ids[side][kind];
      const one = await server.gql(`query($id: Int!) { ${QUERY[kind]}(id: $id) { id } }`, { id }, token);
      if (allowed) expect(one.data?.[QUERY[kind]]?.id).toBe(id);
      else expect(codes(one)).toEqual(['NOT_FOUND']);
      const list = LIST[kind];
      if (list) {
        const res = await server.gql(`query($id: Int!) { ${list}(filter: { ids: [$id] }) { totalCount } }`, { id }, token);
        expect(res.data[list].totalCount).toBe(allowed ? 1 : 0);
      }
    },
  );

  it.each((['central', 'yunling'] as Side[]).map((side) => [side, EXPECTED[login].informant.includes(side)] as const))(
    'reads the informant of the %s inspection: %s',
    async (side, readable) => {
      const token = await server.tokenFor(login);
      const res = await server.gql(
        'query($id: Int!) { intakeItems(filter: { ids: [$id] }) { items { informant { name contact } } } }',
        { id: ids[side].IntakeItem },
        token,
      );
      const informant = res.data.intakeItems.items[0]?.informant ?? null;
      expect(informant).toEqual(readable ? { name: '举报人甲', contact: '139-0000-9999' } : null);
    },
  );

  it.each((['central', 'yunling'] as Side[]).map((side) => [side, EXPECTED[login].informant.includes(side)] as const))(
    'reads the interviewee of the %s inspection: %s',
    async (side, readable) => {
      const token = await server.tokenFor(login);
      const res = await server.gql(
        'query($id: Int!) { talks(filter: { ids: [$id] }) { items { interviewee { name contact } } } }',
        { id: ids[side].Talk },
        token,
      );
      const interviewee = res.data.talks.items[0]?.interviewee ?? null;
      expect(interviewee).toEqual(readable ? { name: '谈话对象甲', contact: '138-0000-8888' } : null);
    },
  );
});
