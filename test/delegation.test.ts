/**
 * Authority over authority: nobody widens their own reach, a role that reads inspection records
 * needs a second person's approval, and nobody takes over an account holding a role they could not
 * give. Each case is tried the way an insider would try it, over HTTP on the demo data.
 */
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { today } from '../server/modules/common/calendar';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PASSWORD = 'demo-password-2026';
const RANK = 'DEPUTY_BUREAU';

async function as(login: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return server.gql(query, variables, await server.tokenFor(login));
}

const mutation = (name: string, inputType: string, fields = 'id version') =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`;
const MEMBERSHIP_FIELDS =
  'id version status role personId bodyId proposedByAccountId decidedByAccountId decidedAt decisionNote until endedAt';
const propose = (login: string, input: object) =>
  as(login, mutation('createMembership', 'CreateMembershipInput', MEMBERSHIP_FIELDS), { input });
const approve = (login: string, input: object) =>
  as(login, mutation('approveMembership', 'DecideMembershipInput', MEMBERSHIP_FIELDS), { input });
const refuse = (login: string, input: object) =>
  as(login, mutation('refuseMembership', 'DecideMembershipInput', MEMBERSHIP_FIELDS), { input });

async function signIn(login: string, password = PASSWORD): Promise<string | null> {
  const res = await server.gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { login, password },
  });
  return res.data?.login.token ?? null;
}

const personOf = async (login: string) =>
  Number((await server.db.query('SELECT personId FROM account WHERE login = ?', [login]))[0].personId);
const accountOf = async (login: string) => Number((await server.db.query('SELECT id FROM account WHERE login = ?', [login]))[0].id);
const auditCount = async () => Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);
const totalOf = async (token: string, list: string) => (await server.gql(`{ ${list} { totalCount } }`, {}, token)).data?.[list].totalCount;

/** A person with no role anywhere, employed under `bodyCode`, for a test of its own. */
async function newPerson(bodyCode: string, name: string): Promise<number> {
  const body = await bodyIdByCode(server, bodyCode);
  const res = await as('admin', mutation('createPerson', 'CreatePersonInput'), {
    input: { name, employerId: body, managedById: body, position: '干部', rank: RANK },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createPerson.id;
}

describe('a roster administrator cannot give itself inspection records', () => {
  it('refuses a membership for its own person, naming the rule, and nothing changes', async () => {
    const token = await server.tokenFor('qc.admin');
    expect(await totalOf(token, 'findings')).toBe(0);
    const before = await auditCount();
    const res = await propose('qc.admin', {
      personId: await personOf('qc.admin'),
      bodyId: await bodyIdByCode(server, 'P-QC'),
      role: 'ANALYST',
      since: '2020-01-01',
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('no-self-dealing');
    expect(res.errors![0].message).toMatch(/own person/);
    expect(await auditCount()).toBe(before);
    expect(await totalOf(token, 'findings')).toBe(0);
    expect(await totalOf(token, 'intakeItems')).toBe(0);
  });

  it('cannot change, end or widen its own roster membership either', async () => {
    const mine = (await as('qc.admin', `{ memberships(filter: { personId: ${await personOf('qc.admin')} }) { items { id version } } }`))
      .data.memberships.items[0];
    const update = await as('qc.admin', mutation('updateMembership', 'UpdateMembershipInput'), { input: { ...mine, since: '2000-01-01' } });
    expect(codes(update)).toEqual(['FORBIDDEN']);
    const end = await as('qc.admin', mutation('endMembership', 'RetireInput'), { input: mine });
    expect(codes(end)).toEqual(['FORBIDDEN']);
    expect(end.errors![0].extensions!.rule).toBe('no-self-dealing');
  });

  it('cannot reset the password of an analyst and sign in as that analyst', async () => {
    const before = await auditCount();
    const analyst = await accountOf('qc.analyst');
    const [{ version }] = await server.db.query('SELECT version FROM account WHERE id = ?', [analyst]);
    const res = await as('qc.admin', mutation('resetPassword', 'ResetPasswordInput'), {
      input: { id: analyst, version: Number(version), password: 'taken-over-password' },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('grantable-roles-only');
    expect(await signIn('qc.analyst', 'taken-over-password')).toBeNull();
    expect(await signIn('qc.analyst')).not.toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it('cannot create an account, pool entry or relative for its own person, nor deactivate its own account', async () => {
    const self = await personOf('qc.admin');
    const account = await as('qc.admin', mutation('createAccount', 'CreateAccountInput'), {
      input: { login: 'qc.admin.two', password: 'a-long-password', personId: self },
    });
    expect(codes(account)).toEqual(['FORBIDDEN']);
    const pool = await as('qc.admin', mutation('createPoolEntry', 'CreatePoolEntryInput'), {
      input: { personId: self, leadingGroupId: await bodyIdByCode(server, 'P-QC-LG'), since: today() },
    });
    expect(codes(pool)).toEqual(['FORBIDDEN']);
    const [{ version }] = await server.db.query('SELECT version FROM account WHERE login = ?', ['qc.admin']);
    const off = await as('qc.admin', mutation('deactivateAccount', 'RetireInput'), {
      input: { id: await accountOf('qc.admin'), version: Number(version) },
    });
    expect(codes(off)).toEqual(['FORBIDDEN']);
  });

  it('may still reset the password of someone holding only roles it gives, which then must be changed', async () => {
    const person = await newPerson('P-QC', '石永安');
    const staff = await propose('qc.admin', {
      personId: person,
      bodyId: await bodyIdByCode(server, 'P-QC'),
      role: 'STAFF',
      since: '2024-01-01',
    });
    expect(staff.data.createMembership.status).toBe('APPROVED');
    const created = await as('qc.admin', mutation('createAccount', 'CreateAccountInput', 'id version mustChangePassword'), {
      input: { login: 'shi.yongan', password: 'first-password-1', personId: person },
    });
    expect(created.data.createAccount.mustChangePassword).toBe(true);
    const reset = await as('qc.admin', mutation('resetPassword', 'ResetPasswordInput', 'id mustChangePassword'), {
      input: { id: created.data.createAccount.id, version: created.data.createAccount.version, password: 'second-password-2' },
    });
    expect(reset.errors).toBeUndefined();
    expect(reset.data.resetPassword.mustChangePassword).toBe(true);
  });
});

describe('a role that reads inspection records is proposed, then approved by a second person', () => {
  it('grants nothing while pending or refused, and takes effect at once when approved', async () => {
    const person = await newPerson('P-QC', '冯启明');
    const created = await as('admin', mutation('createAccount', 'CreateAccountInput'), {
      input: { login: 'feng.qiming', password: 'feng-password-1', personId: person },
    });
    expect(created.errors).toBeUndefined();
    const token = (await signIn('feng.qiming', 'feng-password-1'))!;
    // The account must choose its own password first; it does so and then reads as itself.
    const changed = await server.gql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }',
      {
        input: { currentPassword: 'feng-password-1', newPassword: 'feng-password-2' },
      },
      token,
    );
    expect(changed.errors).toBeUndefined();
    const own = (await signIn('feng.qiming', 'feng-password-2'))!;

    const before = await auditCount();
    const proposal = (
      await propose('qc.admin', { personId: person, bodyId: await bodyIdByCode(server, 'P-QC'), role: 'ANALYST', since: '2024-01-01' })
    ).data.createMembership;
    expect(proposal.status).toBe('PENDING');
    expect(proposal.proposedByAccountId).toBe(await accountOf('qc.admin'));
    expect(await totalOf(own, 'findings')).toBe(0);
    expect((await server.gql('{ me { roles { role } } }', {}, own)).data.me.roles).toEqual([]);

    // Neither the proposer, nor the person, nor someone without the approver's role may decide it.
    for (const login of ['qc.admin', 'admin', 'office', 'lg.member', 'analyst']) {
      expect(codes(await approve(login, { id: proposal.id, version: proposal.version }))).toEqual([
        expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
      ]);
    }
    const byHolder = await server.gql(
      mutation('approveMembership', 'DecideMembershipInput'),
      { input: { id: proposal.id, version: proposal.version } },
      own,
    );
    expect(codes(byHolder)).toEqual([expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
    const approved = (await approve('lg.leader', { id: proposal.id, version: proposal.version, note: '经领导小组研究同意' })).data
      .approveMembership;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedByAccountId: await accountOf('lg.leader'),
      decisionNote: '经领导小组研究同意',
    });
    expect(await totalOf(own, 'findings')).toBeGreaterThan(0);

    const trail = await server.db.query(
      'SELECT action FROM audit_entry WHERE id > (SELECT MAX(id) - 10 FROM audit_entry) AND subject = ? AND recordId = ? ORDER BY id',
      ['Membership', proposal.id],
    );
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['propose', 'approve']);
    expect(await auditCount()).toBe(before + 2);
  });

  it('a refusal needs a reason, is final, and is audited', async () => {
    const person = await newPerson('P-QC', '韩书涵');
    const proposal = (
      await propose('admin', { personId: person, bodyId: await bodyIdByCode(server, 'P-QC-T1'), role: 'TEAM_MEMBER', since: today() })
    ).data.createMembership;
    const noReason = await refuse('lg.leader', { id: proposal.id, version: proposal.version });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0].extensions!.field).toBe('note');
    const refused = (await refuse('lg.leader', { id: proposal.id, version: proposal.version, note: '不符合选配条件' })).data
      .refuseMembership;
    expect(refused.status).toBe('REFUSED');
    expect(codes(await approve('lg.leader', { id: refused.id, version: refused.version }))).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await as('admin', mutation('updateMembership', 'UpdateMembershipInput'), {
          input: { id: refused.id, version: refused.version, since: '2020-01-01' },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const [last] = await server.db.query('SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1');
    expect(last.action).toBe('refuse');
  });

  it('nobody approves their own proposal, even holding both roles', async () => {
    // The leading-group leader is also made a roster administrator (a roster role: in force at once).
    const both = await propose('admin', {
      personId: await personOf('lg.leader'),
      bodyId: await bodyIdByCode(server, 'P-YL'),
      role: 'ROSTER_ADMIN',
      since: '2024-01-01',
    });
    expect(both.data.createMembership.status).toBe('APPROVED');
    const person = await newPerson('P-YL', '任嘉禾');
    const proposal = (
      await propose('lg.leader', { personId: person, bodyId: await bodyIdByCode(server, 'P-YL'), role: 'ANALYST', since: '2024-01-01' })
    ).data.createMembership;
    expect(proposal.status).toBe('PENDING');
    const own = await approve('lg.leader', { id: proposal.id, version: proposal.version });
    expect(codes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0].extensions!.rule).toBe('second-person');
    const queue = (
      await as('lg.leader', '{ memberships(filter: { awaitingMyDecision: true }) { items { id } } }')
    ).data.memberships.items.map((m: { id: number }) => m.id);
    expect(queue).not.toContain(proposal.id);
  });

  it('nobody approves a proposal they changed, nor one proposed under another account of their own person', async () => {
    // lg.leader is a roster administrator of Yunling too (made so in the test before).
    const person = await newPerson('P-YL', '葛长青');
    const byAdmin = (
      await propose('admin', { personId: person, bodyId: await bodyIdByCode(server, 'P-YL'), role: 'ANALYST', since: '2024-01-01' })
    ).data.createMembership;
    const reshaped = await as('lg.leader', mutation('updateMembership', 'UpdateMembershipInput'), {
      input: { id: byAdmin.id, version: byAdmin.version, since: '2024-06-01' },
    });
    expect(reshaped.errors).toBeUndefined();
    const res = await approve('lg.leader', reshaped.data.updateMembership);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('second-person');
    const queue = (
      await as('lg.leader', '{ memberships(filter: { awaitingMyDecision: true }) { items { id } } }')
    ).data.memberships.items.map((m: { id: number }) => m.id);
    expect(queue).not.toContain(byAdmin.id);

    // A second account of the leader's own person proposes; the leader still may not decide it.
    const [leader] = await server.db.query("SELECT personId FROM account WHERE login = 'lg.leader'");
    await server.db.query(
      "INSERT INTO account (version, createdAt, updatedAt, login, passwordHash, personId, active, failedLogins, mustChangePassword, scopePath) SELECT 1, createdAt, updatedAt, 'lg.leader.two', passwordHash, personId, 1, 0, 0, scopePath FROM account WHERE login = 'lg.leader'",
    );
    const other = await newPerson('P-YL', '葛长明');
    const second = (
      await propose('lg.leader.two', { personId: other, bodyId: await bodyIdByCode(server, 'P-YL'), role: 'ANALYST', since: '2024-01-01' })
    ).data.createMembership;
    expect(Number(leader.personId)).toBe(await personOf('lg.leader.two'));
    const twice = await approve('lg.leader', { id: second.id, version: second.version });
    expect(codes(twice)).toEqual(['FORBIDDEN']);
    expect(twice.errors![0].extensions!.rule).toBe('second-person');
  });

  it('a proposal reshaped into a roster role is in force at once, as if created so', async () => {
    const person = await newPerson('P-QC', '程立言');
    const proposal = (
      await propose('qc.admin', { personId: person, bodyId: await bodyIdByCode(server, 'P-QC'), role: 'ANALYST', since: '2024-01-01' })
    ).data.createMembership;
    const staff = await as('qc.admin', mutation('updateMembership', 'UpdateMembershipInput', 'id status role'), {
      input: { id: proposal.id, version: proposal.version, role: 'STAFF' },
    });
    expect(staff.data.updateMembership).toMatchObject({ status: 'APPROVED', role: 'STAFF' });
  });

  it('an approver cannot approve a proposal for itself', async () => {
    const proposal = (
      await propose('admin', {
        personId: await personOf('lg.leader'),
        bodyId: await bodyIdByCode(server, 'P-DL'),
        role: 'ANALYST',
        since: '2024-01-01',
      })
    ).data.createMembership;
    const res = await approve('lg.leader', { id: proposal.id, version: proposal.version });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('no-self-dealing');
    const [row] = await server.db.query('SELECT status FROM membership WHERE id = ?', [proposal.id]);
    expect(row.status).toBe('PENDING');
  });

  it("the demo has proposals waiting in the central leading-group leader's queue, and none in a province leader's", async () => {
    const queue = (
      await as(
        'lg.leader',
        '{ memberships(filter: { awaitingMyDecision: true }) { items { id status role proposer { name } decider { name } } } }',
      )
    ).data.memberships.items;
    expect(queue.length).toBeGreaterThanOrEqual(2);
    // The approver is told who proposed each, though it may not read their accounts.
    expect(queue.every((m: { proposer: { name: string } | null }) => m.proposer?.name)).toBe(true);
    expect(queue.every((m: { decider: unknown }) => m.decider === null)).toBe(true);
    expect(queue.every((m: { status: string }) => m.status === 'PENDING')).toBe(true);
    expect(
      (await as('lg.member', '{ memberships(filter: { awaitingMyDecision: true }) { items { id } } }')).data.memberships.items,
    ).toEqual([]);
    expect((await as('qc.admin', '{ memberships(filter: { awaitingMyDecision: true }) { items { id } } }')).data.memberships.items).toEqual(
      [],
    );
  });

  it('a roster administrator cannot make a committee leader or a leading-group leader in force either', async () => {
    const person = await newPerson('P-QC', '陶然');
    for (const [role, code] of [
      ['COMMITTEE_LEADER', 'P-QC'],
      ['LEADING_GROUP_LEADER', 'P-QC-LG'],
      ['OFFICE_COORDINATOR', 'P-QC-LG-OFF'],
      ['LIAISON', 'P-QC-GOV'],
    ] as const) {
      const res = await propose('qc.admin', { personId: person, bodyId: await bodyIdByCode(server, code), role, since: '2024-01-01' });
      expect(res.errors).toBeUndefined();
      expect(res.data.createMembership.status).toBe('PENDING');
    }
    const held = await server.db.query("SELECT COUNT(*) AS n FROM membership WHERE personId = ? AND status = 'APPROVED'", [person]);
    expect(Number(held[0].n)).toBe(0);
  });

  it('an approved role can only be narrowed without a new approval', async () => {
    const analyst = (
      await as('admin', `{ memberships(filter: { personId: ${await personOf('qc.analyst')} }) { items { id version since until role } } }`)
    ).data.memberships.items[0];
    const later = await as('admin', mutation('updateMembership', 'UpdateMembershipInput'), {
      input: { id: analyst.id, version: analyst.version, since: '2000-01-01' },
    });
    expect(codes(later)).toEqual(['BAD_USER_INPUT']);
    expect(later.errors![0].extensions!.field).toBe('since');
    const role = await as('admin', mutation('updateMembership', 'UpdateMembershipInput'), {
      input: { id: analyst.id, version: analyst.version, role: 'STAFF' },
    });
    expect(codes(role)).toEqual(['BAD_USER_INPUT']);
    const shorter = await as('admin', mutation('updateMembership', 'UpdateMembershipInput', 'id until'), {
      input: { id: analyst.id, version: analyst.version, until: '2099-12-31' },
    });
    expect(shorter.data.updateMembership.until).toBe('2099-12-31');
  });
});

describe('staffing and appointments', () => {
  const STAFF = mutation('staffAssignment', 'StaffAssignmentInput');

  it('the office cannot staff itself onto an inspection and read informant identities', async () => {
    const [open] = await server.db.query(
      "SELECT a.id FROM assignment a JOIN intake_item i ON i.assignmentId = a.id JOIN intake_informant n ON n.intakeItemId = i.id WHERE a.stage = 'INQUIRY' ORDER BY a.id LIMIT 1",
    );
    const READ = `{ intakeItems(filter: { assignmentId: ${open.id} }) { items { informant { name contact } } } }`;
    const before = (await as('office', READ)).data.intakeItems.items;
    expect(before.every((i: { informant: unknown }) => i.informant === null)).toBe(true);
    const res = await as('office', STAFF, { input: { assignmentId: Number(open.id), personId: await personOf('office') } });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('no-self-dealing');
    const after = (await as('office', READ)).data.intakeItems.items;
    expect(after.every((i: { informant: unknown }) => i.informant === null)).toBe(true);
  });

  it('staffs only current members of the assigned team', async () => {
    const [open] = await server.db.query("SELECT id, teamId FROM assignment WHERE stage = 'PREPARATION' ORDER BY id LIMIT 1");
    const outsider = await newPerson('C-CDI', '郑远帆');
    const res = await as('office', STAFF, { input: { assignmentId: Number(open.id), personId: outsider } });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('team-roster-only');
    // A pending team membership is not membership yet.
    const proposal = (await propose('admin', { personId: outsider, bodyId: Number(open.teamId), role: 'TEAM_MEMBER', since: today() })).data
      .createMembership;
    expect(codes(await as('office', STAFF, { input: { assignmentId: Number(open.id), personId: outsider } }))).toEqual(['FORBIDDEN']);
    await approve('lg.leader', { id: proposal.id, version: proposal.version });
    const staffed = await as('office', STAFF, { input: { assignmentId: Number(open.id), personId: outsider } });
    expect(staffed.errors).toBeUndefined();
  });

  it("offers the office the team's current members to staff, through the memberships it may read", async () => {
    const team = await bodyIdByCode(server, 'C-T01');
    const QUERY = `{ people(filter: { memberOf: ${team}, memberRoles: [TEAM_MEMBER] }, page: { take: 100 }) { items { id } } }`;
    const offered = (await as('office', QUERY)).data.people.items.map((p: { id: number }) => p.id);
    const members = await server.db.query(
      "SELECT DISTINCT personId FROM membership WHERE bodyId = ? AND role = 'TEAM_MEMBER' AND status = 'APPROVED' AND endedAt IS NULL AND since <= ? AND (until IS NULL OR until >= ?)",
      [team, today(), today()],
    );
    expect(offered.sort()).toEqual(members.map((m: { personId: unknown }) => Number(m.personId)).sort());
    expect(offered).toContain(await personOf('team1'));
    // The office reads the people of the whole jurisdiction but the memberships of its own leading
    // group only: asking who holds a role elsewhere tells it nothing.
    const liaisonBody = await bodyIdByCode(server, 'P-QC-GOV');
    const liaison = await personOf('liaison');
    expect((await as('office', `{ person(id: ${liaison}) { id } }`)).data.person.id).toBe(liaison);
    expect((await as('office', `{ people(filter: { memberOf: ${liaisonBody} }) { items { id } } }`)).data.people.items).toEqual([]);
    expect(
      (await as('admin', `{ people(filter: { memberOf: ${liaisonBody} }) { items { id } } }`)).data.people.items.map(
        (p: { id: number }) => p.id,
      ),
    ).toContain(liaison);
  });

  it('a leading-group leader in the pool cannot appoint itself', async () => {
    const [open] = await server.db.query(
      "SELECT a.id FROM assignment a JOIN round r ON r.id = a.roundId JOIN body lg ON lg.id = r.leadingGroupId WHERE lg.code = 'C-LG' AND a.stage = 'PREPARATION' AND NOT EXISTS (SELECT 1 FROM leader_grant g WHERE g.assignmentId = a.id) ORDER BY a.id LIMIT 1",
    );
    const entry = await as('admin', mutation('createPoolEntry', 'CreatePoolEntryInput', 'id'), {
      input: { personId: await personOf('lg.leader'), leadingGroupId: await bodyIdByCode(server, 'C-LG'), since: '2024-01-01' },
    });
    expect(entry.errors).toBeUndefined();
    const res = await as('lg.leader', mutation('appointLeader', 'AppointLeaderInput'), {
      input: { assignmentId: Number(open.id), poolEntryId: entry.data.createPoolEntry.id, validFrom: today(), validUntil: '2099-12-31' },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rule).toBe('no-self-dealing');
  });
});

describe('ending a membership now', () => {
  it('ends its role at the next request, not at midnight, and the holder must sign in again', async () => {
    const token = (await signIn('qc.analyst'))!;
    expect(await totalOf(token, 'findings')).toBeGreaterThan(0);
    const analyst = (
      await as('admin', `{ memberships(filter: { personId: ${await personOf('qc.analyst')}, roles: [ANALYST] }) { items { id version } } }`)
    ).data.memberships.items[0];
    const ended = await as('admin', mutation('endMembership', 'RetireInput', 'id until endedAt'), { input: analyst });
    expect(ended.data.endMembership.until).toBe(today());
    expect(ended.data.endMembership.endedAt).not.toBeNull();
    expect(codes(await server.gql('{ findings { totalCount } }', {}, token))).toEqual(['UNAUTHENTICATED']);
    const again = (await signIn('qc.analyst'))!;
    expect(await totalOf(again, 'findings')).toBe(0);
    expect((await server.gql('{ me { roles { role } } }', {}, again)).data.me.roles).toEqual([]);
  });
});
