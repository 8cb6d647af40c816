/**
 * "Why can I see this?" answers with the rules that filter the SQL: for every demo login and every
 * record of every kind, the explained decision agrees with the scoped list; and the words name the
 * role, the body and the relation that decided.
 */
import type { ObjectLiteral } from 'typeorm';
import { createRequestContext } from '../server/graphql/context';
import type { SubjectName } from '../server/permissions/ability';
import { scopedQuery } from '../server/scope/scoped-query';
import { decideAccess } from '../server/modules/access/access.service';
import { loadCaller } from '../server/modules/account/caller.loader';
import { DEMO_ACCOUNTS } from '../server/demo/demo-data';
import { codes, startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const KINDS: SubjectName[] = [
  'Body',
  'Person',
  'Membership',
  'Account',
  'PoolEntry',
  'LeaderGrant',
  'Round',
  'Assignment',
  'Briefing',
  'Activity',
  'IntakeItem',
  'Finding',
  'Report',
  'RectificationItem',
  'SupervisionItem',
];

async function accountId(login: string): Promise<number> {
  const [row] = await server.db.query('SELECT id FROM account WHERE login = ?', [login]);
  return row.id;
}

describe('the explanation agrees with the SQL scope', () => {
  it.each(DEMO_ACCOUNTS.map((a) => a.login))('for %s, on every record of every kind', async (login) => {
    const caller = await loadCaller(server.db, await accountId(login));
    const ctx = createRequestContext(server.db, caller);
    let checked = 0;
    for (const kind of KINDS) {
      const entity = server.db.getMetadata(kind).target as new () => ObjectLiteral;
      const all = await server.db.manager.find(entity);
      const visible = new Set((await scopedQuery(ctx, entity, 'r').select('r.id', 'id').getRawMany()).map((r) => Number(r.id)));
      const disagreeing = all.filter((record) => decideAccess(ctx.ability, 'read', kind, record).allowed !== visible.has(record.id)).map((r) => r.id);
      expect({ kind, disagreeing }).toEqual({ kind, disagreeing: [] });
      checked += all.length;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

const EXPLAIN = `query($type: RecordType!, $id: Int!, $action: AccessAction, $accountId: Int) {
  explainAccess(type: $type, id: $id, action: $action, accountId: $accountId) { allowed accountId login relation role holderBodyId source path explanation }
}`;

async function explain(login: string, variables: Record<string, unknown>) {
  return server.gql(EXPLAIN, variables, await server.tokenFor(login));
}

describe('the words', () => {
  it("name a leading group leader's role and the reporting path up to the group", async () => {
    const group = await bodyIdByCode(server, 'C-LG');
    const [finding] = await server.db.query('SELECT id, scopePath FROM finding WHERE scopePath LIKE ? ORDER BY id LIMIT 1', [`%/${group}/%`]);
    const res = await explain('lg.leader', { type: 'Finding', id: finding.id });
    const answer = res.data.explainAccess;
    expect(answer).toMatchObject({ allowed: true, relation: 'REPORTING_LINE', role: 'LEADING_GROUP_LEADER', holderBodyId: group, login: 'lg.leader' });
    expect(answer.source).toMatch(/^membership:\d+$/);
    expect(answer.path[answer.path.length - 1]).toBe(group);
    expect(answer.path[0]).toBe(Number(finding.scopePath.split('/').filter(Boolean).pop()));
    expect(answer.explanation).toMatch(/^Allowed: You hold LEADING_GROUP_LEADER at 中央巡视工作领导小组/);
    expect(answer.explanation).toContain('→');
  });

  it('name the staffing of a team member', async () => {
    const [finding] = await server.db.query('SELECT id FROM finding WHERE assignmentId = 16 ORDER BY id LIMIT 1');
    const answer = (await explain('team1', { type: 'Finding', id: finding.id })).data.explainAccess;
    expect(answer).toMatchObject({ allowed: true, relation: 'STAFFED_ON', role: 'TEAM_MEMBER' });
    expect(answer.explanation).toContain('inspection #16');
  });

  it('name the transfer for a receiving department', async () => {
    const [finding] = await server.db.query("SELECT id FROM finding WHERE transferredToId IS NOT NULL AND transferredToPath LIKE '/1/%' ORDER BY id LIMIT 1");
    const answer = (await explain('receiver', { type: 'Finding', id: finding.id })).data.explainAccess;
    expect(answer).toMatchObject({ allowed: true, relation: 'TRANSFERRED_TO', role: 'RECEIVING_MEMBER' });
  });

  it('name the addressee for a liaison', async () => {
    const token = await server.tokenFor('liaison');
    const listed = await server.gql('{ rectificationItems(page: { take: 1 }) { items { id } } }', {}, token);
    const answer = (await explain('liaison', { type: 'RectificationItem', id: listed.data.rectificationItems.items[0].id })).data.explainAccess;
    expect(answer).toMatchObject({ allowed: true, relation: 'ADDRESSED_TO', role: 'LIAISON' });
  });

  it('say so when the rule that decides forbids it', async () => {
    const own = await accountId('admin');
    const answer = (await explain('admin', { type: 'Account', id: own, action: 'RETIRE' })).data.explainAccess;
    expect(answer).toMatchObject({ allowed: false, source: 'own' });
    expect(answer.explanation).toMatch(/^Refused/);
  });

  it("answer an administrator's question about another account in its scope", async () => {
    const outside = await bodyIdByCode(server, 'P-YL');
    const answer = (await explain('admin', { type: 'Body', id: outside, accountId: await accountId('liaison') })).data.explainAccess;
    expect(answer).toMatchObject({ allowed: false, relation: 'NONE', login: 'liaison' });
    expect(answer.explanation).toBe('No rule lets liaison read this Body.');
  });

  it('read as not found for a record or an account outside the asker’s scope', async () => {
    const yunlingBody = await bodyIdByCode(server, 'P-YL');
    expect(codes(await explain('qc.admin', { type: 'Body', id: yunlingBody }))).toEqual(['NOT_FOUND']);
    const qingchuan = await bodyIdByCode(server, 'P-QC');
    expect(codes(await explain('qc.admin', { type: 'Body', id: qingchuan, accountId: await accountId('admin') }))).toEqual(['NOT_FOUND']);
    const [finding] = await server.db.query('SELECT id FROM finding ORDER BY id LIMIT 1');
    expect(codes(await explain('qc.admin', { type: 'Finding', id: finding.id }))).toEqual(['NOT_FOUND']);
  });
});
