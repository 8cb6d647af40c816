/**
 * Individual talks (个别谈话): the grammar of the list, who reads a talk and who reads the
 * interviewee's identity (only the staff of the open inspection, every read recorded), the findings
 * raised from a talk, and the inputs refused.
 */
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import type { ObjectLiteral } from 'typeorm';
import { Assignment, AssignmentMember } from '../server/modules/assignment/assignment.entity';
import { dayFromToday } from '../server/modules/common/calendar';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

// Each role signs in once (a password hash each): slow on a busy machine.
jest.setTimeout(120_000);

let server: TestServer;
let assignmentId: number;
let otherAssignmentId: number;
let team1Person: number;
let leaderPerson: number;
let outsider: number;

const day = dayFromToday;

async function as(login: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return server.gql(query, variables, await server.tokenFor(login));
}
const personId = async (name: string) => Number((await server.db.query('SELECT id FROM person WHERE name = ?', [name]))[0].id);
const count = async (sql: string, params: unknown[] = []) => Number((await server.db.query(sql, params))[0].n);
const put = async <T extends ObjectLiteral>(entity: new () => T, values: object): Promise<number> => {
  const stamp = { version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  const result = await server.db.getRepository(entity).insert({ ...stamp, ...values } as never);
  return Number(result.identifiers[0].id);
};

const CREATE = `mutation($input: CreateTalkInput!) { createTalk(input: $input) { id version assignmentId heldOn talkerIds intervieweePost
  intervieweeCategory matters talkerLabels { zh } } }`;
const talkInput = (overrides: Record<string, unknown> = {}) => ({
  assignmentId,
  heldOn: day(-1),
  talkerIds: [team1Person, leaderPerson],
  interviewee: { name: '谈话对象乙', contact: '138-0000-1234' },
  intervieweePost: '财务处处长',
  intervieweeCategory: 'OTHER_CADRE',
  matters: '反映工程项目招投标存在围标串标线索。',
  ...overrides,
});
async function createTalk(login = 'team1', overrides: Record<string, unknown> = {}): Promise<any> {
  const res = await as(login, CREATE, { input: talkInput(overrides) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createTalk;
}
const INTERVIEWEE = 'query($id: Int!) { talk(id: $id) { id matters interviewee { id name contact } } }';
const reads = () => count("SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'read' AND subject = 'TalkInterviewee'");

beforeAll(async () => {
  server = await startTestServer();
  const [row] = await server.db.query(
    "SELECT a.id, a.roundId, a.teamId, a.scopePath FROM assignment a JOIN body t ON t.id = a.targetId JOIN body team ON team.id = a.teamId WHERE team.code = 'C-T01' AND t.code = 'P-QC-GOV' AND a.stage = 'INQUIRY'",
  );
  assignmentId = Number(row.id);
  team1Person = await personId('周博远');
  leaderPerson = await personId('欧阳正清');
  outsider = await personId('华振声');
  // A second open inspection of the same team, with team1 staffed on it too.
  const [other] = await server.db.query("SELECT id, scopePath FROM body WHERE code = 'P-YL-CP'");
  otherAssignmentId = await put(Assignment, {
    roundId: Number(row.roundId),
    teamId: Number(row.teamId),
    targetId: Number(other.id),
    stage: 'INQUIRY',
    startsOn: day(-10),
    endsOn: day(30),
    workPlan: '方案',
    noticeSentOn: day(-12),
    contactChannels: '电话',
    intakeToken: randomBytes(24).toString('base64url'),
    closedOn: null,
    targetPath: other.scopePath,
    scopePath: row.scopePath,
  });
  await put(AssignmentMember, { assignmentId: otherAssignmentId, personId: team1Person, recusalException: null, scopePath: row.scopePath });
}, 120_000);
afterAll(() => server?.close());

describe('talks', () => {
  it('are recorded by the staff and listed, filtered, sorted, paged and exported', async () => {
    const talk = await createTalk();
    expect(talk).toMatchObject({
      assignmentId,
      heldOn: day(-1),
      talkerIds: [team1Person, leaderPerson].sort((a, b) => a - b),
      intervieweeCategory: 'OTHER_CADRE',
    });
    expect(talk.talkerLabels.map((l: { zh: string }) => l.zh).sort()).toEqual(['周博远', '欧阳正清'].sort());
    const list = await as(
      'team1',
      `query($f: TalkFilter) { talks(filter: $f, sort: [{ field: HELD_ON, direction: ASC }], page: { take: 2 }) { totalCount items { id heldOn } } }`,
      { f: { assignmentId, q: '围标串标', categories: ['OTHER_CADRE'], from: day(-1), to: day(-1) } },
    );
    expect(list.data.talks.totalCount).toBe(1);
    expect(list.data.talks.items[0].id).toBe(talk.id);
    const none = await as('team1', 'query($f: TalkFilter) { talks(filter: $f) { totalCount } }', {
      f: { assignmentId, categories: ['STAFF_OR_MASSES'], q: '围标串标' },
    });
    expect(none.data.talks.totalCount).toBe(0);
    const all = await as('team1', '{ talks(sort: [{ field: HELD_ON, direction: DESC }]) { totalCount items { heldOn } } }');
    const days = all.data.talks.items.map((t: { heldOn: string }) => t.heldOn);
    expect(days).toEqual([...days].sort().reverse());

    const csv = await fetch(server.url.replace(/graphql$/, 'exports/talks.csv'), {
      headers: { authorization: `Bearer ${await server.tokenFor('lg.leader')}` },
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('围标串标');
    // The interviewee's identity is never in a file.
    expect(text).not.toContain('谈话对象乙');
  });

  it('are read in scope by the leading group, office and analysts, and by nobody outside it', async () => {
    const talk = await createTalk();
    for (const login of ['team1', 'teamlead', 'lg.leader', 'lg.member', 'office', 'analyst']) {
      const res = await as(login, 'query($id: Int!) { talk(id: $id) { id } }', { id: talk.id });
      expect({ login, id: res.data?.talk?.id }).toEqual({ login, id: talk.id });
    }
    for (const login of ['qc.team', 'qc.analyst', 'qc.leader', 'liaison', 'receiver', 'admin', 'leader', 'staff']) {
      const res = await as(login, 'query($id: Int!) { talk(id: $id) { id } }', { id: talk.id });
      expect({ login, codes: codes(res) }).toEqual({ login, codes: ['NOT_FOUND'] });
      const list = await as(login, 'query($id: Int!) { talks(filter: { ids: [$id] }) { totalCount } }', { id: talk.id });
      expect({ login, total: list.data?.talks.totalCount }).toEqual({ login, total: 0 });
    }
  });

  it("gives the interviewee's identity to the staff of the open inspection only, and records every read", async () => {
    const talk = await createTalk();
    const before = await reads();
    for (const login of ['team1', 'teamlead']) {
      const res = await as(login, INTERVIEWEE, { id: talk.id });
      expect(res.data.talk.interviewee).toMatchObject({ name: '谈话对象乙', contact: '138-0000-1234' });
    }
    expect(await reads()).toBe(before + 2);
    const [entry] = await server.db.query(
      "SELECT e.accountId, e.recordId, e.`before`, e.`after` FROM audit_entry e WHERE e.action = 'read' AND e.subject = 'TalkInterviewee' ORDER BY e.id DESC LIMIT 1",
    );
    const [teamlead] = await server.db.query("SELECT id FROM account WHERE login = 'teamlead'");
    expect(Number(entry.accountId)).toBe(Number(teamlead.id));
    expect(entry.before).toBeNull();
    expect(entry.after).toBeNull();
    for (const login of ['lg.leader', 'lg.member', 'office', 'analyst']) {
      const res = await as(login, INTERVIEWEE, { id: talk.id });
      expect({ login, matters: res.data.talk.matters, interviewee: res.data.talk.interviewee }).toEqual({
        login,
        matters: talk.matters,
        interviewee: null,
      });
    }
    // No identity given, no read recorded.
    expect(await reads()).toBe(before + 2);
    // The trail of the talk's creation keeps the identity redacted.
    const trail = await server.db.query(
      "SELECT `after` FROM audit_entry WHERE subject IN ('Talk', 'TalkInterviewee') AND action = 'create'",
    );
    expect(JSON.stringify(trail)).not.toMatch(/谈话对象乙|138-0000-1234/);
  });

  it('raises findings with the talk as their source, and refuses a source of another kind or inspection', async () => {
    const talk = await createTalk();
    const raised = await as(
      'team1',
      `mutation($input: RaiseFindingFromTalkInput!) { raiseFindingFromTalk(input: $input) { id sourceMethod sourceTalkId evidenceSummary
        sourceTalk { id } } }`,
      { input: { talkId: talk.id, category: 'CORRUPTION', subKind: 'POWER_FOR_MONEY', severity: 'SERIOUS' } },
    );
    expect(raised.errors).toBeUndefined();
    expect(raised.data.raiseFindingFromTalk).toMatchObject({
      sourceMethod: 'INDIVIDUAL_TALK',
      sourceTalkId: talk.id,
      evidenceSummary: talk.matters,
      sourceTalk: { id: talk.id },
    });
    // The finding's own details pass through as given: the cadre it concerns, and evidence in other words.
    const [{ targetPath }] = await server.db.query('SELECT targetPath FROM assignment WHERE id = ?', [assignmentId]);
    const [cadre] = await server.db.query('SELECT id FROM person WHERE scopePath LIKE ? ORDER BY id LIMIT 1', [`${targetPath}%`]);
    const detailed = await as(
      'team1',
      `mutation($input: RaiseFindingFromTalkInput!) { raiseFindingFromTalk(input: $input) { id subjectPersonId category subKind severity evidenceSummary } }`,
      {
        input: {
          talkId: talk.id,
          subjectPersonId: Number(cadre.id),
          category: 'PERSONNEL',
          subKind: 'IRREGULAR_PROMOTION',
          severity: 'MINOR',
          evidenceSummary: '谈话反映干部选拔程序不规范',
        },
      },
    );
    expect(detailed.errors).toBeUndefined();
    expect(detailed.data.raiseFindingFromTalk).toEqual({
      id: expect.any(Number),
      subjectPersonId: Number(cadre.id),
      category: 'PERSONNEL',
      subKind: 'IRREGULAR_PROMOTION',
      severity: 'MINOR',
      evidenceSummary: '谈话反映干部选拔程序不规范',
    });
    const CREATE_FINDING = 'mutation($input: CreateFindingInput!) { createFinding(input: $input) { id sourceTalkId } }';
    const finding = (extra: Record<string, unknown>) => ({
      assignmentId,
      category: 'WORK_STYLE',
      subKind: 'EXTRAVAGANCE',
      sourceMethod: 'INDIVIDUAL_TALK',
      severity: 'MINOR',
      evidenceSummary: '超标准接待',
      ...extra,
    });
    const direct = await as('team1', CREATE_FINDING, { input: finding({ sourceTalkId: talk.id }) });
    expect(direct.data.createFinding.sourceTalkId).toBe(talk.id);
    const listed = await as('lg.leader', 'query($id: Int!) { talk(id: $id) { findings { id sourceTalkId } } }', { id: talk.id });
    expect(listed.data.talk.findings.map((f: { id: number }) => f.id).sort()).toEqual(
      [raised.data.raiseFindingFromTalk.id, detailed.data.raiseFindingFromTalk.id, direct.data.createFinding.id].sort(),
    );

    const findings = () => count('SELECT COUNT(*) AS n FROM finding');
    const before = await findings();
    const wrongMethod = await as('team1', CREATE_FINDING, { input: finding({ sourceTalkId: talk.id, sourceMethod: 'DOCUMENT_REVIEW' }) });
    expect(codes(wrongMethod)).toEqual(['BAD_USER_INPUT']);
    expect(wrongMethod.errors![0].extensions!.field).toBe('sourceMethod');
    // team1 is staffed on both inspections: it reads the other's talk, which is still not this one's.
    const elsewhere = await createTalk('team1', { assignmentId: otherAssignmentId, talkerIds: [team1Person] });
    const otherTalk = await as('team1', CREATE_FINDING, { input: finding({ sourceTalkId: elsewhere.id }) });
    expect(codes(otherTalk)).toEqual(['BAD_USER_INPUT']);
    expect(otherTalk.errors![0].extensions!.field).toBe('sourceTalkId');
    // A talk the caller may not read is not found, whoever asks.
    expect(codes(await as('qc.team', CREATE_FINDING, { input: finding({ sourceTalkId: talk.id }) }))).toEqual(['NOT_FOUND']);
    const raisedByOffice = await as(
      'office',
      'mutation($input: RaiseFindingFromTalkInput!) { raiseFindingFromTalk(input: $input) { id } }',
      { input: { talkId: talk.id, category: 'CORRUPTION', subKind: 'POWER_FOR_MONEY', severity: 'SERIOUS' } },
    );
    expect(codes(raisedByOffice)).toEqual(['FORBIDDEN']);
    expect(await findings()).toBe(before);
  });

  it('refuses talkers not staffed on the inspection, bad days and other roles, writing nothing', async () => {
    const talks = () => count('SELECT COUNT(*) AS n FROM talk');
    const identities = () => count('SELECT COUNT(*) AS n FROM talk_interviewee');
    const before = [await talks(), await identities()];
    const refused = async (login: string, overrides: Record<string, unknown>, code: string, field?: string) => {
      const res = await as(login, CREATE, { input: talkInput(overrides) });
      expect({ login, overrides, codes: codes(res) }).toEqual({ login, overrides, codes: [code] });
      if (field) expect(res.errors![0].extensions!.field).toBe(field);
    };
    await refused('team1', { talkerIds: [team1Person, outsider] }, 'BAD_USER_INPUT', 'talkerIds');
    // The leader of this inspection is not staffed on the other one.
    await refused('team1', { assignmentId: otherAssignmentId, talkerIds: [team1Person, leaderPerson] }, 'BAD_USER_INPUT', 'talkerIds');
    await refused('team1', { talkerIds: [] }, 'BAD_USER_INPUT', 'talkerIds');
    await refused('team1', { heldOn: day(1) }, 'BAD_USER_INPUT', 'heldOn');
    await refused('team1', { heldOn: '2026-02-30' }, 'BAD_USER_INPUT', 'heldOn');
    await refused('team1', { intervieweePost: '   ' }, 'BAD_USER_INPUT', 'intervieweePost');
    await refused('team1', { interviewee: { name: 'x'.repeat(61) } }, 'BAD_USER_INPUT');
    await refused('analyst', {}, 'FORBIDDEN');
    await refused('lg.leader', {}, 'FORBIDDEN');
    await refused('office', {}, 'FORBIDDEN');
    await refused('qc.team', {}, 'NOT_FOUND');
    await refused('liaison', {}, 'NOT_FOUND');
    expect([await talks(), await identities()]).toEqual(before);
  });

  it('are changed by their staff only, one change per version', async () => {
    const talk = await createTalk();
    const UPDATE = 'mutation($input: UpdateTalkInput!) { updateTalk(input: $input) { id version matters talkerIds } }';
    expect(codes(await as('office', UPDATE, { input: { id: talk.id, version: talk.version, matters: '改' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await as('qc.team', UPDATE, { input: { id: talk.id, version: talk.version, matters: '改' } }))).toEqual(['NOT_FOUND']);
    const bad = await as('team1', UPDATE, { input: { id: talk.id, version: talk.version, talkerIds: [outsider] } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.field).toBe('talkerIds');
    const burst = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        as('team1', UPDATE, { input: { id: talk.id, version: talk.version, matters: `补充谈话内容 ${i}`, talkerIds: [team1Person] } }),
      ),
    );
    const won = burst.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(burst.filter((r) => r.errors).map((r) => codes(r)[0])).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(won[0].data.updateTalk).toMatchObject({ version: talk.version + 1, talkerIds: [team1Person] });
  });

  it("hides the talk and the interviewee's identity from its staff once the inspection is closed", async () => {
    const talk = await createTalk();
    await server.db.query("UPDATE assignment SET stage = 'CLOSED' WHERE id = ?", [assignmentId]);
    try {
      for (const login of ['team1', 'teamlead']) expect(codes(await as(login, INTERVIEWEE, { id: talk.id }))).toEqual(['NOT_FOUND']);
      const kept = await as('lg.leader', INTERVIEWEE, { id: talk.id });
      expect(kept.data.talk).toMatchObject({ id: talk.id, interviewee: null });
    } finally {
      await server.db.query("UPDATE assignment SET stage = 'INQUIRY' WHERE id = ?", [assignmentId]);
    }
  });
});

describe('the talk record sheet', () => {
  const sheet = async (login: string | null, id: number) => {
    const res = await fetch(server.url.replace(/graphql$/, `documents/talks/${id}/record.docx`), {
      headers: login ? { authorization: `Bearer ${await server.tokenFor(login)}` } : {},
    });
    if (res.status !== 200) return { status: res.status, xml: '' };
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    return { status: res.status, xml: await zip.file('word/document.xml')!.async('string') };
  };

  it('prints the interviewee for the staff, with the read recorded, and for nobody else', async () => {
    const talk = await createTalk();
    const before = await reads();
    const own = await sheet('team1', talk.id);
    expect(own.status).toBe(200);
    expect(own.xml).toContain('谈话对象乙');
    expect(own.xml).toContain('围标串标');
    expect(own.xml).toContain('周博远');
    expect(await reads()).toBe(before + 1);
    const leader = await sheet('lg.leader', talk.id);
    expect(leader.status).toBe(200);
    expect(leader.xml).toContain('围标串标');
    expect(leader.xml).not.toContain('谈话对象乙');
    expect(leader.xml).not.toContain('138-0000-1234');
    expect(await reads()).toBe(before + 1);
    expect((await sheet('qc.team', talk.id)).status).toBe(404);
    expect((await sheet(null, talk.id)).status).toBe(401);
    expect((await sheet('team1', 99999999)).status).toBe(404);
  });
});
