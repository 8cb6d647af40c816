/**
 * `npm run cluster:bench -- [--clients 6] [--seconds 15]`: writes per second on a multi-primary
 * MariaDB Galera cluster (`npm run cluster:start`; CLUSTER_URLS names its nodes, by default those
 * scripts/cluster.js starts), with every write sent to one node, and then spread over all of them.
 *
 * One API process per node (the real server, `server/main.ts`), all on one scratch database with
 * the demo data. Each client signs in as the administrator and updates a person record of its own
 * over HTTP, again and again, with the version its last write returned: no two clients touch the
 * same record, so every collision is over what all writes share, the audit chain's head row.
 * Reports writes per second, the writes refused (CONFLICT: a transaction that kept colliding),
 * other failures, and how many transactions the servers started over after a certification
 * conflict (from their logs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { createScratchDatabase } from '../db/scratch';
import { DEMO_PASSWORD } from '../demo/demo-data';

const DEFAULT_CLUSTER_URLS = [3307, 3308, 3309].map((port) => `mariadb://root@127.0.0.1:${port}/test`).join(',');
const TOKEN_SECRET = 'cluster-bench-token-secret-0123456789abcdef';
const AUDIT_KEY = 'cluster-bench-audit-key-0123456789abcdef012';
const RETRIED = 'transaction started over after a transient failure';
const GIVEN_UP = 'transaction given up after transient failures';
const ROOT = join(__dirname, '..', '..');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number`);
  return value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

interface Api {
  node: number;
  port: number;
  child: ChildProcess;
  output: string;
  dataDir: string;
}

async function startApi(node: number, databaseUrl: string, seed: boolean): Promise<Api> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `cluster-bench-${node}-`));
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
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const api: Api = { node, port, child, output: '', dataDir };
  // Only what is counted is kept: a long run logs a line per request.
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (/listening|transient|"level":"(error|fatal)"/.test(line)) api.output += `${line}\n`;
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', (chunk: Buffer) => (api.output += chunk.toString()));
  for (let i = 0; i < 1200 && !api.output.includes('"listening"') && child.exitCode === null; i++) await sleep(100);
  if (!api.output.includes('"listening"')) throw new Error(`the API on node ${node} did not start:\n${api.output.slice(-3000)}`);
  return api;
}

const count = (text: string, phrase: string) => text.split(phrase).length - 1;

async function gql(api: Api, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

interface Answer {
  data?: { login?: { token: string }; person?: { version: number }; updatePerson?: { version: number } };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The rows a query returns on a cluster node. */
async function rows<T>(connection: Connection, sql: string, params: unknown[] = []): Promise<T[]> {
  const [result] = await connection.query(sql, params);
  return result as T[];
}

const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }';
const READ = 'query($id: Int!) { person(id: $id) { version } }';

interface Phase {
  name: string;
  writes: number;
  conflicts: number;
  failures: number;
  seconds: number;
  retried: number;
  givenUp: number;
  failuresSeen: string[];
}

/** `clients` clients, client i writing through apis[i % apis.length], for `seconds`. */
async function phase(name: string, apis: Api[], all: Api[], token: string, people: number[], seconds: number): Promise<Phase> {
  const logsBefore = all.map((api) => api.output.length);
  const result: Phase = { name, writes: 0, conflicts: 0, failures: 0, seconds, retried: 0, givenUp: 0, failuresSeen: [] };
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    people.map(async (id, i) => {
      const api = apis[i % apis.length];
      let version = (await gql(api, READ, { id }, token)).data!.person!.version;
      for (let n = 0; Date.now() < until; n++) {
        const answer = await gql(api, UPDATE, { input: { id, version, position: `bench ${name} ${i}.${n}` } }, token);
        if (answer.data?.updatePerson) {
          version = answer.data.updatePerson.version;
          result.writes++;
          continue;
        }
        const code = answer.errors?.[0]?.extensions?.code;
        if (code === 'CONFLICT') result.conflicts++;
        else {
          result.failures++;
          if (result.failuresSeen.length < 3) result.failuresSeen.push(`${code}: ${answer.errors?.[0]?.message}`);
        }
        version = (await gql(api, READ, { id }, token)).data!.person!.version;
      }
    }),
  );
  result.seconds = (Date.now() - started) / 1000;
  // Lines of the requests that ended last may still be on their way.
  await sleep(300);
  all.forEach((api, i) => {
    const added = api.output.slice(logsBefore[i]);
    result.retried += count(added, RETRIED);
    result.givenUp += count(added, GIVEN_UP);
  });
  return result;
}

