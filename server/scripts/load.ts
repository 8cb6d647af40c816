/**
 * `npm run load -- [--clients 10] [--seconds 20] [--sqlite]`: the real server with the demo data, on
 * a scratch database beside the one DATABASE_URL names (default mariadb://root@127.0.0.1:3306/test)
 * or, with --sqlite, on a temporary SQLite file, driven over HTTP by autocannon: each connection is a
 * signed-in client of one role cycling through what that role does (lists with filters and pages,
 * nested reads, summaries, single records, and for team members an edit of a finding sent with the
 * version just read). Prints requests, req/s, errors (non-2xx answers and GraphQL errors; CONFLICTs
 * apart, as the expected outcome of racing edits), latency and the server's RSS. Exit code 1 when
 * any request failed.
 *
 * The server runs in a child process, so that generating the load does not share its event loop.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDatabaseUrl, type DatabaseConfig } from '../config';
import { connect } from '../db/connect';
import { createScratchDatabase } from '../db/scratch';
import { createApp } from '../app';
import { loadDemo } from '../demo/load-demo';
import { DEMO_PASSWORD } from '../demo/demo-data';
import { gracefulShutdown } from '../http/shutdown';

const DEFAULT_DATABASE_URL = 'mariadb://root@127.0.0.1:3306/test';
/** One of each role that uses the API day to day, taken in turn by the connections: from 8 clients on, two team members race to edit. */
const ROLES = ['team1', 'analyst', 'lg.leader', 'office', 'liaison', 'receiver', 'leader'] as const;
type Role = (typeof ROLES)[number];
/** Longer than any request takes under load, so that those cut off at the end have finished. */
const ABANDONED_REQUESTS_MS = 2000;

// ---------------------------------------------------------------------------------------------
// autocannon ships no types: the part of its API used here

interface LoadRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: LoadRequest, context: Record<string, unknown>) => LoadRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface LoadClient {
  setRequests(requests: LoadRequest[]): void;
}
interface Histogram {
  average: number;
  total: number;
  p50: number;
  p99: number;
  max: number;
}
interface LoadResult {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type LoadRun = EventEmitter & PromiseLike<LoadResult>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package has no types: the cast gives it the part used here
const autocannon = require('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  method: string;
  headers: Record<string, string>;
  requests: LoadRequest[];
  setupClient: (client: LoadClient) => void;
}) => LoadRun;

// ---------------------------------------------------------------------------------------------

interface Options {
  clients: number;
  seconds: number;
  sqlite: boolean;
}

