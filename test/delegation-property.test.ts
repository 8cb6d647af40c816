/**
 * A property over random sequences of writes by the people who change rosters and staffing without
 * approving anything (roster administrators, the office, team members): whatever they do, in any
 * order, no account ends up holding a role it did not hold unless someone other than its own person
 * gave it, no role that needs approval takes effect without one, nobody widens their own reach, and
 * nobody sets the password of an account holding a role they could not give.
 */
import fc from 'fast-check';
import { loadAuthorities } from '../server/modules/account/caller.loader';
import { APPROVAL_REQUIRED } from '../server/permissions/delegation';
import type { Authority } from '../server/permissions/caller';
import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

let server: TestServer;
const ACTORS = ['admin', 'qc.admin', 'yl.admin', 'office', 'team1', 'qc.team'] as const;
type Actor = (typeof ACTORS)[number];
const ROLES = ['STAFF', 'ROSTER_ADMIN', ...APPROVAL_REQUIRED] as const;
const BODY_CODES = ['C', 'C-LG', 'C-LG-OFF', 'C-T01', 'P-QC', 'P-QC-LG', 'P-QC-T1', 'P-QC-GOV', 'P-YL', 'P-YL-T1', 'C-CDI'];
/** Bodies each role can be held in (of those above), so that most proposals are well-formed. */
const FITS: Record<(typeof ROLES)[number], string[]> = {
  STAFF: BODY_CODES,
  ROSTER_ADMIN: BODY_CODES,
  ANALYST: BODY_CODES,
  COMMITTEE_LEADER: ['C', 'P-QC', 'P-YL'],
  LEADING_GROUP_LEADER: ['C-LG', 'P-QC-LG'],
  LEADING_GROUP_MEMBER: ['C-LG', 'P-QC-LG'],
  OFFICE_COORDINATOR: ['C-LG-OFF'],
  TEAM_MEMBER: ['C-T01', 'P-QC-T1', 'P-YL-T1'],
  LIAISON: ['P-QC-GOV'],
  RECEIVING_MEMBER: ['C-CDI'],
};
/** The people the writes may aim at: the actors themselves, the demo's role holders, and a few with no role. */
const LOGIN_PEOPLE = [...ACTORS, 'analyst', 'qc.analyst', 'leader', 'lg.leader', 'staff', 'teamlead', 'liaison', 'receiver'];

let bodies: number[] = [];
let people: number[] = [];
const personOfActor = new Map<Actor, number>();

beforeAll(async () => {
  server = await startTestServer();
  bodies = await Promise.all(BODY_CODES.map((code) => bodyIdByCode(server, code)));
  for (const login of LOGIN_PEOPLE) {
    const [row] = await server.db.query('SELECT personId FROM account WHERE login = ?', [login]);
    people.push(Number(row.personId));
    if ((ACTORS as readonly string[]).includes(login)) personOfActor.set(login as Actor, Number(row.personId));
  }
  const roleless = await server.db.query(
    'SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.personId = p.id) ORDER BY p.id LIMIT 4',
  );
  people = [...people, ...roleless.map((r: { id: unknown }) => Number(r.id))];
}, 60_000);
afterAll(() => server.close());

type Command =
  | { kind: 'createMembership'; actor: Actor; person: number; body: number; role: (typeof ROLES)[number] }
  | { kind: 'updateMembership'; actor: Actor; pick: number; change: 'role' | 'since' | 'until'; role: (typeof ROLES)[number] }
  | { kind: 'endMembership'; actor: Actor; pick: number }
  | { kind: 'createAccount'; actor: Actor; person: number }
  | { kind: 'resetPassword'; actor: Actor; pick: number }
  | { kind: 'reactivate'; actor: Actor; pick: number }
  | { kind: 'staff'; actor: Actor; pick: number; person: number }
  | { kind: 'poolEntry'; actor: Actor; person: number };

