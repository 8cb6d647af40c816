/**
 * Ending authority: a leader's grant revoked, a person taken off an inspection or replaced. Each
 * takes effect with the very next request of the person concerned, on the token they already hold;
 * each is refused to oneself, outside one's scope and without a reason, and leaves a trail.
 */
import { randomUUID } from 'node:crypto';
import { today } from '../server/modules/common/record';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';
import { bodyIdByCode, joinTeam } from './support/roster-ops';

let server: TestServer;

const ASSIGNMENT = 'query($id: Int!) { assignment(id: $id) { id stage } }';
const GRANT_FIELDS = 'id version personId revokedOn revokedReason revokedById';
const MEMBER_FIELDS = 'id version personId assignmentId removedOn removedReason removedById';
const HISTORY = `query($subject: String!, $id: Int!) {
  history(subject: $subject, id: $id) { items { action actorName changes { field before after } } }
}`;

async function run(login: string, name: string, type: string, input: object, fields = 'id version'): Promise<GraphQLResponse> {
  return server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, { input }, await server.tokenFor(login));
}
const revoke = (login: string, input: object) => run(login, 'revokeLeaderGrant', 'RevokeLeaderGrantInput', input, GRANT_FIELDS);
const remove = (login: string, input: object) => run(login, 'removeStaff', 'RemoveStaffInput', input, MEMBER_FIELDS);
const replace = (login: string, input: object) => run(login, 'replaceStaff', 'ReplaceStaffInput', input, MEMBER_FIELDS);

async function personIdOf(login: string): Promise<number> {
  const [row] = await server.db.query('SELECT personId FROM account WHERE login = ?', [login]);
  return Number(row.personId);
}
async function grantRow(id: number) {
  const [row] = await server.db.query('SELECT id, version, personId, revokedOn, revokedReason FROM leader_grant WHERE id = ?', [id]);
  return {
    id: Number(row.id),
    version: Number(row.version),
    personId: Number(row.personId),
    revokedOn: row.revokedOn,
    reason: row.revokedReason,
  };
}
async function memberRow(assignmentId: number, personId: number) {
  const [row] = await server.db.query(
    'SELECT id, version, removedOn, removedReason FROM assignment_member WHERE assignmentId = ? AND personId = ?',
    [assignmentId, personId],
  );
  return row ? { id: Number(row.id), version: Number(row.version), removedOn: row.removedOn, reason: row.removedReason } : null;
}
async function auditCount(subject: string, id: number, action: string): Promise<number> {
  const [row] = await server.db.query('SELECT COUNT(*) AS n FROM audit_entry WHERE subject = ? AND recordId = ? AND action = ?', [
    subject,
    id,
    action,
  ]);
  return Number(row.n);
}
/** Whether the login, with the token it signed in with before, reads the inspection now. */
async function sees(login: string, assignmentId: number): Promise<boolean> {
  const res = await server.gql(ASSIGNMENT, { id: assignmentId }, await server.tokenFor(login));
  if (res.data?.assignment) return true;
  expect(codes(res)).toEqual(['NOT_FOUND']);
  return false;
}
async function assignmentOf(team: string, target: string): Promise<number> {
  const [row] = await server.db.query(
    'SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body g ON g.id = a.targetId WHERE t.code = ? AND g.code = ? AND a.closedOn IS NULL',
    [team, target],
  );
  return Number(row.id);
}
async function currentGrant(assignmentId: number) {
  const [row] = await server.db.query('SELECT id FROM leader_grant WHERE assignmentId = ? AND revokedOn IS NULL ORDER BY id DESC', [
    assignmentId,
  ]);
  return grantRow(Number(row.id));
}
/** Names a leader from the pool, one with no recusal ground, other than `except`. */
async function appointAnother(assignmentId: number, except: number[] = []): Promise<number> {
  const candidates = await server.gql(
    'query($id: Int!) { leaderCandidates(assignmentId: $id) { personId poolEntryId recusalGrounds { key } } }',
    { id: assignmentId },
    await server.tokenFor('lg.leader'),
  );
  const pick = candidates.data.leaderCandidates.find(
    (c: { personId: number; recusalGrounds: unknown[] }) => c.recusalGrounds.length === 0 && !except.includes(c.personId),
  );
  const res = await run('lg.leader', 'appointLeader', 'AppointLeaderInput', {
    assignmentId,
    poolEntryId: pick.poolEntryId,
    validFrom: today(),
    validUntil: '2099-12-31',
  });
  expect(res.errors).toBeUndefined();
  return res.data.appointLeader.id;
}

let inquiry: number; // central team 1 on the Qingchuan government party group: teamlead leads, team1 serves
beforeAll(async () => {
  server = await startTestServer();
  inquiry = await assignmentOf('C-T01', 'P-QC-GOV');
});
afterAll(() => server?.close());

