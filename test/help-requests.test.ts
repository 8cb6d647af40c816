/**
 * Requests for help (商请协助, method 9) and deeper inquiries (深入了解), over HTTP against the real
 * server: the team drafts, another person sends, the department asked reads only what was sent to it
 * and answers once; the answer shows on the finding; overdue in SQL; the leading group decides on a
 * deeper inquiry, never its opener.
 */
import JSZip from 'jszip';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { today } from '../server/modules/common/record';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';
import { accountFor, bodyIdByCode } from './support/roster-ops';

let server: TestServer;
let assignmentId: number;
let findingId: number;
let otherFindingId: number;
let cdi: number;
let audit: number;
let target: number;

const REQUEST = `id version status askedOn wantedBy matter question answer answeredOn declineReason overdue findingId deeperInquiryId
  recipientId recipientPath assignmentLabel { zh } recipientLabel { zh } findingLabel { zh } finding { id } deeperInquiry { id }`;

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function run(login: string, name: string, type: string, input: object, fields = REQUEST): Promise<GraphQLResponse> {
  return server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, { input }, await server.tokenFor(login));
}

async function read(login: string, id: number): Promise<GraphQLResponse> {
  return server.gql(`query($id: Int!) { helpRequest(id: $id) { ${REQUEST} } }`, { id }, await server.tokenFor(login));
}

async function draft(login: string, input: object = {}) {
  const res = await run(login, 'createHelpRequest', 'CreateHelpRequestInput', {
    assignmentId,
    findingId,
    recipientId: cdi,
    matter: '某厅原负责人在工程招标中可能存在违规干预问题，需核实其本人及亲属名下往来情况。',
    question: '请提供该同志近五年有无被反映问题及处置情况。',
    wantedBy: addDays(today(), 14),
    ...input,
  });
  expect(res.errors).toBeUndefined();
  return res.data.createHelpRequest as { id: number; version: number; status: string };
}

async function sent(input: object = {}) {
  const request = await draft('team1', input);
  const res = await run('teamlead', 'sendHelpRequest', 'VersionedInput', { id: request.id, version: request.version });
  expect(res.errors).toBeUndefined();
  return res.data.sendHelpRequest as { id: number; version: number; status: string };
}

async function count(table: string): Promise<number> {
  return Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
}

/** A receiving member of another department (the audit office), with a login of their own. */
async function auditReceiver(): Promise<void> {
  const [person] = await server.db.query("SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-AUD' LIMIT 1");
  const personId = Number(person?.id ?? (await server.db.query('SELECT MAX(id) AS id FROM person'))[0].id);
  // The account first: once the person holds a role that needs approval, an administrator may not make one.
  await accountFor(server, 'aud.receiver', personId, DEMO_PASSWORD);
  const proposal = await server.gql(
    'mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id version status } }',
    { input: { personId, bodyId: audit, role: 'RECEIVING_MEMBER', since: '2024-01-01' } },
    await server.tokenFor('admin'),
  );
  expect(proposal.errors).toBeUndefined();
  if (proposal.data.createMembership.status === 'PENDING') {
    const { id, version } = proposal.data.createMembership;
    const approved = await server.gql(
      'mutation($input: DecideMembershipInput!) { approveMembership(input: $input) { id } }',
      { input: { id, version } },
      await server.tokenFor('lg.leader'),
    );
    expect(approved.errors).toBeUndefined();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  cdi = await bodyIdByCode(server, 'C-CDI');
  audit = await bodyIdByCode(server, 'C-AUD');
  target = await bodyIdByCode(server, 'P-QC-GOV');
  const [row] = await server.db.query(
    "SELECT a.id FROM assignment a JOIN body t ON t.id = a.targetId JOIN body m ON m.id = a.teamId WHERE m.code = 'C-T01' AND t.code = 'P-QC-GOV' AND a.stage = 'INQUIRY'",
  );
  assignmentId = Number(row.id);
  const finding = (input: object) =>
    run(
      'team1',
      'createFinding',
      'CreateFindingInput',
      {
        assignmentId,
        category: 'CORRUPTION',
        subKind: 'POWER_FOR_MONEY',
        sourceMethod: 'EXPERT_ASSISTANCE',
        severity: 'SERIOUS',
        evidenceSummary: '反映该省政府办公厅原负责人插手工程招标，证据摘要。',
        ...input,
      },
      'id',
    );
  findingId = (await finding({})).data.createFinding.id;
  otherFindingId = (await finding({ evidenceSummary: '另一条线索' })).data.createFinding.id;
  await auditReceiver();
}, 120_000);
afterAll(() => server.close());

