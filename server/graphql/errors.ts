/**
 * The app's errors as GraphQL answers them (the errors themselves are in server/errors.ts).
 */
import { GraphQLError } from 'graphql';
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from '../db/outage';

/** HTTP status and header of an answer that failed because the database is unavailable. */
export const databaseUnavailableHttp = () => ({ status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) });

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
