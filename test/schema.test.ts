import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaWithDirectives } from '../server/graphql/print-schema';
import { buildAppSchema } from '../server/graphql/schema';

describe('the committed schema', () => {
  it('equals the schema the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printSchemaWithDirectives(await buildAppSchema())).toBe(committed);
  });

  it('describes every type and field', async () => {
    const schema = await buildAppSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'Float', 'ID', 'JSON'].includes(type.name)) continue;
      if (!type.description && !type.name.endsWith('Input') && !type.name.endsWith('Sort') && !type.name.endsWith('SortField')) {
        undocumented.push(type.name);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
