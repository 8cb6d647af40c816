import cluster, { type Worker } from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ANSWERED_ERROR_CODES } from '../graphql/format-error';
import { log } from '../observability/log';

/**
 * Prometheus metrics, served at /metrics. Every label takes a bounded set of values (routes from a
 * fixed list, operation names up to a cap, error codes from the API's own list), so that no client
 * can grow the number of series. With several workers one scrape answers for all of them (see
 * "Several workers" below).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const httpRequests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});
const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time from receiving an HTTP request to finishing its response, by method and route.',
  labelNames: ['method', 'route'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
const graphqlOperations = new Counter({
  name: 'graphql_operations_total',
  help: 'GraphQL operations answered, by operation name (anonymous and names beyond the cap: "_other"), type and outcome (ok or error).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});
const graphqlDuration = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'Time to answer a GraphQL operation, by operation name.',
  labelNames: ['operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
const graphqlErrors = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors in GraphQL responses, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [registry],
});
const signInFailures = new Counter({
  name: 'sign_in_failures_total',
  help: 'Sign-ins refused for a wrong login or password or a deactivated account (locks and rate limits are TOO_MANY_REQUESTS in graphql_errors_total).',
  registers: [registry],
});
const poolConnections = new Gauge({
  name: 'db_pool_connections',
  help: 'Connections of the database pools (MySQL/MariaDB), by server (primary or replica N) and state: in_use, free, queued (requests waiting for a connection), limit.',
  labelNames: ['server', 'state'] as const,
  registers: [registry],
});
const auditHead = new Gauge({
  name: 'audit_last_entry_id',
  help: 'Id of the newest entry of the audit trail (read from its one-row head at each scrape).',
  registers: [registry],
  // Every worker reads the same head; the highest is the newest any of them saw.
  aggregator: 'max',
});

/** A failed sign-in (wrong login or password, or a deactivated account). */
export function countSignInFailure(): void {
  signInFailures.inc();
}

// --- HTTP ------------------------------------------------------------------------------------------

const ROUTES = ['/graphql', '/documents', '/exports', '/intake', '/health', '/ready', '/metrics', '/workbench', '/assets'];

/** The route label: the first path segment when it is one of ours, the console's page, or "other". */
export function routeOf(path: string): string {
  if (path === '/' || path === '/index.html') return '/';
  const first = `/${path.split('/')[1] ?? ''}`;
  return ROUTES.includes(first) ? first : 'other';
}

export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const route = routeOf(req.originalUrl.split('?', 1)[0]);
    const method = ['GET', 'POST', 'HEAD', 'OPTIONS'].includes(req.method) ? req.method : 'other';
    httpRequests.inc({ method, route, status: String(res.statusCode) });
    httpDuration.observe({ method, route }, Number(process.hrtime.bigint() - started) / 1e9);
  });
  next();
}

// --- GraphQL ---------------------------------------------------------------------------------------

/** Distinct operation names labelled on their own; any more share "_other", as anonymous ones do. */
export const OPERATION_NAME_CAP = 200;
const OTHER_OPERATION = '_other';
const namedOperations = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return OTHER_OPERATION;
  if (namedOperations.has(name)) return name;
  if (namedOperations.size >= OPERATION_NAME_CAP) return OTHER_OPERATION;
  namedOperations.add(name);
  return name;
}

/** Counts every GraphQL operation, its time and the codes of the errors it answered with. */
export const graphqlMetrics: ApolloServerPlugin = {
  async requestDidStart() {
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ response, operationName, operation }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const label = operationLabel(operationName);
        graphqlOperations.inc({ operation: label, type: operation?.operation ?? 'none', outcome: errors.length ? 'error' : 'ok' });
        graphqlDuration.observe({ operation: label }, Number(process.hrtime.bigint() - started) / 1e9);
        for (const error of errors) {
          const code = error.extensions?.code;
          graphqlErrors.inc({ code: typeof code === 'string' && ANSWERED_ERROR_CODES.has(code) ? code : 'OTHER' });
        }
      },
    };
  },
};

// --- Database, read at each scrape -----------------------------------------------------------------

/** The counts mysql2 keeps on a pool; they are private fields, read here because it offers no public ones. */
interface MysqlPool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

