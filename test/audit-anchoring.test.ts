/**
 * The audit trail's anchors outside the database: signed checkpoints of its head, appended to a
 * file and POSTed to a witness on another host, and what `npm run audit:verify` makes of them. Also
 * the upgrade of a trail written before entries had a key, and the key itself.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { AuditSettings, DatabaseConfig } from '../server/config';
import { connect } from '../server/db/connect';
import { createDataSource } from '../server/db/data-source';
import { readingFromPrimary } from '../server/db/replication';
import { AuditEntry, AuditHead } from '../server/modules/audit/audit-entry.entity';
import { AuditKeyMissing, deriveAuditKeys } from '../server/modules/audit/audit-key';
import {
  appendAudit,
  GENESIS_HASH,
  legacyEntryHash,
  verifyAuditChain,
  type ChainVerification,
} from '../server/modules/audit/audit.service';
import {
  AuditCheckpoints,
  checkpointLines,
  checkpointSignatureHolds,
  parseCheckpoint,
  signCheckpoint,
  type Checkpoint,
} from '../server/modules/audit/checkpoint';
import { auditVerify, databaseUrl, entriesFrom, hashOf, lastEntry, moveHead, restore, rewriteFrom } from './support/audit-trail';
import { captureOutput } from './support/capture-output';
import { freshDatabase, startTestServer, TEST_AUDIT_KEY, type TestServer } from './support/harness';
import { freePort } from './support/free-port';

jest.setTimeout(120_000);

/** A witness on "another host": keeps every checkpoint POSTed to it, in a file of its own. */
class Witness {
  readonly file: string;
  received: Checkpoint[] = [];
  failing = false;
  private http!: Server;
  url = '';

  constructor(dir: string) {
    this.file = join(dir, 'witness-copy.jsonl');
  }

