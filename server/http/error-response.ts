/**
 * How the HTTP routes (documents, exports, the intake form, the app's last error handler) answer a
 * failure: an app error with the status of the one table (server/errors.ts), an outage with 503.
 */
import type { Response } from 'express';
import { outageDetail, RETRY_AFTER_SECONDS } from '../db/outage';
import { HTTP_STATUS_OF, httpStatusOf, type AppError } from '../errors';
import { log } from '../observability/log';
import { currentRequestId } from '../observability/request-id';

/**
 * Starts the answer to an app error: its status, and `Retry-After` where the error says when to
 * try again. The caller sends the body, in the form its clients read.
 */
export function withErrorStatus(res: Response, error: AppError): Response {
  res.status(httpStatusOf(error));
  if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  return res;
}

/**
 * Answers an app error as JSON: its English message as `error`, its code, its message's key and
 * parameters (shared/messages.ts), and its details (`field`, …), as GraphQL's `extensions` carry them.
 */
export function sendAppError(res: Response, error: AppError): void {
  withErrorStatus(res, error).json({
    error: error.message,
    code: error.code,
    messageKey: error.messageKey,
    params: error.params,
    ...error.details,
  });
}

/**
 * Logs a request that failed because the database is unavailable and starts its answer: 503 with
 * `Retry-After`. The caller sends the body, in the form its clients read.
 */
export function databaseUnavailableResponse(res: Response, error: unknown): Response {
  log({ level: 'error', msg: 'database unavailable', requestId: currentRequestId(), error: outageDetail(error) });
  return res.status(HTTP_STATUS_OF.SERVICE_UNAVAILABLE).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
}

/**
 * The status of a client's own mistake as a body parser reports it (too large, too many fields, a
 * bad encoding, not JSON), or null for anything else: a failure of ours is never answered as one.
 */
export function clientErrorStatus(error: unknown): number | null {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}
