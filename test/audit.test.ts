/**
 * The audit trail: every write and every read of an informant's identity is an entry, each entry
 * is sealed with a MAC under the audit key (kept outside the database), and `npm run audit:verify`
 * checks the chain against the signed checkpoints kept outside the database. What someone who can
 * write the database (but holds no key) might do to hide a change is caught and named: cutting off
 * the newest entries, rewriting one and recomputing every hash after it, deleting one, swapping two.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditSettings } from '../server/config';
import { AuditEntry } from '../server/modules/audit/audit-entry.entity';
import { verifyAuditChain, type ChainVerification } from '../server/modules/audit/audit.service';
import { AuditCheckpoints, checkpointLines } from '../server/modules/audit/checkpoint';
import { auditVerify, entriesFrom, hashOf, lastEntry, moveHead, restore, rewriteFrom } from './support/audit-trail';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
let dir: string;
let settings: AuditSettings;
beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'audit-test-'));
  settings = { checkpointFile: join(dir, 'audit-checkpoints.jsonl'), checkpointSeconds: 60 };
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A few audited writes, so that a test does not depend on the ones before it. */
async function someWrites(n: number): Promise<void> {
  const token = await server.tokenFor('admin');
  for (let i = 0; i < n; i++) {
    const [body] = await server.db.query("SELECT id, version FROM body WHERE code = 'P-DL-AUD'");
    const res = await server.gql(
      'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { version } }',
      { input: { id: body.id, version: body.version, nameEn: `Audited ${i}` } },
      token,
    );
    expect(res.errors).toBeUndefined();
  }
}

async function lastEntries(n: number): Promise<AuditEntry[]> {
  return server.db.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: n });
}

/** Writes a checkpoint of the head now, as the server's schedule does. */
async function checkpoint(): Promise<void> {
  await new AuditCheckpoints(server.db, settings).checkpoint();
}

/** The chain, checked against the checkpoint file, in batches of 50. */
async function verify(): Promise<ChainVerification> {
  return verifyAuditChain(server.db.manager, 50, { checkpoints: checkpointLines(settings.checkpointFile) });
}