describe('the demo', () => {
  it('holds one request answered by the discipline commission and one overdue at the audit office', async () => {
    const list = await server.gql(
      '{ helpRequests { items { status overdue recipientId deeperInquiryId } } }',
      {},
      await server.tokenFor('teamlead'),
    );
    const items = list.data.helpRequests.items as Array<{
      status: string;
      overdue: boolean;
      recipientId: number;
      deeperInquiryId: number | null;
    }>;
    expect(items).toContainEqual(expect.objectContaining({ status: 'ANSWERED', recipientId: cdi, overdue: false }));
    expect(items).toContainEqual(
      expect.objectContaining({ status: 'SENT', recipientId: audit, overdue: true, deeperInquiryId: expect.any(Number) }),
    );
    const inbox = await server.gql('{ helpRequests { items { status answer findingId } } }', {}, await server.tokenFor('receiver'));
    expect(inbox.data.helpRequests.items).toEqual([expect.objectContaining({ status: 'ANSWERED', findingId: null })]);
  });
});

describe('a request for help, from draft to answer', () => {
  it('is drafted by the staff; the department does not see a draft', async () => {
    const request = await draft('team1');
    expect(request.status).toBe('DRAFT');
    const own = await read('team1', request.id);
    expect(own.data.helpRequest).toMatchObject({ findingId, askedOn: null, recipientId: cdi, findingLabel: { zh: expect.any(String) } });
    expect(codes(await read('receiver', request.id))).toEqual(['NOT_FOUND']);
  });

  it('is sent by the team leader, not by a plain member of the team', async () => {
    const request = await draft('team1');
    const byMember = await run('team1', 'sendHelpRequest', 'VersionedInput', { id: request.id, version: request.version });
    expect(codes(byMember)).toEqual(['FORBIDDEN']);
    const byLeader = await run('teamlead', 'sendHelpRequest', 'VersionedInput', { id: request.id, version: request.version });
    expect(byLeader.errors).toBeUndefined();
    expect(byLeader.data.sendHelpRequest).toMatchObject({ status: 'SENT', askedOn: today() });
  });

  it('is never sent by its drafter alone: the leader who drafted it needs the office', async () => {
    const request = await draft('teamlead');
    const own = await run('teamlead', 'sendHelpRequest', 'VersionedInput', { id: request.id, version: request.version });
    expect(codes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0].extensions!.rule).toBe('second-person');
    expect((await read('teamlead', request.id)).data.helpRequest.status).toBe('DRAFT');
    const byOffice = await run('office', 'sendHelpRequest', 'VersionedInput', { id: request.id, version: request.version });
    expect(byOffice.errors).toBeUndefined();
    expect(byOffice.data.sendHelpRequest.status).toBe('SENT');
    // Sent once: a second send is refused, naming the request.
    const again = await run('office', 'sendHelpRequest', 'VersionedInput', pick(byOffice.data.sendHelpRequest));
    expect([codes(again), again.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'id']);
  });

  it('lets the department read the request, and nothing of the finding or inquiry behind it', async () => {
    const request = await sent();
    const res = await read('receiver', request.id);
    expect(res.errors).toBeUndefined();
    expect(res.data.helpRequest).toMatchObject({
      status: 'SENT',
      question: expect.stringContaining('近五年'),
      findingId: null,
      deeperInquiryId: null,
      finding: null,
      deeperInquiry: null,
      findingLabel: null,
      recipientLabel: { zh: expect.any(String) },
    });
    // Asked alone, the link still reads null (the page read only that column).
    const bare = await server.gql(
      'query($id: Int!) { helpRequest(id: $id) { findingId } }',
      { id: request.id },
      await server.tokenFor('receiver'),
    );
    expect(bare.data.helpRequest.findingId).toBeNull();
    const list = await server.gql(
      '{ helpRequests(page: { take: 100 }) { totalCount items { id status recipientId findingId } } }',
      {},
      await server.tokenFor('receiver'),
    );
    expect(list.errors).toBeUndefined();
    const items = list.data.helpRequests.items as Array<{ status: string; recipientId: number; findingId: number | null }>;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.recipientId === cdi && i.status !== 'DRAFT' && i.findingId === null)).toBe(true);
    // The finding itself is not transferred to it: not found.
    const finding = await server.gql('query($id: Int!) { finding(id: $id) { id } }', { id: findingId }, await server.tokenFor('receiver'));
    expect(codes(finding)).toEqual(['NOT_FOUND']);
  });

  it('is NOT_FOUND for another department, to read and to answer', async () => {
    const request = await sent();
    expect(codes(await read('aud.receiver', request.id))).toEqual(['NOT_FOUND']);
    const answer = await run('aud.receiver', 'answerHelpRequest', 'AnswerHelpRequestInput', { ...pick(request), answer: '越权答复' });
    expect(codes(answer)).toEqual(['NOT_FOUND']);
    const list = await server.gql(
      '{ helpRequests(page: { take: 100 }) { items { id recipientId } } }',
      {},
      await server.tokenFor('aud.receiver'),
    );
    const seen = list.data.helpRequests.items as Array<{ id: number; recipientId: number }>;
    expect(seen.map((i) => i.id)).not.toContain(request.id);
    expect(seen.every((i) => i.recipientId === audit)).toBe(true);
    expect((await read('team1', request.id)).data.helpRequest.status).toBe('SENT');
  });

  it('is answered by the department, not by the team, and the answer shows on the finding', async () => {
    const request = await sent({ findingId: otherFindingId });
    const byTeam = await run('team1', 'answerHelpRequest', 'AnswerHelpRequestInput', { ...pick(request), answer: '自问自答' });
    expect(codes(byTeam)).toEqual(['FORBIDDEN']);
    const answered = await run('receiver', 'answerHelpRequest', 'AnswerHelpRequestInput', {
      id: request.id,
      version: request.version,
      answer: '经查，该同志近五年被反映问题2件，均已了结。',
    });
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerHelpRequest).toMatchObject({ status: 'ANSWERED', answeredOn: today(), overdue: false });
    const onFinding = await server.gql(
      'query($id: Int!) { finding(id: $id) { helpRequests { id status answer recipientLabel { zh } } } }',
      { id: otherFindingId },
      await server.tokenFor('team1'),
    );
    expect(onFinding.errors).toBeUndefined();
    expect(onFinding.data.finding.helpRequests).toEqual([
      { id: request.id, status: 'ANSWERED', answer: expect.stringContaining('均已了结'), recipientLabel: { zh: expect.any(String) } },
    ]);
    // The leading group reads it in scope too.
    expect((await read('lg.member', request.id)).data.helpRequest.answer).toContain('均已了结');
  });

  it('counts a burst of the same answer once, and refuses a second answer', async () => {
    const request = await sent();
    const token = await server.tokenFor('receiver');
    const burst = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.gql(
          'mutation($input: AnswerHelpRequestInput!) { answerHelpRequest(input: $input) { id status } }',
          { input: { id: request.id, version: request.version, answer: '同一答复' } },
          token,
        ),
      ),
    );
    expect(burst.filter((r) => !r.errors).length).toBe(1);
    for (const r of burst.filter((r) => r.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codes(r)[0]);
    const [entries] = await server.db.query(
      "SELECT COUNT(*) AS n FROM audit_entry WHERE subject = 'HelpRequest' AND recordId = ? AND action = 'answer'",
      [request.id],
    );
    expect(Number(entries.n)).toBe(1);
    const current = (await read('receiver', request.id)).data.helpRequest;
    const second = await run('receiver', 'answerHelpRequest', 'AnswerHelpRequestInput', {
      id: request.id,
      version: current.version,
      answer: '改口',
    });
    expect([codes(second), second.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'id']);
    const decline = await run('receiver', 'declineHelpRequest', 'DeclineHelpRequestInput', {
      id: request.id,
      version: current.version,
      reason: '不便',
    });
    expect(codes(decline)).toEqual(['BAD_USER_INPUT']);
    expect((await read('team1', request.id)).data.helpRequest).toMatchObject({ answer: '同一答复', version: current.version });
  });

  it('may be declined with a reason, and only with one', async () => {
    const request = await sent();
    const blank = await run('receiver', 'declineHelpRequest', 'DeclineHelpRequestInput', { ...pick(request), reason: '   ' });
    expect([codes(blank), blank.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'reason']);
    const declined = await run('receiver', 'declineHelpRequest', 'DeclineHelpRequestInput', {
      id: request.id,
      version: request.version,
      reason: '不属于本单位职责范围',
    });
    expect(declined.data.declineHelpRequest).toMatchObject({ status: 'DECLINED', declineReason: '不属于本单位职责范围', answer: null });
  });
});

