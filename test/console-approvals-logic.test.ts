/**
 * The console's side of governed memberships, against the real server: it knows the same roles that
 * wait for approval and the same rules a refusal can name, offers a decision only to whom the
 * server would let decide, hides a roster administrator's buttons on their own records, and its
 * data provider proposes, lists the proposals waiting for someone and decides them.
 */
import {
  AWAITING_MY_DECISION,
  ROLES_NEEDING_APPROVAL,
  canDecide,
  isDecidableBy,
  isEditable,
  needsApproval,
} from '../admin/src/resources/memberships/governance';
import { GOVERNANCE_RULES as CONSOLE_RULES, ruleMessageKey } from '../admin/src/components/governanceRules';
import { abilityFromPackedRules, canAccess } from '../admin/src/providers/canAccess';
import { createDataProvider } from '../admin/src/providers/dataProvider';
import { createGraphQLClient, type ApiError } from '../admin/src/providers/graphqlClient';
import { MESSAGES } from '../admin/src/providers/i18nProvider';
import { APPROVAL_REQUIRED, GOVERNANCE_RULES } from '../server/permissions/delegation';
import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function me(login: string) {
  const res = await server.gql('{ me { account { id personId } rules } }', {}, await server.tokenFor(login));
  return {
    accountId: res.data.me.account.id as number,
    personId: res.data.me.account.personId as number,
    ability: abilityFromPackedRules(res.data.me.rules),
  };
}

async function providerOf(login: string) {
  const token = await server.tokenFor(login);
  return createDataProvider(createGraphQLClient({ url: server.url, getToken: () => token }));
}

async function personIn(code: string): Promise<number> {
  const [row] = await server.db.query('SELECT id FROM person WHERE employerId = ? ORDER BY id LIMIT 1', [await bodyIdByCode(server, code)]);
  return Number(row.id);
}

const lookUp = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('what the console knows of the rules', () => {
  it('waits for approval on exactly the roles the server only lets a roster administrator propose', () => {
    expect([...ROLES_NEEDING_APPROVAL].sort()).toEqual([...APPROVAL_REQUIRED].sort());
    expect(needsApproval('ANALYST')).toBe(true);
    expect(needsApproval('STAFF')).toBe(false);
    expect(needsApproval('ROSTER_ADMIN')).toBe(false);
  });

  it('has a sentence in both languages for every rule a refusal can name', () => {
    expect([...CONSOLE_RULES].sort()).toEqual(Object.keys(GOVERNANCE_RULES).sort());
    for (const rule of CONSOLE_RULES) {
      const key = ruleMessageKey(rule)!;
      for (const messages of [MESSAGES.zh, MESSAGES.en]) expect(typeof lookUp(messages, key)).toBe('string');
      expect(lookUp(MESSAGES.zh, key)).not.toBe(lookUp(MESSAGES.en, key));
    }
    expect(ruleMessageKey('something-else')).toBeNull();
    expect(ruleMessageKey(undefined)).toBeNull();
  });

  it('translates every membership status', () => {
    for (const status of ['PENDING', 'APPROVED', 'REFUSED']) {
      expect(lookUp(MESSAGES.zh, `enums.MembershipStatus.${status}`)).toEqual(expect.any(String));
      expect(lookUp(MESSAGES.en, `enums.MembershipStatus.${status}`)).toEqual(expect.any(String));
    }
    expect(lookUp(MESSAGES.zh, 'enums.MembershipStatus.PENDING')).toBe('待审批');
    expect(lookUp(MESSAGES.zh, 'enums.MembershipStatus.APPROVED')).toBe('已生效');
    expect(lookUp(MESSAGES.zh, 'enums.MembershipStatus.REFUSED')).toBe('未批准');
  });
});

describe('who is offered a decision', () => {
  const pending = (bodyPath: string, personId: number, proposedByAccountId: number | null) => ({
    id: 1,
    personId,
    bodyPath,
    role: 'ANALYST',
    status: 'PENDING',
    proposedByAccountId,
  });

  it("a leading-group leader, on proposals in its committee's tree by someone else, for someone else", async () => {
    const leader = await me('lg.leader');
    const admin = await me('admin');
    const [audit] = await server.db.query("SELECT scopePath FROM body WHERE code = 'C-AUD'");
    const [qc] = await server.db.query("SELECT scopePath FROM body WHERE code = 'P-QC-LX'");
    const other = await personIn('C-AUD');
    expect(canDecide(leader.ability, pending(audit.scopePath, other, admin.accountId), leader.accountId)).toBe(true);
    // The central committee's tree holds the provinces.
    expect(canDecide(leader.ability, pending(qc.scopePath, other, admin.accountId), leader.accountId)).toBe(true);
    // Not a decided one, not their own proposal, not a membership of their own person.
    expect(canDecide(leader.ability, { ...pending(audit.scopePath, other, admin.accountId), status: 'APPROVED' }, leader.accountId)).toBe(
      false,
    );
    expect(canDecide(leader.ability, pending(audit.scopePath, other, leader.accountId), leader.accountId)).toBe(false);
    expect(canDecide(leader.ability, pending(audit.scopePath, leader.personId, admin.accountId), leader.accountId)).toBe(false);
    // A role the approver does not approve (the roster roles are given at once).
    expect(canDecide(leader.ability, { ...pending(audit.scopePath, other, admin.accountId), role: 'ROSTER_ADMIN' }, leader.accountId)).toBe(
      false,
    );
    // Until the console knows who is signed in, nobody decides.
    expect(isDecidableBy(pending(audit.scopePath, other, admin.accountId), undefined)).toBe(false);
  });

  it('never the roster administrator who proposes, nor someone outside the tree', async () => {
    const admin = await me('admin');
    const [audit] = await server.db.query("SELECT scopePath FROM body WHERE code = 'C-AUD'");
    expect(canDecide(admin.ability, pending(audit.scopePath, await personIn('C-AUD'), null), admin.accountId)).toBe(false);
    expect(canAccess(admin.ability, { action: 'approve', resource: 'memberships' })).toBe(false);
    const analyst = await me('analyst');
    expect(canDecide(analyst.ability, pending(audit.scopePath, await personIn('C-AUD'), admin.accountId), analyst.accountId)).toBe(false);
  });
});

