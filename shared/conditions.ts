/**
 * The condition language of every permission rule, shared by the server and the console so that
 * both read a rule the same way. Kept free of Node imports.
 *
 * Only the operators below exist. CASL would otherwise read an operator it does not know as
 * equality with an object, and a `cannot` rule built on it would fail open; so every rule's
 * conditions are validated against this list before an ability is built.
 */
import { buildMongoQueryMatcher, type ConditionsMatcher, type MongoQuery } from '@casl/ability';
import { $and, $eq, $in, $or, and, eq, or, not, within, type FieldInstruction, type JsInterpreter } from '@ucast/mongo2js';
import type { FieldCondition } from '@ucast/mongo2js';

/** `{ scopePath: { $under: 4 } }`: the record sits in body 4 or anywhere below it. */
const $under: FieldInstruction<number> = {
  type: 'field',
  validate(instruction, value) {
    if (!Number.isSafeInteger(value) || (value as number) <= 0) {
      throw new Error(`"${instruction.name}" expects a body id (a positive whole number), got ${JSON.stringify(value)}`);
    }
  },
};

const under: JsInterpreter<FieldCondition<number>> = (condition, record, { get }) => {
  const path = get(record, condition.field);
  return typeof path === 'string' && path.includes(`/${condition.value}/`);
};

export const FIELD_OPERATORS = ['$eq', '$in', '$under'] as const;
export const COMPOUND_OPERATORS = ['$and', '$or'] as const;

export const conditionsMatcher: ConditionsMatcher<MongoQuery> = buildMongoQueryMatcher(
  { $eq, $in, $under, $and, $or },
  { eq, in: within, under, and, or, not },
);

const allowed = new Set<string>([...FIELD_OPERATORS, ...COMPOUND_OPERATORS]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Throws unless `conditions` uses only the known operators, compares fields with scalars (or
 * arrays of scalars for `$in`), and names fields as plain identifiers.
 */
export function assertValidConditions(conditions: unknown, where = 'conditions'): void {
  if (!isPlainObject(conditions)) throw new Error(`${where} must be an object`);
  for (const [key, value] of Object.entries(conditions)) {
    if (key.startsWith('$')) {
      if (!(COMPOUND_OPERATORS as readonly string[]).includes(key)) throw new Error(`${where}: unknown operator ${key}`);
      if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: ${key} needs a non-empty array`);
      value.forEach((part, i) => assertValidConditions(part, `${where}.${key}[${i}]`));
      continue;
    }
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`${where}: "${key}" is not a field name`);
    if (!isPlainObject(value)) {
      assertScalar(value, `${where}.${key}`);
      continue;
    }
    const operators = Object.keys(value);
    if (operators.length === 0) throw new Error(`${where}.${key}: compares with an empty object`);
    for (const op of operators) {
      if (!op.startsWith('$')) throw new Error(`${where}.${key}: compares with an object (field "${op}")`);
      if (!allowed.has(op) || !(FIELD_OPERATORS as readonly string[]).includes(op)) {
        throw new Error(`${where}.${key}: unknown operator ${op}`);
      }
      const operand = value[op];
      if (op === '$in') {
        if (!Array.isArray(operand)) throw new Error(`${where}.${key}.$in needs an array`);
        operand.forEach((item, i) => assertScalar(item, `${where}.${key}.$in[${i}]`));
      } else {
        assertScalar(operand, `${where}.${key}.${op}`);
      }
    }
  }
}

function assertScalar(value: unknown, where: string): void {
  // NULL is refused: SQL and CASL disagree on it, so scoped columns are NOT NULL and rules never name null.
  if (!['string', 'number', 'boolean'].includes(typeof value)) {
    throw new Error(`${where}: expected a string, number or boolean, got ${value === null ? 'null' : typeof value}`);
  }
}
