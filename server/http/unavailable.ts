import type { Response } from 'express';
import { outageDetail, RETRY_AFTER_SECONDS } from '../db/outage';
import { log } from '../observability/log';
import { currentRequestId } from '../observability/request-id';

/**
 * Logs a request that failed because the database is unavailable and starts its answer: 503 with
 * `Retry-After`. The caller sends the body, in the form its clients read.
 */
export function databaseUnavailableResponse(res: Response, error: unknown): Response {
  log({ level: 'error', msg: 'database unavailable', requestId: currentRequestId(), error: outageDetail(error) });
  return res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
}
