/**
 * Follow-up inspections (回头看): naming the earlier inspection, and what the follow-up shows of it
 * (its findings and how far their rectification went) to whom.
 */
import JSZip from 'jszip';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { codes, startTestServer, type TestServer } from './support/harness';
import { accountFor, bodyIdByCode, joinTeam } from './support/roster-ops';
import { statementsFor } from './support/statements';

jest.setTimeout(120_000);

let server: TestServer;
/** The demo's follow-up of the Yanling government party group, and the closed inspection it returns to. */
let followUp: number;
let earlier: number;
let round: number;
let target: number;

async function run(login: string, name: string, type: string, input: object, fields = '') {
  return server.gql(
    `mutation($input: ${type}!) { ${name}(input: $input) { id version ${fields} } }`,
    { input },
    await server.tokenFor(login),
  );
}

const today = () => new Date().toISOString().slice(0, 10);

async function assignmentOf(team: string, targetCode: string, stage: string): Promise<number> {
  const [row] = await server.db.query(
    'SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = ? AND b.code = ? AND a.stage = ?',
    [team, targetCode, stage],
  );
  return Number(row.id);
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await server.db.query(sql, params);
  return Number(Object.values(row)[0]);
}

function create(input: Partial<Record<string, unknown>>) {
  return run(
    'office',
    'createAssignment',
    'CreateAssignmentInput',
    {
      roundId: round,
      teamId: input.teamId,
      targetId: target,
      startsOn: '2027-03-01',
      endsOn: '2027-05-31',
      workPlan: '回头看方案',
      ...input,
    },
    'followsUpId',
  );
}

