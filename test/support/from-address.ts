/**
 * GraphQL over HTTP from a chosen loopback address (127.0.0.0/8), so that a test can play several
 * clients: the server tells them apart by the socket's address, as it does in production.
 */
import { request, type Agent } from 'node:http';
import type { GraphQLResponse } from './harness';

export interface AddressedResponse<T = any> extends GraphQLResponse<T> {
  retryAfter?: string;
  /** Milliseconds from sending the request to the end of the answer. */
  ms: number;
}

/** Over a new connection each time, or over `agent`'s (a keep-alive agent keeps one open, as a browser does). */
export function gqlFrom<T = any>(
  url: string,
  localAddress: string,
  query: string,
  variables?: Record<string, unknown>,
  agent: Agent | false = false,
): Promise<AddressedResponse<T>> {
  if (!localAddress.startsWith('127.')) throw new Error(`${localAddress} is not a loopback address`);
  const body = JSON.stringify({ query, variables });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', localAddress, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLResponse<T>;
          const retryAfter = res.headers['retry-after'];
          resolve({
            ...parsed,
            status: res.statusCode ?? 0,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

export const signInFrom = (url: string, localAddress: string, login: string, password: string, agent: Agent | false = false) =>
  gqlFrom<{ login: { token: string } }>(url, localAddress, LOGIN, { input: { login, password } }, agent);
