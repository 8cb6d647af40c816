import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { HTTP_STATUS_OF } from '../errors';
import { appErrorIn, extensionsOf } from './errors';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  DATABASE_UNAVAILABLE_MESSAGE_ZH,
  isDatabaseUnavailable,
  isOutcomeUnknown,
  OUTCOME_UNKNOWN_MESSAGE,
  OUTCOME_UNKNOWN_MESSAGE_ZH,
  outageDetail,
} from '../db/outage';

/** The client's own mistakes: the app's codes but an outage, and GraphQL's own for a request it cannot run. */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(HTTP_STATUS_OF).filter((code) => code !== 'SERVICE_UNAVAILABLE'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Every code an answered GraphQL error can carry: the client's own mistakes, an outage, and the masked rest. */
export const ANSWERED_ERROR_CODES: ReadonlySet<string> = new Set([...CLIENT_CODES, 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; problems: string[] }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // class-validator starts each message with the property name, which the field already says.
    const problems = Object.values(e.constraints ?? {}).map((m) => m.replace(new RegExp(`^${e.property} `), ''));
    const own = problems.length ? [{ field, problems }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * What a client may see of an error: the app's errors with their code and details, GraphQL's
 * request errors as they are, input validation as BAD_USER_INPUT naming each field, a database
 * outage as SERVICE_UNAVAILABLE with the request id, anything else masked with the request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId: () => string | undefined,
  log: (entry: Record<string, unknown>) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    const id = requestId();
    log({ level: 'error', msg: 'database unavailable', requestId: id, error: outageDetail(original) });
    // A change that may have been applied must not be reported as "nothing was changed".
    if (isOutcomeUnknown(original)) {
      return {
        message: OUTCOME_UNKNOWN_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', outcome: 'UNKNOWN', messageZh: OUTCOME_UNKNOWN_MESSAGE_ZH, requestId: id },
      };
    }
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', messageZh: DATABASE_UNAVAILABLE_MESSAGE_ZH, requestId: id },
    };
  }
  const appError = appErrorIn(error);
  if (appError)
    return { message: appError.message, locations: formatted.locations, path: formatted.path, extensions: extensionsOf(appError) };
  if (original instanceof ArgumentValidationError) {
    const fields = flatten(original.extensions.validationErrors as ValidationError[]);
    const message = fields.map((f) => `${f.field}: ${f.problems.join('; ')}`).join('. ');
    return {
      message: `Invalid input. ${message}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: fields[0]?.field, fields },
    };
  }
  // graphql-js gives up on a variable after 50 problems with an error of its own that has no code.
  if (original instanceof GraphQLError && !original.path && original.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const id = requestId();
  log({ level: 'error', msg: 'unexpected error', requestId: id, error: String(original), stack: (original as Error)?.stack });
  return {
    message: `Internal error. Quote request id ${id} when reporting it.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id },
  };
}
