/**
 * Limits on the shape of a query, checked before anything runs: size (tokens), depth, aliases,
 * directives and static cost, each refused with a message that names the limit. Page sizes are
 * capped where lists are read (graphql/list.ts). Introspection is for signed-in callers only.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { RequestContext } from './context';
import { unauthenticated } from '../errors';

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
          throw unauthenticated('auth.schemaNeedsSignIn');
        }
      },
    };
  },
};

/** graphql-armor's costLimit weights, which the documented formula (schema/GUIDE.md) states. */
const COST = { scalar: 1, object: 2, depthFactor: 1.5 } as const;

/**
 * The static cost of the operation about to run, counted as graphql-armor's costLimit counts a
 * query written out in full: a leaf field 1, a field with a selection 2 plus 1.5 times what it
 * selects, a fragment spread 1 plus 1.5 times the fragment, `__schema` nothing, and a field's
 * `first` (or `last`) multiplying the field with all it selects. The difference is where `first`
 * comes from: armor's rule runs during validation, which sees no variables, so `first: $n` cost
 * as if it were 1 and a query refused with `first: 100` ran when 100 came as a variable. Here a
 * variable counts with the value sent, or its default when none is sent, exactly as a literal.
 * Page sizes (`page.take`) multiply nothing, written or sent: a root list is capped at 100 rows.
 */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind !== Kind.VARIABLE) return valueFromASTUntyped(node);
    const name = node.name.value;
    if (Object.prototype.hasOwnProperty.call(variables, name)) return variables[name];
    const fallback = defaults.get(name);
    return fallback ? valueFromASTUntyped(fallback) : undefined;
  };
  const multiplierOf = (field: FieldNode): number => {
    const argument = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    const value = argument ? valueOf(argument.value) : undefined;
    return typeof value === 'number' && Number.isInteger(value) ? Math.max(value, 1) : 1;
  };
  // As in armor: a fragment is costed once, where it is first spread, and that cost reused.
  const fragmentCosts = new Map<string, number>();
  const costOf = (node: SelectionNode | FragmentDefinitionNode): number => {
    if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
    if (node.kind !== Kind.FRAGMENT_SPREAD) {
      if (!node.selectionSet) return COST.scalar;
      let cost: number = COST.object;
      for (const child of node.selectionSet.selections) cost += COST.depthFactor * costOf(child);
      return node.kind === Kind.FIELD ? cost * multiplierOf(node) : cost;
    }
    const name = node.name.value;
    const known = fragmentCosts.get(name);
    if (known !== undefined) return COST.scalar + COST.depthFactor * known;
    fragmentCosts.set(name, 0);
    const fragment = fragments.get(name);
    if (!fragment) return COST.scalar;
    const cost = costOf(fragment);
    fragmentCosts.set(name, cost);
    return COST.scalar + COST.depthFactor * cost;
  };
  return operation.selectionSet.selections.reduce((total, selection) => total + costOf(selection), 0);
}

/** Refuses, before it runs, an operation whose cost with its variables is over the limit. */
const costLimit: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (!operation) return;
        const cost = operationCost(document, operation, request.variables ?? {});
        if (cost > QUERY_LIMITS.maxCost) {
          throw new GraphQLError(`Query Cost limit of ${QUERY_LIMITS.maxCost} exceeded, found ${cost}.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        }
      },
    };
  },
};

export function queryGuards(): {
  plugins: ApolloServerPlugin<RequestContext>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Counted with the operation's variables instead, once it is known which operation runs (costLimit below).
    costLimit: { enabled: false },
    // Suggesting field names to someone who mistyped one tells strangers what the schema holds.
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...(plugins as ApolloServerPlugin<RequestContext>[]), costLimit, introspectionForSignedIn],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
