import { createMongoAbility, type MongoAbility, type MongoQuery, type RawRuleOf, type Subject as CaslSubject } from '@casl/ability';
import { assertValidConditions, conditionsMatcher } from './conditions';

export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'retire'
  | 'manage'
  /** Round: the leading group approves a plan. Membership: a leading-group leader approves or refuses a proposed role. */
  | 'approve'
  /** Account: set a new password chosen by someone else (see delegation.ts for whose). */
  | 'reset'
  /** Assignment: move it to its next stage. */
  | 'advance'
  /** Assignment: staff it, and record a justified recusal exception. */
  | 'staff'
  /** Assignment: name its leader from the pool (a LeaderGrant). */
  | 'appoint'
  /** Report: the granted leader submits it. */
  | 'submit'
  /** Report: the leading group records the hearing. */
  | 'hear'
  /** Finding: flag it urgent for the leading group. */
  | 'escalate'
  /** Finding: the leading group decides how it is used. */
  | 'decide'
  /** Finding: route it to the receiving department. */
  | 'transfer'
  /** Finding: the receiving department records the outcome. */
  | 'conclude'
  /** RectificationItem: the target's liaison records progress. */
  | 'progress'
  /** RectificationItem: the office closes it off or sends it back. */
  | 'verify'
  /**
   * Finding, RectificationItem, Assignment: count it in a summary without reading it; Round: read
   * its plan's report of figures. Whoever may read a record may count it too; this action is for
   * those who may only count.
   */
  | 'summarize';

export const SUBJECTS = [
  'Body',
  'Person',
  'PersonRelation',
  'Membership',
  'Account',
  'PoolEntry',
  'LeaderGrant',
  'Round',
  'RoundTarget',
  'Assignment',
  'AssignmentMember',
  'Briefing',
  'Activity',
  'IntakeItem',
  'IntakeInformant',
  'Finding',
  'Report',
  'RectificationItem',
  'SupervisionItem',
  'SavedQuery',
] as const;
export type SubjectName = (typeof SUBJECTS)[number];

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