describe('revoking a leader grant', () => {
  let grant: Awaited<ReturnType<typeof grantRow>>;
  beforeAll(async () => {
    grant = await currentGrant(inquiry);
    expect(grant.personId).toBe(await personIdOf('teamlead'));
  });

  it('is refused to its holder by the no-self-dealing rule', async () => {
    const res = await revoke('teamlead', { id: grant.id, version: grant.version, reason: '本人申请辞去组长' });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('no-self-dealing');
    expect((await grantRow(grant.id)).revokedOn).toBeNull();
  });

  it('is not found outside the scope, and refused to those who may see it but not name the leader', async () => {
    const input = { id: grant.id, version: grant.version, reason: '调整' };
    expect(codes(await revoke('qc.analyst', input))).toEqual(['NOT_FOUND']);
    expect(codes(await revoke('qc.team', input))).toEqual(['NOT_FOUND']);
    expect(codes(await revoke('office', input))).toEqual(['FORBIDDEN']);
    expect(codes(await revoke('team1', input))).toEqual(['FORBIDDEN']);
    expect(await grantRow(grant.id)).toEqual(grant);
  });

  it('needs a reason, and bad input changes nothing', async () => {
    const blank = await revoke('lg.leader', { id: grant.id, version: grant.version, reason: '   ' });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors![0].extensions!.field).toBe('reason');
    const long = await revoke('lg.leader', { id: grant.id, version: grant.version, reason: '长'.repeat(501) });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors![0].message).toContain('reason');
    const missing = await server.gql(
      'mutation($input: RevokeLeaderGrantInput!) { revokeLeaderGrant(input: $input) { id } }',
      { input: { id: grant.id, version: grant.version } },
      await server.tokenFor('lg.leader'),
    );
    expect(missing.errors![0].message).toContain('reason');
    expect(codes(await revoke('lg.leader', { id: grant.id, version: grant.version + 1, reason: '调整' }))).toEqual(['CONFLICT']);
    expect(await grantRow(grant.id)).toEqual(grant);
    expect(await auditCount('LeaderGrant', grant.id, 'revoke')).toBe(0);
  });

  it('ends leadership with the holder’s next request on the same token, and is final', async () => {
    expect(await sees('teamlead', inquiry)).toBe(true);
    const res = await revoke('lg.leader', { id: grant.id, version: grant.version, reason: '因工作调动，不再担任组长' });
    expect(res.errors).toBeUndefined();
    expect(res.data.revokeLeaderGrant).toMatchObject({
      revokedOn: today(),
      revokedReason: '因工作调动，不再担任组长',
      revokedById: await personIdOf('lg.leader'),
    });
    expect(await sees('teamlead', inquiry)).toBe(false);
    const me = await server.gql('{ me { rules } }', {}, await server.tokenFor('teamlead'));
    expect(JSON.stringify(me.data.me.rules)).not.toContain(`"assignmentId":${inquiry}`);

    const again = await revoke('lg.leader', { id: grant.id, version: res.data.revokeLeaderGrant.version, reason: '再次撤销' });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0].extensions!.messageKey).toBe('grant.alreadyRevoked');
  });

  it('shows in the grant’s history with its reason, and the inspection cannot leave inquiry without a leader', async () => {
    const history = await server.gql(HISTORY, { subject: 'LeaderGrant', id: grant.id }, await server.tokenFor('lg.leader'));
    const [latest] = history.data.history.items;
    expect(latest.action).toBe('revoke');
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'revokedOn', before: null, after: today() },
        { field: 'revokedReason', before: null, after: '因工作调动，不再担任组长' },
      ]),
    );
    const step = await server.gql(
      'query($id: Int!) { assignment(id: $id) { nextStep { toStage lacks { key } } } }',
      { id: inquiry },
      await server.tokenFor('office'),
    );
    expect(step.data.assignment.nextStep.lacks.map((m: { key: string }) => m.key)).toContain('stage.noLeader');
  });

  it('lets the leading group name the next leader, and a burst of revocations of that grant revokes it once', async () => {
    const next = await grantRow(await appointAnother(inquiry, [grant.personId]));
    const burst = await Promise.all(
      Array.from({ length: 6 }, () => revoke('lg.leader', { id: next.id, version: next.version, reason: '并发撤销' })),
    );
    const won = burst.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    for (const lost of burst.filter((r) => r.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codes(lost)[0]);
    expect(await auditCount('LeaderGrant', next.id, 'revoke')).toBe(1);
  });

  it('answers a retry with the same Idempotency-Key with the stored result, revoking once', async () => {
    const third = await grantRow(await appointAnother(inquiry, [grant.personId]));
    const key = randomUUID();
    const send = async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await server.tokenFor('lg.leader')}`,
          'idempotency-key': key,
        },
        body: JSON.stringify({
          query: `mutation($input: RevokeLeaderGrantInput!) { revokeLeaderGrant(input: $input) { ${GRANT_FIELDS} } }`,
          variables: { input: { id: third.id, version: third.version, reason: '重试撤销' } },
        }),
      });
      return response.text();
    };
    const first = await send();
    expect(JSON.parse(first).errors).toBeUndefined();
    expect(await send()).toBe(first);
    expect(await auditCount('LeaderGrant', third.id, 'revoke')).toBe(1);
  });
});

describe('taking someone off an inspection', () => {
  let team1: number;
  let member: NonNullable<Awaited<ReturnType<typeof memberRow>>>;
  beforeAll(async () => {
    team1 = await personIdOf('team1');
    member = (await memberRow(inquiry, team1))!;
  });

  it('is not found outside the scope, refused to those who may not staff it, and needs a reason', async () => {
    const input = { id: member.id, version: member.version, reason: '调整' };
    expect(codes(await remove('qc.analyst', input))).toEqual(['NOT_FOUND']);
    expect(codes(await remove('lg.leader', input))).toEqual(['FORBIDDEN']);
    expect(codes(await remove('team1', input))).toEqual(['FORBIDDEN']);
    const blank = await remove('office', { ...input, reason: ' ' });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors![0].extensions!.field).toBe('reason');
    expect(await memberRow(inquiry, team1)).toEqual(member);
  });

  it('takes the inspection away with the person’s next request on the same token, keeping the row', async () => {
    expect(await sees('team1', inquiry)).toBe(true);
    const res = await remove('office', { id: member.id, version: member.version, reason: '身体原因暂离' });
    expect(res.errors).toBeUndefined();
    expect(res.data.removeStaff).toMatchObject({
      id: member.id,
      removedOn: today(),
      removedReason: '身体原因暂离',
      removedById: await personIdOf('office'),
    });
    expect(await sees('team1', inquiry)).toBe(false);

    const staff = await server.gql(
      'query($id: Int!) { assignment(id: $id) { now: staff { personId } all: staff(withRemoved: true) { personId removedOn } } }',
      { id: inquiry },
      await server.tokenFor('office'),
    );
    expect(staff.data.assignment.now.map((s: { personId: number }) => s.personId)).not.toContain(team1);
    expect(staff.data.assignment.all).toContainEqual({ personId: team1, removedOn: today() });

    const again = await remove('office', { id: member.id, version: res.data.removeStaff.version, reason: '再次' });
    expect(again.errors![0].extensions!.messageKey).toBe('staff.alreadyRemoved');
  });

  it('gives it back only by staffing them again, and the history shows both', async () => {
    const candidates = await server.gql(
      'query($id: Int!) { staffCandidates(assignmentId: $id) { personId } }',
      { id: inquiry },
      await server.tokenFor('office'),
    );
    expect(candidates.data.staffCandidates.map((c: { personId: number }) => c.personId)).toContain(team1);
    const res = await run('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: inquiry, personId: team1 }, MEMBER_FIELDS);
    expect(res.errors).toBeUndefined();
    expect(res.data.staffAssignment).toMatchObject({ id: member.id, removedOn: null, removedReason: null });
    expect(await sees('team1', inquiry)).toBe(true);
    const history = await server.gql(HISTORY, { subject: 'AssignmentMember', id: member.id }, await server.tokenFor('office'));
    const actions = history.data.history.items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 2)).toEqual(['staff', 'remove']);
    expect(history.data.history.items[1].changes).toContainEqual({ field: 'removedReason', before: null, after: '身体原因暂离' });
  });

  it('is refused by the no-self-dealing rule to whoever is staffed on it themselves', async () => {
    const office = await personIdOf('office');
    const [row] = await server.db.query('SELECT scopePath FROM assignment WHERE id = ?', [inquiry]);
    await server.db.query(
      "INSERT INTO assignment_member (version, createdAt, updatedAt, assignmentId, personId, scopePath) VALUES (1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, ?)",
      [inquiry, office, row.scopePath],
    );
    const own = (await memberRow(inquiry, office))!;
    const res = await remove('office', { id: own.id, version: own.version, reason: '本人退出' });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('no-self-dealing');
    expect(await memberRow(inquiry, office)).toEqual(own);
    await server.db.query('DELETE FROM assignment_member WHERE id = ?', [own.id]);
  });

  it('takes a person off once, however many ask at the same moment', async () => {
    const [row] = await server.db.query(
      'SELECT id, version, personId FROM assignment_member WHERE assignmentId = ? AND removedOn IS NULL AND personId <> ? ORDER BY id',
      [inquiry, team1],
    );
    const burst = await Promise.all(
      Array.from({ length: 6 }, () => remove('office', { id: Number(row.id), version: Number(row.version), reason: '并发调离' })),
    );
    expect(burst.filter((r) => !r.errors)).toHaveLength(1);
    for (const lost of burst.filter((r) => r.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codes(lost)[0]);
    expect(await auditCount('AssignmentMember', Number(row.id), 'remove')).toBe(1);
    // Staffed again, for what follows.
    const back = await run('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: inquiry, personId: Number(row.personId) });
    expect(back.errors).toBeUndefined();
  });

  it('may leave an inspection in inquiry with nobody, which then cannot leave inquiry', async () => {
    const other = await assignmentOf('C-T02', 'P-YL-GOV');
    const rows = await server.db.query('SELECT id, version FROM assignment_member WHERE assignmentId = ? AND removedOn IS NULL', [other]);
    for (const r of rows) {
      expect((await remove('office', { id: Number(r.id), version: Number(r.version), reason: '整组调整' })).errors).toBeUndefined();
    }
    const step = await server.gql(
      'query($id: Int!) { assignment(id: $id) { staff { id } nextStep { toStage lacks { key } } } }',
      { id: other },
      await server.tokenFor('office'),
    );
    expect(step.data.assignment.staff).toEqual([]);
    expect(step.data.assignment.nextStep.lacks.map((m: { key: string }) => m.key)).toContain('stage.noStaff');
  });
});

describe('replacing someone on an inspection', () => {
  let candidates: number[];
  beforeAll(async () => {
    // Two people on team 1's roster, not staffed on the inspection and with no recusal ground.
    const offered = await server.gql(
      'query($id: Int!) { staffCandidates(assignmentId: $id) { personId recusalGrounds { key } } }',
      { id: inquiry },
      await server.tokenFor('office'),
    );
    candidates = offered.data.staffCandidates
      .filter((c: { recusalGrounds: unknown[] }) => c.recusalGrounds.length === 0)
      .map((c: { personId: number }) => c.personId);
    if (candidates.length < 2) {
      const people = await server.db.query(
        "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T02' AND p.retiredOn IS NULL ORDER BY p.id LIMIT 2",
      );
      for (const p of people) {
        await joinTeam(server, Number(p.id), 'C-T01');
        candidates.push(Number(p.id));
      }
    }
  });

  it('keeps the first person staffed when the new one is refused (recusal, roster, the same person)', async () => {
    const [first] = await server.db.query(
      'SELECT id, version, personId FROM assignment_member WHERE assignmentId = ? AND removedOn IS NULL ORDER BY id',
      [inquiry],
    );
    const before = (await memberRow(inquiry, Number(first.personId)))!;
    const related = candidates[0];
    const relation = await run('admin', 'createPersonRelation', 'CreatePersonRelationInput', {
      personId: related,
      relativeName: '李某某',
      relation: '配偶',
      relativeBodyId: await bodyIdByCode(server, 'P-QC-GOV'),
    });
    expect(relation.errors).toBeUndefined();
    const removals = await auditCount('AssignmentMember', before.id, 'remove');
    const input = { id: before.id, version: before.version, reason: '轮换' };
    const recused = await replace('office', { ...input, personId: related });
    expect(codes(recused)).toEqual(['BAD_USER_INPUT']);
    expect(recused.errors![0].extensions!.messageKey).toBe('assignment.mustRecuse');

    const [outsider] = await server.db.query(
      "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T03' AND p.retiredOn IS NULL ORDER BY p.id LIMIT 1",
    );
    const offRoster = await replace('office', { ...input, personId: Number(outsider.id) });
    expect(codes(offRoster)).toEqual(['FORBIDDEN']);
    expect(offRoster.errors![0].extensions!.rule).toBe('team-roster-only');
    expect(codes(await replace('office', { ...input, personId: Number(first.personId) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await replace('office', { ...input, personId: await personIdOf('office') }))).toEqual(['FORBIDDEN']);

    expect(await memberRow(inquiry, Number(first.personId))).toEqual(before);
    expect(await memberRow(inquiry, related)).toBeNull();
    expect(await auditCount('AssignmentMember', before.id, 'remove')).toBe(removals);
  });

  it('takes one off and staffs the other in one change', async () => {
    const [first] = await server.db.query(
      'SELECT id, version, personId FROM assignment_member WHERE assignmentId = ? AND removedOn IS NULL ORDER BY id',
      [inquiry],
    );
    const incoming = candidates[1];
    const res = await replace('office', { id: Number(first.id), version: Number(first.version), reason: '轮换', personId: incoming });
    expect(res.errors).toBeUndefined();
    expect(res.data.replaceStaff).toMatchObject({ personId: incoming, assignmentId: inquiry, removedOn: null });
    expect((await memberRow(inquiry, Number(first.personId)))!.removedOn).toBe(today());
    expect((await memberRow(inquiry, Number(first.personId)))!.reason).toBe('轮换');
  });
});