  async start(): Promise<void> {
    this.http = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (this.failing) {
          res.writeHead(500).end();
          return;
        }
        const checkpoint = JSON.parse(body) as Checkpoint;
        this.received.push(checkpoint);
        writeFileSync(this.file, JSON.stringify(checkpoint) + '\n', { flag: 'a' });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/checkpoints`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.http.close(() => resolve()));
  }
}

let server: TestServer;
let dir: string;
let witness: Witness;
beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'audit-anchoring-'));
  witness = new Witness(dir);
  await witness.start();
});
afterAll(async () => {
  await witness?.stop();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

let fileCount = 0;
/** Settings with a checkpoint file of the test's own. */
function freshSettings(extra: Partial<AuditSettings> = {}): AuditSettings {
  return { checkpointFile: join(dir, `checkpoints-${++fileCount}.jsonl`), checkpointSeconds: 60, ...extra };
}

async function someWrites(n: number): Promise<void> {
  const token = await server.tokenFor('admin');
  for (let i = 0; i < n; i++) {
    const [body] = await server.db.query("SELECT id, version FROM body WHERE code = 'P-QC-AUD'");
    const res = await server.gql(
      'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { version } }',
      { input: { id: body.id, version: body.version, nameEn: `Anchored ${i}` } },
      token,
    );
    expect(res.errors).toBeUndefined();
  }
}

const checkpointsIn = (file: string): Checkpoint[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => parseCheckpoint(line)!);

const verifyWith = (file: string, db: DataSource = server.db): Promise<ChainVerification> =>
  verifyAuditChain(db.manager, 50, { checkpoints: checkpointLines(file) });

const keys = deriveAuditKeys(TEST_AUDIT_KEY);

describe('checkpoints', () => {
  it('are signed JSON lines of the head, written on a schedule only when the head moved, and sent to the witness', async () => {
    const settings = freshSettings({ checkpointSeconds: 1, witnessUrl: witness.url });
    const writer = new AuditCheckpoints(server.db, settings);
    const witnessed = witness.received.length;
    writer.start();
    try {
      for (let i = 0; i < 50 && !existsSync(settings.checkpointFile); i++) await new Promise((r) => setTimeout(r, 100));
      await someWrites(2);
      const head = await server.db.getRepository(AuditHead).findOneByOrFail({ id: 1 });
      for (let i = 0; i < 50 && checkpointsIn(settings.checkpointFile).at(-1)?.lastId !== head.lastEntryId; i++)
        await new Promise((r) => setTimeout(r, 100));
      // Idle: no more lines while the head stays where it is.
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await writer.stop();
    }
    const written = checkpointsIn(settings.checkpointFile);
    const head = await server.db.getRepository(AuditHead).findOneByOrFail({ id: 1 });
    // The head at start, then the head after the writes; a slow database may let a tick fall
    // between the two writes and write the head between them too. Never the same head twice.
    const ids = written.map((c) => c.lastId);
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).toBeGreaterThan(ids[i - 1]);
    expect(written.at(-1)).toEqual({
      v: 1,
      entries: head.lastEntryId,
      lastId: head.lastEntryId,
      lastHash: head.lastHash,
      at: expect.any(String),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    for (const checkpoint of written) expect(checkpointSignatureHolds(keys, checkpoint)).toBe(true);
    expect(witness.received.slice(witnessed)).toEqual(written);
    // A new writer (a restarted server) picks up where the file ends.
    expect(await new AuditCheckpoints(server.db, settings).checkpoint()).toBeNull();
    expect((await verifyWith(settings.checkpointFile)).broken).toBeUndefined();
  });

  it('go on being written when the witness is down or refuses, and never hold up a write', async () => {
    // Its folder is made if missing.
    const settings = freshSettings({
      witnessUrl: 'http://127.0.0.1:9/unreachable',
      checkpointFile: join(dir, 'not', 'yet', 'there.jsonl'),
    });
    await someWrites(1);
    expect(await new AuditCheckpoints(server.db, settings).checkpoint()).toMatchObject({ entries: (await lastEntry(server.db)).id });
    witness.failing = true;
    try {
      await someWrites(1);
      const refused = freshSettings({ witnessUrl: witness.url });
      const { result, output } = await captureOutput(() => new AuditCheckpoints(server.db, refused).checkpoint());
      expect(result).toMatchObject({ entries: (await lastEntry(server.db)).id });
      expect(output).toContain('the audit witness did not take the checkpoint');
      expect(output).toContain(witness.url);
      expect(checkpointsIn(refused.checkpointFile)).toHaveLength(1);
    } finally {
      witness.failing = false;
    }
  });

  it('are not written while the trail is shorter than the last one said, which would make the file go backwards', async () => {
    const settings = freshSettings();
    await someWrites(2);
    await new AuditCheckpoints(server.db, settings).checkpoint();
    const last = await lastEntry(server.db);
    await server.db.query('DELETE FROM audit_entry WHERE id = ?', [last.id]);
    await moveHead(server.db, last.id - 1, await hashOf(server.db, last.id - 1));
    try {
      const { result, output } = await captureOutput(() => new AuditCheckpoints(server.db, settings).checkpoint());
      expect(result).toBeNull();
      expect(output).toContain('the audit trail is shorter than its last checkpoint');
      expect(checkpointsIn(settings.checkpointFile)).toHaveLength(1);
      expect((await verifyWith(settings.checkpointFile)).broken).toMatchObject({ kind: 'truncated', id: last.id });
    } finally {
      await restore(server.db, [last]);
    }
  });
});

describe('audit:verify against the checkpoint file', () => {
  it('names a forged checkpoint: changed, made up, signed with another key, or not a checkpoint at all', async () => {
    const settings = freshSettings();
    await someWrites(1);
    const real = (await new AuditCheckpoints(server.db, settings).checkpoint())!;
    const original = readFileSync(settings.checkpointFile, 'utf8');
    const forgeries: Array<[string, string]> = [
      [JSON.stringify({ ...real, entries: real.entries + 5, lastId: real.lastId + 5 }), 'changed'],
      [
        JSON.stringify(
          signCheckpoint(deriveAuditKeys('another-key-that-is-long-enough-0123456789'), {
            ...real,
            entries: real.entries + 1,
            lastId: real.lastId + 1,
          }),
        ),
        'another key',
      ],
    ];
    for (const [line] of forgeries) {
      writeFileSync(settings.checkpointFile, original + line + '\n');
      expect((await verifyWith(settings.checkpointFile)).broken).toEqual({
        kind: 'forged-checkpoint',
        line: 2,
        reason:
          'the signature of checkpoint line 2 does not hold: it was forged or changed, or it belongs to another database or audit key',
        reasonZh: expect.any(String),
      });
    }
    writeFileSync(settings.checkpointFile, original + '{"entries": 99999}\n');
    expect((await verifyWith(settings.checkpointFile)).broken).toMatchObject({
      kind: 'forged-checkpoint',
      line: 2,
      reason: 'line 2 of the checkpoint file is not a checkpoint',
    });
    writeFileSync(settings.checkpointFile, original + forgeries[0][0] + '\n');
    const { code, out } = await auditVerify(server.database, ['--checkpoints', settings.checkpointFile]);
    expect(code).toBe(1);
    expect(out).toContain('audit trail BROKEN: the signature of checkpoint line 2 does not hold');
    // The server does not take a forged last line for where the trail was: it says so and goes on.
    const { result, output } = await captureOutput(() => new AuditCheckpoints(server.db, settings).checkpoint());
    expect(result).toMatchObject({ entries: real.entries, lastHash: real.lastHash });
    expect(output).toContain('the last line of the audit checkpoint file is not a checkpoint signed with this audit key');
  });

  it('names a checkpoint file that went backwards, or whose checkpoints disagree', async () => {
    await someWrites(3);
    const last = await lastEntry(server.db);
    const at = new Date().toISOString();
    const signed = (id: number, hash: string) => JSON.stringify(signCheckpoint(keys, { entries: id, lastId: id, lastHash: hash, at }));
    const file = freshSettings().checkpointFile;
    writeFileSync(file, [signed(last.id, last.hash), signed(last.id - 2, await hashOf(server.db, last.id - 2))].join('\n') + '\n');
    expect((await verifyWith(file)).broken).toMatchObject({
      kind: 'checkpoints-backwards',
      line: 2,
      reason: `the checkpoint file went backwards at line 2: it vouches for ${last.id - 2} entries, after line 1 vouched for ${last.id}`,
    });
    writeFileSync(file, [signed(last.id, last.hash), signed(last.id, 'f'.repeat(64))].join('\n') + '\n');
    expect((await verifyWith(file)).broken).toMatchObject({
      kind: 'checkpoints-backwards',
      id: last.id,
      line: 2,
      reason: expect.stringMatching(/lines 1 and 2 disagree about entry/),
    });
    const { code, out } = await auditVerify(server.database, ['--checkpoints', file]);
    expect(code).toBe(1);
    expect(out).toContain('checkpoint lines 1 and 2 disagree');
  });

  it('cannot see a truncation when the database and the local file were both cut back, but the witness’s copy can', async () => {
    const settings = freshSettings({ witnessUrl: witness.url });
    const writer = new AuditCheckpoints(server.db, settings);
    await someWrites(1);
    const older = (await writer.checkpoint())!;
    const olderFile = join(dir, 'older-copy.jsonl');
    copyFileSync(settings.checkpointFile, olderFile);
    const witnessCopy = freshSettings().checkpointFile;
    writeFileSync(witnessCopy, JSON.stringify(witness.received.at(-1)) + '\n');
    await someWrites(2);
    const newest = (await writer.checkpoint())!;
    writeFileSync(witnessCopy, JSON.stringify(witness.received.at(-1)) + '\n', { flag: 'a' });
    expect(checkpointsIn(witnessCopy)).toEqual([older, newest]);

    // Someone with the database and this host: cuts the trail back to the older checkpoint...
    const cut = await entriesFrom(server.db, older.lastId + 1);
    await server.db.query('DELETE FROM audit_entry WHERE id > ?', [older.lastId]);
    await moveHead(server.db, older.lastId, older.lastHash);
    try {
      // ...which the local file still shows,
      expect((await verifyWith(settings.checkpointFile)).broken).toMatchObject({ kind: 'truncated', id: older.lastId + 1 });
      // until the newest line is removed, or the file is replaced by an older copy.
      const full = readFileSync(settings.checkpointFile, 'utf8').split('\n').filter(Boolean);
      writeFileSync(settings.checkpointFile, full.slice(0, -1).join('\n') + '\n');
      expect((await verifyWith(settings.checkpointFile)).broken).toBeUndefined();
      const local = await auditVerify(server.database, ['--checkpoints', olderFile]);
      expect(local.code).toBe(0);
      expect(local.out).toContain(`vouches for ${older.entries} entries`);
      // The witness, which nobody on this host can write to, still has the newest.
      expect((await verifyWith(witnessCopy)).broken).toMatchObject({ kind: 'truncated', id: older.lastId + 1 });
      const remote = await auditVerify(server.database, ['--checkpoints', witnessCopy]);
      expect(remote.code).toBe(1);
      expect(remote.out).toContain(`the trail was truncated: it ends at entry ${older.lastId}`);
    } finally {
      await restore(server.db, cut);
    }
    expect((await verifyWith(witnessCopy)).broken).toBeUndefined();
  });

  it('answers with exit code 2 when it cannot read, and in Chinese when asked', async () => {
    const missing = await auditVerify(server.database, ['--checkpoints', join(dir, 'no-such-file.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('cannot verify the audit trail: no checkpoint file at');
    const unreachable = await auditVerify({ kind: 'mariadb', url: 'mariadb://nobody@127.0.0.1:9/none' });
    expect(unreachable.code).toBe(2);
    // Without the key (none given, none in DATA_DIR) nothing can be said, and no key is made up.
    const keyless = await auditVerify(server.database, [], { AUDIT_KEY: '' });
    expect(keyless.code).toBe(2);
    expect(keyless.out).toMatch(/cannot verify the audit trail: no audit key: AUDIT_KEY is not set and there is no \S+audit-key/);
    const zh = await auditVerify(server.database, [], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/审计记录成立：已核验 \d+ 条/);
    expect(zh.out).toContain('数据库之外没有任何凭据能证明审计记录的长度');
  });
});

describe('a trail from before entries had a key', () => {
  let db: DataSource;
  let database: DatabaseConfig;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const scratch = await freshDatabase();
    ({ database, drop } = scratch);
    db = await connect(scratch.database, { attempts: 1 });
    // What the earlier release wrote: entries chained with plain SHA-256.
    let previousHash = GENESIS_HASH;
    for (let id = 1; id <= 3; id++) {
      const content = {
        at: `2026-01-0${id}T08:00:00.000Z`,
        accountId: null,
        action: 'create',
        subject: 'Body',
        recordId: id,
        before: null,
        after: `{"id":${id}}`,
        previousHash,
      };
      const hash = legacyEntryHash(content, id);
      await db.getRepository(AuditEntry).insert({ id, ...content, hash });
      previousHash = hash;
    }
    await moveHead(db, 3, previousHash);
  });
  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await drop?.();
  });

  const append = (recordId: number) =>
    db.transaction((manager) => appendAudit(manager, null, 'update', 'Body', recordId, { id: recordId }, { id: recordId, name: 'after' }));

  it('holds: the older entries by their SHA-256 chain, anchored by the first keyed entry and the first checkpoint', async () => {
    await append(1);
    await append(2);
    expect(await verifyAuditChain(db.manager, 2)).toEqual({ entries: 5, legacyEntries: 3 });
    const file = freshSettings().checkpointFile;
    await new AuditCheckpoints(db, { checkpointFile: file, checkpointSeconds: 60 }).checkpoint();
    await append(3);
    expect(await verifyWith(file, db)).toMatchObject({ entries: 6, legacyEntries: 3, checkpoints: { count: 1 } });
    expect(await verifyWith(file, db)).not.toHaveProperty('broken');
    const { code, out } = await auditVerify(database, ['--checkpoints', file]);
    expect(code).toBe(0);
    expect(out).toContain(
      'entries 1 to 3 were written before the trail had an audit key: they hold by their SHA-256 chain, and a checkpoint covers them',
    );
  });

  it('refuses an entry hashed the old way after the keyed ones, and an older entry rewritten the old way', async () => {
    const originals = await entriesFrom(db, 1);
    const file = freshSettings().checkpointFile;
    await new AuditCheckpoints(db, { checkpointFile: file, checkpointSeconds: 60 }).checkpoint();
    const tail = originals[originals.length - 1];
    await rewriteFrom(db, tail.id, (entry) => (entry.action = 'nothing'));
    try {
      expect((await verifyAuditChain(db.manager)).broken).toMatchObject({ kind: 'rewritten', id: tail.id });
    } finally {
      await restore(db, originals);
    }
    await rewriteFrom(
      db,
      2,
      (entry) => {
        if (entry.id === 2) entry.after = '{"id":2,"tampered":true}';
      },
      3,
    );
    try {
      // The first keyed entry sealed the hash of the last older one.
      expect((await verifyAuditChain(db.manager)).broken).toMatchObject({ id: 4, kind: 'reordered' });
      expect((await verifyWith(file, db)).broken).toMatchObject({ id: 4 });
    } finally {
      await restore(db, originals);
    }
    await rewriteFrom(db, 1, (entry) => {
      if (entry.id === 1) entry.after = '{"id":1,"tampered":true}';
    });
    try {
      // All of it rewritten the old way reads as an older trail, until the checkpoint is asked.
      expect((await verifyAuditChain(db.manager)).broken).toBeUndefined();
      expect((await verifyWith(file, db)).broken).toMatchObject({ kind: 'rewritten' });
    } finally {
      await restore(db, originals);
    }
    expect((await verifyWith(file, db)).broken).toBeUndefined();
  });
});

describe('the audit key', () => {
  it('must be there to append: a connection without one refuses to write an entry rather than write it unsealed', async () => {
    const { auditKey: _none, ...unkeyed } = server.database;
    const db = createDataSource(unkeyed);
    await db.initialize();
    try {
      await expect(db.transaction((manager) => appendAudit(manager, null, 'update', 'Body', 1, null, null))).rejects.toThrow(
        AuditKeyMissing,
      );
    } finally {
      await db.destroy();
    }
  });

  it('is the one the trail was sealed with: with another key nothing holds', async () => {
    const other = await auditVerify(server.database, [], { AUDIT_KEY: 'a-different-audit-key-that-is-long-enough' });
    expect(other.code).toBe(1);
    expect(other.out).toMatch(/BROKEN at entry 1: entry 1 was changed after it was written/);
  });
});

describe('the server', () => {
  it('writes a checkpoint when it starts listening and a last one when it stops, covering every entry it wrote', async () => {
    const scratch = await freshDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-server-'));
    const port = await freePort();
    const witnessed = witness.received.length;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl(scratch.database),
      TOKEN_SECRET: 'audit-anchoring-test-secret-long-enough-123',
      SEED_DEMO: 'true',
      // Only the first and the last: the schedule does not fire during the test.
      AUDIT_CHECKPOINT_SECONDS: '3600',
      AUDIT_WITNESS_URL: witness.url,
    };
    delete env.NODE_ENV;
    delete env.JEST_WORKER_ID;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const file = join(dataDir, 'audit-checkpoints.jsonl');
    const url = `http://127.0.0.1:${port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    try {
      for (let i = 0; i < 900 && !output.includes('"listening"'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain('"listening"');
      for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
      expect(checkpointsIn(file)).toEqual([expect.objectContaining({ entries: 0, lastHash: GENESIS_HASH })]);

      const signIn = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { login: 'admin', password: 'demo-password-2026' },
      });
      const token = signIn.data.login.token as string;
      const { data } = await gql('{ bodies(filter: { q: "P-QC-AUD" }) { items { id version } } }', {}, token);
      const [body] = data.bodies.items;
      const update = await gql(
        'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { version } }',
        { input: { id: body.id, version: body.version, nameEn: 'Written while serving' } },
        token,
      );
      expect(update.errors).toBeUndefined();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    const db = await connect(scratch.database, { attempts: 1 });
    try {
      const written = checkpointsIn(file);
      const head = await db.getRepository(AuditHead).findOneByOrFail({ id: 1 });
      expect(head.lastEntryId).toBeGreaterThan(0);
      expect(written).toHaveLength(2);
      expect(written[1]).toMatchObject({ entries: head.lastEntryId, lastHash: head.lastHash });
      expect(witness.received.slice(witnessed)).toEqual(written);
      const { code, out } = await auditVerify(scratch.database, [], { DATA_DIR: dataDir });
      expect(code).toBe(0);
      expect(out).toContain(`2 checkpoints in ${file} agree; the newest (${written[1].at}) vouches for ${head.lastEntryId} entries`);
    } finally {
      await db.destroy();
      await scratch.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('with read replicas', () => {
  const serverUrl = process.env.DATABASE_URL;
  const onServer = !!serverUrl && !serverUrl.startsWith('sqlite');
  (onServer ? it : it.skip)('seals entries written once a request reads from the primary, and checkpoints the primary’s head', async () => {
    // The primary stands in for its own replica: what matters is the view that reads from the primary.
    const db = await connect({ ...server.database, replicaUrls: [server.database.url] }, { attempts: 1 });
    try {
      const primary = readingFromPrimary(db);
      expect(primary).not.toBe(db);
      await primary.transaction((manager) => appendAudit(manager, null, 'update', 'Body', 1, null, null));
      const checkpoint = await new AuditCheckpoints(db, freshSettings()).checkpoint();
      expect(checkpoint).toMatchObject({ entries: (await lastEntry(server.db)).id });
      expect((await verifyAuditChain(primary.manager)).broken).toBeUndefined();
    } finally {
      await db.destroy();
    }
  });
});
