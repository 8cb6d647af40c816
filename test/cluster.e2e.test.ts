/**
 * Writes spread over a multi-primary MariaDB Galera cluster: one API process per node, all on one
 * database, and clients sending conflicting writes to all three at once: many updates of the same
 * records, each based on the version its client read, and creates sent with the same
 * Idempotency-Key to every node. Every write is applied once or refused with CONFLICT; none is lost
 * or applied twice; the audit trail verifies on every node, and every node reads the same.
 *
 * Needs a cluster: CLUSTER_URLS names its nodes (`npm run test:cluster` starts one and sets it,
 * see scripts/cluster.js). Without it this file is skipped.
 *
 * @runs-alone
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { createScratchDatabase, type ScratchDatabase } from '../server/db/scratch';
import { auditVerify } from './support/audit-trail';
import { freePort } from './support/free-port';

jest.setTimeout(240_000);

const CLUSTER_URLS = (process.env.CLUSTER_URLS ?? '')
  .split(',')
  .map((url) => url.trim())
  .filter(Boolean);

/** Clients per node updating the shared records, rounds each, attempts per round after a CONFLICT. */
const CLIENTS_PER_NODE = 3;
const ROUNDS = 4;
const ATTEMPTS_PER_EDIT = 6;
/** Creates each sent once to every node with one key. */
const KEYED_CREATES = 8;

const TOKEN_SECRET = 'cluster-e2e-token-secret-0123456789abcdef';
const AUDIT_KEY = 'cluster-e2e-audit-key-0123456789abcdef0123';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ApiProcess {
  node: number;
  port: number;
  child: ChildProcess;
  output: string;
  dataDir: string;
}

/** The scratch database as each node serves it (the CREATE DATABASE was replicated to all). */
function onEveryNode(scratchUrl: string): string[] {
  const name = new URL(scratchUrl).pathname;
  return CLUSTER_URLS.map((url) => {
    const node = new URL(url);
    node.pathname = name;
    return node.toString();
  });
}

/**
 * A connection whose reads wait until the node has applied every write the cluster committed
 * before them (wsrep_sync_wait): what "every node reads the same" is asked of.
 */
async function causalConnection(url: string): Promise<Connection> {
  const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
  await connection.query('SET SESSION wsrep_sync_wait = 1');
  return connection;
}

