/**
 * The console speaks the committed API contract: every query and mutation its data provider can
 * send is valid against schema/schema.graphql, every filter, sort and input field it names exists,
 * and every write can fill the fields its input requires.
 *
 * @database-independent
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInputObjectType, isEnumType, isNonNullType, parse, validate, type GraphQLSchema } from 'graphql';
import { actionSelection, buildListQuery, buildMutation, buildOneQuery } from '../admin/src/providers/dataProvider';
import { ACTIONS, RESOURCES, type ActionName, type ResourceSpec } from '../admin/src/providers/resources';
import { REPORTABLE_ROUNDS, ROUND_REPORT, summaryQuery } from '../admin/src/providers/summaries';
import { EXPLAIN_ACCESS } from '../admin/src/providers/access';

const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8'));
const valid = (query: string) => validate(schema, parse(query)).map((e) => e.message);
const inputFields = (type: string) => {
  const t = schema.getType(type);
  if (!isInputObjectType(t)) throw new Error(`${type} is not an input type`);
  return Object.keys(t.getFields());
};
const requiredInputFields = (type: string) => {
  const t = schema.getType(type);
  if (!isInputObjectType(t)) throw new Error(`${type} is not an input type`);
  return Object.values(t.getFields())
    .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
    .map((field) => field.name);
};

describe.each(Object.entries(RESOURCES) as Array<[string, ResourceSpec]>)('resource %s', (_name, spec) => {
  it('reads with valid queries and names only filters and sorts that exist', () => {
    expect(valid(buildListQuery(spec))).toEqual([]);
    expect(valid(buildOneQuery(spec))).toEqual([]);
    expect(inputFields(spec.filterType)).toEqual(expect.arrayContaining(['ids', ...spec.filters]));
    if (spec.sort) {
      const sortField = schema.getType(`${spec.type}SortField`);
      expect(isEnumType(sortField)).toBe(true);
      if (isEnumType(sortField)) expect(sortField.getValues().map((v) => v.name)).toEqual(expect.arrayContaining([...spec.sort.fields]));
    }
  });

  it('writes with valid mutations whose inputs have every field it sends', () => {
    for (const write of [spec.create, spec.update].filter(Boolean)) {
      expect(valid(buildMutation(write!.mutation, write!.inputType, spec.fields))).toEqual([]);
      expect(inputFields(write!.inputType)).toEqual(expect.arrayContaining([...write!.fields]));
    }
    if (spec.retire) expect(valid(buildMutation(spec.retire.mutation, spec.retire.inputType, spec.fields))).toEqual([]);
  });

  it('can fill every required input field (an update adds the id and version itself)', () => {
    if (spec.create) expect([...spec.create.fields]).toEqual(expect.arrayContaining(requiredInputFields(spec.create.inputType)));
    if (spec.update)
      expect(['id', 'version', ...spec.update.fields]).toEqual(expect.arrayContaining(requiredInputFields(spec.update.inputType)));
  });
});

it.each(Object.entries(ACTIONS))('the workflow verb %s is a valid mutation', (mutation, action) => {
  expect(valid(buildMutation(mutation, action.inputType, actionSelection(mutation as ActionName)))).toEqual([]);
});

it.each(['findingSummary', 'rectificationSummary', 'assignmentSummary'] as const)('the dashboard reads %s with a valid query', (name) => {
  expect(valid(summaryQuery(name))).toEqual([]);
});

it.each([
  ['the plan report', ROUND_REPORT],
  ['the reportable plans', REPORTABLE_ROUNDS],
  ['the access explanation', EXPLAIN_ACCESS],
])('the console asks for %s with a valid query', (_name, query) => {
  expect(valid(query)).toEqual([]);
});