const EARLIER = `query($id: Int!) {
  assignment(id: $id) {
    id followsUpId followsUp { id stage }
    earlierFindings { findingId title { zh en } category subKind severity status rectification { total open submitted closed overdue } }
    earlierRectification { total open submitted closed overdue }
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  target = await bodyIdByCode(server, 'P-YL-GOV');
  followUp = await assignmentOf('C-T02', 'P-YL-GOV', 'INQUIRY');
  earlier = await assignmentOf('C-T01', 'P-YL-GOV', 'CLOSED');
  const plan = (
    await run('office', 'createRound', 'CreateRoundInput', {
      leadingGroupId: await bodyIdByCode(server, 'C-LG'),
      year: 2027,
      number: 3,
      title: '2027年第三轮巡视',
      targetIds: [target, await bodyIdByCode(server, 'P-DL-CPPCC')],
    })
  ).data.createRound;
  await run('lg.leader', 'approveRound', 'VersionedInput', { id: plan.id, version: plan.version });
  round = plan.id;
});
afterAll(() => server.close());

describe('naming the earlier inspection', () => {
  let team: number;
  beforeAll(async () => {
    team = await bodyIdByCode(server, 'C-T05');
  });

  it('the demo has a follow-up of a closed inspection of the same target, and the list filters by it', async () => {
    const res = await server.gql(
      `query($id: Int!) {
        followUps: assignments(filter: { isFollowUp: true }, page: { take: 100 }) { items { id followsUpId } }
        firsts: assignments(filter: { isFollowUp: false }, page: { take: 100 }) { items { id followsUpId } }
        of: assignments(filter: { followsUpId: $id }) { items { id } }
      }`,
      { id: earlier },
      await server.tokenFor('office'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.followUps.items).toContainEqual({ id: followUp, followsUpId: earlier });
    expect(res.data.followUps.items.every((a: any) => a.followsUpId !== null)).toBe(true);
    expect(res.data.firsts.items.every((a: any) => a.followsUpId === null)).toBe(true);
    expect(res.data.of.items).toEqual([{ id: followUp }]);
  });

  it('creates a follow-up naming a closed inspection of the same target', async () => {
    const res = await create({ teamId: team, followsUpId: earlier });
    expect(res.errors).toBeUndefined();
    expect(res.data.createAssignment.followsUpId).toBe(earlier);
  });

  it('refuses an earlier inspection of another target, naming the field, and creates nothing', async () => {
    const other = await assignmentOf('C-T02', 'P-DL-NPC', 'CLOSED');
    const before = await count('SELECT COUNT(*) AS n FROM assignment');
    const res = await create({ teamId: team, followsUpId: other });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions).toMatchObject({ field: 'followsUpId', messageKey: 'followUp.otherTarget' });
    expect(await count('SELECT COUNT(*) AS n FROM assignment')).toBe(before);
  });

  it('refuses one whose findings were not yet fed back: in feedback, or just created', async () => {
    const inFeedback = await assignmentOf('C-T02', 'P-DL-CPPCC', 'FEEDBACK');
    const cppcc = await create({ teamId: team, targetId: await bodyIdByCode(server, 'P-DL-CPPCC'), followsUpId: inFeedback });
    expect(codes(cppcc)).toEqual(['BAD_USER_INPUT']);
    expect(cppcc.errors![0].extensions).toMatchObject({ field: 'followsUpId', messageKey: 'followUp.notPastFeedback' });
    const fresh = (await create({ teamId: team })).data.createAssignment;
    const res = await create({ teamId: team, followsUpId: fresh.id });
    expect(res.errors![0].extensions).toMatchObject({ field: 'followsUpId', messageKey: 'followUp.notPastFeedback' });
  });

  it('an inspection outside the caller’s scope reads as not found, exactly like one that does not exist', async () => {
    const provincial = await assignmentOf('P-QC-T1', 'P-QC-LX', 'CLOSED');
    const hidden = await create({ teamId: team, followsUpId: provincial });
    const missing = await create({ teamId: team, followsUpId: 9_999_999 });
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    const shape = (r: typeof hidden) => ({
      code: r.errors![0].extensions!.code,
      messageKey: r.errors![0].extensions!.messageKey,
      message: r.errors![0].message.replace(/\d+/g, 'N'),
    });
    expect(shape(hidden)).toEqual(shape(missing));
  });

  it('changes it in preparation, refuses itself and a cycle, and not after preparation', async () => {
    const fresh = (await create({ teamId: team })).data.createAssignment;
    const self = await run('office', 'updateAssignment', 'UpdateAssignmentInput', { ...fresh, followsUpId: fresh.id });
    expect(self.errors![0].extensions).toMatchObject({ field: 'followsUpId', messageKey: 'followUp.self' });

    // A chain that would come back: the earlier one (as if) following this one up already.
    await server.db.query('UPDATE assignment SET followsUpId = ? WHERE id = ?', [fresh.id, earlier]);
    try {
      const cycle = await run('office', 'updateAssignment', 'UpdateAssignmentInput', { ...fresh, followsUpId: earlier });
      expect(cycle.errors![0].extensions).toMatchObject({ field: 'followsUpId', messageKey: 'followUp.cycle' });
    } finally {
      await server.db.query('UPDATE assignment SET followsUpId = NULL WHERE id = ?', [earlier]);
    }

    const set = await run('office', 'updateAssignment', 'UpdateAssignmentInput', { ...fresh, followsUpId: earlier }, 'followsUpId');
    expect(set.data.updateAssignment.followsUpId).toBe(earlier);
    const cleared = await run(
      'office',
      'updateAssignment',
      'UpdateAssignmentInput',
      { ...set.data.updateAssignment, followsUpId: null },
      'followsUpId',
    );
    expect(cleared.data.updateAssignment.followsUpId).toBeNull();

    const [demo] = await server.db.query('SELECT version FROM assignment WHERE id = ?', [followUp]);
    const late = await run('office', 'updateAssignment', 'UpdateAssignmentInput', {
      id: followUp,
      version: Number(demo.version),
      followsUpId: null,
    });
    expect(late.errors![0].extensions).toMatchObject({ field: 'followsUpId', messageKey: 'followUp.onlyInPreparation' });
    expect(await count('SELECT followsUpId AS n FROM assignment WHERE id = ?', [followUp])).toBe(earlier);
  });

  it('is not the team’s to set', async () => {
    const res = await run('team1', 'createAssignment', 'CreateAssignmentInput', {
      roundId: round,
      teamId: team,
      targetId: target,
      startsOn: '2027-03-01',
      endsOn: '2027-05-31',
      workPlan: '方案',
      followsUpId: earlier,
    });
    expect(codes(res).length).toBe(1);
    expect(res.data).toBeNull();
  });
});

describe('the earlier findings and their rectification', () => {
  /** The same figures, computed here from the rows themselves. */
  async function expected() {
    const findings: any[] = await server.db.query(
      'SELECT id, category, subKind, severity, status FROM finding WHERE assignmentId = ? ORDER BY id',
      [earlier],
    );
    const items: any[] = await server.db.query('SELECT findingId, status, deadline FROM rectification_item WHERE assignmentId = ?', [
      earlier,
    ]);
    const progress = (rows: any[]) => ({
      total: rows.length,
      open: rows.filter((i) => i.status === 'OPEN').length,
      submitted: rows.filter((i) => i.status === 'SUBMITTED').length,
      closed: rows.filter((i) => i.status === 'CLOSED').length,
      overdue: rows.filter((i) => i.status !== 'CLOSED' && i.deadline < today()).length,
    });
    return {
      findings: findings.map((f) => ({
        findingId: Number(f.id),
        category: f.category,
        subKind: f.subKind,
        severity: f.severity,
        status: f.status,
        rectification: progress(items.filter((i) => Number(i.findingId) === Number(f.id))),
      })),
      all: progress(items),
    };
  }

  it('are right, for the office and for an analyst, with a link to the earlier inspection', async () => {
    // Some of the items still open and late, so that every count is exercised.
    await server.db.query(
      "UPDATE rectification_item SET status = 'OPEN', closedOn = NULL, deadline = '2000-01-01' WHERE id IN (SELECT id FROM (SELECT id FROM rectification_item WHERE assignmentId = ? ORDER BY id LIMIT 2) x)",
      [earlier],
    );
    await server.db.query(
      "UPDATE rectification_item SET status = 'SUBMITTED', closedOn = NULL WHERE id IN (SELECT id FROM (SELECT id FROM rectification_item WHERE assignmentId = ? ORDER BY id LIMIT 1 OFFSET 2) x)",
      [earlier],
    );
    const want = await expected();
    expect(want.findings.length).toBeGreaterThan(1);
    expect(want.all.total).toBeGreaterThan(2);
    expect(want.all.overdue).toBeGreaterThanOrEqual(2);
    for (const login of ['office', 'analyst', 'lg.member']) {
      const res = await server.gql(EARLIER, { id: followUp }, await server.tokenFor(login));
      expect(res.errors).toBeUndefined();
      const a = res.data.assignment;
      expect(a.followsUp).toEqual({ id: earlier, stage: 'CLOSED' });
      expect(a.earlierFindings.map(({ title: _title, ...f }: any) => f)).toEqual(want.findings);
      expect(a.earlierFindings[0].title.zh.length).toBeGreaterThan(0);
      expect(a.earlierRectification).toEqual(want.all);
    }
  });

  it('the follow-up’s team sees them through it, and nothing else of the earlier inspection', async () => {
    // A member staffed on the follow-up, with an account of their own.
    // Someone of the audit office, put on team 2's roster and staffed on the follow-up.
    const [member] = await server.db.query(
      `SELECT p.id FROM person p JOIN body b ON b.id = p.employerId
        WHERE b.code = 'C-AUD' AND p.id NOT IN (SELECT personId FROM account)
          AND p.id NOT IN (SELECT personId FROM membership WHERE role <> 'STAFF')
        ORDER BY p.id LIMIT 1`,
    );
    const personId = Number(member.id);
    await accountFor(server, 'followup.member', personId, DEMO_PASSWORD);
    await joinTeam(server, personId, 'C-T02');
    const staffed = await run('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: followUp, personId });
    expect(staffed.errors).toBeUndefined();
    const token = await server.tokenFor('followup.member');
    const want = await expected();

    const res = await server.gql(EARLIER, { id: followUp }, token);
    expect(res.errors).toBeUndefined();
    const a = res.data.assignment;
    expect(a.earlierFindings.map(({ title: _title, ...f }: any) => f)).toEqual(want.findings);
    expect(a.earlierRectification).toEqual(want.all);
    // The earlier inspection itself, its records and its informants stay out of reach.
    expect(a.followsUp).toBeNull();
    const ask = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, token);
    expect(codes(await ask('query($id: Int!) { assignment(id: $id) { id } }', { id: earlier }))).toEqual(['NOT_FOUND']);
    expect(codes(await ask('query($id: Int!) { finding(id: $id) { id } }', { id: want.findings[0].findingId }))).toEqual(['NOT_FOUND']);
    const lists = await ask(
      `query($id: Int!) {
        findings(filter: { assignmentId: $id }) { totalCount }
        rectificationItems(filter: { assignmentId: $id }) { totalCount }
        intakeItems(filter: { assignmentId: $id }) { totalCount }
      }`,
      { id: earlier },
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ findings: { totalCount: 0 }, rectificationItems: { totalCount: 0 }, intakeItems: { totalCount: 0 } });
    const informants: any[] = await server.db.query(
      'SELECT n.name FROM intake_informant n JOIN intake_item i ON i.id = n.intakeItemId WHERE i.assignmentId = ?',
      [earlier],
    );
    const evidence: any[] = await server.db.query('SELECT evidenceSummary FROM finding WHERE assignmentId = ?', [earlier]);
    const text = JSON.stringify(res.data);
    for (const { name } of informants) if (name) expect(text).not.toContain(name);
    for (const { evidenceSummary } of evidence) expect(text).not.toContain(evidenceSummary);
  });

  it('a team on another inspection of the same body sees none of them', async () => {
    // team1 works on an inspection that follows nothing up; it cannot read the follow-up either.
    const own = await server.gql(
      'query { assignments { items { id followsUpId earlierFindings { findingId } earlierRectification { total } } } }',
      {},
      await server.tokenFor('team1'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.assignments.items.length).toBeGreaterThan(0);
    for (const a of own.data.assignments.items)
      expect(a).toMatchObject({ followsUpId: null, earlierFindings: [], earlierRectification: null });
    const foreign = await server.gql(EARLIER, { id: followUp }, await server.tokenFor('team1'));
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    // A liaison of the target reads its own rectification items, never the follow-up.
    const liaison = await server.gql(EARLIER, { id: followUp }, await server.tokenFor('liaison'));
    expect(codes(liaison)).toEqual(['NOT_FOUND']);
  });

  it('reads a page of follow-ups with their earlier findings in a bounded number of statements', async () => {
    const query = `query($take: Int!) {
      assignments(filter: { isFollowUp: true }, page: { take: $take }) {
        items { id followsUp { id } earlierFindings { findingId rectification { total overdue } } earlierRectification { total } }
      }
    }`;
    const one = await statementsFor(server, 'office', query, { take: 1 });
    const all = await statementsFor(server, 'office', query, { take: 50 });
    expect(all.data.assignments.items.length).toBeGreaterThan(3);
    expect(all.statements.length).toBe(one.statements.length);
    expect(all.statements.length).toBeLessThanOrEqual(5);
  });
});

describe('the report of a follow-up', () => {
  async function reportText(login: string, id: number): Promise<string> {
    const res = await fetch(server.url.replace(/graphql$/, `documents/assignments/${id}/report.docx`), {
      headers: { authorization: `Bearer ${await server.tokenFor(login)}` },
    });
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file('word/document.xml')!.async('string');
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
  }

  it('has a section on the earlier findings and their rectification; a first inspection has none', async () => {
    for (const login of ['office', 'followup.member']) {
      const text = await reportText(login, followUp);
      expect(text).toContain('三、上次巡视发现问题整改情况');
      expect(text).toContain('四、意见建议');
      expect(text).toMatch(/1\. 关于.+方面：.+（问题性质：.+；办理状态：.+）。(整改事项\d+项，已销号\d+项|未列整改事项)/);
    }
    const plain = await reportText('office', earlier);
    expect(plain).not.toContain('上次巡视发现问题整改情况');
    expect(plain).toContain('三、意见建议');
  });
});
