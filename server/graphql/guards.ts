/**
 * Limits on the shape of a query, checked before anything runs: size (tokens), depth, aliases,
 * directives and static cost, each refused with a message that names the limit. Page sizes are
 * capped where lists are read (graphql/list.ts). Introspection is for signed-in callers only.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type DocumentNode, type ValidationRule } from 'graphql';
import type { RequestContext } from './context';

export const QUERY_LIMITS = {
  /** Tokens in one document; Apollo's parser stops there (graphql-armor's own token plugin answers 500). */
  maxTokens: 5000,
  /** The console's deepest query (an inspection with its staff and grants) is 4 levels. */
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 50,
  maxCost: 5000,
} as const;

/** A query that reads the schema: it names `__schema` or `__type` anywhere, fragments included. */
function introspects(document: DocumentNode): boolean {
  let found = false;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const n = node as { kind?: string; name?: { value?: string } };
    if (n.kind === Kind.FIELD && (n.name?.value === '__schema' || n.name?.value === '__type')) {
      found = true;
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'kind' in value) visit(value);
    }
  };
  visit(document);
  return found;
}

/** Signed-in callers (the console, the workbench) read the schema; anonymous ones do not. */
const introspectionForSignedIn: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (!contextValue.caller && introspects(document)) {
          throw new GraphQLError('Sign in to read the schema.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
      },
    };
  },
};

export function queryGuards(): { plugins: ApolloServerPlugin<RequestContext>[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: true },
    // Suggesting field names to someone who mistyped one tells strangers what the schema holds.
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...(plugins as ApolloServerPlugin<RequestContext>[]), introspectionForSignedIn],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
