import { createMongoAbility, type MongoAbility, type MongoQuery, type RawRuleOf, type Subject as CaslSubject } from '@casl/ability';
import type { Action } from './actions';
import { assertValidConditions, conditionsMatcher } from './conditions';
import type { SubjectName } from './roles';

// The record types are named where their rules are, in the role table (roles.ts).
export type { Action, SubjectName };

export type AppAbility = MongoAbility<[Action, SubjectName | CaslSubject | 'all'], MongoQuery>;
export type AppRule = RawRuleOf<AppAbility>;

/** Builds an ability after checking that every rule speaks the condition language of conditions.ts. */
export function createAppAbility(rules: AppRule[]): AppAbility {
  // Rules are plain data. Copying them makes that so even for objects from another realm (a parsed
  // response, a worker), which CASL would otherwise read as equality with an object, not as operators.
  const plain = JSON.parse(JSON.stringify(rules)) as AppRule[];
  plain.forEach((rule, i) => {
    if (rule.conditions !== undefined) assertValidConditions(rule.conditions, `rule ${i} (${String(rule.action)} ${String(rule.subject)})`);
  });
  return createMongoAbility<AppAbility>(plain, { conditionsMatcher });
}

/**
 * Protected fields are readable only through a rule that names them; a rule without a field list
 * opens the record's ordinary fields, never its protected ones.
 */
export function canReadProtected(ability: AppAbility, record: CaslSubject, field: string): boolean {
  for (const rule of ability.rulesFor('read', ability.detectSubjectType(record), field)) {
    if (!rule.matchesConditions(record)) continue;
    if (rule.inverted) return false;
    if (rule.fields && (Array.isArray(rule.fields) ? rule.fields : [rule.fields]).includes(field)) return true;
  }
  return false;
}