describe('the letter (商请协助函)', () => {
  const letter = async (login: string, id: number) =>
    fetch(server.url.replace(/graphql$/, `documents/help-requests/${id}/letter.docx`), {
      headers: { authorization: `Bearer ${await server.tokenFor(login)}` },
    });
  const text = async (res: Response) =>
    (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file('word/document.xml')!.async('string');

  it('is drafted for the team and the department asked, never for another department', async () => {
    const request = await sent();
    const forDepartment = await letter('receiver', request.id);
    expect(forDepartment.status).toBe(200);
    const words = await text(forDepartment);
    expect(words).toContain('商请协助');
    expect(words).toContain('近五年有无被反映问题');
    // The finding's own evidence is not in it.
    expect(words).not.toContain('证据摘要');
    expect((await letter('team1', request.id)).status).toBe(200);
    expect((await letter('aud.receiver', request.id)).status).toBe(404);
    const draftOnly = await draft('team1');
    expect((await letter('receiver', draftOnly.id)).status).toBe(404);
    expect(await text(await letter('team1', draftOnly.id))).toContain('代拟稿');
  });
});

describe('overdue', () => {
  it('is overdue from the day after the wanted day while unanswered, in the field and the filter alike', async () => {
    const dueToday = await sent({ wantedBy: today() });
    const late = await sent({ wantedBy: today() });
    const answeredLate = await sent({ wantedBy: today() });
    await run('receiver', 'answerHelpRequest', 'AnswerHelpRequestInput', { ...pick(answeredLate), answer: '已答复' }, 'id');
    const yesterday = addDays(today(), -1);
    await server.db.query('UPDATE help_request SET wantedBy = ? WHERE id IN (?, ?)', [yesterday, late.id, answeredLate.id]);
    expect((await read('team1', dueToday.id)).data.helpRequest.overdue).toBe(false);
    expect((await read('team1', late.id)).data.helpRequest.overdue).toBe(true);
    expect((await read('team1', answeredLate.id)).data.helpRequest.overdue).toBe(false);
    const list = async (overdue: boolean) =>
      (
        await server.gql(
          'query($f: HelpRequestFilter) { helpRequests(filter: $f, page: { take: 100 }) { items { id } } }',
          { f: { overdue, assignmentId } },
          await server.tokenFor('office'),
        )
      ).data.helpRequests.items.map((i: { id: number }) => i.id);
    expect(await list(true)).toContain(late.id);
    expect(await list(true)).not.toContain(dueToday.id);
    expect(await list(true)).not.toContain(answeredLate.id);
    expect(await list(false)).toEqual(expect.arrayContaining([dueToday.id, answeredLate.id]));
  });
});

describe('bad input', () => {
  it('names the field and changes nothing', async () => {
    const before = await count('help_request');
    const cases: Array<[object, string]> = [
      [{ wantedBy: addDays(today(), -1) }, 'wantedBy'],
      [{ wantedBy: '2026-02-30' }, 'wantedBy'],
      [{ recipientId: target }, 'recipientId'],
      [{ recipientId: 999_999 }, 'recipientId'],
      [{ question: '   ' }, 'question'],
      [{ matter: '' }, 'matter'],
    ];
    for (const [input, field] of cases) {
      const res = await run('team1', 'createHelpRequest', 'CreateHelpRequestInput', {
        assignmentId,
        findingId,
        recipientId: cdi,
        matter: '事项',
        question: '问题',
        wantedBy: addDays(today(), 7),
        ...input,
      });
      expect([field, codes(res), res.errors?.[0].extensions?.field]).toEqual([field, ['BAD_USER_INPUT'], field]);
    }
    // A finding of another inspection: the team cannot even see it.
    const [foreign] = await server.db.query('SELECT id FROM finding WHERE assignmentId <> ? ORDER BY id LIMIT 1', [assignmentId]);
    const res = await run('team1', 'createHelpRequest', 'CreateHelpRequestInput', {
      assignmentId,
      findingId: Number(foreign.id),
      recipientId: cdi,
      matter: '事项',
      question: '问题',
      wantedBy: addDays(today(), 7),
    });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(await count('help_request')).toBe(before);
  });

  it('refuses changing a request once sent', async () => {
    const request = await sent();
    const res = await run('team1', 'updateHelpRequest', 'UpdateHelpRequestInput', {
      id: request.id,
      version: request.version,
      question: '改问',
    });
    expect([codes(res), res.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'id']);
  });
});

describe('a deeper inquiry', () => {
  const DEEPER = 'id version status reason decidedOn decisionNote findingId';

  it('is opened by the team leader only, and decided by the leading group, never by its opener', async () => {
    const byMember = await run('team1', 'openDeeperInquiry', 'OpenDeeperInquiryInput', { findingId, reason: '涉及班子主要负责人' }, DEEPER);
    expect(codes(byMember)).toEqual(['FORBIDDEN']);
    const opened = await run(
      'teamlead',
      'openDeeperInquiry',
      'OpenDeeperInquiryInput',
      { findingId, reason: '涉及班子主要负责人' },
      DEEPER,
    );
    expect(opened.errors).toBeUndefined();
    const inquiry = opened.data.openDeeperInquiry;
    expect(inquiry.status).toBe('PROPOSED');
    const twice = await run('teamlead', 'openDeeperInquiry', 'OpenDeeperInquiryInput', { findingId, reason: '再提' }, DEEPER);
    expect([codes(twice), twice.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'findingId']);

    // Not yet approved: no request for help may belong to it, and the finding does not show it.
    const early = await run('team1', 'createHelpRequest', 'CreateHelpRequestInput', {
      assignmentId,
      deeperInquiryId: inquiry.id,
      recipientId: audit,
      matter: '事项',
      question: '问题',
      wantedBy: addDays(today(), 7),
    });
    expect([codes(early), early.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'deeperInquiryId']);

    const byTeam = await run('teamlead', 'decideDeeperInquiry', 'DecideDeeperInquiryInput', { ...pick(inquiry), approve: true }, DEEPER);
    expect(codes(byTeam)).toEqual(['FORBIDDEN']);
    const noReason = await run(
      'lg.leader',
      'decideDeeperInquiry',
      'DecideDeeperInquiryInput',
      { ...pick(inquiry), approve: false },
      DEEPER,
    );
    expect([codes(noReason), noReason.errors![0].extensions!.field]).toEqual([['BAD_USER_INPUT'], 'note']);
    const approved = await run('lg.leader', 'decideDeeperInquiry', 'DecideDeeperInquiryInput', { ...pick(inquiry), approve: true }, DEEPER);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.decideDeeperInquiry).toMatchObject({ status: 'APPROVED', decidedOn: today() });
    const again = await run(
      'lg.member',
      'decideDeeperInquiry',
      'DecideDeeperInquiryInput',
      { ...pick(approved.data.decideDeeperInquiry), approve: false, note: '改变主意' },
      DEEPER,
    );
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);

    const shown = await server.gql(
      'query($id: Int!) { finding(id: $id) { deeperInquiry { id status } } }',
      { id: findingId },
      await server.tokenFor('team1'),
    );
    expect(shown.data.finding.deeperInquiry).toEqual({ id: inquiry.id, status: 'APPROVED' });
    const [audited] = await server.db.query(
      "SELECT COUNT(*) AS n FROM audit_entry WHERE subject = 'DeeperInquiry' AND recordId = ? AND action = 'approve'",
      [inquiry.id],
    );
    expect(Number(audited.n)).toBe(1);

    // A request for help belonging to it takes its finding; the department sees neither.
    const request = await draft('team1', { findingId: undefined, deeperInquiryId: inquiry.id, recipientId: audit });
    const own = (await read('team1', request.id)).data.helpRequest;
    expect(own).toMatchObject({ deeperInquiryId: inquiry.id, findingId, deeperInquiry: { id: inquiry.id } });
    const send = await run('teamlead', 'sendHelpRequest', 'VersionedInput', { id: request.id, version: request.version });
    expect(send.errors).toBeUndefined();
    const theirs = (await read('aud.receiver', request.id)).data.helpRequest;
    expect(theirs).toMatchObject({ status: 'SENT', deeperInquiryId: null, findingId: null, deeperInquiry: null });
    const inquiryRead = await server.gql(
      'query($id: Int!) { deeperInquiry(id: $id) { id } }',
      { id: inquiry.id },
      await server.tokenFor('aud.receiver'),
    );
    expect(codes(inquiryRead)).toEqual(['NOT_FOUND']);
  });

  it('is not approved by the person who opened it, even holding the leading group’s role', async () => {
    const [leader] = await server.db.query("SELECT personId FROM account WHERE login = 'lg.leader'");
    const [team] = await server.db.query('SELECT scopePath FROM assignment WHERE id = ?', [assignmentId]);
    const at = new Date().toISOString();
    await server.db.query(
      'INSERT INTO deeper_inquiry (version, createdAt, updatedAt, assignmentId, scopePath, findingId, reason, status, openedOn, openedById) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [at, at, assignmentId, team.scopePath, otherFindingId, '本人提出', 'PROPOSED', today(), Number(leader.personId)],
    );
    const [row] = await server.db.query('SELECT id FROM deeper_inquiry WHERE findingId = ? AND status = ?', [otherFindingId, 'PROPOSED']);
    const own = await run(
      'lg.leader',
      'decideDeeperInquiry',
      'DecideDeeperInquiryInput',
      { id: Number(row.id), version: 1, approve: true },
      'id status',
    );
    expect(codes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0].extensions!.rule).toBe('second-person');
    const other = await run(
      'lg.member',
      'decideDeeperInquiry',
      'DecideDeeperInquiryInput',
      { id: Number(row.id), version: 1, approve: false, note: '依据不足' },
      'id status',
    );
    expect(other.data.decideDeeperInquiry.status).toBe('REFUSED');
  });
});

function pick(r: { id: number; version: number }) {
  return { id: r.id, version: r.version };
}