const verifyScript = () => auditVerify(server.database, ['--checkpoints', settings.checkpointFile]);

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
  it('holds after the writes of a working day, with and without a checkpoint', async () => {
    await someWrites(3);
    const result = await verifyAuditChain(server.db.manager, 50);
    expect(result).toEqual({ entries: (await lastEntry(server.db)).id });
    await checkpoint();
    await someWrites(1);
    const checked = await verify();
    expect(checked.broken).toBeUndefined();
    expect(checked.checkpoints!.newest!.entries).toBe(result.entries);
    const { code, out } = await verifyScript();
    expect(code).toBe(0);
    expect(out).toContain(`audit trail holds: ${result.entries + 1} entries`);
    expect(out).toContain(`the newest (${checked.checkpoints!.newest!.at}) vouches for ${result.entries} entries`);
    expect(out).toContain(`entries ${result.entries + 1} to ${result.entries + 1} are newer than the newest checkpoint`);
  });

  it('names a truncation: the newest entry deleted and the head moved back one', async () => {
    await someWrites(3);
    await checkpoint();
    const last = await lastEntry(server.db);
    await server.db.query('DELETE FROM audit_entry WHERE id = ?', [last.id]);
    await moveHead(server.db, last.id - 1, await hashOf(server.db, last.id - 1));
    try {
      expect((await verify()).broken).toMatchObject({
        kind: 'truncated',
        id: last.id,
        reason: expect.stringMatching(new RegExp(`truncated: it ends at entry ${last.id - 1}, .* vouches for ${last.id} entries`)),
      });
      const { code, out } = await verifyScript();
      expect(code).toBe(1);
      expect(out).toContain(`BROKEN at entry ${last.id}: the trail was truncated`);
      // The same cut with the head left alone is a truncation too.
      await moveHead(server.db, last.id, last.hash);
      expect((await verifyAuditChain(server.db.manager, 50)).broken).toMatchObject({ kind: 'truncated', id: last.id });
    } finally {
      await restore(server.db, [last]);
    }
    expect((await verify()).broken).toBeUndefined();
  });

  it('names a rewrite: an entry edited, every later hash and the head recomputed', async () => {
    await someWrites(4);
    await checkpoint();
    const [victim] = await lastEntries(3);
    const originals = await entriesFrom(server.db, victim.id);
    await rewriteFrom(server.db, victim.id, (entry) => {
      if (entry.id === victim.id) entry.after = '{"tampered":true}';
    });
    try {
      expect((await verify()).broken).toMatchObject({
        kind: 'rewritten',
        id: victim.id,
        reason: expect.stringMatching(/changed after it was written: its MAC does not hold/),
      });
      const { code, out } = await verifyScript();
      expect(code).toBe(1);
      expect(out).toContain(`BROKEN at entry ${victim.id}: entry ${victim.id} was changed after it was written`);
    } finally {
      await restore(server.db, originals);
    }
    expect((await verify()).broken).toBeUndefined();
  });

  it('names a rewrite of the whole chain from its first entry, against the checkpoint that covered it', async () => {
    await someWrites(1);
    await checkpoint();
    const originals = await entriesFrom(server.db, 1);
    const covered = originals[originals.length - 1].id;
    await rewriteFrom(server.db, 1, (entry) => {
      if (entry.id === 1) entry.action = 'nothing';
    });
    try {
      // Without the checkpoint it reads like an older trail from before its key...
      expect((await verifyAuditChain(server.db.manager, 50)).legacyEntries).toBe(covered);
      // ...which the checkpoint, signed with the key, shows it is not.
      expect((await verify()).broken).toMatchObject({
        kind: 'rewritten',
        id: expect.any(Number),
        reason: expect.stringMatching(/is not what checkpoint line \d+ .* recorded/),
      });
      const { code, out } = await verifyScript();
      expect(code).toBe(1);
      expect(out).toMatch(/BROKEN at entry \d+: entry \d+ is not what checkpoint line/);
    } finally {
      await restore(server.db, originals);
    }
    expect((await verify()).broken).toBeUndefined();
  });

  it('names the entry whose content was changed in place', async () => {
    await someWrites(3);
    const [victim] = await lastEntries(3);
    const target = victim.id - 1;
    const [original] = await server.db.query('SELECT after FROM audit_entry WHERE id = ?', [target]);
    await server.db.query('UPDATE audit_entry SET after = ? WHERE id = ?', ['{"tampered":true}', target]);
    try {
      expect((await verifyAuditChain(server.db.manager, 50)).broken).toMatchObject({ kind: 'rewritten', id: target });
    } finally {
      await server.db.query('UPDATE audit_entry SET after = ? WHERE id = ?', [original.after, target]);
    }
    expect((await verifyAuditChain(server.db.manager)).broken).toBeUndefined();
  });

  it('names an entry deleted from the middle', async () => {
    await someWrites(3);
    await checkpoint();
    const [last] = await lastEntries(1);
    const [row] = await entriesFrom(server.db, last.id - 2);
    await server.db.query('DELETE FROM audit_entry WHERE id = ?', [row.id]);
    try {
      expect((await verify()).broken).toMatchObject({
        kind: 'deleted',
        id: row.id,
        reason: `entry ${row.id} was deleted: it is missing, and the next one is ${row.id + 1}`,
      });
      const { code, out } = await verifyScript();
      expect(code).toBe(1);
      expect(out).toContain(`BROKEN at entry ${row.id}: entry ${row.id} was deleted`);
    } finally {
      await restore(server.db, [row, last]);
    }
    expect((await verify()).broken).toBeUndefined();
  });

  it('names two entries whose contents were swapped', async () => {
    await someWrites(3);
    await checkpoint();
    const [second, first] = await lastEntries(3).then((rows) => rows.slice(1));
    const repository = server.db.getRepository(AuditEntry);
    const { id: firstId, ...firstContent } = first;
    const { id: secondId, ...secondContent } = second;
    await repository.update({ id: firstId }, secondContent);
    await repository.update({ id: secondId }, firstContent);
    try {
      expect((await verify()).broken).toMatchObject({
        kind: 'reordered',
        id: firstId,
        reason: expect.stringMatching(/does not link to the entry before it: entries were swapped or moved/),
      });
      const { code, out } = await verifyScript();
      expect(code).toBe(1);
      expect(out).toContain(`BROKEN at entry ${firstId}: entry ${firstId} does not link`);
    } finally {
      await restore(server.db, [first, second, await lastEntry(server.db)]);
    }
    expect((await verify()).broken).toBeUndefined();
  });
});
