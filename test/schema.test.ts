/**
 * The committed schema artifact against the one the code emits.
 *
 * @database-independent
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { printSchemaWithDirectives } from '../server/graphql/print-schema';
import { buildAppSchema } from '../server/graphql/schema';

describe('the committed schema', () => {
  it('equals the schema the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printSchemaWithDirectives(await buildAppSchema())).toBe(committed);
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildAppSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'Float', 'ID'].includes(type.name)) continue;
      const root = type === schema.getQueryType() || type === schema.getMutationType();
      if (!type.description && !root) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.name.endsWith('SortField')) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