function poolsOf(db: DataSource): Array<[string, MysqlPool]> {
  const driver = db.driver as unknown as { pool?: MysqlPool; poolCluster?: { _nodes?: Record<string, { pool: MysqlPool }> } };
  if (driver.pool) return [['primary', driver.pool]];
  const nodes = driver.poolCluster?._nodes ?? {};
  return Object.entries(nodes).map(([id, node]) => [id === 'MASTER' ? 'primary' : id.replace(/^SLAVE/, 'replica'), node.pool]);
}

async function readDatabase(db: DataSource): Promise<void> {
  poolConnections.reset();
  if (db.options.type === 'better-sqlite3') {
    // One connection, used in turn: nothing waits in a pool.
    poolConnections.set({ server: 'primary', state: 'limit' }, 1);
  } else {
    for (const [server, pool] of poolsOf(db)) {
      const all = pool._allConnections?.length ?? 0;
      const free = pool._freeConnections?.length ?? 0;
      poolConnections.set({ server, state: 'in_use' }, all - free);
      poolConnections.set({ server, state: 'free' }, free);
      poolConnections.set({ server, state: 'queued' }, pool._connectionQueue?.length ?? 0);
      poolConnections.set({ server, state: 'limit' }, pool.config?.connectionLimit ?? 0);
    }
  }
  // One primary-key read of a one-row table.
  const [head] = (await db.query('SELECT lastEntryId FROM audit_head WHERE id = 1')) as Array<{ lastEntryId: number | string }>;
  auditHead.set(Number(head?.lastEntryId ?? 0));
}

// --- The endpoint ----------------------------------------------------------------------------------

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The database figures, or, while the database is away, the process figures without them. */
async function readDatabaseIfAnswering(db: DataSource): Promise<void> {
  try {
    await readDatabase(db);
  } catch (error) {
    log({ level: 'warn', msg: 'metrics: database figures not read', error: String(error) });
  }
}

// --- Several workers ---------------------------------------------------------------------------------

/*
 * With WORKERS > 1 node:cluster hands a scrape to whichever worker takes the connection. Each
 * worker's own figures would make every counter jump between processes at each scrape, which
 * Prometheus reads as resets. So the worker that takes a scrape asks the primary, the primary asks
 * every listening worker for its figures (the database ones read afresh), and prom-client's
 * AggregatorRegistry adds them up: counters and histograms summed, as are the pool gauges (the
 * connections of all processes), audit_last_entry_id the highest, and the process metrics as
 * prom-client aggregates its own. The messages travel over node:cluster's IPC channel.
 */

/** How long the primary waits for every worker's figures before the scrape fails. */
export const GATHER_TIMEOUT_MS = 3_000;

type MetricsJson = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

type MetricsMessage =
  /** worker → primary: a scrape arrived; `id` is the worker's own. */
  | { kind: 'metrics-wanted'; id: number }
  /** primary → each listening worker. */
  | { kind: 'metrics-request'; id: number }
  | { kind: 'metrics-report'; id: number; metrics?: MetricsJson; error?: string }
  /** primary → the worker that took the scrape. */
  | { kind: 'metrics-gathered'; id: number; text?: string; error?: string };

type Send = (message: MetricsMessage, handle: undefined, options: object, callback: (error: Error | null) => void) => unknown;

/**
 * Sends over the IPC channel, ignoring a channel that closed meanwhile (a worker that just died, a
 * primary stopping): without a callback, node would raise that as an 'error' event nobody handles.
 * The gathering's timeout covers what was not delivered.
 */
function sendQuietly(send: Send | undefined, message: MetricsMessage): void {
  send?.(message, undefined, {}, () => undefined);
}

const isMetricsMessage = (message: unknown): message is MetricsMessage =>
  typeof message === 'object' && message !== null && String((message as { kind?: unknown }).kind).startsWith('metrics-');

