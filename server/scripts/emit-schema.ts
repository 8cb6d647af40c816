/** Writes the GraphQL contract to schema/schema.graphql; a test fails while it is stale. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaWithDirectives } from '../graphql/print-schema';
import { buildAppSchema } from '../graphql/schema';

buildAppSchema()
  .then((schema) => {
    const file = join(__dirname, '..', '..', 'schema', 'schema.graphql');
    writeFileSync(file, printSchemaWithDirectives(schema));
    console.log(`wrote ${file}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
