/**
 * The console's types from the committed GraphQL contract: every enum as a union of its values and
 * every object type as the API returns it. `npm run codegen` writes them, `npm run codegen:check`
 * fails when the committed file differs from what the schema gives.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'admin/src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        maybeValue: 'T | null',
        scalars: { JSON: 'unknown' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
