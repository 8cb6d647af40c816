/**
 * An ability built from permission rules, as the server builds it and the console rebuilds it from
 * `me { rules }`: both check every rule against the condition language before CASL reads it. Kept
 * free of Node imports; the record types are the caller's to name.
 */
import { createMongoAbility, type MongoAbility, type MongoQuery, type RawRuleOf, type Subject as CaslSubject } from '@casl/ability';
import type { Action } from './actions';
import { assertValidConditions, conditionsMatcher } from './conditions';

export type { Action };

/** An ability over the record types `SubjectName`. */
export type RuleAbility<SubjectName extends string = string> = MongoAbility<[Action, SubjectName | CaslSubject | 'all'], MongoQuery>;

/** Builds an ability after checking that every rule speaks the condition language of conditions.ts. */
export function createRuleAbility<Ability extends RuleAbility>(rules: RawRuleOf<Ability>[]): Ability {
  // Rules are plain data. Copying them makes that so even for objects from another realm (a parsed
  // response, a worker), which CASL would otherwise read as equality with an object, not as operators.
  const plain = JSON.parse(JSON.stringify(rules)) as RawRuleOf<Ability>[];
  plain.forEach((rule, i) => {
    if (rule.conditions !== undefined) assertValidConditions(rule.conditions, `rule ${i} (${String(rule.action)} ${String(rule.subject)})`);
  });
  return createMongoAbility<Ability>(plain, { conditionsMatcher });
}
