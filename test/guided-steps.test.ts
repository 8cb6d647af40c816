/** The next step of a plan and an inspection, sending the notice, and recusal asked before staffing. */
import { parsePublicUrl } from '../server/config';
import { traceStatements } from '../server/db/statement-log';
import { createRequestContext } from '../server/graphql/context';
import { loadCaller } from '../server/modules/account/caller.loader';
import { today } from '../server/modules/common/record';
import { codes, startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode, joinTeam } from './support/roster-ops';

let server: TestServer;
let roundId: number;
let target: number;
let team: number;

const STEP =
  'nextStep { action toStage takenBy { role bodyId bodyName } lacks { key params text } warnings { code plannedOn message } yours }';

type Message = { key: string; params: Record<string, unknown>; text: string };

async function run(login: string, name: string, type: string, input: object, fields = '') {
  return server.gql(
    `mutation($input: ${type}!) { ${name}(input: $input) { id version ${fields} } }`,
    { input },
    await server.tokenFor(login),
  );
}

async function query(login: string, text: string, variables: Record<string, unknown> = {}) {
  return server.gql(text, variables, await server.tokenFor(login));
}

async function assignmentStep(login: string, id: number) {
  const res = await query(login, `query($id: Int!) { assignment(id: $id) { id version stage ${STEP} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.assignment;
}

/** The conditions the API lists when it refuses to move the inspection on: their messages, and its English words. */
async function refusal(id: number, version: number): Promise<{ conditions: { key: string }[]; words: string[] }> {
  const res = await run('office', 'advanceAssignment', 'VersionedInput', { id, version });
  expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  const error = res.errors![0];
  expect(error.extensions!.messageKey).toBe('stage.unmet');
  const match = /^stage: cannot move to [A-Z]+: (.+)$/.exec(error.message);
  expect(match).not.toBeNull();
  return { conditions: (error.extensions!.params as { conditions: { key: string }[] }).conditions, words: match![1].split('; ') };
}

/** What the step lacks is what the refusal lists, message for message and word for word. */
async function expectLacksToBeRefusal(lacks: Message[], id: number, version: number): Promise<void> {
  const refused = await refusal(id, version);
  expect(lacks.map((m) => m.key)).toEqual(refused.conditions.map((c) => c.key));
  expect(lacks.map((m) => m.text)).toEqual(refused.words);
}

async function newAssignment(startsOn: string, endsOn: string): Promise<{ id: number; version: number }> {
  const res = await run('office', 'createAssignment', 'CreateAssignmentInput', {
    roundId,
    teamId: team,
    targetId: target,
    startsOn,
    endsOn,
    workPlan: '方案',
  });
  expect(res.errors).toBeUndefined();
  return res.data.createAssignment;
}

beforeAll(async () => {
  server = await startTestServer();
  target = await bodyIdByCode(server, 'P-YL-GOV');
  team = await bodyIdByCode(server, 'C-T03');
  const round = await run('office', 'createRound', 'CreateRoundInput', {
    leadingGroupId: await bodyIdByCode(server, 'C-LG'),
    year: 2027,
    number: 7,
    title: '2027年第七轮巡视',
    targetIds: [target],
  });
  expect(round.errors).toBeUndefined();
  roundId = round.data.createRound.id;
});
afterAll(() => server.close());

describe('the next step of a plan', () => {
  const roundStep = async (login: string) =>
    (await query(login, `query($id: Int!) { round(id: $id) { id version ${STEP} } }`, { id: roundId })).data.round;

  it('waits for the leading group while a draft, then for teams, then for nothing', async () => {
    const draft = await roundStep('office');
    expect(draft.nextStep).toMatchObject({ action: 'APPROVE_PLAN', lacks: [], warnings: [], yours: false });
    expect(draft.nextStep.takenBy.map((a: { role: string }) => a.role)).toEqual(['LEADING_GROUP_LEADER', 'LEADING_GROUP_MEMBER']);
    expect(draft.nextStep.takenBy[0].bodyName).toBeTruthy();
    expect((await roundStep('lg.leader')).nextStep.yours).toBe(true);

    const approved = await run('lg.leader', 'approveRound', 'VersionedInput', { id: roundId, version: draft.version });
    expect(approved.errors).toBeUndefined();
    const assigning = await roundStep('office');
    expect(assigning.nextStep).toMatchObject({ action: 'ASSIGN_TEAMS', yours: true });
    expect(assigning.nextStep.takenBy).toEqual([expect.objectContaining({ role: 'OFFICE_COORDINATOR' })]);
    expect(assigning.nextStep.takenBy[0].bodyName).toBeTruthy();

    await newAssignment('2020-01-01', '2020-02-01');
    expect((await roundStep('office')).nextStep).toBeNull();
  });
});

describe('what the plan form offers', () => {
  it('offers the office only its own leading group, and the bodies its plans may name', async () => {
    const groups = await query('office', '{ planLeadingGroups { id kind } }');
    expect(groups.errors).toBeUndefined();
    const group = await bodyIdByCode(server, 'C-LG');
    expect(groups.data.planLeadingGroups).toEqual([{ id: group, kind: 'LEADING_GROUP' }]);

    const choices = await query('office', 'query($g: Int!, $s: String) { planTargetChoices(leadingGroupId: $g, search: $s) { id name } }', {
      g: group,
    });
    expect(choices.errors).toBeUndefined();
    const ids = choices.data.planTargetChoices.map((b: { id: number }) => b.id);
    expect(ids).toContain(target);
    expect(ids).not.toContain(team);
    expect(ids).not.toContain(group);
    const name = choices.data.planTargetChoices.find((b: { id: number }) => b.id === target).name;
    const searched = await query('office', 'query($g: Int!, $s: String) { planTargetChoices(leadingGroupId: $g, search: $s) { id } }', {
      g: group,
      s: name,
    });
    expect(searched.data.planTargetChoices.map((b: { id: number }) => b.id)).toContain(target);
    expect(searched.data.planTargetChoices.length).toBeLessThan(ids.length);
  });

  it('offers nothing to those who may not draft plans', async () => {
    expect((await query('lg.leader', '{ planLeadingGroups { id } }')).data.planLeadingGroups).toEqual([]);
    const group = await bodyIdByCode(server, 'C-LG');
    const refused = await query('lg.leader', 'query($g: Int!) { planTargetChoices(leadingGroupId: $g) { id } }', { g: group });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect((await query('team1', '{ planLeadingGroups { id } }')).data.planLeadingGroups).toEqual([]);
  });
});

describe('the next step of an inspection', () => {
  let ahead: { id: number; version: number };

  beforeAll(async () => {
    ahead = await newAssignment('2099-03-01', '2099-05-31');
  });

  it('lacks exactly what the stage change is refused for', async () => {
    const read = await assignmentStep('office', ahead.id);
    expect(read.nextStep.action).toBe('ADVANCE');
    expect(read.nextStep.toStage).toBe('INQUIRY');
    expect(read.nextStep.lacks.length).toBeGreaterThan(1);
    await expectLacksToBeRefusal(read.nextStep.lacks, ahead.id, read.version);
    expect(read.nextStep.yours).toBe(true);
    expect(read.nextStep.takenBy).toEqual([expect.objectContaining({ role: 'OFFICE_COORDINATOR' })]);
  });

  it('warns when entering inquiry would run ahead of the planned first day', async () => {
    const read = await assignmentStep('office', ahead.id);
    expect(read.nextStep.warnings).toEqual([
      { code: 'AHEAD_OF_START', plannedOn: '2099-03-01', message: expect.stringContaining('2099-03-01') },
    ]);
    const moved = await run('office', 'updateAssignment', 'UpdateAssignmentInput', {
      id: ahead.id,
      version: read.version,
      startsOn: '2020-03-01',
    });
    expect(moved.errors).toBeUndefined();
    expect((await assignmentStep('office', ahead.id)).nextStep.warnings).toEqual([]);
  });

  it('warns when leaving inquiry would run ahead of the planned last day', async () => {
    const [inquiry] = await server.db.query(
      "SELECT a.id, a.endsOn FROM assignment a JOIN round r ON r.id = a.roundId JOIN body g ON g.id = r.leadingGroupId WHERE a.stage = 'INQUIRY' AND g.code = 'C-LG' AND a.endsOn > ? ORDER BY a.id LIMIT 1",
      [today()],
    );
    const read = await assignmentStep('office', Number(inquiry.id));
    expect(read.nextStep.toStage).toBe('REPORTING');
    expect(read.nextStep.warnings).toEqual([
      { code: 'AHEAD_OF_END', plannedOn: inquiry.endsOn, message: expect.stringContaining(inquiry.endsOn) },
    ]);
  });

  it('is shown to a leading-group member, who may not take it, and to nobody outside the scope', async () => {
    const read = await assignmentStep('lg.leader', ahead.id);
    expect(read.nextStep.yours).toBe(false);
    expect(read.nextStep.lacks.length).toBeGreaterThan(0);
    const outside = await query('team1', `query($id: Int!) { assignment(id: $id) { id ${STEP} } }`, { id: ahead.id });
    expect(codes(outside)).toEqual(['NOT_FOUND']);
  });
});

describe('sending the notice', () => {
  let inspection: { id: number; version: number };

  beforeAll(async () => {
    inspection = await newAssignment('2020-04-01', '2020-06-30');
  });

  it('is refused to those who may not edit the inspection', async () => {
    const asLeader = await run('lg.leader', 'sendAssignmentNotice', 'VersionedInput', inspection);
    expect(codes(asLeader)).toEqual(['FORBIDDEN']);
    const asAnalyst = await run('analyst', 'sendAssignmentNotice', 'VersionedInput', inspection);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codes(asAnalyst)[0]);
    const asTeam = await run('team1', 'sendAssignmentNotice', 'VersionedInput', inspection);
    expect(codes(asTeam)).toEqual(['NOT_FOUND']);
    const anonymous = await server.gql('mutation($input: VersionedInput!) { sendAssignmentNotice(input: $input) { id } }', {
      input: inspection,
    });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect((await assignmentStep('office', inspection.id)).version).toBe(inspection.version);
  });

  it('records today, leaves the trail, and drops the notice from what the step lacks', async () => {
    const before = await assignmentStep('office', inspection.id);
    expect(before.nextStep.lacks.map((m: Message) => m.key)).toContain('stage.noticeNotSent');
    const res = await run('office', 'sendAssignmentNotice', 'VersionedInput', inspection, 'noticeSentOn');
    expect(res.errors).toBeUndefined();
    expect(res.data.sendAssignmentNotice.noticeSentOn).toBe(today());
    const [entry] = await server.db.query(
      "SELECT action, subject, accountId FROM audit_entry WHERE subject = 'Assignment' AND recordId = ? ORDER BY id DESC LIMIT 1",
      [inspection.id],
    );
    expect(entry.action).toBe('send-notice');
    expect(entry.accountId).not.toBeNull();

    const after = await assignmentStep('office', inspection.id);
    expect(after.nextStep.lacks.map((m: Message) => m.key)).not.toContain('stage.noticeNotSent');
    await expectLacksToBeRefusal(after.nextStep.lacks, inspection.id, after.version);
    expect(after.nextStep.warnings).toEqual([]);
  });

  it('is refused a second time, and on a stale version', async () => {
    const read = await assignmentStep('office', inspection.id);
    const again = await run('office', 'sendAssignmentNotice', 'VersionedInput', { id: inspection.id, version: read.version });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0].message).toContain(today());
    const fresh = await newAssignment('2020-04-01', '2020-06-30');
    await run('office', 'updateAssignment', 'UpdateAssignmentInput', { ...fresh, workPlan: '新方案' });
    expect(codes(await run('office', 'sendAssignmentNotice', 'VersionedInput', fresh))).toEqual(['CONFLICT']);
  });
});

describe('the intake link', () => {
  it('is named by the public address, as its QR code holds it, only while the inspection is in inquiry', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const [inquiry] = await server.db.query("SELECT intakeToken FROM assignment WHERE stage = 'INQUIRY' ORDER BY id LIMIT 1");
    const res = await fetch(`${base}/intake/${inquiry.intakeToken}/link`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(`${parsePublicUrl(undefined, 4000)}/intake/${inquiry.intakeToken}`);
    const [preparing] = await server.db.query("SELECT intakeToken FROM assignment WHERE stage = 'PREPARATION' ORDER BY id LIMIT 1");
    expect((await fetch(`${base}/intake/${preparing.intakeToken}/link`)).status).toBe(404);
  });
});

describe('recusal asked before staffing', () => {
  let inspection: { id: number; version: number };
  let related: number;
  let clear: number;

  beforeAll(async () => {
    inspection = await newAssignment('2020-04-01', '2020-06-30');
    const people = await server.db.query(
      "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T03' AND p.retiredOn IS NULL ORDER BY p.id LIMIT 2",
    );
    [related, clear] = people.map((p: { id: number }) => Number(p.id));
    await joinTeam(server, related, 'C-T03');
    await joinTeam(server, clear, 'C-T03');
    const relation = await run('admin', 'createPersonRelation', 'CreatePersonRelationInput', {
      personId: related,
      relativeName: '李某某',
      relation: '兄弟',
      relativeBodyId: target,
    });
    expect(relation.errors).toBeUndefined();
  });

  const check = (login: string, personId: number) =>
    query(login, 'query($a: Int!, $p: Int!) { recusalCheck(assignmentId: $a, personId: $p) { key params text } }', {
      a: inspection.id,
      p: personId,
    });

  it('names the ground the staffing would be refused for', async () => {
    const grounds: Message[] = (await check('office', related)).data.recusalCheck;
    expect(grounds).toEqual([
      {
        key: 'recusal.related',
        params: expect.objectContaining({ relation: '兄弟', relative: '李某某' }),
        text: expect.stringContaining('李某某'),
      },
    ]);
    expect((await check('office', clear)).data.recusalCheck).toEqual([]);
    const refused = await run('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: inspection.id, personId: related });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    const listed = (refused.errors![0].extensions!.params as { grounds: { key: string; params: object }[] }).grounds;
    expect(listed).toEqual(grounds.map(({ key, params }) => ({ key, params })));
    for (const ground of grounds) expect(refused.errors![0].message).toContain(ground.text);
  });

  it('lists the team with post, unit and grounds, searchable by name', async () => {
    const res = await query(
      'office',
      'query($a: Int!, $s: String) { staffCandidates(assignmentId: $a, search: $s) { personId poolEntryId name position unitName recusalGrounds { key text } } }',
      { a: inspection.id },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data.staffCandidates;
    const flagged = list.find((c: { personId: number }) => c.personId === related);
    expect(flagged.recusalGrounds).toEqual([{ key: 'recusal.related', text: expect.stringContaining('李某某') }]);
    expect(flagged.position).toEqual(expect.any(String));
    expect(flagged.unitName).toBeTruthy();
    expect(list.find((c: { personId: number }) => c.personId === clear).recusalGrounds).toEqual([]);
    const searched = await query('office', 'query($a: Int!, $s: String) { staffCandidates(assignmentId: $a, search: $s) { personId } }', {
      a: inspection.id,
      s: flagged.name,
    });
    expect(searched.data.staffCandidates.map((c: { personId: number }) => c.personId)).toContain(related);
    expect(searched.data.staffCandidates.length).toBeLessThan(list.length + 1);
    const none = await query('office', 'query($a: Int!, $s: String) { staffCandidates(assignmentId: $a, search: $s) { personId } }', {
      a: inspection.id,
      s: '%_!',
    });
    expect(none.data.staffCandidates).toEqual([]);
    const tooLong = await query('office', 'query($a: Int!, $s: String) { staffCandidates(assignmentId: $a, search: $s) { personId } }', {
      a: inspection.id,
      s: '名'.repeat(61),
    });
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', messageKey: 'input.tooLong' });
  });

  /** One staffCandidates answer as `office`, through the real schema, with the SQL statements it caused. */
  async function tracedStaffCandidates() {
    const [account] = await server.db.query('SELECT id FROM account WHERE login = ?', ['office']);
    const caller = await loadCaller(server.db, Number(account.id));
    const { result, statements } = await traceStatements(() =>
      server.app.apollo.executeOperation(
        {
          query: 'query($a: Int!) { staffCandidates(assignmentId: $a) { personId name unitName recusalGrounds { key } } }',
          variables: { a: inspection.id },
        },
        { contextValue: createRequestContext(server.db, caller) as never },
      ),
    );
    const body = result.body as { kind: string; singleResult: { data?: any; errors?: unknown } };
    expect(body.singleResult.errors).toBeUndefined();
    return { candidates: body.singleResult.data.staffCandidates as { personId: number; name: string }[], statements };
  }

  it('reads the grounds of a whole team in as many statements as of two people, in pinyin order', async () => {
    const few = await tracedStaffCandidates();
    // People of the centre with no account (nobody approves their own membership) on no team yet.
    const more = await server.db.query(
      `SELECT p.id FROM person p JOIN body b ON b.id = p.employerId
        WHERE b.code LIKE 'C%' AND p.retiredOn IS NULL
          AND p.id NOT IN (SELECT a.personId FROM account a WHERE a.personId IS NOT NULL)
          AND p.id NOT IN (SELECT m.personId FROM membership m WHERE m.role = 'TEAM_MEMBER')
        ORDER BY p.id LIMIT 12`,
    );
    for (const { id } of more) await joinTeam(server, Number(id), 'C-T03');
    const many = await tracedStaffCandidates();
    expect(many.candidates.length).toBeGreaterThanOrEqual(few.candidates.length + 10);
    expect(many.candidates.find((c) => c.personId === related)).toBeDefined();
    expect(many.statements.length).toBe(few.statements.length);

    const ids = many.candidates.map((c) => c.personId);
    const pinyin = await server.db.query(
      `SELECT id FROM person WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY nameSortKey, id`,
      ids,
    );
    expect(ids).toEqual(pinyin.map((p: { id: number }) => Number(p.id)));
    // In character-code order the names would stand otherwise: the check above tells the two orders apart.
    const names = many.candidates.map((c) => c.name);
    expect([...names].sort()).not.toEqual(names);
  });

  it('offers the leading group its pool for the leader', async () => {
    const res = await query('lg.leader', 'query($a: Int!) { leaderCandidates(assignmentId: $a) { personId poolEntryId name unitName } }', {
      a: inspection.id,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.leaderCandidates.length).toBeGreaterThan(0);
    expect(res.data.leaderCandidates.every((c: { poolEntryId: number | null }) => c.poolEntryId !== null)).toBe(true);
    // The office stages and staffs, but names no leader.
    expect(
      codes(await query('office', 'query($a: Int!) { leaderCandidates(assignmentId: $a) { personId } }', { a: inspection.id })),
    ).toEqual(['FORBIDDEN']);
  });

  it('tells nothing to those who may neither staff nor appoint', async () => {
    expect(codes(await check('analyst', related))).toEqual(['FORBIDDEN']);
    expect(codes(await check('team1', related))).toEqual(['NOT_FOUND']);
    expect(codes(await check('admin', related))).toEqual(['NOT_FOUND']);
  });
});
