import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { runAsRequest } from '../observability/request-id';

/** Gives each HTTP request an id, echoed as `X-Request-Id`, that error messages and logs quote. */
export function requestScope(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  runAsRequest(requestId, next);
}
