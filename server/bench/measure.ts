/**
 * Timing: single requests one after another (latency), and many signed-in clients at once with
 * autocannon (throughput). A request counts as an error unless it is HTTP 2xx without GraphQL errors.
 */
import { Agent, request as httpRequest } from 'node:http';
import { DEMO_PASSWORD } from '../demo/demo-data';

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

/** Durations in ms, sorted, of `runs` calls after `warmup` untimed ones. */
export async function timed(work: () => Promise<unknown>, { warmup, runs }: { warmup: number; runs: number }): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b);
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
}

// One kept-alive connection per server, as a client that sends one request after another: node:http,
// which costs the client less than fetch, so that the latency measured is the server's.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(url: string, body: string, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A kept-alive connection that the server closed (after its idle timeout) just as it was reused. */
const closedUnderneath = (error: unknown) => (error as { code?: string })?.code === 'ECONNRESET';

export async function graphql<T = unknown>(url: string, operation: Operation, token?: string): Promise<T> {
  const body = JSON.stringify(operation);
  const { status, text } = await post(url, body, token).catch((error: unknown) =>
    closedUnderneath(error) ? post(url, body, token) : Promise.reject(error),
  );
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (status !== 200 || parsed.errors) throw new Error(`${operation.query.slice(0, 80)}: HTTP ${status} ${JSON.stringify(parsed.errors)}`);
  return parsed.data as T;
}

export async function signIn(url: string, login: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(url, {
    query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
    variables: { input: { login, password: DEMO_PASSWORD } },
  });
  return data.login.token;
}

// autocannon ships no types: the part of its API used here.
interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse: (status: number, body: string) => void;
}
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package has no types: the cast gives it the part used here
const autocannon = require('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  requests: LoadRequest[];
}) => PromiseLike<LoadResult>;

export interface Throughput {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU the load generator's process used over the run, in % of one core (over 100: more than one core). */
  generatorCpu: number;
  /** Where the load generator ran: in the benchmark's own process, or in a child process of its own. */
  generator: 'in process' | 'child process';
}

/** `connections` clients for `seconds`, each going round `calls` (each with its own caller's token, or none). */
export async function throughput(
  url: string,
  calls: Array<{ operation: Operation; token?: string }>,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const { pathname, origin } = new URL(url);
  let failed = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: calls.map(({ operation, token }) => ({
      method: 'POST',
      path: pathname,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(operation),
      onResponse: (status, body) => {
        if (status < 200 || status > 299 || body.includes('"errors":')) failed++;
      },
    })),
  });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    generatorCpu: ((cpu.user + cpu.system) / 1000 / (performance.now() - started)) * 100,
    generator: 'in process',
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Failures below HTTP (refused connections, timeouts) never reach onResponse.
    errors: failed + result.errors + result.timeouts,
  };
}
