/**
 * The audit trail: every write and every read of an informant's identity is an entry, the chain
 * verifies, and `npm run audit:verify` names the first entry that was changed or removed.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditEntry } from '../server/modules/audit/audit-entry.entity';
import { verifyAuditChain } from '../server/modules/audit/audit.service';
import { startTestServer, type TestServer } from './support/harness';

const run = promisify(execFile);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** A few audited writes, so that a test does not depend on the ones before it. */
async function someWrites(n: number): Promise<void> {
  const token = await server.tokenFor('admin');
  for (let i = 0; i < n; i++) {
    const [body] = await server.db.query("SELECT id, version FROM body WHERE code = 'P-DL-AUD'");
    const res = await server.gql('mutation($input: UpdateBodyInput!) { updateBody(input: $input) { version } }', { input: { id: body.id, version: body.version, nameEn: `Audited ${i}` } }, token);
    expect(res.errors).toBeUndefined();
  }
}

async function lastEntries(n: number): Promise<AuditEntry[]> {
  return server.db.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: n });
}

/** Runs the npm script against the test's database, as an operator would. */
async function auditVerify(): Promise<{ code: number; out: string }> {
  const url = server.database.kind === 'sqlite' ? `sqlite:${server.database.url}` : server.database.url;
  try {
    const { stdout } = await run('node', ['-r', '@swc-node/register', join(__dirname, '..', 'server', 'scripts', 'verify-audit.ts')], {
      env: { ...process.env, DATABASE_URL: url, TOKEN_SECRET: 'x'.repeat(40) },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('reads of an informant’s identity', () => {
  it('are entries of the trail, naming who read which, holding nothing of the identity', async () => {
    const token = await server.tokenFor('team1');
    const res = await server.gql('{ intakeItems(page: { take: 50 }) { items { id anonymous informant { id name contact } } } }', {}, token);
    const named = res.data.intakeItems.items.filter((i: { informant: unknown }) => i.informant);
    expect(named.length).toBeGreaterThan(0);
    const entries = (await lastEntries(named.length)).reverse();
    const [team1] = await server.db.query("SELECT id FROM account WHERE login = 'team1'");
    expect(entries.map((e) => [e.action, e.subject, e.accountId])).toEqual(named.map(() => ['read', 'IntakeInformant', team1.id]));
    expect(entries.map((e) => e.recordId).sort()).toEqual(named.map((i: { informant: { id: number } }) => i.informant.id).sort());
    for (const entry of entries) {
      expect(entry.before).toBeNull();
      expect(entry.after).toBeNull();
    }
  });

  it('are not recorded when nothing was read', async () => {
    const before = (await lastEntries(1))[0].id;
    await server.gql('{ intakeItems(page: { take: 50 }) { items { id informant { name } } } }', {}, await server.tokenFor('lg.leader'));
    expect((await lastEntries(1))[0].id).toBe(before);
  });
});

describe('verifying the chain', () => {
  it('holds after the writes of a working day', async () => {
    await someWrites(3);
    const result = await verifyAuditChain(server.db.manager, 50);
    expect(result.broken).toBeUndefined();
    expect(result.entries).toBe((await lastEntries(1))[0].id);
    const { code, out } = await auditVerify();
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`audit trail holds: ${result.entries} entries`));
  });

  it('names the first entry whose content was changed', async () => {
    await someWrites(3);
    const [victim] = await lastEntries(3);
    const target = victim.id - 1;
    const [original] = await server.db.query('SELECT after FROM audit_entry WHERE id = ?', [target]);
    await server.db.query('UPDATE audit_entry SET after = ? WHERE id = ?', ['{"tampered":true}', target]);
    try {
      expect((await verifyAuditChain(server.db.manager, 50)).broken).toEqual({ id: target, reason: expect.stringMatching(/does not match its hash/) });
      const { code, out } = await auditVerify();
      expect(code).toBe(1);
      expect(out).toContain(`BROKEN at entry ${target}`);
    } finally {
      await server.db.query('UPDATE audit_entry SET after = ? WHERE id = ?', [original.after, target]);
    }
    expect((await verifyAuditChain(server.db.manager)).broken).toBeUndefined();
  });

  it('names an entry that was removed', async () => {
    await someWrites(3);
    const [last] = await lastEntries(1);
    const row = (await server.db.query('SELECT * FROM audit_entry WHERE id = ?', [last.id - 2]))[0];
    await server.db.query('DELETE FROM audit_entry WHERE id = ?', [row.id]);
    try {
      expect((await verifyAuditChain(server.db.manager, 50)).broken).toEqual({ id: row.id, reason: expect.stringMatching(/missing/) });
    } finally {
      await server.db.getRepository(AuditEntry).insert(row);
    }
    expect((await verifyAuditChain(server.db.manager)).broken).toBeUndefined();
  });
});
