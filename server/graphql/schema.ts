import type { GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { MODULE_RESOLVERS } from '../modules';
import type { RequestContext } from './context';
import { AppError, unauthenticated } from '../errors';

export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

/** The refusal for a caller whose password someone else chose, until they choose their own. */
export const passwordChangeRequired = () =>
  new AppError(
    'FORBIDDEN',
    'Your password was chosen by someone else (an administrator, or the operator who set up the system): choose your own with changePassword first. Until then only me, changePassword and signOut are open to you.',
    { reason: PASSWORD_CHANGE_REQUIRED },
  );

/**
 * Deny by default: every root query and mutation needs a signed-in caller unless it is marked
 * `@Extensions({ public: true })`. A resolver that forgets a guard is still guarded. A caller who
 * must change their password may use only the fields marked `@Extensions({ beforePasswordChange: true })`.
 */
const requireSignIn: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  const root = info.parentType.name;
  if (root === 'Query' || root === 'Mutation') {
    const { extensions } = info.parentType.getFields()[info.fieldName];
    if (!context.caller && !extensions?.public) throw unauthenticated();
    if (context.caller?.mustChangePassword && !extensions?.public && !extensions?.beforePasswordChange) throw passwordChangeRequired();
  }
  return next();
};

let built: Promise<GraphQLSchema> | undefined;

export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: MODULE_RESOLVERS as never,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [requireSignIn],
  });
  return built;
}