/** In the primary: answers the workers' scrapes with the figures of all `listening()` workers. */
export function gatherMetricsForWorkers(listening: () => Worker[]): void {
  let nextGathering = 0;
  const gatherings = new Map<number, { waiting: Set<number>; reports: MetricsJson[]; settle: (error?: Error) => void }>();

  const gather = () =>
    new Promise<string>((resolve, reject) => {
      const id = nextGathering++;
      const workers = listening().filter((w) => w.isConnected());
      const gathering = {
        waiting: new Set(workers.map((w) => w.id)),
        reports: [] as MetricsJson[],
        settle: (error?: Error) => {
          clearTimeout(timer);
          gatherings.delete(id);
          if (error) reject(error);
          else resolve(AggregatorRegistry.aggregate(gathering.reports).metrics());
        },
      };
      const timer = setTimeout(
        () => gathering.settle(new Error(`${gathering.waiting.size} of ${workers.length} workers did not report their metrics`)),
        GATHER_TIMEOUT_MS,
      );
      gatherings.set(id, gathering);
      if (workers.length === 0) return gathering.settle(new Error('no worker is listening'));
      for (const worker of workers) sendQuietly(worker.send.bind(worker), { kind: 'metrics-request', id });
    });

  cluster.on('message', (worker, message: unknown) => {
    if (!isMetricsMessage(message)) return;
    if (message.kind === 'metrics-wanted') {
      const answer = (reply: MetricsMessage) => {
        if (worker.isConnected()) sendQuietly(worker.send.bind(worker), reply);
      };
      gather().then(
        (text) => answer({ kind: 'metrics-gathered', id: message.id, text }),
        (error: unknown) => answer({ kind: 'metrics-gathered', id: message.id, error: String(error) }),
      );
    } else if (message.kind === 'metrics-report') {
      const gathering = gatherings.get(message.id);
      if (!gathering || !gathering.waiting.delete(worker.id)) return;
      if (message.error !== undefined) return gathering.settle(new Error(`worker ${worker.id}: ${message.error}`));
      gathering.reports.push(message.metrics ?? []);
      if (gathering.waiting.size === 0) gathering.settle();
    }
  });
}

let workerListening = false;
let nextScrape = 0;
const scrapes = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();

/** In a worker: reports its figures when the primary asks, and takes the primary's answers to its own scrapes. */
function answerPrimary(db: DataSource): void {
  if (workerListening) return;
  workerListening = true;
  process.on('message', (message: unknown) => {
    if (!isMetricsMessage(message)) return;
    if (message.kind === 'metrics-request') {
      void (async () => {
        let reply: MetricsMessage;
        try {
          await readDatabaseIfAnswering(db);
          reply = { kind: 'metrics-report', id: message.id, metrics: await registry.getMetricsAsJSON() };
        } catch (error) {
          reply = { kind: 'metrics-report', id: message.id, error: String(error) };
        }
        sendQuietly(process.send?.bind(process), reply);
      })();
    } else if (message.kind === 'metrics-gathered') {
      const scrape = scrapes.get(message.id);
      scrapes.delete(message.id);
      if (message.text !== undefined) scrape?.resolve(message.text);
      else scrape?.reject(new Error(message.error ?? 'no figures'));
    }
  });
}

/** In a worker: the figures of all workers, as the primary gathers them. */
function allWorkersMetrics(): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = nextScrape++;
    const timer = setTimeout(() => {
      scrapes.delete(id);
      reject(new Error('the primary did not answer'));
    }, GATHER_TIMEOUT_MS + 1_000);
    scrapes.set(id, {
      resolve: (text) => {
        clearTimeout(timer);
        resolve(text);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    sendQuietly(process.send?.bind(process), { kind: 'metrics-wanted', id });
  });
}

/**
 * GET /metrics in Prometheus' text format. Open when no token is configured (keep it off the
 * public network at the proxy); with METRICS_TOKEN only `Authorization: Bearer <token>` reads it.
 */
export function metricsRouter(db: DataSource, token: string | undefined): Router {
  const router = Router();
  if (cluster.isWorker) answerPrimary(db);
  router.get('/metrics', async (req, res) => {
    if (token) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!match || !sameToken(match[1], token)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        return void res.status(401).type('text/plain').send('A bearer token is needed to read the metrics.\n');
      }
    }
    if (!cluster.isWorker) {
      await readDatabaseIfAnswering(db);
      return void res.type(registry.contentType).send(await registry.metrics());
    }
    try {
      res.type(registry.contentType).send(await allWorkersMetrics());
    } catch (error) {
      // Some workers' figures alone would read as counters going back: no answer is better.
      log({ level: 'warn', msg: "metrics: the workers' figures not gathered", error: String(error) });
      res.status(503).setHeader('Retry-After', '1').type('text/plain').send("The workers' metrics could not be gathered; try again.\n");
    }
  });
  return router;
}
