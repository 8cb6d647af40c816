/**
 * `npm run bench -- [--sqlite] [--mariadb] [--reseed] [--seconds 10] [--runs 200] [--only floor,page,…] [--no-build] [--explain] [--scale 100]`
 *
 * Measures the real server over HTTP on the large profile (and, to show how figures grow, on the
 * demo), on SQLite and on MariaDB (both unless one is named), and prints one table. The datasets are
 * generated once (data/bench/*.sqlite, MariaDB databases `bench` and `bench_demo` on the server of
 * BENCH_MARIADB_URL, default mariadb://root@127.0.0.1:3306) and reused until --reseed. Every
 * timing is a median (and p99) of many runs after a warm-up, beside its baseline measured in the same
 * run: the same SQL sent through the bare driver. With --explain it prints the plans of the hot
 * queries instead (what server/db/migrations/INDEXES.md describes).
 *
 * Besides the figures against their SQL, the server's cost is given as ratios against a floor: a
 * bare server (server/bench/bare-server.ts) answering the same page with the same statements, and
 * the anonymous `{ __typename }`; the promises and bytes one request allocates (a probe preloaded into
 * a server of its own, server/bench/probe.ts); and the throughput of one server process against two.
 * Every server is started with WORKERS set: 1, except where the rows compare 1 with 2.
 *
 * `--scale N` measures the large profile at scale N instead of 100 (the same logins exist from 2 up),
 * for a quick run; its figures are not those the targets were set for.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BareParameter, BareSpec } from '../bench/bare-server';
import { benchDatabase, ensureSeeded, type Engine, type Size } from '../bench/bench-databases';
import { graphql, percentile, signIn, throughput, timed, type Operation, type Throughput } from '../bench/measure';
import { throughputInChild } from '../bench/load-child';
import type { ProbeCounts } from '../bench/probe';
import { buildServer, startBareServer, startServer, type ServerOptions, type ServerProcess } from '../bench/server-process';
import { InProcessApi, openDirectDriver, type DirectDriver, type Statement } from '../bench/sql-baseline';
import type { DatabaseConfig } from '../config';
import { pathRange } from '../scope/paths';
import { LARGE_SCALE, parseScale } from '../seed/profile';

/** Parts of the run that `--only` can pick. */
const SECTIONS = ['latency', 'summary', 'records', 'floor', 'load', 'page', 'memory', 'probe', 'workers', 'replicas'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  engines: Engine[];
  /** What to measure: every section unless `--only` names some. */
  sections: Set<Section>;
  reseed: boolean;
  seconds: number;
  runs: number;
  build: boolean;
  /** Print the plan of every statement the hot queries run, and measure nothing. */
  explain: boolean;
  mariadbServer: string;
  /** The scale the large profile is generated at. */
  scale: number;
}

