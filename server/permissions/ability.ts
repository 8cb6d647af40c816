import type { RawRuleOf, Subject as CaslSubject } from '@casl/ability';
import { createRuleAbility, type Action, type RuleAbility } from '../../shared/ability';
import type { SubjectName } from './roles';

// The record types are named where their rules are, in the role table (roles.ts).
export type { Action, SubjectName };

export type AppAbility = RuleAbility<SubjectName>;
export type AppRule = RawRuleOf<AppAbility>;

/** Builds an ability after checking that every rule speaks the condition language (shared/conditions.ts). */
export function createAppAbility(rules: AppRule[]): AppAbility {
  return createRuleAbility<AppAbility>(rules);
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
