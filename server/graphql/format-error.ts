import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { HTTP_STATUS_OF } from '../errors';
import { appErrorIn, extensionsOf } from './errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, isOutcomeUnknown, OUTCOME_UNKNOWN_MESSAGE, outageDetail } from '../db/outage';
import type { MessageKey, MessageParams } from '../../shared/messages';

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

/** A field refused by the validators: its path, class-validator's English words, and the catalogue's message for the first. */
interface FieldProblem {
  field: string;
  problems: string[];
  messageKey: MessageKey;
  params: MessageParams;
}

/** The catalogue's message for a class-validator constraint, with the limit its English words end with. */
function constraintMessage(constraint: string, text: string): { messageKey: MessageKey; params: MessageParams } {
  const limit = /(-?\d+(?:\.\d+)?)\D*$/.exec(text)?.[1];
  const withLimit = (messageKey: MessageKey): { messageKey: MessageKey; params: MessageParams } =>
    limit === undefined ? { messageKey: 'input.invalid', params: {} } : { messageKey, params: { limit } };
  switch (constraint) {
    case 'min':
      return withLimit('input.min');
    case 'max':
      return withLimit('input.max');
    case 'arrayMaxSize':
      return withLimit('input.tooManyItems');
    case 'arrayMinSize':
      return withLimit('input.tooFewItems');
    case 'isEnum':
    case 'isIn':
      return { messageKey: 'input.notAllowedValue', params: {} };
    case 'isBoolean':
    case 'isInt':
    case 'isNumber':
    case 'isString':
      return { messageKey: 'input.wrongType', params: {} };
    case 'matches':
      return { messageKey: 'input.pattern', params: {} };
    default:
      // The app's own validators (IsDay, TextLength, …) name themselves after what they check.
      if (/day|date/i.test(constraint)) return { messageKey: 'input.day', params: {} };
      if (/length/i.test(constraint)) return { messageKey: 'input.pattern', params: {} };
      return { messageKey: 'input.invalid', params: {} };
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const constraints = Object.entries(e.constraints ?? {});
    // class-validator starts each message with the property name, which the field already says.
    const problems = constraints.map(([, m]) => m.replace(new RegExp(`^${e.property} `), ''));
    const own = constraints.length ? [{ field, problems, ...constraintMessage(constraints[0][0], problems[0]) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** GraphQL's own refusals of a request it cannot run, as messages of the catalogue (the English words kept as `detail`). */
function requestRefusal(code: string, message: string): { messageKey: MessageKey; params: MessageParams; field?: string } {
  if (code === 'BAD_USER_INPUT') {
    // graphql-js: 'Variable "$input" got invalid value 3 at "input.year"; …'
    const at = /^Variable "\$(\w+)"[^]*? at "([^"]+)"/.exec(message);
    const field = at ? at[2] : /^Variable "\$(\w+)"/.exec(message)?.[1];
    return { messageKey: 'input.variable', params: { detail: message }, ...(field ? { field } : {}) };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && /limit of \d+ exceeded/i.test(message))
    return { messageKey: 'query.refused', params: { detail: message } };
  return { messageKey: 'query.invalid', params: { detail: message } };
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
        extensions: { code: 'SERVICE_UNAVAILABLE', outcome: 'UNKNOWN', messageKey: 'outage.outcomeUnknown', params: {}, requestId: id },
      };
    }
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'outage.databaseUnavailable', params: {}, requestId: id },
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
      extensions: {
        code: 'BAD_USER_INPUT',
        messageKey: fields[0]?.messageKey ?? 'input.invalid',
        params: fields[0]?.params ?? {},
        field: fields[0]?.field,
        fields,
      },
    };
  }
  // graphql-js gives up on a variable after 50 problems with an error of its own that has no code.
  if (original instanceof GraphQLError && !original.path && original.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT', messageKey: 'input.tooManyVariableErrors', params: {} } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    // GraphQL's own refusals get a key here; an error of ours made as a GraphQLError already has one, or is left as it is.
    const own = extensions.messageKey === undefined && (code === 'BAD_USER_INPUT' || !Object.hasOwn(HTTP_STATUS_OF, code));
    return { ...formatted, extensions: own ? { ...extensions, ...requestRefusal(code, formatted.message) } : extensions };
  }
  const id = requestId();
  log({ level: 'error', msg: 'unexpected error', requestId: id, error: String(original), stack: (original as Error)?.stack });
  return {
    message: `Internal error. Quote request id ${id} when reporting it.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'internal.error', params: { requestId: id }, requestId: id },
  };
}
