/**
 * Timing: single requests one after another (latency), and many signed-in clients at once with
 * autocannon (throughput). A request counts as an error unless it is HTTP 2xx without GraphQL errors.
 */
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

export async function graphql(url: string, operation: Operation, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(operation),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${operation.query.slice(0, 80)}: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function signIn(url: string, login: string): Promise<string> {
  const data = await graphql(url, { query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { login, password: DEMO_PASSWORD } } });
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
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: { url: string; connections: number; duration: number; requests: LoadRequest[] }) => PromiseLike<LoadResult>;

export interface Throughput {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

/** `connections` clients for `seconds`, each going round `calls` (each with its own caller's token). */
export async function throughput(url: string, calls: Array<{ operation: Operation; token: string }>, connections: number, seconds: number): Promise<Throughput> {
  const { pathname, origin } = new URL(url);
  let failed = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: calls.map(({ operation, token }) => ({
      method: 'POST',
      path: pathname,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(operation),
      onResponse: (status, body) => {
        if (status < 200 || status > 299 || body.includes('"errors":')) failed++;
      },
    })),
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Failures below HTTP (refused connections, timeouts) never reach onResponse.
    errors: failed + result.errors + result.timeouts,
  };
}
