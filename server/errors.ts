/**
 * The app's own errors: what a client may be told went wrong, as a code, a message of the catalogue
 * (shared/messages.ts: its key, its parameters and its English text) and a few fields that name the
 * detail (`field`, `rule`, `reason`, …). Every layer throws these; each
 * edge answers them in its own form (GraphQL: graphql/errors.ts, HTTP routes: http/error-response.ts)
 * with the HTTP status of one table, below. Anything else thrown is masked as an internal error with
 * a request id, so no stack trace or SQL text leaves the server.
 */
import { renderMessage, type MessageKey, type MessageParams } from '../shared/messages';
import { OutcomeUnknownError } from './db/outage';

/** Each code a client can be answered with, and the HTTP status that answers it. */
export const HTTP_STATUS_OF = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof HTTP_STATUS_OF;

/** The fields an error carries beside its code and message (`field`, `rule`, `reason`, …); clients read them as they are. */
export type ErrorDetails = Record<string, unknown>;

export interface AppErrorOptions {
  /** The one input field at fault; the English message then starts with it (`number: …`). */
  field?: string;
  details?: ErrorDetails;
  /** Seconds a client should wait before sending it again (`Retry-After`), where that is known. */
  retryAfterSeconds?: number;
}

/**
 * An error a client is told about: a code, and a message of the catalogue (shared/messages.ts) by
 * its key and parameters, so that each client can word it in its reader's language. `message` is
 * the English text of the catalogue, after the field at fault if there is one.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly details: ErrorDetails;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    { field, details = {}, retryAfterSeconds }: AppErrorOptions = {},
  ) {
    const text = renderMessage(messageKey, params, 'en')!;
    super(field ? `${field}: ${text}` : text);
    this.details = field ? { field, ...details } : details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const httpStatusOf = (error: AppError): number => HTTP_STATUS_OF[error.code];

export const unauthenticated = (key: MessageKey = 'auth.signInFirst') => new AppError('UNAUTHENTICATED', key);

/** `rule`, when a named rule refused (see permissions/delegation.ts), is worded by the catalogue (`rule.<key>`). */
export const forbidden = (action: string, subject: string, rule?: string) =>
  rule
    ? new AppError('FORBIDDEN', 'forbidden.rule', { action, subject, rule }, { details: { rule } })
    : new AppError('FORBIDDEN', 'forbidden.action', { action, subject });

/** Also the answer for records outside the caller's scope: their existence must not leak. */
export const notFound = (subject: string, id: number | string) => new AppError('NOT_FOUND', 'record.notFound', { subject, id });

/** The caller's input refused, `field` naming the input field at fault. */
export const badInput = (field: string, key: MessageKey, params: MessageParams = {}) =>
  new AppError('BAD_USER_INPUT', key, params, { field });

export const conflict = (subject: string, id: number, expected: number) =>
  new AppError('CONFLICT', 'record.changed', { subject, id, version: expected }, { details: { subject, id } });

/** With `retryAfterSeconds`, the answer's `Retry-After` header says when to try again. */
export const tooManyRequests = (key: MessageKey, params: MessageParams = {}, retryAfterSeconds?: number) =>
  new AppError('TOO_MANY_REQUESTS', key, params, { retryAfterSeconds });

/** The header a client names a mutation with, so that sending it again is safe (server/write/idempotency.ts). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** An `Idempotency-Key` header that cannot be used, `field` naming the header. */
export const invalidIdempotencyKey = (key: 'idempotency.keyMalformed' | 'idempotency.oneChangePerKey') =>
  new AppError('BAD_USER_INPUT', key, {}, { details: { field: IDEMPOTENCY_HEADER } });

/**
 * A key already used by this account for a different request (another operation or other
 * variables). 422, as the IETF Idempotency-Key draft advises for a key reused with another
 * payload: nothing was changed, and the first request's result stays bound to the key.
 */
export const idempotencyKeyReused = () => new AppError('IDEMPOTENCY_KEY_REUSED', 'idempotency.keyReused');

/**
 * A change that may have been applied: its work was done, but its commit was never confirmed (the
 * connection was lost during COMMIT, or a deadline cut the request off). Answered as an outage (503
 * with `Retry-After`) with `extensions.outcome: "UNKNOWN"` and a message that asks to send it again
 * with the same `Idempotency-Key`, never "nothing was changed". Throw it for any mutation cut off
 * after its transaction may have reached COMMIT.
 */
export const outcomeUnknown = (cause?: unknown) => new OutcomeUnknownError(cause);
