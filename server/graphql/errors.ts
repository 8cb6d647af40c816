/**
 * The app's errors (server/errors.ts) as GraphQL answers them: `extensions` carry the code and the
 * error's details, and the HTTP status comes from the one table wherever an error decides the
 * status of the whole answer.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/outage';
import { AppError, HTTP_STATUS_OF, httpStatusOf, type ErrorCode } from '../errors';

/** The app error behind a GraphQL error: thrown as it is, or wrapped by graphql-js or Apollo. */
export function appErrorIn(error: unknown): AppError | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** What a client reads in `extensions`: the code, the message's key and parameters, then the error's own fields (`field`, …). */
export const extensionsOf = (error: AppError): Record<string, unknown> => ({
  code: error.code,
  messageKey: error.messageKey,
  params: error.params,
  ...error.details,
});

/** The answer's HTTP status and headers for an error that decides them. */
function httpOf(error: AppError): { status: number; headers: Map<string, string> } {
  const headers = new Map<string, string>();
  if (error.retryAfterSeconds !== undefined) headers.set('retry-after', String(error.retryAfterSeconds));
  return { status: httpStatusOf(error), headers };
}

/**
 * Errors that answer the whole request with their status even when a resolver threw them beside
 * data: a limit reached, or a key already used for another request. Any other error of a resolver
 * leaves the answer 200, as GraphQL answers partial results.
 */
const DECIDES_THE_STATUS_FROM_A_RESOLVER: ReadonlySet<ErrorCode> = new Set(['TOO_MANY_REQUESTS', 'IDEMPOTENCY_KEY_REUSED']);

/**
 * Sets the HTTP status of an answer from its app errors, through the one table: an error that
 * refused the request before anything ran (a plugin, a guard) always, one a resolver threw only if
 * its code decides the status (above).
 */
export const appErrorStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, response }) {
        for (const error of errors) {
          const appError = appErrorIn(error);
          if (!appError || (error.path && !DECIDES_THE_STATUS_FROM_A_RESOLVER.has(appError.code))) continue;
          const { status, headers } = httpOf(appError);
          response.http.status = status;
          for (const [name, value] of headers) response.http.headers.set(name, value);
        }
      },
    };
  },
};

/** HTTP status and header of an answer that failed because the database is unavailable. */
export const databaseUnavailableHttp = () => ({
  status: HTTP_STATUS_OF.SERVICE_UNAVAILABLE,
  headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]),
});

/**
 * For a failure before any resolver runs (signing the caller in), where the HTTP status can only
 * come with the error; formatError words the answer, as for one a resolver threw.
 */
export const databaseUnavailable = (cause: unknown) =>
  new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    // Not `instanceof Error`: errors made by Node's own modules can come from another realm (a test's sandbox).
    originalError: typeof cause === 'object' && cause !== null ? (cause as Error) : undefined,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: databaseUnavailableHttp() },
  });

/**
 * A failure while making a request's context (signing the caller in), as Apollo answers it: there,
 * the status comes only with the error itself, so an app error gets its table status attached and
 * an outage its 503.
 */
export function contextFailure(error: unknown): unknown {
  if (error instanceof AppError)
    return new GraphQLError(error.message, { originalError: error, extensions: { ...extensionsOf(error), http: httpOf(error) } });
  return isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
}