function parseOptions(args: string[]): Options {
  const known = ['--sqlite', '--mariadb', '--reseed', '--seconds', '--runs', '--only', '--no-build', '--explain', '--scale'];
  for (const arg of args)
    if (arg.startsWith('--') && !known.includes(arg)) throw new Error(`unknown option ${arg}; known: ${known.join(' ')}`);
  const number = (flag: string, fallback: number) => {
    const i = args.indexOf(flag);
    if (i < 0) return fallback;
    const n = Number(args[i + 1]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number of at least 1, got "${args[i + 1]}"`);
    return n;
  };
  const named = (['sqlite', 'mariadb'] as const).filter((e) => args.includes(`--${e}`));
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : [...SECTIONS];
  for (const section of only)
    if (!SECTIONS.includes(section as Section)) throw new Error(`unknown section "${section}" for --only; known: ${SECTIONS.join(',')}`);
  return {
    engines: named.length ? [...named] : ['sqlite', 'mariadb'],
    sections: new Set(only as Section[]),
    reseed: args.includes('--reseed'),
    seconds: number('--seconds', 10),
    runs: number('--runs', 200),
    build: !args.includes('--no-build') && !args.includes('--explain'),
    explain: args.includes('--explain'),
    mariadbServer: process.env.BENCH_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306',
    scale: args.includes('--scale') ? parseScale(args[args.indexOf('--scale') + 1] ?? '') : LARGE_SCALE,
  };
}

// ---------------------------------------------------------------------------------------------
// Who asks what, at each size

interface Logins {
  national: string;
  provincial: string;
  /** An analyst whose scope is one body (a team); the demo has none. */
  leaf: string | null;
  leader: string;
  provincialLeader: string;
  liaison: string;
  receiver: string;
  office: string;
  team: string;
  /** A leader of a provincial leading group, who reads its evaluations' results. */
  leadingGroup: string;
}

const LOGINS: Record<Size, Logins> = {
  demo: {
    national: 'analyst',
    provincial: 'qc.analyst',
    leaf: null,
    leader: 'leader',
    provincialLeader: 'qc.leader',
    liaison: 'liaison',
    receiver: 'receiver',
    office: 'office',
    team: 'team1',
    leadingGroup: 'lg.leader',
  },
  large: {
    national: 'analyst',
    provincial: 'p01.analyst',
    leaf: 'leaf.analyst',
    leader: 'leader',
    provincialLeader: 'p01.leader',
    liaison: 'p01.liaison',
    receiver: 'leaf.receiver',
    office: 'p01.office',
    team: 'p01.team',
    leadingGroup: 'p01.lg.leader',
  },
};

const NESTED_FINDINGS = (take: number): Operation => ({
  query: 'query($take: Int!) { findings(page: { take: $take }) { items { id target { id name parent { id name } } } } }',
  variables: { take },
});
const NESTED_ASSIGNMENTS = (take: number): Operation => ({
  query: 'query($take: Int!) { assignments(page: { take: $take }) { items { id team { id name members(first: 10) { id role } } } } }',
  variables: { take },
});
const FIELDS = 'id category severity status createdAt evidenceSummary';
/** The scoped list: a page of 50 findings of one category, newest first, with the total as a console asks for it. */
const SCOPED_LIST: Operation = {
  query: `query($categories: [FindingCategory!]) { findings(filter: { categories: $categories }, page: { take: 50 }) { totalCount items { ${FIELDS} } } }`,
  variables: { categories: ['CORRUPTION'] },
};
/** The part of SCOPED_LIST's answer that is read back. */
interface ScopedListAnswer {
  findings: { totalCount: number };
}
/** The same page without the total, which costs as much as the scope holds. */
const PAGE_ONLY: Operation = {
  query: `query($categories: [FindingCategory!]) { findings(filter: { categories: $categories }, page: { take: 50 }) { items { ${FIELDS} } } }`,
  variables: { categories: ['CORRUPTION'] },
};
/** The least a request can cost: the HTTP and GraphQL pipeline alone, then with the caller signed in. */
const NOTHING: Operation = { query: '{ __typename }' };
const LEADER_SUMMARY: Operation = { query: '{ findingSummary(groupBy: [CATEGORY, STAGE]) { total { count } groups { key count } } }' };
const GROUP_BY_SQL =
  'SELECT f.category, a.stage, COUNT(*) AS n FROM finding f LEFT JOIN assignment a ON a.id = f.assignmentId WHERE f.scopePath >= ? AND f.scopePath < ? GROUP BY f.category, a.stage';

/** The working records beside the findings, each as the one who works with them reads them. */
const TEAM_TALKS: Operation = {
  query: '{ talks(page: { take: 25 }) { totalCount items { id heldOn talkerIds intervieweePost intervieweeCategory matters } } }',
};
const OVERDUE_RECORDS: Operation = {
  query:
    '{ recordsRequests(filter: { overdue: true }, page: { take: 50 }) { totalCount items { id description requestedOn dueOn status } } }',
};
const EVALUATION_RESULTS = (id: number): Operation => ({
  query: `query($id: Int!) { evaluation(id: $id) { id title results { sealed linksIssued linksUsed
    subjects { subjectId name ballots withheld competent basicallyCompetent notCompetent unrated } answers { questionId answers } } } }`,
  variables: { id },
});
const MY_QUEUE: Operation = {
  query: '{ myQueue { totalCount groups { kind totalCount items { recordId recordType title dueOn targetName inspectionName } } } }',
};
/** The parts of their answers that are read back. */
interface QueueAnswer {
  myQueue: { groups: Array<{ kind: string; totalCount: number }> };
}

function mixedRoles(l: Logins): Array<{ login: string; operation: Operation }> {
  const mine = (list: string, fields: string, take = 25) => ({
    query: `{ ${list}(page: { take: ${take} }) { totalCount items { ${fields} } } }`,
  });
  return [
    { login: l.provincial, operation: SCOPED_LIST },
    { login: l.leaf ?? l.provincial, operation: SCOPED_LIST },
    { login: l.national, operation: PAGE_ONLY },
    { login: l.provincialLeader, operation: LEADER_SUMMARY },
    { login: l.liaison, operation: mine('rectificationItems', 'id deadline status overdue') },
    { login: l.receiver, operation: mine('findings', 'id category status transferredOn target { id name }') },
    { login: l.office, operation: mine('assignments', 'id stage startsOn team { id name } target { id name }', 10) },
    { login: l.team, operation: mine('assignments', 'id stage staff(first: 10) { id person { id name } }', 10) },
  ];
}

// ---------------------------------------------------------------------------------------------
// Results

interface Latency {
  p50: number;
  p99: number;
  /** The same statements through the bare driver. */
  direct: number;
  statements: number;
}

interface WorkingRecords {
  /** A page of 25 talks for a team member (p01.team). */
  talks: Latency & { rows: number };
  /** A page of 50 records requests past due, with the total, for the provincial analyst. */
  overdueRecords: Latency & { rows: number };
  /** The results (the tally) of the largest closed evaluation under a provincial leading group, for its leader. */
  tally: Latency & { ballots: number; subjects: number };
  /** myQueue for the receiving member of a city's discipline commission: transfers and overdue requests for help. */
  queue: Latency & { helpDue: number; transfers: number };
}

interface SizeResults {
  statements: { findings: [number, number]; assignments: [number, number] };
  records: WorkingRecords;
  scopedList: Latency;
  summary: Latency;
  /** A page of 50 without and with the total, by scope. */
  scopes: Array<{ scope: string; rows: number; page: Latency; counted: Latency }>;
}

interface EngineResults {
  seedSeconds: Record<Size, number>;
  /** `{ __typename }` anonymous and signed in: latency p50 and throughput at 10 clients. */
  floor?: { anonymous: Throughput; signedIn: Throughput; latency: number };
  /** What `--only` left out is missing; the table shows it as "-". */
  sizes: Partial<Record<Size, Partial<SizeResults>>>;
  /** The scoped page (PAGE_ONLY, provincial analyst) at 10 clients from the API and from the bare server. */
  page?: { api: Throughput; bare: Throughput; sameAnswer: boolean };
  /** Counted by the probe over `runs` requests one after another, on a server of its own. */
  probe?: { runs: number; page: ProbeCounts; nothing: ProbeCounts; breakdown: ProbeCounts };
  /** The same loads against WORKERS=1 and WORKERS=2, with the processes each server ran. */
  workers?: {
    connections: number;
    processes: [number, number];
    page: [Throughput, Throughput];
    mixed: [Throughput, Throughput];
  };
  load?: { list10: Throughput; list50: Throughput; mixed10: Throughput; mixed50: Throughput };
  memory?: {
    idle: number;
    signInPeak: number;
    peak: number;
    exportPeak: number | null;
    exportRows: number | null;
    exportSeconds: number | null;
    exportNote?: string;
  };
  replicas?: { first: Throughput; second: Throughput; sameAnswer: boolean; answers: [number, number] };
}

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * Tokens of one engine's servers, which share its secret and its sessions: a token signed in on one
 * server is good on the next, and signing in (Argon2id) is done once per login.
 */
class Tokens {
  private readonly tokens = new Map<string, string>();

  async get(server: ServerProcess, login: string): Promise<string> {
    if (!this.tokens.has(login)) this.tokens.set(login, await signIn(server.url, login));
    return this.tokens.get(login)!;
  }
}

/** The claims of a token of ours, read without checking it (the server checks it). */
function claimsOf(token: string): { accountId: number; sessionId: number } {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string; sid: number };
  return { accountId: Number(payload.sub), sessionId: Number(payload.sid) };
}

class Bench {
  constructor(
    private readonly options: Options,
    private readonly server: ServerProcess,
    private readonly api: InProcessApi,
    private readonly direct: DirectDriver,
    private readonly tokens: Tokens,
    private readonly database: DatabaseConfig,
    private readonly secret: string,
  ) {}

  token(login: string): Promise<string> {
    return this.tokens.get(this.server, login);
  }

  async statementCount(login: string, operation: Operation): Promise<number> {
    return (await this.api.run(login, operation.query, operation.variables)).statements.length;
  }

  /** API latency over HTTP, and the same statements through the driver, each after a warm-up. */
  async latency(login: string, operation: Operation, runs: number, baseline?: Statement[]): Promise<Latency> {
    const token = await this.token(login);
    const statements = baseline ?? (await this.api.run(login, operation.query, operation.variables)).statements;
    const warmup = Math.max(3, Math.round(runs / 10));
    const api = await timed(() => graphql(this.server.url, operation, token), { warmup, runs });
    const direct = await timed(() => this.direct.run(statements), { warmup, runs });
    return { p50: percentile(api, 50), p99: percentile(api, 99), direct: percentile(direct, 50), statements: statements.length };
  }

  async size(size: Size): Promise<Partial<SizeResults>> {
    const l = LOGINS[size];
    const { runs, sections } = this.options;
    const results: Partial<SizeResults> = {};
    if (sections.has('summary')) {
      process.stdout.write(`  leader's summary (${l.leader})\n`);
      const [committee] = await this.api.query<{ scopePath: string }>(
        'SELECT scopePath FROM body WHERE reportsToId IS NULL ORDER BY id LIMIT 1',
      );
      results.summary = await this.latency(l.leader, LEADER_SUMMARY, Math.max(10, Math.round(runs / 5)), [
        { sql: GROUP_BY_SQL, parameters: pathRange(committee.scopePath) },
      ]);
    }
    if (sections.has('records') && size === 'large') results.records = await this.workingRecords(size);
    if (!sections.has('latency')) return results;
    process.stdout.write(`  statements per nested request\n`);
    const statements = {
      findings: [
        await this.statementCount(l.national, NESTED_FINDINGS(10)),
        await this.statementCount(l.national, NESTED_FINDINGS(100)),
      ] as [number, number],
      assignments: [
        await this.statementCount(l.national, NESTED_ASSIGNMENTS(10)),
        await this.statementCount(l.national, NESTED_ASSIGNMENTS(100)),
      ] as [number, number],
    };
    process.stdout.write(`  scoped list (${l.provincial})\n`);
    const scopedList = await this.latency(l.provincial, SCOPED_LIST, runs);
    const scopes: SizeResults['scopes'] = [];
    for (const [scope, login] of [
      ['national', l.national],
      ['provincial', l.provincial],
      ['one body', l.leaf],
    ] as const) {
      if (!login) continue;
      process.stdout.write(`  a page of 50 for the ${scope} analyst (${login})\n`);
      const { data } = await this.api.run<ScopedListAnswer>(login, SCOPED_LIST.query, SCOPED_LIST.variables);
      scopes.push({
        scope,
        rows: data.findings.totalCount,
        page: await this.latency(login, PAGE_ONLY, runs),
        counted: await this.latency(login, SCOPED_LIST, runs),
      });
    }
    return { ...results, statements, scopedList, scopes };
  }

  async workingRecords(size: Size): Promise<WorkingRecords> {
    const l = LOGINS[size];
    const { runs } = this.options;
    const rows = async (login: string, operation: Operation, list: string) =>
      (await this.api.run<Record<string, { totalCount: number }>>(login, operation.query, operation.variables)).data[list].totalCount;
    process.stdout.write(`  a page of talks for the team (${l.team})\n`);
    const talks = { ...(await this.latency(l.team, TEAM_TALKS, runs)), rows: await rows(l.team, TEAM_TALKS, 'talks') };
    process.stdout.write(`  records requests past due (${l.provincial})\n`);
    const overdueRecords = {
      ...(await this.latency(l.provincial, OVERDUE_RECORDS, runs)),
      rows: await rows(l.provincial, OVERDUE_RECORDS, 'recordsRequests'),
    };
    process.stdout.write(`  an evaluation's results (${l.leadingGroup})\n`);
    const [group] = await this.api.query<{ scopePath: string }>(
      "SELECT g.scopePath FROM body g JOIN membership m ON m.bodyId = g.id JOIN account a ON a.personId = m.personId WHERE a.login = ? AND g.kind = 'LEADING_GROUP'",
      [l.leadingGroup],
    );
    const [evaluation] = await this.api.query<{ id: number; personIds: string }>(
      "SELECT id, personIds FROM evaluation WHERE status = 'CLOSED' AND scopePath >= ? AND scopePath < ? ORDER BY linksIssued DESC, id LIMIT 1",
      pathRange(group.scopePath),
    );
    const [used] = await this.api.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM ballot_link WHERE evaluationId = ? AND usedOn IS NOT NULL',
      [evaluation.id],
    );
    const tally = {
      ...(await this.latency(l.leadingGroup, EVALUATION_RESULTS(Number(evaluation.id)), runs)),
      ballots: Number(used.n),
      subjects: 1 + (JSON.parse(evaluation.personIds) as number[]).length,
    };
    process.stdout.write(`  the queue of a receiving department (${l.receiver})\n`);
    const { data } = await this.api.run<QueueAnswer>(l.receiver, MY_QUEUE.query);
    const inQueue = (kind: string) => data.myQueue.groups.find((g) => g.kind === kind)?.totalCount ?? 0;
    const queue = {
      ...(await this.latency(l.receiver, MY_QUEUE, runs)),
      helpDue: inQueue('HELP_REQUEST_DUE'),
      transfers: inQueue('TRANSFER_TO_CONCLUDE'),
    };
    return { talks, overdueRecords, tally, queue };
  }

  async load(size: Size): Promise<NonNullable<EngineResults['load']>> {
    const l = LOGINS[size];
    const { seconds } = this.options;
    const list = [{ operation: SCOPED_LIST, token: await this.token(l.provincial) }];
    const mixed: Array<{ operation: Operation; token: string }> = [];
    for (const { login, operation } of mixedRoles(l)) mixed.push({ operation, token: await this.token(login) });
    // Each call once before the clock starts: a call that fails alone would only add noise.
    for (const call of mixed) await graphql(this.server.url, call.operation, call.token);
    await throughput(this.server.url, mixed, 10, 2);
    process.stdout.write(`  throughput: scoped list, 10 and 50 clients\n`);
    const list10 = await throughput(this.server.url, list, 10, seconds);
    const list50 = await throughput(this.server.url, list, 50, seconds);
    process.stdout.write(`  throughput: mixed roles, 10 and 50 clients\n`);
    const mixed10 = await throughput(this.server.url, mixed, 10, seconds);
    const mixed50 = await throughput(this.server.url, mixed, 50, seconds);
    return { list10, list50, mixed10, mixed50 };
  }

  async floor(login: string): Promise<NonNullable<EngineResults['floor']>> {
    const token = await this.token(login);
    process.stdout.write(`  the floor: { __typename }, anonymous and signed in\n`);
    const latency = percentile(await timed(() => graphql(this.server.url, NOTHING, token), { warmup: 20, runs: this.options.runs }), 50);
    const anonymous = await throughput(this.server.url, [{ operation: NOTHING }], 10, this.options.seconds);
    const signedIn = await throughput(this.server.url, [{ operation: NOTHING, token }], 10, this.options.seconds);
    return { anonymous, signedIn, latency };
  }

  /**
   * The scoped page from the API and from the bare server, which is given the two statements the API
   * ran for it (captured here with the session check a request over HTTP adds) with the values that
   * come from the request marked, and checks the same token. Both answers must be the same JSON.
   */
  async page(engine: Engine, port: number): Promise<NonNullable<EngineResults['page']>> {
    const login = LOGINS.large.provincial;
    const token = await this.token(login);
    const { accountId, sessionId } = claimsOf(token);
    const { statements } = await this.api.run(login, PAGE_ONLY.query, PAGE_ONLY.variables, sessionId);
    if (statements.length !== 2)
      throw new Error(`the scoped page ran ${statements.length} statements, not the caller's lookup and the page`);
    const [lookup, page] = statements;
    const [caller] = await this.api.query<{ bodyPath: string }>(lookup.sql, lookup.parameters);
    const [from, to] = pathRange(caller.bodyPath);
    const timestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
    const spec: BareSpec = {
      database: { kind: this.database.kind, url: this.database.url },
      port,
      tokenSecret: this.secret,
      lookup: {
        sql: lookup.sql,
        parameters: lookup.parameters.map((p): BareParameter =>
          p === accountId
            ? { from: 'account' }
            : p === sessionId
              ? { from: 'session' }
              : typeof p === 'string' && timestamp.test(p)
                ? { from: 'now' }
                : (p as BareParameter),
        ),
      },
      page: {
        sql: page.sql,
        parameters: page.parameters.map((p): BareParameter =>
          p === from ? { from: 'scopeStart' } : p === to ? { from: 'scopeEnd' } : (p as BareParameter),
        ),
      },
      fields: FIELDS.split(' ').map((field) => ({
        field,
        column: `record_${field}`,
        kind: field === 'id' ? 'id' : field === 'createdAt' ? 'timestamp' : 'text',
      })),
    };
    const file = resolve('data', 'bench', `bare-server-${engine}.json`);
    writeFileSync(file, JSON.stringify(spec, null, 2));
    const bare = await startBareServer(file, port);
    try {
      const answers = [await graphql(this.server.url, PAGE_ONLY, token), await graphql(bare.url, PAGE_ONLY, token)];
      const calls = [{ operation: PAGE_ONLY, token }];
      const { seconds } = this.options;
      process.stdout.write(`  the scoped page, 10 clients: the API, then the bare server\n`);
      await throughputInChild({ url: bare.url, calls, connections: 10, seconds: 1 });
      const api = await throughputInChild({ url: this.server.url, calls, connections: 10, seconds });
      const bareResult = await throughputInChild({ url: bare.url, calls, connections: 10, seconds });
      return { api, bare: bareResult, sameAnswer: JSON.stringify(answers[0]) === JSON.stringify(answers[1]) };
    } catch (error) {
      process.stderr.write(`the bare server: ${bare.lastWords()}\n`);
      throw error;
    } finally {
      await bare.stop();
    }
  }

  /** Downloads a CSV export of about 100,000 findings, watching the server's memory while it streams. */
  async exportMemory(login: string): Promise<{ peak: number | null; rows: number | null; seconds: number | null; note?: string }> {
    const filter = encodeURIComponent(JSON.stringify({ statuses: ['DECIDED'] }));
    const url = `${new URL(this.server.url).origin}/exports/findings.csv?filter=${filter}`;
    this.server.resetPeak();
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${await this.token(login)}` } });
    if (response.status === 404)
      return { peak: null, rows: null, seconds: null, note: `not available (${(await response.text()).slice(0, 80)})` };
    if (!response.ok || !response.body) return { peak: null, rows: null, seconds: null, note: `failed: HTTP ${response.status}` };
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) for (const byte of chunk) if (byte === 10) lines++;
    return { peak: this.server.peakRss(), rows: lines - 1, seconds: (performance.now() - started) / 1000 };
  }
}

async function withServer<T>(
  database: DatabaseConfig,
  port: number,
  secret: string,
  options: ServerOptions,
  work: (server: ServerProcess) => Promise<T>,
): Promise<T> {
  const server = await startServer(database, port, secret, options);
  try {
    return await work(server);
  } catch (error) {
    process.stderr.write(`the server on port ${port}: ${server.lastWords()}\n`);
    throw error;
  } finally {
    await server.stop();
  }
}

/** Sections measured on the one server of the large profile (the others start servers of their own). */
const ON_THE_SERVER: Section[] = ['latency', 'summary', 'records', 'floor', 'load', 'page', 'memory'];

async function measureEngine(engine: Engine, options: Options): Promise<EngineResults> {
  const secret = randomBytes(32).toString('hex');
  const results: EngineResults = { seedSeconds: { demo: 0, large: 0 }, sizes: {} };
  const has = (section: Section) => options.sections.has(section);
  const offset = engine === 'sqlite' ? 0 : 10;
  for (const size of ['demo', 'large'] as const) {
    // The demo is there only to show how the latencies grow with the data.
    if (size === 'demo' && !has('latency') && !has('summary')) continue;
    const database = benchDatabase(engine, size, options.mariadbServer, options.scale);
    process.stdout.write(`\n${engine}, ${size}: checking the dataset\n`);
    results.seedSeconds[size] = await ensureSeeded(database, size, options.reseed, options.scale);
    const port = 4700 + offset + (size === 'demo' ? 0 : 1);
    const tokens = new Tokens();
    if (size === 'demo' || ON_THE_SERVER.some(has))
      await withServer(database, port, secret, {}, async (server) => {
        const api = await InProcessApi.open(database);
        const direct = await openDirectDriver(database);
        try {
          const bench = new Bench(options, server, api, direct, tokens, database, secret);
          const idle = server.rss();
          // Signing in holds 64 MiB per password hash (Argon2id) for a moment: measured apart from serving.
          for (const login of new Set(Object.values(LOGINS[size]).filter((l): l is string => l !== null))) await bench.token(login);
          const signInPeak = server.peakRss();
          server.resetPeak();
          results.sizes[size] = await bench.size(size);
          if (size !== 'large') return;
          if (has('floor')) results.floor = await bench.floor(LOGINS.large.provincial);
          if (has('load')) results.load = await bench.load(size);
          if (has('page')) results.page = await bench.page(engine, 4702 + offset);
          const peak = server.peakRss();
          if (!has('memory')) return;
          process.stdout.write(`  CSV export\n`);
          const exported = await bench.exportMemory(LOGINS.large.national);
          results.memory = {
            idle,
            signInPeak,
            peak,
            exportPeak: exported.peak,
            exportRows: exported.rows,
            exportSeconds: exported.seconds,
            exportNote: exported.note,
          };
        } finally {
          await direct.close();
          await api.close();
        }
      });
    if (size !== 'large') continue;
    if (has('probe')) results.probe = await probeCosts(database, secret, 4703 + offset, tokens, options.runs);
    if (has('workers')) results.workers = await workerScaling(database, secret, 4704 + offset, tokens, options.seconds);
    if (engine === 'mariadb' && has('replicas')) results.replicas = await replicas(database, secret, options);
  }
  return results;
}

/**
 * Promises and bytes allocated per request, counted by the probe in a server of its own (its async
 * hook slows every promise, so nothing else is measured there): the scoped page and a signed-in
 * `{ __typename }`, each `runs` times one after another after a warm-up; then twice more for the page,
 * by where in the code the promises, then the bytes, come from (the stacks and the heap sampling
 * inflate the totals of those runs, which are not reported).
 */
async function probeCosts(
  database: DatabaseConfig,
  secret: string,
  port: number,
  tokens: Tokens,
  runs: number,
): Promise<EngineResults['probe']> {
  process.stdout.write(`  promises and garbage per request (probe)\n`);
  return withServer(database, port, secret, { probe: true }, async (server) => {
    const token = await tokens.get(server, LOGINS.large.provincial);
    const origin = new URL(server.url).origin;
    const probe = async (path: string) => {
      const response = await fetch(`${origin}/__probe/${path}`, { method: 'POST' });
      if (!response.ok) throw new Error(`the probe answered HTTP ${response.status} to ${path}: ${await response.text()}`);
      return (await response.json()) as ProbeCounts;
    };
    const count = async (operation: Operation, n: number, by?: 'promises' | 'bytes') => {
      for (let i = 0; i < 50; i++) await graphql(server.url, operation, token);
      await probe(by ? `start?by=${by}` : 'start');
      for (let i = 0; i < n; i++) await graphql(server.url, operation, token);
      const counts = await probe('stop');
      if (counts.requests !== n) throw new Error(`the probe saw ${counts.requests} requests, not ${n}: is it in the process that serves?`);
      return counts;
    };
    const page = await count(PAGE_ONLY, runs);
    const nothing = await count(NOTHING, runs);
    const byPromises = await count(PAGE_ONLY, Math.min(runs, 100), 'promises');
    const byBytes = await count(PAGE_ONLY, Math.min(runs, 100), 'bytes');
    return { runs, page, nothing, breakdown: { ...byPromises, bytesBy: byBytes.bytesBy } };
  });
}

/**
 * The scoped page and the mixed roles at 20 clients against one server process, then two
 * (WORKERS=1, WORKERS=2). The load generator runs in a child process so that the server's two
 * processes are not starved by it inside the benchmark's own; its CPU use is reported beside.
 */
async function workerScaling(
  database: DatabaseConfig,
  secret: string,
  port: number,
  tokens: Tokens,
  seconds: number,
): Promise<EngineResults['workers']> {
  const connections = 20;
  const l = LOGINS.large;
  const measured = [];
  for (const workers of [1, 2]) {
    process.stdout.write(`  WORKERS=${workers}: scoped page and mixed roles, ${connections} clients\n`);
    measured.push(
      await withServer(database, port + workers, secret, { workers }, async (server) => {
        const page = [{ operation: PAGE_ONLY, token: await tokens.get(server, l.provincial) }];
        const mixed: Array<{ operation: Operation; token: string }> = [];
        for (const { login, operation } of mixedRoles(l)) mixed.push({ operation, token: await tokens.get(server, login) });
        for (const call of mixed) await graphql(server.url, call.operation, call.token);
        await throughputInChild({ url: server.url, calls: mixed, connections, seconds: 2 });
        return {
          processes: server.processes(),
          page: await throughputInChild({ url: server.url, calls: page, connections, seconds }),
          mixed: await throughputInChild({ url: server.url, calls: mixed, connections, seconds }),
        };
      }),
    );
  }
  const [one, two] = measured;
  return { connections, processes: [one.processes, two.processes], page: [one.page, two.page], mixed: [one.mixed, two.mixed] };
}

/** Two servers on two ports against one MariaDB database, driven at once by the same kind of clients. */
async function replicas(database: DatabaseConfig, secret: string, options: Options): Promise<EngineResults['replicas']> {
  process.stdout.write(`  two replicas against one database\n`);
  return withServer(database, 4721, secret, {}, (first) =>
    withServer(database, 4722, secret, {}, async (second) => {
      const l = LOGINS.large;
      // One token for both: the replicas share the secret, as they must behind one load balancer.
      const tokens = new Map<string, string>();
      for (const { login } of mixedRoles(l)) if (!tokens.has(login)) tokens.set(login, await signIn(first.url, login));
      const calls = mixedRoles(l).map(({ login, operation }) => ({ operation, token: tokens.get(login)! }));
      const answer = async (server: ServerProcess) =>
        (await graphql<ScopedListAnswer>(server.url, SCOPED_LIST, tokens.get(l.provincial))).findings.totalCount;
      const answers: [number, number] = [await answer(first), await answer(second)];
      const [a, b] = await Promise.all([
        throughput(first.url, calls, 10, options.seconds),
        throughput(second.url, calls, 10, options.seconds),
      ]);
      return { first: a, second: b, sameAnswer: answers[0] === answers[1], answers };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The table

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const latencyCell = (x: Latency) => `${ms(x.p50)} / ${ms(x.p99)} ms (SQL ${ms(x.direct)}, ×${(x.p50 / x.direct).toFixed(1)})`;
const loadCell = (t: Throughput) => `${Math.round(t.requestsPerSecond)} req/s, p99 ${t.p99} ms, ${t.errors} errors`;
const rps = (t: Throughput) => Math.round(t.requestsPerSecond);
const cpu = (t: Throughput) => `${Math.round(t.generatorCpu)}%`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const perRequest = (c: ProbeCounts) => ({ promises: c.promises / c.requests, bytes: c.bytes / c.requests });
const probeCell = (c: ProbeCounts) =>
  `${Math.round(perRequest(c).promises)} promises, ${kb(perRequest(c).bytes)} (${c.requests} requests, ${c.collections} GCs)`;
const scaling = (pair: [Throughput, Throughput]) => pair[1].requestsPerSecond / pair[0].requestsPerSecond;
const workersCell = (r: EngineResults, pair: [Throughput, Throughput]) =>
  `${rps(pair[0])} → ${rps(pair[1])} req/s = ×${scaling(pair).toFixed(2)}, ${pair[0].errors + pair[1].errors} errors; ` +
  `server processes ${r.workers!.processes.join(' → ')}; load generator CPU ${cpu(pair[0])} / ${cpu(pair[1])} of a core (${pair[0].generator})`;
const KB = 1024;
const MB = 1024 * 1024;

/**
 * The most statements each working-record figure may take, the caller's lookup included, whatever
 * the rows, subjects or ballots: a list is the lookup, its page and its total, as the scoped list of
 * findings; an evaluation's results are the evaluation, its links used, the tally (a GROUP BY), the
 * free answers and the subjects' names; myQueue is a page per kind the caller's rules grant (the
 * receiver's two: transfers to conclude, requests for help due), a count beside it when a kind fills
 * its limit, and two for the names.
 */
const RECORDS_STATEMENTS = [3, 3, 6, 7];

interface Row {
  measure: string;
  cell: (r: EngineResults, engine: Engine) => string;
  target?: string;
  /** The figure the target bounds, divided by the bound: a "≥" target is reached from 1 up, a "<" or "≤" one below 1. */
  ratio?: (r: EngineResults, engine: Engine) => number;
  /** Null where the target is not for this engine. */
  reached?: (r: EngineResults, engine: Engine) => boolean | null;
}

function rows(): Row[] {
  // A section left out by --only leaves its fields undefined: reading one throws, and the table shows "-".
  const large = (r: EngineResults) => r.sizes.large as SizeResults;
  const demo = (r: EngineResults) => r.sizes.demo as SizeResults;
  const scope = (r: EngineResults, name: string) => large(r).scopes.find((s) => s.scope === name)!;
  const nested = (counts: [number, number]) => `${counts[0]} / ${counts[1]}`;
  const levels = (counts: [number, number], depth: number) => counts[0] === counts[1] && counts[1] <= depth + 1;
  return [
    { measure: 'seeding the large profile (s, 0 = reused)', cell: (r) => r.seedSeconds.large.toFixed(0) },
    {
      measure: '1 statements: findings→target→parent, page 10 / 100',
      cell: (r) => `${nested(large(r).statements.findings)} (demo ${nested(demo(r).statements.findings)})`,
      target: 'equal, ≤ 3 levels + auth',
      reached: (r) => levels(large(r).statements.findings, 3),
    },
    {
      measure: '1 statements: assignments→team→members, page 10 / 100',
      cell: (r) => `${nested(large(r).statements.assignments)} (demo ${nested(demo(r).statements.assignments)})`,
      target: 'equal, ≤ 3 levels + auth',
      reached: (r) => levels(large(r).statements.assignments, 3),
    },
    {
      measure: '2 scoped list, provincial analyst: p50 / p99 (direct SQL)',
      cell: (r) => latencyCell(large(r).scopedList),
      target: 'p50 ≤ 3 × SQL + 2 ms',
      ratio: (r) => large(r).scopedList.p50 / (3 * large(r).scopedList.direct + 2),
      reached: (r) => large(r).scopedList.p50 <= 3 * large(r).scopedList.direct + 2,
    },
    {
      measure: "3 leader's summary CATEGORY × STAGE, whole tree",
      cell: (r) => latencyCell(large(r).summary),
      target: 'p50 ≤ 1.5 × GROUP BY',
      ratio: (r) => large(r).summary.p50 / (1.5 * large(r).summary.direct),
      reached: (r) => large(r).summary.p50 <= 1.5 * large(r).summary.direct,
    },
    {
      measure: '3 national summary (whole tree, national leader), p50',
      cell: (r, engine) => (engine === 'mariadb' ? `${ms(large(r).summary.p50)} ms` : 'only a MariaDB target'),
      target: 'p50 < 250 ms on MariaDB',
      ratio: (r, engine) => (engine === 'mariadb' ? large(r).summary.p50 / 250 : NaN),
      reached: (r, engine) => (engine === 'mariadb' ? large(r).summary.p50 < 250 : null),
    },
    {
      measure: '7 statements: talks / records past due / evaluation results / myQueue',
      cell: (r) => {
        const w = large(r).records;
        return `${w.talks.statements} / ${w.overdueRecords.statements} / ${w.tally.statements} / ${w.queue.statements}`;
      },
      target: `≤ ${RECORDS_STATEMENTS.join(' / ')}, whatever the rows`,
      reached: (r) => {
        const w = large(r).records;
        return [w.talks, w.overdueRecords, w.tally, w.queue].every((x, i) => x.statements <= RECORDS_STATEMENTS[i]);
      },
    },
    ...(
      [
        ['talks, page of 25, team member', (w) => w.talks, (w) => `${w.talks.rows.toLocaleString('en-US')} in scope`],
        [
          'records requests past due, page of 50, provincial analyst',
          (w) => w.overdueRecords,
          (w) => `${w.overdueRecords.rows.toLocaleString('en-US')} past due`,
        ],
        [
          'evaluation results (tally), provincial leading group',
          (w) => w.tally,
          (w) => `${w.tally.ballots} ballots × ${w.tally.subjects} subjects`,
        ],
        [
          'myQueue, receiving member of a city commission',
          (w) => w.queue,
          (w) => `${w.queue.helpDue} help overdue, ${w.queue.transfers} transfers`,
        ],
      ] as Array<[string, (w: WorkingRecords) => Latency, (w: WorkingRecords) => string]>
    ).map(([name, figure, rows]): Row => ({
      measure: `7 ${name}: p50 / p99 (direct SQL)`,
      cell: (r) => `${latencyCell(figure(large(r).records))}; ${rows(large(r).records)}`,
      target: 'p50 ≤ 3 × SQL + 2 ms',
      ratio: (r) => figure(large(r).records).p50 / (3 * figure(large(r).records).direct + 2),
      reached: (r) => figure(large(r).records).p50 <= 3 * figure(large(r).records).direct + 2,
    })),
    {
      measure: 'floor: { __typename } 10 clients, signed in / anonymous',
      cell: (r) =>
        `${rps(r.floor!.signedIn)} / ${rps(r.floor!.anonymous)} req/s = ${(r.floor!.signedIn.requestsPerSecond / r.floor!.anonymous.requestsPerSecond).toFixed(2)} (signed in p50 ${ms(r.floor!.latency)} ms; load generator CPU ${cpu(r.floor!.signedIn)} / ${cpu(r.floor!.anonymous)}, in process)`,
      target: '≥ 0.65',
      ratio: (r) => r.floor!.signedIn.requestsPerSecond / r.floor!.anonymous.requestsPerSecond / 0.65,
      reached: (r) => r.floor!.signedIn.requestsPerSecond / r.floor!.anonymous.requestsPerSecond >= 0.65,
    },
    {
      measure: 'scoped page, 10 clients: API / bare server (page of 50, no total)',
      cell: (r) =>
        `${rps(r.page!.api)} / ${rps(r.page!.bare)} req/s = ${(r.page!.api.requestsPerSecond / r.page!.bare.requestsPerSecond).toFixed(2)}, ` +
        `${r.page!.api.errors + r.page!.bare.errors} errors, ${r.page!.sameAnswer ? 'same answer' : 'ANSWERS DIFFER'}; ` +
        `load generator CPU ${cpu(r.page!.api)} / ${cpu(r.page!.bare)} (${r.page!.api.generator})`,
      target: '≥ 0.60',
      ratio: (r) => r.page!.api.requestsPerSecond / r.page!.bare.requestsPerSecond / 0.6,
      reached: (r) =>
        r.page!.sameAnswer &&
        r.page!.api.errors + r.page!.bare.errors === 0 &&
        r.page!.api.requestsPerSecond >= 0.6 * r.page!.bare.requestsPerSecond,
    },
    {
      measure: 'promises per scoped page request',
      cell: (r) => probeCell(r.probe!.page),
      target: '< 300',
      ratio: (r) => perRequest(r.probe!.page).promises / 300,
      reached: (r) => perRequest(r.probe!.page).promises < 300,
    },
    {
      measure: 'garbage per scoped page request',
      cell: (r) => kb(perRequest(r.probe!.page).bytes),
      target: '< 300 KB',
      ratio: (r) => perRequest(r.probe!.page).bytes / (300 * KB),
      reached: (r) => perRequest(r.probe!.page).bytes < 300 * KB,
    },
    {
      measure: 'promises / garbage per signed-in { __typename }',
      cell: (r) => probeCell(r.probe!.nothing),
    },
    {
      measure: '4 scoped list, 10 clients',
      cell: (r) => loadCell(r.load!.list10),
      target: '≥ 1,000 req/s on SQLite, 0 errors',
      ratio: (r, engine) => (engine === 'sqlite' ? r.load!.list10.requestsPerSecond / 1000 : NaN),
      reached: (r, engine) => r.load!.list10.errors === 0 && (engine !== 'sqlite' || r.load!.list10.requestsPerSecond >= 1000),
    },
    {
      measure: '4 scoped list, 50 clients',
      cell: (r) => loadCell(r.load!.list50),
      target: '0 errors',
      reached: (r) => r.load!.list50.errors === 0,
    },
    {
      measure: '4 mixed roles, 10 clients',
      cell: (r) => loadCell(r.load!.mixed10),
      target: '0 errors',
      reached: (r) => r.load!.mixed10.errors === 0,
    },
    {
      measure: '4 mixed roles, 50 clients',
      cell: (r) => loadCell(r.load!.mixed50),
      target: '0 errors',
      reached: (r) => r.load!.mixed50.errors === 0,
    },
    {
      measure: '5 server RSS: idle / signing in / peak serving the run',
      cell: (r) => `${mb(r.memory!.idle)} / ${mb(r.memory!.signInPeak)} / ${mb(r.memory!.peak)}`,
      target: '< 300 MB',
      ratio: (r) => Math.max(r.memory!.signInPeak, r.memory!.peak) / (300 * MB),
      reached: (r) => Math.max(r.memory!.signInPeak, r.memory!.peak) < 300 * MB,
    },
    {
      measure: '5 server RSS during a CSV export',
      cell: (r) =>
        r.memory!.exportPeak === null
          ? (r.memory!.exportNote ?? 'not available')
          : `${mb(r.memory!.exportPeak)} (${r.memory!.exportRows!.toLocaleString('en-US')} rows in ${r.memory!.exportSeconds!.toFixed(1)} s)`,
      target: '< 300 MB',
      ratio: (r) => (r.memory!.exportPeak ?? NaN) / (300 * MB),
      reached: (r) => r.memory!.exportPeak !== null && r.memory!.exportPeak < 300 * MB,
    },
    {
      measure: '6 scoped list p50: demo → large (provincial analyst)',
      cell: (r) =>
        `${ms(demo(r).scopedList.p50)} → ${ms(large(r).scopedList.p50)} ms (SQL ${ms(demo(r).scopedList.direct)} → ${ms(large(r).scopedList.direct)})`,
    },
    {
      measure: "6 leader's summary p50: demo → large",
      cell: (r) =>
        `${ms(demo(r).summary.p50)} → ${ms(large(r).summary.p50)} ms (SQL ${ms(demo(r).summary.direct)} → ${ms(large(r).summary.direct)})`,
    },
    ...['national', 'provincial', 'one body'].map((name): Row => ({
      measure: `6 page of 50, ${name} analyst: without / with total`,
      cell: (r) =>
        `${ms(scope(r, name).page.p50)} / ${ms(scope(r, name).counted.p50)} ms (${scope(r, name).rows.toLocaleString('en-US')} in scope)`,
      target: name === 'provincial' ? undefined : 'page ≈ the one-body page',
      ratio: name === 'national' ? (r) => scope(r, 'national').page.p50 / (2 * scope(r, 'one body').page.p50 + 1) : undefined,
      reached: name === 'national' ? (r) => scope(r, 'national').page.p50 <= 2 * scope(r, 'one body').page.p50 + 1 : undefined,
    })),
    {
      measure: '6 page of 50, provincial analyst: demo → large',
      cell: (r) => `${ms(demo(r).scopes.find((s) => s.scope === 'provincial')!.page.p50)} → ${ms(scope(r, 'provincial').page.p50)} ms`,
      target: 'no growth with bodies outside the scope',
      ratio: (r) => scope(r, 'provincial').page.p50 / (2 * demo(r).scopes.find((s) => s.scope === 'provincial')!.page.p50 + 1),
      reached: (r) => scope(r, 'provincial').page.p50 <= 2 * demo(r).scopes.find((s) => s.scope === 'provincial')!.page.p50 + 1,
    },
    {
      measure: 'two replicas on one MariaDB, 10 clients each',
      cell: (r) =>
        r.replicas
          ? `${Math.round(r.replicas.first.requestsPerSecond)} + ${Math.round(r.replicas.second.requestsPerSecond)} = ${Math.round(r.replicas.first.requestsPerSecond + r.replicas.second.requestsPerSecond)} req/s, ${r.replicas.first.errors + r.replicas.second.errors} errors, both answer ${r.replicas.answers.join(' = ')}`
          : '-',
      target: 'both answer, same result',
      reached: (r, engine) =>
        engine === 'sqlite' ? null : r.replicas!.sameAnswer && r.replicas!.first.errors + r.replicas!.second.errors === 0,
    },
    {
      measure: 'workers: scoped page, 20 clients, WORKERS=1 → 2',
      cell: (r) => workersCell(r, r.workers!.page),
      target: '≥ ×1.7 on two cores',
      ratio: (r) => scaling(r.workers!.page) / 1.7,
      reached: (r) => scaling(r.workers!.page) >= 1.7 && r.workers!.page[0].errors + r.workers!.page[1].errors === 0,
    },
    {
      measure: 'workers: mixed roles, 20 clients, WORKERS=1 → 2',
      cell: (r) => workersCell(r, r.workers!.mixed),
      target: '≥ ×1.7 on two cores',
      ratio: (r) => scaling(r.workers!.mixed) / 1.7,
      reached: (r) => scaling(r.workers!.mixed) >= 1.7 && r.workers!.mixed[0].errors + r.workers!.mixed[1].errors === 0,
    },
  ];
}

const results = new Map<Engine, EngineResults>();

function printTable(): void {
  const engines = [...results.keys()];
  const names = engines.map((e) => (e === 'sqlite' ? 'SQLite' : 'MariaDB'));
  const header = ['measure', ...names, 'target', 'figure ÷ target', 'reached'];
  /** Per engine: targets reached, and targets measured (a row left out by --only counts for neither). */
  const tally = engines.map(() => ({ reached: 0, measured: 0 }));
  const attempt = (work: () => string) => {
    try {
      return work();
    } catch {
      return '-';
    }
  };
  const body = rows().map((row) => {
    const cells = engines.map((e) => attempt(() => row.cell(results.get(e)!, e)));
    const ratios = row.ratio
      ? engines.map((e) =>
          attempt(() => {
            const ratio = row.ratio!(results.get(e)!, e);
            return Number.isFinite(ratio) ? ratio.toFixed(2) : '-';
          }),
        )
      : [];
    const verdicts = row.reached
      ? engines.map((e, i) =>
          attempt(() => {
            const reached = row.reached!(results.get(e)!, e);
            if (reached === null) return '-';
            tally[i].measured++;
            if (reached) tally[i].reached++;
            return reached ? 'yes' : 'NO';
          }),
        )
      : [];
    return [row.measure, ...cells, row.target ?? '', ratios.join(' / '), verdicts.join(' / ')];
  });
  const table = [header, ...body];
  const widths = header.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  process.stdout.write(`\n${table.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')).join('\n')}\n`);
  const total = tally.reduce((sum, t) => ({ reached: sum.reached + t.reached, measured: sum.measured + t.measured }), {
    reached: 0,
    measured: 0,
  });
  process.stdout.write(
    `\ntargets reached: ${total.reached} of ${total.measured} (${names.map((n, i) => `${n} ${tally[i].reached} of ${tally[i].measured}`).join(', ')})\n`,
  );
}

/** Where the promises and the bytes of one scoped page come from, by package or file of ours, then by function, per request. */
function printBreakdown(): void {
  const byOwner = (list: Array<[string, number]>): Array<[string, number]> => {
    const totals = new Map<string, number>();
    for (const [key, n] of list) totals.set(key.split('\t')[0], (totals.get(key.split('\t')[0]) ?? 0) + n);
    return [...totals].sort((a, b) => b[1] - a[1]);
  };
  for (const [engine, r] of results) {
    if (!r.probe) continue;
    const { breakdown } = r.probe;
    const per = (n: number) => n / breakdown.requests;
    const top = (list: Array<[string, number]>, unit: (n: number) => string) =>
      list
        .slice(0, 12)
        .map(([key, n]) => `    ${unit(per(n)).padStart(9)}  ${key.replace('\t', ' › ')}`)
        .join('\n');
    const count = (n: number) => n.toFixed(1);
    process.stdout.write(
      `\n${engine === 'sqlite' ? 'SQLite' : 'MariaDB'}: where one scoped page request's promises and garbage come from ` +
        `(${breakdown.requests} requests; the nearest frame that is not Node's own; bytes sampled)\n`,
    );
    for (const [what, list, unit] of [
      ['promises', breakdown.promisesBy ?? [], count],
      ['bytes allocated', breakdown.bytesBy ?? [], kb],
    ] as const)
      process.stdout.write(`  ${what}, by package or file:\n${top(byOwner(list), unit)}\n  ${what}, by function:\n${top(list, unit)}\n`);
  }
}

/** The hot queries of the large profile, each as one caller asks it. */
function hotQueries(): Array<{ label: string; login: string; operation: Operation }> {
  const l = LOGINS.large;
  const list = (name: string, fields: string) => ({ query: `{ ${name}(page: { take: 50 }) { totalCount items { ${fields} } } }` });
  return [
    ...(['national', 'provincial', 'leaf'] as const).map((scope) => ({
      label: `findings of one category, newest first, ${scope} analyst`,
      login: { national: l.national, provincial: l.provincial, leaf: l.leaf! }[scope],
      operation: SCOPED_LIST,
    })),
    { label: 'findings, newest first, national analyst', login: l.national, operation: list('findings', 'id') },
    { label: 'findings → target → parent, national analyst', login: l.national, operation: NESTED_FINDINGS(100) },
    { label: 'assignments → team → members, national analyst', login: l.national, operation: NESTED_ASSIGNMENTS(100) },
    { label: 'intake, newest first, national analyst', login: l.national, operation: list('intakeItems', 'id') },
    { label: 'rectification by deadline, national analyst', login: l.national, operation: list('rectificationItems', 'id') },
    { label: 'rectification by deadline, liaison of a city', login: l.liaison, operation: list('rectificationItems', 'id') },
    { label: 'findings transferred to a city commission, its receiver', login: l.receiver, operation: list('findings', 'id') },
    { label: "leader's summary CATEGORY × STAGE, whole tree", login: l.leader, operation: LEADER_SUMMARY },
    { label: "leader's summary CATEGORY × STAGE, one province", login: l.provincialLeader, operation: LEADER_SUMMARY },
    { label: 'talks, page of 25, team member', login: l.team, operation: TEAM_TALKS },
    { label: 'records requests past due, provincial analyst', login: l.provincial, operation: OVERDUE_RECORDS },
    { label: 'myQueue, receiver of a city commission', login: l.receiver, operation: MY_QUEUE },
  ];
}

/** A row of a query plan: SQLite's EXPLAIN QUERY PLAN fills `detail`, MariaDB's EXPLAIN the others. */
interface PlanRow {
  detail?: string;
  table?: string;
  type?: string;
  key?: string | null;
  rows?: number;
  Extra?: string | null;
}

async function explain(engine: Engine, options: Options): Promise<void> {
  const database = benchDatabase(engine, 'large', options.mariadbServer, options.scale);
  await ensureSeeded(database, 'large', options.reseed, options.scale);
  const api = await InProcessApi.open(database);
  try {
    process.stdout.write(`\n# ${engine === 'sqlite' ? 'SQLite: EXPLAIN QUERY PLAN' : 'MariaDB: EXPLAIN'} on the large profile\n`);
    for (const { label, login, operation } of hotQueries()) {
      const { statements } = await api.run(login, operation.query, operation.variables);
      process.stdout.write(`\n## ${label} (${login})\n`);
      // The first statement is the caller's lookup, the same for every request.
      for (const { sql, parameters } of statements.slice(1)) {
        const plan = await api.query<PlanRow>(`${engine === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`, parameters);
        const lines =
          engine === 'sqlite'
            ? plan.map((p) => p.detail)
            : plan.map((p) => `${p.table}: ${p.type} ${p.key ?? '-'} rows≈${p.rows} ${p.Extra ?? ''}`.trim());
        process.stdout.write(`${sql.replace(/\s+/g, ' ').slice(0, 160)}…\n    ${lines.join('\n    ')}\n`);
      }
    }
  } finally {
    await api.close();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.explain) {
    for (const engine of options.engines) await explain(engine, options);
    return;
  }
  if (options.build) {
    process.stdout.write('building the server (tsc) into data/bench/build\n');
    await buildServer();
  }
  for (const engine of options.engines) results.set(engine, await measureEngine(engine, options));
  printTable();
  printBreakdown();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