async function startApi(node: number, databaseUrl: string, seed: boolean): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `cluster-api-${node}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TOKEN_SECRET,
    AUDIT_KEY,
    SEED_DEMO: String(seed),
    LOG_LEVEL: 'info',
  };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  delete env.CLUSTER_URLS;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const api: ApiProcess = { node, port, child, output: '', dataDir };
  child.stdout!.on('data', (chunk: Buffer) => (api.output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (api.output += chunk.toString()));
  for (let i = 0; i < 900 && !api.output.includes('"listening"') && child.exitCode === null; i++) await sleep(100);
  if (!api.output.includes('"listening"')) throw new Error(`the API on node ${node} did not start:\n${api.output.slice(-3000)}`);
  return api;
}

interface Answer {
  status: number;
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

async function gql(api: ApiProcess, query: string, variables: Record<string, unknown>, token?: string, key?: string): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as Omit<Answer, 'status'>), status: response.status };
}

const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code ?? `HTTP ${answer.status}`;

const READ_PERSON = 'query($id: Int!) { person(id: $id) { version position } }';
const UPDATE_PERSON = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version position } }';
const CREATE_PERSON = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name version } }';

interface Success {
  marker: string;
  readVersion: number;
  version: number;
}

/** Clients on every node editing one person, re-reading on CONFLICT as a person would. */
async function contend(apis: ApiProcess[], token: string, id: number) {
  const successes: Success[] = [];
  const unexpected: string[] = [];
  let conflicts = 0;
  const client = async (api: ApiProcess, c: number) => {
    for (let round = 0; round < ROUNDS; round++) {
      for (let attempt = 0; attempt < ATTEMPTS_PER_EDIT; attempt++) {
        const read = await gql(api, READ_PERSON, { id }, token);
        if (!read.data?.person) {
          unexpected.push(`read on node ${api.node}: ${codeOf(read)} ${read.errors?.[0]?.message}`);
          return;
        }
        const marker = `n${api.node}c${c}r${round}a${attempt}`;
        const readVersion: number = read.data.person.version;
        const answer = await gql(api, UPDATE_PERSON, { input: { id, version: readVersion, position: marker } }, token);
        if (answer.data?.updatePerson) {
          successes.push({ marker, readVersion, version: answer.data.updatePerson.version });
          break;
        }
        if (codeOf(answer) === 'CONFLICT') conflicts++;
        else unexpected.push(`update on node ${api.node}: ${codeOf(answer)} ${answer.errors?.[0]?.message}`);
      }
    }
  };
  await Promise.all(apis.flatMap((api) => Array.from({ length: CLIENTS_PER_NODE }, (_, c) => client(api, c))));
  return { id, successes, conflicts, unexpected };
}

/**
 * Each create sent with one key to every node at the same moment. A CONFLICT says nothing was
 * changed and to send it again; each sender does so with the same key, as the console does, so
 * that a create that lost every race on the hot audit head still lands, once.
 */
async function keyedCreates(apis: ApiProcess[], token: string, employerId: number, run: string) {
  let resent = 0;
  const created = await Promise.all(
    Array.from({ length: KEYED_CREATES }, async (_, i) => {
      const name = `cluster-${run}-${i}`;
      const key = `cluster-${run}-key-${i}`;
      const input = { name, employerId, managedById: employerId, position: '干部', rank: 'BUREAU' };
      const answers = await Promise.all(
        apis.map(async (api) => {
          let answer = await gql(api, CREATE_PERSON, { input }, token, key);
          for (let attempt = 1; attempt < ATTEMPTS_PER_EDIT && codeOf(answer) === 'CONFLICT'; attempt++) {
            resent++;
            await sleep(20 * attempt);
            answer = await gql(api, CREATE_PERSON, { input }, token, key);
          }
          return answer;
        }),
      );
      return { name, answers };
    }),
  );
  return { created, resent };
}

if (CLUSTER_URLS.length < 2) {
  describe.skip('writes spread over a multi-primary cluster (needs CLUSTER_URLS, set by `npm run test:cluster`)', () => {
    test('skipped: no cluster given', () => undefined);
  });
} else {
  describe(`writes spread over a ${CLUSTER_URLS.length}-node Galera cluster`, () => {
    let scratch: ScratchDatabase | undefined;
    let urls: string[] = [];
    const apis: ApiProcess[] = [];
    const connections: Connection[] = [];

    beforeAll(async () => {
      scratch = await createScratchDatabase(CLUSTER_URLS[0]);
      urls = onEveryNode(scratch.database.url);
      // The first process makes the schema and the demo; the others start on what it left, once their node has it.
      apis.push(await startApi(1, urls[0], true));
      for (const url of urls) connections.push(await causalConnection(url));
      for (const connection of connections) await connection.query('SELECT COUNT(*) FROM audit_entry');
      apis.push(...(await Promise.all(urls.slice(1).map((url, i) => startApi(i + 2, url, false)))));
    });

    afterAll(async () => {
      for (const api of apis) api.child.kill('SIGKILL');
      for (const api of apis) rmSync(api.dataDir, { recursive: true, force: true });
      await Promise.all(connections.map((connection) => connection.end()));
      await scratch?.drop();
    });

    test('each write applied once or refused with CONFLICT, the trail verifies, and every node reads the same', async () => {
      const login = await gql(apis[0], 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { login: 'admin', password: DEMO_PASSWORD },
      });
      const token: string = login.data.login.token;
      const [node1] = connections;
      const [[employer]] = (await node1.query("SELECT id FROM body WHERE code = 'P-QC'")) as any;
      const people: Array<{ id: number; version: number }> = (
        (await node1.query('SELECT id, version FROM person ORDER BY id LIMIT 2')) as any
      )[0];
      const [[head]] = (await node1.query('SELECT lastEntryId FROM audit_head WHERE id = 1')) as any;
      const auditedFrom = Number(head.lastEntryId);
      // The session made on node 1 must be there before the other nodes are asked to honour it.
      for (const connection of connections) await connection.query('SELECT COUNT(*) FROM session');

      const run = createHash('sha256').update(String(Date.now())).digest('hex').slice(0, 8);
      const [edits, { created: creates, resent }] = await Promise.all([
        Promise.all(people.map((p) => contend(apis, token, p.id))),
        keyedCreates(apis, token, employer.id, run),
      ]);

      // Updates: every success is one step of the record's version chain and in the trail once.
      for (const edit of edits) {
        expect(edit.unexpected).toEqual([]);
        const start = Number(people.find((p) => p.id === edit.id)!.version);
        const versions = edit.successes.map((s) => s.version).sort((a, b) => a - b);
        expect(versions).toEqual(versions.map((_, i) => start + i + 1));
        const [audited] = (await node1.query(
          "SELECT `before`, `after` FROM audit_entry WHERE subject = 'Person' AND recordId = ? AND action = 'update' AND id > ?",
          [edit.id, auditedFrom],
        )) as any;
        const changes = audited.map((row: { before: string; after: string }) => ({
          before: JSON.parse(row.before),
          after: JSON.parse(row.after),
        }));
        expect(changes).toHaveLength(edit.successes.length);
        for (const s of edit.successes) {
          const matching = changes.filter(
            (c: any) => c.before.version === s.readVersion && c.after.version === s.version && c.after.position === s.marker,
          );
          expect(matching).toHaveLength(1);
        }
      }

      // Keyed creates: one person per key, every success answered with it, anything else a CONFLICT.
      for (const { name, answers } of creates) {
        const [rows] = (await node1.query('SELECT id FROM person WHERE name = ?', [name])) as any;
        expect(rows).toHaveLength(1);
        const ids = answers.filter((a) => a.data?.createPerson).map((a) => a.data.createPerson.id);
        expect(ids.length).toBeGreaterThan(0);
        expect(new Set(ids)).toEqual(new Set([rows[0].id]));
        expect(answers.filter((a) => !a.data?.createPerson).map(codeOf)).toEqual(
          answers.filter((a) => !a.data?.createPerson).map(() => 'CONFLICT'),
        );
        const [[created]] = (await node1.query(
          "SELECT COUNT(*) AS n FROM audit_entry WHERE subject = 'Person' AND recordId = ? AND action = 'create'",
          [rows[0].id],
        )) as any;
        expect(Number(created.n)).toBe(1);
      }

      // Every node reads the same: the trail's head, the records and the keys.
      const views = await Promise.all(
        connections.map(async (connection) => {
          const [headRow] = (await connection.query('SELECT lastEntryId, lastHash FROM audit_head WHERE id = 1')) as any;
          const [entries] = (await connection.query('SELECT COUNT(*) AS n, MAX(id) AS last FROM audit_entry')) as any;
          const [persons] = (await connection.query('SELECT id, version, name, position FROM person ORDER BY id')) as any;
          const [keys] = (await connection.query('SELECT accountId, keyDigest, outcome FROM idempotent_request ORDER BY id')) as any;
          return JSON.stringify({ head: headRow[0], entries: entries[0], persons, keys });
        }),
      );
      for (const view of views.slice(1)) expect(view).toBe(views[0]);

      // The trail verifies on every node, as `npm run audit:verify` checks it.
      for (const url of urls) {
        const verified = await auditVerify({ kind: 'mariadb', url, auditKey: AUDIT_KEY }, [], { AUDIT_KEY });
        expect(verified.out).toContain('audit trail holds');
        expect(verified.code).toBe(0);
      }

      const retried = apis.map((api) => api.output.split('transaction started over after a transient failure').length - 1);
      const givenUp = apis.map((api) => api.output.split('transaction given up after transient failures').length - 1);
      console.log(
        `cluster (${apis.length} nodes, ${CLIENTS_PER_NODE} clients per node × ${ROUNDS} rounds on ${people.length} records, ${KEYED_CREATES} keyed creates sent to every node):\n` +
          edits.map((e) => `  person ${e.id}: ${e.successes.length} updates applied, ${e.conflicts} refused with CONFLICT`).join('\n') +
          `\n  transactions started over after a certification conflict, per node: ${retried.join(', ')}; given up: ${givenUp.join(', ')}` +
          `\n  keyed creates sent again after CONFLICT: ${resent}`,
      );
      // Writes to the same rows on three nodes at once do collide at certification; each was run again.
      expect(retried.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    });
  });
}
