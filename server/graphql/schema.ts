import type { GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver';
import { BodyResolver } from '../modules/body/body.resolver';
import { LeaderGrantResolver } from '../modules/grant/leader-grant.resolver';
import { MembershipResolver } from '../modules/membership/membership.resolver';
import { PersonResolver } from '../modules/person/person.resolver';
import { PoolEntryResolver } from '../modules/pool/pool-entry.resolver';
import type { RequestContext } from './context';
import { unauthenticated } from './errors';

export const RESOLVERS = [
  BodyResolver,
  PersonResolver,
  MembershipResolver,
  AccountResolver,
  PoolEntryResolver,
  LeaderGrantResolver,
] as const;

/**
 * Deny by default: every root query and mutation needs a signed-in caller unless it is marked
 * `@Extensions({ public: true })`. A resolver that forgets a guard is still guarded.
 */
const requireSignIn: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && !context.caller) {
    const field = info.parentType.getFields()[info.fieldName];
    if (!field.extensions?.public) throw unauthenticated();
  }
  return next();
};

let built: Promise<GraphQLSchema> | undefined;

export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as never,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [requireSignIn],
  });
  return built;
}