const actor = fc.constantFrom(...ACTORS);
// Often one of the actors themselves (the first entries of `people`), the target an insider would try.
const person = fc.oneof(fc.nat({ max: ACTORS.length - 1 }), fc.nat({ max: 1000 }));
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('createMembership' as const),
      actor,
      person,
      body: fc.nat({ max: 100 }),
      role: fc.constantFrom(...ROLES),
    }),
    weight: 4,
  },
  fc.record({
    kind: fc.constant('updateMembership' as const),
    actor,
    pick: fc.nat(),
    change: fc.constantFrom('role' as const, 'since' as const, 'until' as const),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({ kind: fc.constant('endMembership' as const), actor, pick: fc.nat() }),
  fc.record({ kind: fc.constant('createAccount' as const), actor, person }),
  fc.record({ kind: fc.constant('resetPassword' as const), actor, pick: fc.nat() }),
  fc.record({ kind: fc.constant('reactivate' as const), actor, pick: fc.nat() }),
  fc.record({ kind: fc.constant('staff' as const), actor, pick: fc.nat(), person }),
  fc.record({ kind: fc.constant('poolEntry' as const), actor, person }),
);

const keyOf = (a: Authority) => `${a.source}:${a.role}@${a.bodyId}#${a.assignmentId ?? ''}`;
let counter = 0;

async function mutate(login: string, name: string, inputType: string, input: object, fields = 'id version') {
  return server.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, await server.tokenFor(login));
}

async function row(sql: string, pick: number, params: unknown[] = []): Promise<Record<string, unknown> | null> {
  const rows = await server.db.query(sql, params);
  return rows.length ? rows[pick % rows.length] : null;
}

async function authoritiesByPerson(): Promise<Map<number, Map<string, Authority>>> {
  const result = new Map<number, Map<string, Authority>>();
  const everyone = await server.db.query('SELECT DISTINCT personId FROM account');
  for (const { personId } of everyone) {
    result.set(Number(personId), new Map((await loadAuthorities(server.db, Number(personId))).map((a) => [keyOf(a), a])));
  }
  return result;
}

const AUDITED_AS: Record<Authority['source'], string> = { membership: 'Membership', staffing: 'AssignmentMember', grant: 'LeaderGrant' };

/** Runs one command; returns who may now sign in as whom (a password the actor chose). */
async function run(c: Command, violations: string[]): Promise<void> {
  const personId = people[('person' in c ? c.person : 0) % people.length];
  switch (c.kind) {
    case 'createMembership':
      await mutate(c.actor, 'createMembership', 'CreateMembershipInput', {
        personId,
        bodyId: bodies[BODY_CODES.indexOf(FITS[c.role][c.body % FITS[c.role].length])],
        role: c.role,
        since: '2024-01-01',
      });
      return;
    case 'updateMembership': {
      const m = await row("SELECT id, version FROM membership WHERE endedAt IS NULL AND status <> 'REFUSED' ORDER BY id", c.pick);
      if (!m) return;
      const change = c.change === 'role' ? { role: c.role } : c.change === 'since' ? { since: '2000-01-01' } : { until: null };
      await mutate(c.actor, 'updateMembership', 'UpdateMembershipInput', { id: Number(m.id), version: Number(m.version), ...change });
      return;
    }
    case 'endMembership': {
      const m = await row('SELECT id, version FROM membership WHERE endedAt IS NULL ORDER BY id', c.pick);
      if (m) await mutate(c.actor, 'endMembership', 'RetireInput', { id: Number(m.id), version: Number(m.version) });
      return;
    }
    case 'createAccount':
    case 'resetPassword': {
      const password = `chosen-by-${c.actor}-${++counter}`;
      let account: Record<string, unknown> | null;
      let res;
      if (c.kind === 'createAccount') {
        res = await mutate(
          c.actor,
          'createAccount',
          'CreateAccountInput',
          { login: `prop.${process.pid}.${counter}`, password, personId },
          'id personId',
        );
        account = res.data?.createAccount ?? null;
      } else {
        account = await row('SELECT id, version, personId FROM account ORDER BY id', c.pick);
        if (!account) return;
        res = await mutate(
          c.actor,
          'resetPassword',
          'ResetPasswordInput',
          { id: Number(account.id), version: Number(account.version), password },
          'id personId',
        );
      }
      if (res.errors || !account) return;
      // The actor now knows a password of this account: everything it holds must be the actor's to give.
      const held = await loadAuthorities(server.db, Number(account.personId));
      const reaching = held.filter((a) => a.role !== 'STAFF' && !(a.source === 'membership' && a.role === 'ROSTER_ADMIN'));
      if (reaching.length)
        violations.push(`${c.actor} set the password of account ${String(account.id)} holding ${reaching.map(keyOf).join(', ')}`);
      if (Number(account.personId) === personOfActor.get(c.actor)) violations.push(`${c.actor} set a password of its own person`);
      return;
    }
    case 'reactivate': {
      const a = await row('SELECT id, version FROM account WHERE active = 0 ORDER BY id', c.pick);
      if (a) await mutate(c.actor, 'updateAccount', 'UpdateAccountInput', { id: Number(a.id), version: Number(a.version), active: true });
      return;
    }
    case 'staff': {
      const x = await row("SELECT id FROM assignment WHERE stage <> 'CLOSED' ORDER BY id", c.pick);
      if (x)
        await mutate(c.actor, 'staffAssignment', 'StaffAssignmentInput', {
          assignmentId: Number(x.id),
          personId,
          recusalException: '经研究同意',
        });
      return;
    }
    case 'poolEntry': {
      const lg = bodies[BODY_CODES.indexOf(personId % 2 ? 'C-LG' : 'P-QC-LG')];
      await mutate(c.actor, 'createPoolEntry', 'CreatePoolEntryInput', { personId, leadingGroupId: lg, since: '2024-01-01' });
      return;
    }
  }
}

