/**
 * Turns the rules an ability holds for (action, subject) into one SQL predicate, so that lists,
 * counts and single reads are filtered by the database with exactly the rules that memory checks.
 */
import { rulesToAST } from '@casl/ability/extra';
import { CompoundCondition, FieldCondition, type Condition } from '@ucast/mongo2js';
import type { AppAbility, Action, SubjectName } from './ability';
import { pathRange } from '../scope/paths';

export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}

/** Resolves what the rules name indirectly: a column for a field, the current path of a body. */
export interface SqlNaming {
  column(field: string): string;
  bodyPath(bodyId: number): string;
  /** Prefix for parameter names, unique within the statement being built. */
  paramPrefix: string;
}

export const DENY_ALL: SqlPredicate = { sql: '1=0', params: {} };

/** The rules of each ability as conditions, by action and subject: an ability is shared by every request of its caller. */
const conditionsOf = new WeakMap<AppAbility, Map<string, Condition | null>>();

function rulesAsCondition(ability: AppAbility, action: Action, subject: SubjectName): Condition | null {
  let byRule = conditionsOf.get(ability);
  if (!byRule) conditionsOf.set(ability, (byRule = new Map()));
  const key = `${action} ${subject}`;
  let condition = byRule.get(key);
  if (condition === undefined) {
    const ast = rulesToAST(ability, action, subject);
    condition = ast === null ? null : hoistCommonConjuncts(ast);
    byRule.set(key, condition);
  }
  return condition;
}

export function rulesToSql(ability: AppAbility, action: Action, subject: SubjectName, naming: SqlNaming): SqlPredicate {
  const ast = rulesAsCondition(ability, action, subject);
  if (ast === null) return DENY_ALL;
  const params: Record<string, unknown> = {};
  let counter = 0;
  const param = (value: unknown): string => {
    const name = `${naming.paramPrefix}${counter++}`;
    params[name] = value;
    return `:${name}`;
  };
  const spread = (values: unknown[]): string => {
    const name = `${naming.paramPrefix}${counter++}`;
    params[name] = values;
    return `(:...${name})`;
  };

  const emit = (node: Condition): string => {
    if (node instanceof CompoundCondition) {
      const parts = (node.value as Condition[]).map(emit);
      switch (node.operator) {
        case 'and':
          return parts.length === 0 ? '1=1' : parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
        case 'or':
          return parts.length === 0 ? '1=0' : parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
        case 'not':
          return `NOT ${parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`}`;
        default:
          throw new Error(`permission rules use a compound operator SQL does not know: ${node.operator}`);
      }
    }
    if (node instanceof FieldCondition) {
      const column = naming.column(node.field);
      switch (node.operator) {
        case 'eq':
          return `${column} = ${param(node.value)}`;
        case 'in': {
          const values = node.value as unknown[];
          return values.length === 0 ? '1=0' : `${column} IN ${spread(values)}`;
        }
        case 'under': {
          const [low, high] = pathRange(naming.bodyPath(node.value as number));
          return `(${column} >= ${param(low)} AND ${column} < ${param(high)})`;
        }
        default:
          throw new Error(`permission rules use an operator SQL does not know: ${node.operator}`);
      }
    }
    throw new Error('permission rules produced a condition SQL cannot read');
  };

  return { sql: emit(ast), params };
}

/**
 * rulesToAST repeats every `cannot` in every branch (OR of each `can` AND NOT each higher
 * `cannot`). Pulled out once in front of the OR, the database can use the scope index.
 */
export function hoistCommonConjuncts(ast: Condition): Condition {
  if (!(ast instanceof CompoundCondition) || ast.operator !== 'or') return ast;
  const branches = (ast.value as Condition[]).map(conjunctsOf);
  if (branches.length < 2) return ast;
  const keyOf = (c: Condition) => JSON.stringify(c);
  const shared = branches[0].filter((c) => branches.every((b) => b.some((o) => keyOf(o) === keyOf(c))));
  if (shared.length === 0) return ast;
  const sharedKeys = new Set(shared.map(keyOf));
  const rest = branches.map((b) => b.filter((c) => !sharedKeys.has(keyOf(c))));
  // A branch left with nothing is true on its own, which makes the whole OR true.
  if (rest.some((b) => b.length === 0)) return new CompoundCondition('and', shared);
  const alternatives = rest.map((b) => (b.length === 1 ? b[0] : new CompoundCondition('and', b)));
  return new CompoundCondition('and', [...shared, new CompoundCondition('or', alternatives)]);
}

function conjunctsOf(condition: Condition): Condition[] {
  if (condition instanceof CompoundCondition && condition.operator === 'and') {
    return (condition.value as Condition[]).flatMap(conjunctsOf);
  }
  return [condition];
}
