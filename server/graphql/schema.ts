import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { MODULE_RESOLVERS } from '../modules';
import type { RequestContext } from './context';
import { AppError, unauthenticated } from '../errors';

export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

/** The refusal for a caller whose password someone else chose, until they choose their own. */
export const passwordChangeRequired = () =>
  new AppError('FORBIDDEN', 'auth.passwordChangeRequired', {}, { details: { reason: PASSWORD_CHANGE_REQUIRED } });

/**
 * Deny by default: every root query and mutation needs a signed-in caller unless it is marked
 * `@Extensions({ public: true })`. A resolver that forgets a guard is still guarded. A caller who
 * must change their password may use only the fields marked `@Extensions({ beforePasswordChange: true })`.
 *
 * Checked where an operation enters the graph, on its root fields, and nowhere below them: every
 * field under a root field belongs to an operation that has passed this check.
 */
function guardRootFields(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const { public: open, beforePasswordChange } = (field.extensions ?? {}) as { public?: boolean; beforePasswordChange?: boolean };
      if (open) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
      field.resolve = (source, args, context, info) => {
        if (!context.caller) throw unauthenticated();
        if (context.caller.mustChangePassword && !beforePasswordChange) throw passwordChangeRequired();
        return resolve(source, args, context, info);
      };
    }
  }
}

/**
 * A field that only hands on its record's property needs no resolver of its own: graphql-js reads
 * the property itself, without the wrapper type-graphql would otherwise put around every field of
 * every record on a page. Fields that run a middleware (a protected field) or whose GraphQL name
 * differs from the property keep theirs.
 */
function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  // Field middlewares are attached to their fields only while the schema is built: read from where they are declared.
  const guarded = (field: { target: unknown; name: string }) =>
    storage.middlewares.some((m) => m.target === field.target && m.fieldName === field.name);
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.schemaName !== field.name || guarded(field)) continue;
    field.simple = true;
  }
}

let built: Promise<GraphQLSchema> | undefined;

export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= (async () => {
    readPlainFieldsDirectly();
    const schema = await buildSchema({ resolvers: MODULE_RESOLVERS as never, validate: { forbidUnknownValues: false } });
    guardRootFields(schema);
    return schema;
  })();
  return built;
}
