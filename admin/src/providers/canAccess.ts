/**
 * The one place the console decides what to show: react-admin's access questions answered by the
 * caller's CASL ability, the same rules the server enforces (the server stays the authority; this
 * only keeps the console from offering what would be refused).
 */
import { subject } from '@casl/ability';
import { unpackRules, type PackRule } from '@casl/ability/extra';
import type { RawRuleOf } from '@casl/ability';
import { createRuleAbility, type Action, type RuleAbility } from '../../../shared/ability';
import { ACTIONS } from '../../../shared/actions';
import { RESOURCES, type ResourceSpec } from './resources';

/** The caller's ability: the record types are the API's names (`RecordType`, and `IntakeInformant`). */
export type AppAbility = RuleAbility;
type AppRule = RawRuleOf<AppAbility>;

/** react-admin's action names as ability actions; anything else is passed through only if it is a workflow verb. */
const RA_ACTIONS: Record<string, Action> = {
  list: 'read',
  show: 'read',
  read: 'read',
  export: 'read',
  edit: 'update',
  create: 'create',
  clone: 'create',
  delete: 'retire',
};

const WORKFLOW_VERBS: ReadonlySet<string> = new Set<Action>(ACTIONS);

/** The ability action for a react-admin action, or null when it is unknown (deny). */
export function toAbilityAction(action: string): Action | null {
  if (action in RA_ACTIONS) return RA_ACTIONS[action];
  return WORKFLOW_VERBS.has(action) ? (action as Action) : null;
}

/** The CASL subject name of a resource, or null when it is unknown (deny). */
export function toSubjectName(resource: string): string | null {
  const spec = (RESOURCES as Record<string, ResourceSpec>)[resource];
  return spec ? spec.type : null;
}

/**
 * A record as the rules see it. The rules test `scopePath` (the path of the body a record belongs
 * to), which the API publishes under a name of its own per type (`path`, `teamPath`, …); a
 * receiving department is matched on the path of the body a finding went to.
 */
export function toSubjectRecord(resource: string, record: Record<string, unknown>): Record<string, unknown> {
  const spec = (RESOURCES as Record<string, ResourceSpec>)[resource];
  const out: Record<string, unknown> = { ...record };
  if (spec?.scopeField) out.scopePath = record[spec.scopeField];
  if (resource === 'accounts') out.scopePath = (record.person as { employerPath?: string } | null)?.employerPath;
  if (resource === 'findings') out.transferredToPath = (record.transferredTo as { path?: string } | null)?.path ?? '';
  return out;
}

export interface AccessQuery {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

/**
 * May the caller do `action` on `resource` (any record of it, when no record is given)?
 * Unknown actions and resources are denied.
 */
export function canAccess(ability: AppAbility | null | undefined, { action, resource, record }: AccessQuery): boolean {
  if (!ability) return false;
  const verb = toAbilityAction(action);
  const type = toSubjectName(resource);
  if (!verb || !type) return false;
  if (!record) return ability.can(verb, type as never);
  return ability.can(verb, subject(type, toSubjectRecord(resource, record)) as never);
}

/**
 * The field by which a rule names the caller's own record of a roster resource: everyone may read
 * their own person, account, memberships and grants, and nothing more of them unless a role opens it.
 */
const OWN_RECORD_FIELD: Record<string, string> = {
  people: 'id',
  accounts: 'id',
  memberships: 'personId',
  leaderGrants: 'personId',
  trainingRecords: 'personId',
};

/**
 * Whether every record of `resource` the caller may read is their own, by rule (one record pinned
 * by its id or its person, never a range): such a list holds only oneself, or nothing, and the
 * profile page shows the same. Deny-leaning: any rule the function cannot classify counts as more.
 */
export function readsOnlyOwnRecords(ability: AppAbility | null | undefined, resource: string): boolean {
  const field = OWN_RECORD_FIELD[resource];
  const type = toSubjectName(resource);
  if (!ability || !field || !type) return false;
  const rules = ability.rulesFor('read', type as never).filter((rule) => !rule.inverted);
  if (!rules.length) return false;
  return rules.every((rule) => {
    const conditions = rule.conditions as Record<string, unknown> | undefined;
    if (!conditions) return false;
    const keys = Object.keys(conditions);
    return keys.length === 1 && keys[0] === field && typeof conditions[field] === 'number';
  });
}

/**
 * May the caller write down who made a report, for an intake item of this inspection (of any, when
 * none is chosen yet)? The informant is a subject of its own, with no resource of its own.
 */
export function canRecordInformant(ability: AppAbility | null | undefined, assignmentId?: unknown): boolean {
  if (!ability) return false;
  if (assignmentId === undefined || assignmentId === null || assignmentId === '') return ability.can('create', 'IntakeInformant');
  return ability.can('create', subject('IntakeInformant', { assignmentId: Number(assignmentId) }) as never);
}

/** The ability from `me { rules }` (packed with packRules on the server). */
export function abilityFromPackedRules(packed: unknown): AppAbility {
  const rules = Array.isArray(packed) ? unpackRules(packed as PackRule<AppRule>[]) : [];
  return createRuleAbility<AppAbility>(rules as AppRule[]);
}
