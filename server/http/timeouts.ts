/**
 * How long the HTTP server waits for a client. Node's defaults (5 minutes for a request to arrive,
 * checked every 30 seconds) let a client that sends a byte at a time hold a socket for over five
 * minutes; a real client sends its headers in well under a second and a request of at most a few
 * hundred kilobytes in a few seconds.
 */
import type { Server } from 'node:http';

export interface HttpTimeouts {
  /** The request line and headers must have arrived by then (answered 408 otherwise). */
  headersTimeoutMs: number;
  /** The whole request, body included, must have arrived by then: the request deadline. */
  requestTimeoutMs: number;
  /** An idle connection between requests is closed after this long. */
  keepAliveTimeoutMs: number;
  /** How often the server looks for requests past these limits (a request is cut at most this late). */
  checkEveryMs: number;
}

const HEADERS_LIMIT_MS = 10_000;
const KEEP_ALIVE_MS = 5_000;
const CHECK_EVERY_MS = 1_000;

/**
 * The limits for a request deadline of `requestTimeoutSeconds` (REQUEST_TIMEOUT_SECONDS): a request
 * must arrive within the time it would have to be answered in, its headers within ten seconds of
 * that (or the deadline, if shorter).
 */
export function httpTimeouts(requestTimeoutSeconds: number): HttpTimeouts {
  const requestTimeoutMs = requestTimeoutSeconds * 1000;
  return {
    headersTimeoutMs: Math.min(HEADERS_LIMIT_MS, requestTimeoutMs),
    requestTimeoutMs,
    keepAliveTimeoutMs: KEEP_ALIVE_MS,
    checkEveryMs: CHECK_EVERY_MS,
  };
}

/**
 * Applies the limits to a server. Call it before the server starts listening (in the same tick as
 * `listen()`): the interval of its checks is read when it starts.
 */
export function configureHttpTimeouts(server: Server, config: { requestTimeoutSeconds: number }): HttpTimeouts {
  const limits = httpTimeouts(config.requestTimeoutSeconds);
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // Not in @types/node's Server, but read by Node (20+) when the server starts listening.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = limits.checkEveryMs;
  return limits;
}
