/**
 * Many clients editing the same records at the same moment through the API, each sending the
 * version it read and, when refused with CONFLICT, reading again and retrying as a person would.
 * No success may be lost: the versions the successes produced follow each other without a gap or
 * a repeat, the record ends as the last success left it, and each success is in the audit trail
 * exactly once, on a chain that still verifies.
 */
import { verifyAuditChain } from '../server/modules/audit/audit.service';
import { codes, startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

jest.setTimeout(120_000);

const CLIENTS = 20;
const ROUNDS = 4;
const ATTEMPTS_PER_EDIT = 3;

/** One record under contention, the field the clients change, and how they read and write it. */
interface Target {
  label: string;
  login: string;
  subject: string;
  id: number;
  field: string;
  /** Whether each edit appends its marker to what it read (so the final text holds every success) or replaces it. */
  appends: boolean;
  read(token: string): Promise<{ version: number; value: string }>;
  write(token: string, version: number, value: string): Promise<{ version?: number; code?: string; message?: string }>;
}

interface Success {
  marker: string;
  readVersion: number;
  version: number;
  value: string;
}

interface Outcome {
  target: Target;
  startVersion: number;
  successes: Success[];
  conflicts: number;
  unexpected: string[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

function target(
  label: string,
  login: string,
  subject: string,
  id: number,
  field: string,
  appends: boolean,
  type: string,
  mutation: string,
  inputType: string,
): Target {
  const READ = `query($id: Int!) { ${type}(id: $id) { version ${field} } }`;
  const WRITE = `mutation($input: ${inputType}!) { ${mutation}(input: $input) { version ${field} } }`;
  return {
    label,
    login,
    subject,
    id,
    field,
    appends,
    async read(token) {
      const res = await server.gql(READ, { id }, token);
      if (!res.data?.[type]) throw new Error(`cannot read ${subject} ${id} as ${login}: ${JSON.stringify(res.errors)}`);
      return { version: res.data[type].version, value: res.data[type][field] };
    },
    async write(token, version, value) {
      const res = await server.gql(WRITE, { input: { id, version, [field]: value } }, token);
      if (res.data?.[mutation]) return { version: res.data[mutation].version };
      return { code: codes(res)[0] ?? `HTTP ${res.status}`, message: res.errors?.[0]?.message };
    },
  };
}

/** Every client edits the record at once, round after round. */
async function contend(t: Target): Promise<Outcome> {
  const token = await server.tokenFor(t.login);
  const outcome: Outcome = { target: t, startVersion: (await t.read(token)).version, successes: [], conflicts: 0, unexpected: [] };
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const marker = `[c${client}r${round}]`;
        for (let attempt = 0; attempt < ATTEMPTS_PER_EDIT; attempt++) {
          const read = await t.read(token);
          const value = t.appends ? `${read.value}${marker}` : `${t.label} ${marker}`;
          const written = await t.write(token, read.version, value);
          if (written.version !== undefined) {
            outcome.successes.push({ marker, readVersion: read.version, version: written.version, value });
            return;
          }
          if (written.code !== 'CONFLICT') {
            outcome.unexpected.push(`${marker}: ${written.code} ${written.message}`);
            return;
          }
          outcome.conflicts++;
        }
      }),
    );
  }
  return outcome;
}

interface AuditedChange {
  id: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

async function auditedChanges(t: Target, afterEntryId: number): Promise<AuditedChange[]> {
  const rows: Array<{ id: number; before: string; after: string }> = await server.db.query(
    "SELECT id, `before`, `after` FROM audit_entry WHERE subject = ? AND recordId = ? AND action = 'update' AND id > ? ORDER BY id",
    [t.subject, t.id, afterEntryId],
  );
  return rows.map((r) => ({ id: Number(r.id), before: JSON.parse(r.before), after: JSON.parse(r.after) }));
}

/**
 * Successes whose change did not survive: not in the audit trail as the change from the version it
 * read to the version it was told, or (for appended markers) missing from the final text.
 */
function lostUpdates(outcome: Outcome, changes: AuditedChange[], finalValue: string): Success[] {
  return outcome.successes.filter((s) => {
    const audited = changes.filter(
      (c) => c.after.version === s.version && c.before.version === s.readVersion && c.after[outcome.target.field] === s.value,
    );
    return audited.length !== 1 || (outcome.target.appends && !finalValue.includes(s.marker));
  });
}

describe('many clients editing the same records at once', () => {
  it('lose no update: each success is a step of one version chain, audited once', async () => {
    const team1 = await server.tokenFor('team1');
    const findings = await server.gql(
      '{ findings(filter: { assignmentId: 16, statuses: [RECORDED] }, page: { take: 1 }) { items { id } } }',
      {},
      team1,
    );
    const findingId: number = findings.data.findings.items[0].id;
    const [person] = await server.db.query(
      "SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'P-DL-GOV' ORDER BY p.id LIMIT 1",
    );
    const targets = [
      target(
        'Body nameEn',
        'admin',
        'Body',
        await bodyIdByCode(server, 'P-DL-AUD'),
        'nameEn',
        false,
        'body',
        'updateBody',
        'UpdateBodyInput',
      ),
      target('Person position', 'admin', 'Person', Number(person.id), 'position', false, 'person', 'updatePerson', 'UpdatePersonInput'),
      target('Finding evidence', 'team1', 'Finding', findingId, 'evidenceSummary', true, 'finding', 'updateFinding', 'UpdateFindingInput'),
    ];
    const [head] = await server.db.query('SELECT lastEntryId FROM audit_head WHERE id = 1');
    const auditedFrom = Number(head.lastEntryId);

    // All three at once, so that appends to the one audit chain contend too.
    const outcomes = await Promise.all(targets.map(contend));

    const rows: string[] = [];
    for (const outcome of outcomes) {
      const t = outcome.target;
      const final = await t.read(await server.tokenFor(t.login));
      const changes = await auditedChanges(t, auditedFrom);
      const lost = lostUpdates(outcome, changes, final.value);
      const byVersion = [...outcome.successes].sort((a, b) => a.version - b.version);
      rows.push(
        `${t.label.padEnd(18)} successes ${String(outcome.successes.length).padStart(3)}  conflicts ${String(outcome.conflicts).padStart(4)}  lost ${lost.length}  final version ${final.version}`,
      );

      expect(outcome.unexpected).toEqual([]);
      expect(lost).toEqual([]);
      expect(outcome.successes.length).toBeGreaterThan(ROUNDS);
      // The successes made versions start+1 … start+n, each once: no two were based on the same version.
      expect(byVersion.map((s) => s.version)).toEqual(byVersion.map((_, i) => outcome.startVersion + i + 1));
      expect(final.version).toBe(outcome.startVersion + outcome.successes.length);
      expect(final.value).toBe(byVersion[byVersion.length - 1].value);
      if (t.appends) expect(final.value.endsWith(byVersion.map((s) => s.marker).join(''))).toBe(true);
      // Every success in the trail once, and nothing else changed the record meanwhile.
      expect(changes).toHaveLength(outcome.successes.length);
    }
    console.log(
      `concurrency (${server.database.kind}, ${CLIENTS} clients × ${ROUNDS} rounds, up to ${ATTEMPTS_PER_EDIT} attempts each):\n  ${rows.join('\n  ')}`,
    );

    const chain = await verifyAuditChain(server.db.manager);
    expect(chain.broken).toBeUndefined();
    expect(chain.entries).toBeGreaterThan(auditedFrom);
  });
});