function parseOptions(args: string[]): Options {
  const value = (flag: string, fallback: number) => {
    const i = args.indexOf(flag);
    if (i < 0) return fallback;
    const n = Number(args[i + 1]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number of at least 1, got "${args[i + 1]}"`);
    return n;
  };
  return { clients: value('--clients', 10), seconds: value('--seconds', 20), sqlite: args.includes('--sqlite') };
}

// ---------------------------------------------------------------------------------------------
// The server, in its own process

async function temporaryDatabase(sqlite: boolean): Promise<{ database: DatabaseConfig; drop(): Promise<void> }> {
  if (!sqlite) return createScratchDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const dir = mkdtempSync(join(tmpdir(), 'inspection-load-'));
  const database = { ...parseDatabaseUrl(`sqlite:${join(dir, 'load.sqlite')}`, dir), auditKey: randomBytes(32).toString('base64url') };
  return { database, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Resident set size now, and the highest this process has had (from the kernel where it says). */
function memory(): { rss: number; peak: number } {
  const rss = process.memoryUsage().rss;
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return { rss, peak: kb ? Number(kb) * 1024 : rss };
  } catch {
    return { rss, peak: rss };
  }
}

async function serve(options: Options): Promise<void> {
  const scratch = await temporaryDatabase(options.sqlite);
  const db = await connect(scratch.database, { attempts: 1 });
  await loadDemo(db);
  const app = await createApp({ tokenSecret: randomBytes(32).toString('hex'), tokenTtlSeconds: 3600 }, db);
  const server = app.express.listen(0, '127.0.0.1');
  await once(server, 'listening');
  // Sampled during the run: the kernel's high-water mark also holds what loading the demo took.
  let peakDuringRun = 0;
  const sampler = setInterval(() => (peakDuringRun = Math.max(peakDuringRun, process.memoryUsage().rss)), 100);
  process.send!({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    kind: scratch.database.kind,
    rss: memory().rss,
  });
  process.on('message', (message) => {
    if (message === 'start') peakDuringRun = process.memoryUsage().rss;
    if (message !== 'stop') return;
    clearInterval(sampler);
    process.send!({ peakDuringRun, peakEver: memory().peak });
    // The load stops mid-request: those answers have nobody left to read them, but still need the database.
    setTimeout(async () => {
      await gracefulShutdown(server, app, db);
      await scratch.drop();
      process.exit(0);
    }, ABANDONED_REQUESTS_MS);
  });
}

// ---------------------------------------------------------------------------------------------
// What each role does

interface Tally {
  requests: number;
  writes: number;
  errors: number;
  conflicts: number;
  latencies: number[];
  firstErrors: string[];
}

const newTally = (): Tally => ({ requests: 0, writes: 0, errors: 0, conflicts: 0, latencies: [], firstErrors: [] });

/** One request of a role's cycle: a GraphQL operation whose variables may depend on what came before. */
interface Step {
  name: string;
  query: string;
  variables?: (context: Record<string, unknown>, turn: number) => Record<string, unknown>;
  /** Keeps what a later step needs (the version just read). */
  remember?: (data: unknown, context: Record<string, unknown>) => void;
}

async function graphql<T = unknown>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${query.slice(0, 60)}…: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

const page = (turn: number) => ({ skip: (turn % 4) * 10, take: 10 });

/** Each role's cycle, with the ids it needs looked up as that role. */
async function cycles(url: string, tokens: Record<Role, string>): Promise<Record<Role, Step[]>> {
  const first = async (role: Role, query: string) =>
    (await graphql<{ list: { items: Array<{ id: number }> } }>(url, query, {}, tokens[role])).list.items[0]?.id;
  const round = await first('lg.leader', '{ list: rounds(page: { take: 1 }) { items { id } } }');
  const fieldwork = await first('team1', '{ list: assignments(filter: { stages: [INQUIRY] }, page: { take: 1 }) { items { id } } }');
  const editable = await first(
    'team1',
    `{ list: findings(filter: { assignmentId: ${fieldwork}, statuses: [RECORDED] }, page: { take: 1 }) { items { id } } }`,
  );
  const rectification = await first('liaison', '{ list: rectificationItems(page: { take: 1 }) { items { id } } }');
  const transferred = await first(
    'receiver',
    '{ list: findings(filter: { statuses: [TRANSFERRED] }, page: { take: 1 }) { items { id } } }',
  );
  const preparing = await first('office', '{ list: assignments(filter: { stages: [PREPARATION] }, page: { take: 1 }) { items { id } } }');

  const summary = 'total { count } groups { key count withheld fewerThan averageDays }';
  const assignmentWithPeople = `id stage startsOn endsOn team { id name } target { id name level } round { id title }
    staff(first: 10) { id person { id name position } }`;
  return {
    analyst: [
      {
        name: 'bodies by level, paged',
        query:
          'query($page: PageInput) { bodies(filter: { levels: [PROVINCIAL, MUNICIPAL] }, sort: [{ field: NAME }], page: $page) { totalCount items { id code name kind level parent { id name } } } }',
        variables: (_, turn) => ({ page: page(turn) }),
      },
      {
        name: 'people by rank, paged',
        query:
          'query($page: PageInput) { people(filter: { q: "厅" }, sort: [{ field: NAME }], page: $page) { totalCount items { id name position rank employer { id name } } } }',
        variables: (_, turn) => ({ page: page(turn) }),
      },
      {
        name: 'findings by category',
        query:
          '{ findings(filter: { categories: [CORRUPTION, WORK_STYLE] }, page: { take: 20 }) { totalCount items { id category subKind severity status target { id name } } } }',
      },
      { name: 'finding summary', query: `{ findingSummary(groupBy: [CATEGORY, STATUS]) { ${summary} } }` },
      {
        name: 'inspections with staff',
        query: `{ assignments(filter: { stages: [INQUIRY, REPORTING] }, page: { take: 10 }) { totalCount items { ${assignmentWithPeople} } } }`,
      },
    ],
    'lg.leader': [
      {
        name: 'urgent findings',
        query:
          '{ findings(filter: { urgent: true }, page: { take: 20 }) { totalCount items { id severity status evidenceSummary assignment { id stage } } } }',
      },
      {
        name: 'inspections of a plan',
        query: `query($round: Int) { assignments(filter: { roundId: $round }, page: { take: 20 }) { totalCount items { ${assignmentWithPeople} } } }`,
        variables: () => ({ round }),
      },
      {
        name: 'plan report',
        query: `query($round: Int!) { roundReport(roundId: $round) { findingsByCategory { ${summary} } inspectionsByStage { ${summary} } rectificationByState { ${summary} } } }`,
        variables: () => ({ round }),
      },
      { name: 'reports', query: '{ reports(page: { take: 10 }) { totalCount items { id assignmentId version } } }' },
    ],
    office: [
      { name: 'plans', query: '{ rounds(page: { take: 10 }) { totalCount items { id year number title status approvedOn } } }' },
      {
        name: 'inspections in preparation',
        query:
          '{ assignments(filter: { stages: [PREPARATION, INQUIRY] }, page: { take: 10 }) { totalCount items { id stage team { name } target { name } } } }',
      },
      {
        name: 'one inspection, staffed',
        query: `query($id: Int!) { assignment(id: $id) { ${assignmentWithPeople} leaderGrants(first: 5) { id validFrom validUntil } } }`,
        variables: () => ({ id: preparing }),
      },
      {
        name: 'overdue rectification',
        query: '{ rectificationItems(filter: { overdue: true }, page: { take: 20 }) { totalCount items { id deadline status progress } } }',
      },
      { name: 'inspection summary', query: `{ assignmentSummary(groupBy: [STAGE, TEAM]) { ${summary} } }` },
    ],
    team1: [
      {
        name: 'the finding to edit',
        query: 'query($id: Int!) { finding(id: $id) { id version severity evidenceSummary } }',
        variables: () => ({ id: editable }),
        remember: (data, context) => (context.version = (data as { finding: { version: number } }).finding.version),
      },
      {
        name: 'own inspection',
        query: `query($id: Int!) { assignment(id: $id) { ${assignmentWithPeople} } }`,
        variables: () => ({ id: fieldwork }),
      },
      {
        name: 'its findings',
        query:
          'query($id: Int) { findings(filter: { assignmentId: $id }, page: { take: 25 }) { totalCount items { id category severity status urgent } } }',
        variables: () => ({ id: fieldwork }),
      },
      {
        name: 'its activities',
        query:
          'query($id: Int) { activities(filter: { assignmentId: $id }, page: { take: 25 }) { totalCount items { id method heldOn peopleReached } } }',
        variables: () => ({ id: fieldwork }),
      },
      {
        name: 'its intake',
        query:
          'query($id: Int) { intakeItems(filter: { assignmentId: $id }, page: { take: 25 }) { totalCount items { id channel receivedOn } } }',
        variables: () => ({ id: fieldwork }),
      },
      {
        name: 'edit the finding',
        query: 'mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { id version } }',
        variables: (context, turn) => ({
          input: { id: editable, version: context.version, evidenceSummary: `Evidence as revised in the load run, turn ${turn}` },
        }),
      },
    ],
    liaison: [
      {
        name: 'items addressed to it',
        query: '{ rectificationItems(page: { take: 25 }) { totalCount items { id description deadline status overdue } } }',
      },
      {
        name: 'one item',
        query: 'query($id: Int!) { rectificationItem(id: $id) { id description progress deadline status version } }',
        variables: () => ({ id: rectification }),
      },
      { name: 'rectification summary', query: `{ rectificationSummary(groupBy: [STATUS]) { ${summary} } }` },
    ],
    receiver: [
      {
        name: 'transferred findings',
        query:
          '{ findings(filter: { statuses: [TRANSFERRED, CONCLUDED] }, page: { take: 25 }) { totalCount items { id category severity transferredOn target { name } } } }',
      },
      {
        name: 'one transferred finding',
        query: 'query($id: Int!) { finding(id: $id) { id evidenceSummary decision decisionNote transferredOn outcome } }',
        variables: () => ({ id: transferred }),
      },
    ],
    leader: [
      { name: 'finding summary', query: `{ findingSummary(groupBy: [CATEGORY]) { ${summary} } }` },
      { name: 'inspection summary', query: `{ assignmentSummary(groupBy: [STAGE]) { ${summary} } }` },
      { name: 'rectification summary', query: `{ rectificationSummary(groupBy: [STATUS]) { ${summary} } }` },
    ],
  };
}

/** A role's cycle as autocannon requests, counting errors and CONFLICTs as answers come in. */
function loadRequests(steps: Step[], token: string, tally: Tally): LoadRequest[] {
  let turn = 0;
  return steps.map((step, i) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: step.query, variables: step.variables?.({}, 0) ?? {} }),
    setupRequest: (request, context) => {
      if (i === 0) turn++;
      return step.variables
        ? { ...request, body: JSON.stringify({ query: step.query, variables: step.variables(context, turn) }) }
        : request;
    },
    onResponse: (status, body, context) => {
      let parsed: { data?: unknown; errors?: Array<{ extensions?: { code?: string }; message?: string }> } | undefined;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
      const codes = (parsed?.errors ?? []).map((e) => e.extensions?.code);
      if (codes.length && codes.every((code) => code === 'CONFLICT')) {
        tally.conflicts++;
      } else if (status < 200 || status > 299 || !parsed || codes.length) {
        tally.errors++;
        if (tally.firstErrors.length < 5) tally.firstErrors.push(`${step.name}: HTTP ${status} ${body.trim().slice(0, 200)}`);
      } else {
        if (step.query.startsWith('mutation')) tally.writes++;
        step.remember?.(parsed.data, context);
      }
    },
  }));
}

// ---------------------------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

async function drive(options: Options): Promise<number> {
  const child: ChildProcess = fork(__filename, ['--serve', ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = once(child, 'exit');
  const reply = async <T>(): Promise<T> =>
    ((await Promise.race([once(child, 'message'), exited.then(() => Promise.reject(new Error('the server process stopped')))])) as [T])[0];
  try {
    const started = await reply<{ url: string; kind: string; rss: number }>();
    const { url } = started;
    const tokens = {} as Record<Role, string>;
    for (const role of ROLES) {
      const data = await graphql<{ login: { token: string } }>(url, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { login: role, password: DEMO_PASSWORD },
      });
      tokens[role] = data.login.token;
    }
    const steps = await cycles(url, tokens);
    // Every step once, in order, before timing anything: a step that fails alone would only add noise.
    for (const role of ROLES) {
      const context: Record<string, unknown> = {};
      for (const step of steps[role]) {
        const data = await graphql(url, step.query, step.variables?.(context, 0) ?? {}, tokens[role]);
        step.remember?.(data, context);
      }
    }

    const tallies = Object.fromEntries(ROLES.map((r) => [r, newTally()])) as Record<Role, Tally>;
    const roleOf = new Map<LoadClient, Role>();
    const clientsByRole = new Map<Role, number>();
    let connection = 0;
    child.send('start');
    const run = autocannon({
      url,
      connections: options.clients,
      duration: options.seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{}],
      setupClient: (client) => {
        const role = ROLES[connection++ % ROLES.length];
        roleOf.set(client, role);
        clientsByRole.set(role, (clientsByRole.get(role) ?? 0) + 1);
        client.setRequests(loadRequests(steps[role], tokens[role], tallies[role]));
      },
    });
    run.on('response', (client: LoadClient, _status: number, _bytes: number, responseTime: number) => {
      const tally = tallies[roleOf.get(client)!];
      tally.requests++;
      tally.latencies.push(responseTime);
    });
    const result = await run;
    child.send('stop');
    const memoryUse = await reply<{ peakDuringRun: number; peakEver: number }>();

    const all = newTally();
    const rows = [['role', 'clients', 'requests', 'req/s', 'writes', 'conflicts', 'errors', 'p50 ms', 'p99 ms', 'max ms']];
    const row = (name: string, clients: number, t: Tally) => {
      const sorted = [...t.latencies].sort((a, b) => a - b);
      rows.push([
        name,
        String(clients),
        String(t.requests),
        (t.requests / result.duration).toFixed(1),
        String(t.writes),
        String(t.conflicts),
        String(t.errors),
        percentile(sorted, 50).toFixed(1),
        percentile(sorted, 99).toFixed(1),
        (sorted[sorted.length - 1] ?? 0).toFixed(1),
      ]);
    };
    for (const role of ROLES) {
      const t = tallies[role];
      if (!clientsByRole.get(role)) continue;
      row(role, clientsByRole.get(role)!, t);
      all.requests += t.requests;
      all.writes += t.writes;
      all.errors += t.errors;
      all.conflicts += t.conflicts;
      all.latencies.push(...t.latencies);
      all.firstErrors.push(...t.firstErrors);
    }
    // Failures below HTTP (connection errors, timeouts) never reach a response handler.
    all.errors += result.errors;
    row('all', options.clients, all);

    process.stdout.write(
      `\nLoad run on ${started.kind}: ${options.clients} clients for ${options.seconds} s (${result.duration.toFixed(1)} s measured)\n\n${table(rows)}\n\n` +
        `autocannon: ${result.requests.total} requests, ${result.requests.average.toFixed(1)} req/s on average, ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ` +
        `${result.non2xx} non-2xx, ${result.errors} connection errors, ${result.timeouts} timeouts\n` +
        `server RSS: ${megabytes(started.rss)} before the run, ${megabytes(memoryUse.peakDuringRun)} peak during it (${megabytes(memoryUse.peakEver)} peak since start, demo load included)\n`,
    );
    if (all.errors) process.stdout.write(`\nFirst errors:\n  ${all.firstErrors.join('\n  ')}\n`);
    await exited;
    return all.errors ? 1 : 0;
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

const options = parseOptions(process.argv.slice(2));
const work = process.argv.includes('--serve') ? serve(options).then(() => undefined) : drive(options).then((code) => process.exit(code));
work.catch((error: unknown) => {
  process.stderr.write(`load run failed: ${(error as Error).stack ?? error}\n`);
  process.exit(2);
});