it('no sequence of writes without an approver widens anyone beyond what a second person gave', async () => {
  let runs = 0;
  let writes = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 6, maxLength: 16 }), async (commands) => {
      runs++;
      const before = await authoritiesByPerson();
      const auditBefore = Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);
      const violations: string[] = [];
      for (const c of commands) await run(c, violations);
      writes += Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n) - auditBefore;
      // No accepted write touched a record of the writer's own person, whatever it changed.
      const selfWrites = await server.db.query(
        "SELECT e.id, e.action, e.subject, a.personId AS writer, e.`before` AS b, e.`after` AS f FROM audit_entry e JOIN account a ON a.id = e.accountId WHERE e.id > ? AND e.subject IN ('Membership', 'Account', 'PoolEntry', 'PersonRelation', 'AssignmentMember', 'LeaderGrant')",
        [auditBefore],
      );
      for (const w of selfWrites) {
        const personIds = [w.b, w.f].filter(Boolean).map((json: string) => Number(JSON.parse(json).personId));
        if (personIds.includes(Number(w.writer)))
          violations.push(`audit entry ${w.id}: ${w.action} ${w.subject} of the writer's own person`);
      }
      const after = await authoritiesByPerson();
      for (const [personId, held] of after) {
        const had = before.get(personId) ?? new Map<string, Authority>();
        for (const [key, authority] of held) {
          if (had.has(key)) continue;
          // A role needing approval never appears without one: no approver acted in this sequence.
          if (authority.source === 'membership' && (APPROVAL_REQUIRED as readonly string[]).includes(authority.role)) {
            violations.push(`person ${personId} gained ${key} without approval`);
          }
          if (authority.source === 'grant') violations.push(`person ${personId} gained ${key}, which only the leading group gives`);
          // Whoever wrote the record that gives it was another person.
          const writers = await server.db.query(
            'SELECT a.personId FROM audit_entry e JOIN account a ON a.id = e.accountId WHERE e.subject = ? AND e.recordId = ? AND e.id > ?',
            [AUDITED_AS[authority.source], authority.sourceId, auditBefore],
          );
          if (writers.length === 0) violations.push(`person ${personId} gained ${key} with no write on record`);
          for (const w of writers) if (Number(w.personId) === personId) violations.push(`person ${personId} gave itself ${key}`);
        }
      }
      expect(violations).toEqual([]);
    }),
    { numRuns: 40, seed: 20261203, endOnFailure: true },
  );
  console.log(`delegation property: ${runs} sequences, ${writes} writes accepted`);
  expect(writes).toBeGreaterThan(0);
}, 600_000);
