/**
 * Writes the GraphQL contract to schema/schema.graphql and the examples section of schema/GUIDE.md
 * from schema/examples; a test fails while either is stale.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaWithDirectives } from '../graphql/print-schema';
import { GUIDE_FILE, guideWithExamples, readExamples, SCHEMA_DIR } from '../graphql/query-guide';
import { buildAppSchema } from '../graphql/schema';

buildAppSchema()
  .then((schema) => {
    const file = join(SCHEMA_DIR, 'schema.graphql');
    writeFileSync(file, printSchemaWithDirectives(schema));
    console.log(`wrote ${file}`);
    writeFileSync(GUIDE_FILE, guideWithExamples(readFileSync(GUIDE_FILE, 'utf8'), readExamples()));
    console.log(`wrote ${GUIDE_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
