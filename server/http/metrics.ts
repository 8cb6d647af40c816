import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ANSWERED_ERROR_CODES } from '../graphql/format-error';
import { log } from '../observability/log';

/**
 * Prometheus metrics, served at /metrics. Every label takes a bounded set of values (routes from a
 * fixed list, operation names up to a cap, error codes from the API's own list), so that no client
 * can grow the number of series.
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

/**
 * GET /metrics in Prometheus' text format. Open when no token is configured (keep it off the
 * public network at the proxy); with METRICS_TOKEN only `Authorization: Bearer <token>` reads it.
 */
export function metricsRouter(db: DataSource, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!match || !sameToken(match[1], token)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        return void res.status(401).type('text/plain').send('A bearer token is needed to read the metrics.\n');
      }
    }
    try {
      await readDatabase(db);
    } catch (error) {
      // The process metrics are still worth having while the database is away.
      log({ level: 'warn', msg: 'metrics: database figures not read', error: String(error) });
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
