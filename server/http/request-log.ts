import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { logger } from '../observability/log';
import { currentRequestId } from '../observability/request-id';

/** Requests are logged on completion; probes and scrapes, every few seconds, would drown the rest. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

const pathOf = (req: IncomingMessage) =>
  ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?', 1)[0];

/**
 * One line per request: method, path (never the query string, which can carry an export's filter
 * or a report's text), status, milliseconds and request id. Headers are not logged at all, so no
 * token or cookie can reach the log.
 */
export const requestLog = pinoHttp({
  logger,
  genReqId: (req) => currentRequestId() ?? String(req.headers['x-request-id'] ?? ''),
  autoLogging: { ignore: (req) => QUIET_PATHS.has(pathOf(req)) },
  // The completion line is written by the plain logger with the fields below, so that it holds no
  // child bindings (the id twice, a serialized request with its headers).
  quietResLogger: true,
  serializers: {
    req: (req: { method?: string; url?: string }) => ({ method: req.method, path: (req.url ?? '').split('?', 1)[0] }),
    res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
  },
  customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  customSuccessMessage: () => 'request completed',
  customErrorMessage: () => 'request failed',
  customSuccessObject: (req, res, fields) => requestLine(req, res, fields),
  customErrorObject: (req, res, _error, fields) => requestLine(req, res, fields),
});

function requestLine(req: IncomingMessage, res: ServerResponse, fields: { responseTime?: number }): Record<string, unknown> {
  return {
    requestId: (req as IncomingMessage & { id?: unknown }).id,
    method: req.method,
    path: pathOf(req),
    status: res.statusCode,
    ms: fields.responseTime,
  };
}