async function main(): Promise<void> {
  const clients = option('clients', 6);
  const seconds = option('seconds', 15);
  const urls = (process.env.CLUSTER_URLS || DEFAULT_CLUSTER_URLS).split(',').map((url) => url.trim());
  const connections: Connection[] = [];
  const apis: Api[] = [];
  let drop: (() => Promise<void>) | undefined;
  try {
    for (const url of urls) {
      const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:')).catch((error: unknown) => {
        throw new Error(`cannot reach ${url} (${String(error)}); start the cluster with "npm run cluster:start"`);
      });
      const [status] = await rows<{ Value: string }>(connection, "SHOW STATUS LIKE 'wsrep_cluster_size'");
      if (Number(status?.Value ?? 0) < urls.length) throw new Error(`${url} is not in a cluster of ${urls.length} nodes`);
      await connection.end();
    }
    const scratch = await createScratchDatabase(urls[0]);
    drop = () => scratch.drop();
    const name = new URL(scratch.database.url).pathname;
    const nodeUrls = urls.map((url) => Object.assign(new URL(url), { pathname: name }).toString());
    process.stdout.write(`cluster-bench: ${urls.length} nodes, ${clients} clients, ${seconds} s per phase, database ${name.slice(1)}\n`);
    apis.push(await startApi(1, nodeUrls[0], true));
    for (const url of nodeUrls) {
      const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
      // Reads wait until the node has applied what the cluster committed before them.
      await connection.query('SET SESSION wsrep_sync_wait = 1');
      connections.push(connection);
      await connection.query('SELECT COUNT(*) FROM audit_entry');
    }
    apis.push(...(await Promise.all(nodeUrls.slice(1).map((url, i) => startApi(i + 2, url, false)))));
    // As many processes again on node 1: the control that tells the database's part from the API's.
    const perNode = [...apis];
    apis.push(...(await Promise.all(nodeUrls.slice(1).map(() => startApi(1, nodeUrls[0], false)))));
    const onFirst = [apis[0], ...apis.slice(perNode.length)];
    const all = apis;

    const login = await gql(apis[0], 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { login: 'admin', password: DEMO_PASSWORD },
    });
    const token = login.data!.login!.token;
    const people = (await rows<{ id: number }>(connections[0], 'SELECT id FROM person ORDER BY id LIMIT ?', [clients])).map((row) =>
      Number(row.id),
    );
    for (const connection of connections) await connection.query('SELECT COUNT(*) FROM session');

    // A short warm-up on every process (compiled paths, pools), not counted.
    await phase('warm-up', all, all, token, people, 2);
    const phases = [
      await phase('1 node, 1 process', [apis[0]], all, token, people, seconds),
      await phase(`1 node, ${onFirst.length} processes`, onFirst, all, token, people, seconds),
      await phase(`${perNode.length} nodes, 1 process each`, perNode, all, token, people, seconds),
    ];

    const heads = await Promise.all(
      connections.map(async (connection) =>
        Number((await rows<{ lastEntryId: number }>(connection, 'SELECT lastEntryId FROM audit_head WHERE id = 1'))[0].lastEntryId),
      ),
    );
    const head = { lastEntryId: heads[0] };
    const consistent = heads.every((id) => id === heads[0]);

    process.stdout.write('\nphase                    writes/s  writes  refused (CONFLICT)  failed  transactions retried  given up\n');
    for (const p of phases) {
      process.stdout.write(
        `${p.name.padEnd(24)} ${(p.writes / p.seconds).toFixed(1).padStart(8)}  ${String(p.writes).padStart(6)}  ${String(p.conflicts).padStart(18)}  ${String(p.failures).padStart(6)}  ${String(p.retried).padStart(20)}  ${String(p.givenUp).padStart(8)}\n`,
      );
      for (const seen of p.failuresSeen) process.stdout.write(`    failed: ${seen}\n`);
    }
    process.stdout.write(
      `\nload average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ' ',
        )} on ${availableParallelism()} cores; every node's audit head at entry ${head.lastEntryId}: ${consistent ? 'the same on all nodes' : 'NODES DIFFER'}\n`,
    );
    process.stdout.write(`${JSON.stringify({ clients, seconds, phases: phases.map(({ failuresSeen: _, ...p }) => p) })}\n`);
    if (!consistent || phases.some((p) => p.failures > 0)) process.exitCode = 1;
  } finally {
    for (const api of apis) api.child.kill('SIGTERM');
    await Promise.all(apis.map((api) => (api.child.exitCode === null ? new Promise((resolve) => api.child.once('exit', resolve)) : null)));
    for (const api of apis) rmSync(api.dataDir, { recursive: true, force: true });
    await Promise.all(connections.map((connection) => connection.end()));
    await drop?.();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`cluster-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
