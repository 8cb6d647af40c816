/**
 * Every error a client can see is made here. Anything else thrown is masked by formatError as an
 * internal error with a request id, so no stack trace or SQL text leaves the server.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign in first: send a valid token as "Authorization: Bearer <token>".') =>
  new AppError('UNAUTHENTICATED', message);

export const forbidden = (action: string, subject: string) =>
  new AppError('FORBIDDEN', `You may not ${action} this ${subject}.`);

/** Also the answer for records outside the caller's scope: their existence must not leak. */
export const notFound = (subject: string, id: number | string) =>
  new AppError('NOT_FOUND', `${subject} ${id} not found (it may not exist, or be outside what you may see).`);

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

export const conflict = (subject: string, id: number, expected: number) =>
  new AppError(
    'CONFLICT',
    `${subject} ${id} was changed by someone else since version ${expected}; reload it and apply your change again.`,
    { subject, id },
  );

export const tooManyRequests = (message: string) => new AppError('TOO_MANY_REQUESTS', message, { http: { status: 429 } });