describe("a roster administrator's own records", () => {
  it('offer no edit, end or password reset, while others in its scope do', async () => {
    const qcAdmin = await me('qc.admin');
    const token = await server.tokenFor('qc.admin');
    const res = await server.gql(
      'query($p: Int!) { own: memberships(filter: { personId: $p }) { items { id personId role status bodyPath endedAt } } all: memberships(page: { take: 100 }) { items { id personId role status bodyPath endedAt } } }',
      { p: qcAdmin.personId },
      token,
    );
    const own = res.data.own.items;
    expect(own.length).toBeGreaterThan(0);
    for (const record of own) {
      expect(canAccess(qcAdmin.ability, { action: 'edit', resource: 'memberships', record })).toBe(false);
      expect(canAccess(qcAdmin.ability, { action: 'delete', resource: 'memberships', record })).toBe(false);
    }
    const others = res.data.all.items.filter((m: { personId: number }) => m.personId !== qcAdmin.personId);
    expect(
      others.some((record: Record<string, unknown>) => canAccess(qcAdmin.ability, { action: 'edit', resource: 'memberships', record })),
    ).toBe(true);

    const accounts = await server.gql('{ accounts(page: { take: 100 }) { items { id personId person { employerPath } } } }', {}, token);
    const ownAccount = accounts.data.accounts.items.find((a: { personId: number }) => a.personId === qcAdmin.personId);
    for (const action of ['edit', 'delete', 'reset']) {
      expect(canAccess(qcAdmin.ability, { action, resource: 'accounts', record: ownAccount })).toBe(false);
    }
    const otherAccount = accounts.data.accounts.items.find((a: { personId: number }) => a.personId !== qcAdmin.personId);
    expect(canAccess(qcAdmin.ability, { action: 'edit', resource: 'accounts', record: otherAccount })).toBe(true);
    expect(canAccess(qcAdmin.ability, { action: 'reset', resource: 'accounts', record: otherAccount })).toBe(true);
  });

  it('a refused or ended membership offers no edit', () => {
    expect(isEditable({ status: 'PENDING', endedAt: null })).toBe(true);
    expect(isEditable({ status: 'APPROVED', endedAt: null })).toBe(true);
    expect(isEditable({ status: 'REFUSED', endedAt: null })).toBe(false);
    expect(isEditable({ status: 'APPROVED', endedAt: '2026-05-01T10:00:00.000Z' })).toBe(false);
  });
});

describe('the data provider', () => {
  it('proposes, lists what waits for the approver, refuses only with a reason and approves', async () => {
    const admin = await providerOf('admin');
    const leader = await providerOf('lg.leader');
    const personId = await personIn('C-AUD');
    const { data: proposed } = await admin.create('memberships', {
      data: { personId, bodyId: await bodyIdByCode(server, 'C-AUD'), role: 'ANALYST', since: '2026-01-01' },
    });
    expect(proposed).toMatchObject({ status: 'PENDING', decidedByAccountId: null, decisionNote: '', endedAt: null });
    expect(proposed.proposedByAccountId).toBe((await me('admin')).accountId);
    expect(proposed.person).toMatchObject({ id: personId });

    const waiting = await leader.getList('memberships', {
      filter: AWAITING_MY_DECISION,
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'createdAt', order: 'ASC' },
    });
    expect(waiting.data.map((m) => m.id)).toContain(proposed.id);
    const adminWaiting = await admin.getList('memberships', {
      filter: AWAITING_MY_DECISION,
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'createdAt', order: 'ASC' },
    });
    expect(adminWaiting.data).toEqual([]);
    const pendingOnly = await admin.getList('memberships', {
      filter: { statuses: ['PENDING'] },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'since', order: 'DESC' },
    });
    expect(pendingOnly.data.every((m) => m.status === 'PENDING')).toBe(true);
    expect(pendingOnly.data.map((m) => m.id)).toContain(proposed.id);

    const noReason = (await leader
      .run('refuseMembership', { id: proposed.id, version: proposed.version, note: '' })
      .catch((e: unknown) => e)) as ApiError;
    expect(noReason.status).toBe(400);
    expect(noReason.body.field).toBe('note');

    const byAdmin = (await admin
      .run('approveMembership', { id: proposed.id, version: proposed.version })
      .catch((e: unknown) => e)) as ApiError;
    expect(byAdmin.status).toBe(403);

    const { data: approved } = await leader.run('approveMembership', { id: proposed.id, version: proposed.version, note: '同意' });
    expect(approved).toMatchObject({
      id: proposed.id,
      status: 'APPROVED',
      decisionNote: '同意',
      decidedByAccountId: (await me('lg.leader')).accountId,
    });
    expect(approved.decidedAt).toEqual(expect.any(String));
  });

  it('carries the rule a refusal names, for the console to say in its own words', async () => {
    const admin = await providerOf('admin');
    const self = await me('admin');
    const error = (await admin
      .create('memberships', {
        data: { personId: self.personId, bodyId: await bodyIdByCode(server, 'C-AUD'), role: 'STAFF', since: '2026-01-01' },
      })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(403);
    expect(error.body.rule).toBe('no-self-dealing');
    expect(ruleMessageKey(error.body.rule)).toBe('app.governance.no-self-dealing');
  });
});
