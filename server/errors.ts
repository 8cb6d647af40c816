/**
 * The app's own errors: what a client may be told went wrong, as a code, an English message and a
 * few fields that name the detail (`field`, `rule`, `reason`, …). Every layer throws these; each
 * edge answers them in its own form (GraphQL: graphql/errors.ts, HTTP routes: http/error-response.ts)
 * with the HTTP status of one table, below. Anything else thrown is masked as an internal error with
 * a request id, so no stack trace or SQL text leaves the server.
 */
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

/** The fields an error carries beside its code and message; clients read them as they are. */
export type ErrorDetails = Record<string, unknown>;

/**
 * An error a client is told about. Every one is made through this constructor, so that what it
 * carries (today the English text; later, say, a message key and its parameters) is decided here.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    /** Seconds a client should wait before sending it again (`Retry-After`), where that is known. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const httpStatusOf = (error: AppError): number => HTTP_STATUS_OF[error.code];

export const unauthenticated = (message = 'Sign in first: send a valid token as "Authorization: Bearer <token>".') =>
  new AppError('UNAUTHENTICATED', message);

/** `rule`, when a named rule refused (see permissions/delegation.ts), is given with its wording. */
export const forbidden = (action: string, subject: string, rule?: { key: string; text: string }) =>
  rule
    ? new AppError('FORBIDDEN', `You may not ${action} this ${subject}: ${rule.text} (rule "${rule.key}").`, { rule: rule.key })
    : new AppError('FORBIDDEN', `You may not ${action} this ${subject}.`);

/** Also the answer for records outside the caller's scope: their existence must not leak. */
export const notFound = (subject: string, id: number | string) =>
  new AppError('NOT_FOUND', `${subject} ${id} not found (it may not exist, or be outside what you may see).`);

export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

export const conflict = (subject: string, id: number, expected: number) =>
  new AppError(
    'CONFLICT',
    `${subject} ${id} was changed by someone else since version ${expected}; reload it and apply your change again.`,
    { subject, id },
  );

/** With `retryAfterSeconds`, the answer's `Retry-After` header says when to try again. */
export const tooManyRequests = (message: string, retryAfterSeconds?: number) =>
  new AppError('TOO_MANY_REQUESTS', message, {}, retryAfterSeconds);

/** The header a client names a mutation with, so that sending it again is safe (server/write/idempotency.ts). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * An `Idempotency-Key` header that cannot be used, `field` naming the header. The messages come
 * in English (`message`) and Chinese (`messageZh`).
 */
export const invalidIdempotencyKey = (problem: { en: string; zh: string }) =>
  new AppError('BAD_USER_INPUT', `${IDEMPOTENCY_HEADER} header: ${problem.en}`, {
    field: IDEMPOTENCY_HEADER,
    messageZh: `${IDEMPOTENCY_HEADER} 标头：${problem.zh}`,
  });

/**
 * A key already used by this account for a different request (another operation or other
 * variables). 422, as the IETF Idempotency-Key draft advises for a key reused with another
 * payload: nothing was changed, and the first request's result stays bound to the key.
 */
export const idempotencyKeyReused = () =>
  new AppError(
    'IDEMPOTENCY_KEY_REUSED',
    `This ${IDEMPOTENCY_HEADER} was already used for a different request (another operation or other variables); nothing was changed. Use a new key for a new request, and the same key only to send the same request again.`,
    {
      messageZh: `该 ${IDEMPOTENCY_HEADER} 已用于另一个不同的请求（操作或变量不同），本次未作任何更改。新的请求请使用新的键；只有重新发送同一请求时才使用相同的键。`,
    },
  );

/**
 * A change that may have been applied: its work was done, but its commit was never confirmed (the
 * connection was lost during COMMIT, or a deadline cut the request off). Answered as an outage (503
 * with `Retry-After`) with `extensions.outcome: "UNKNOWN"` and a message that asks to send it again
 * with the same `Idempotency-Key`, never "nothing was changed". Throw it for any mutation cut off
 * after its transaction may have reached COMMIT.
 */
export const outcomeUnknown = (cause?: unknown) => new OutcomeUnknownError(cause);
