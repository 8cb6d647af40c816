import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { runUnderDeadline } from '../limits/deadline';

/** Puts every request under a deadline of `seconds`, from the moment its headers have arrived. */
export function requestDeadline(seconds: number): RequestHandler {
  const lengthMs = seconds * 1000;
  return (_req: Request, res: Response, next: NextFunction) => {
    runUnderDeadline({ lengthMs, expiresAt: Date.now() + lengthMs, answering: () => res.headersSent }, next);
  };
}
