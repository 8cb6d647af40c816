import type { NextFunction, Request, Response } from 'express';
import { requestLineLogger } from '../observability/log';
import { currentRequestId } from '../observability/request-id';

/** Requests are logged on completion; probes and scrapes, every few seconds, would drown the rest. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * One line per request: method, path (never the query string, which can carry an export's filter
 * or a report's text), status, milliseconds and request id (taken now: the events that end a
 * response may fire outside the request's scope). Headers are not logged at all, so no token or cookie can reach the log. A response
 * cut off before it was finished is logged as aborted.
 *
 * Written here rather than with pino-http, which makes a child logger for every request: a few
 * lines of our own cost a small request a fraction of the memory.
 */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  // The key of a public link is never written down: a ballot's would tie it to the request's time,
  // and an intake link's would let anyone who reads the log post as the public.
  // Routes match whatever the case (/Ballot/<key> opens the page), so the key is found the same way.
  const path = (req.originalUrl ?? req.url ?? '')
    .split('?', 1)[0]
    .replace(/^\/(ballot|intake)\/[^/]+/i, (_, page: string) => `/${page.toLowerCase()}/[key]`);
  if (QUIET_PATHS.has(path)) return next();
  const started = performance.now();
  const requestId = currentRequestId();
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const line = { requestId, method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) };
    if (res.statusCode >= 500) requestLineLogger.error(line, 'request failed');
    // The client went away before the answer was complete (a cancelled download, a closed tab).
    else if (!res.writableFinished) requestLineLogger.warn(line, 'request aborted');
    else requestLineLogger.info(line, 'request completed');
  };
  res.once('finish', done);
  res.once('close', done);
  next();
}
