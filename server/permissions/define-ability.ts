import { AbilityBuilder } from '@casl/ability';
import { createAppAbility, type AppAbility, type AppRule } from './ability';
import type { Authority, Caller } from './caller';
import { ROLE_RULES } from './roles';
import { pathIds } from '../scope/paths';
import { governanceTag } from './delegation';

/**
 * Rules every signed-in person has, whatever they hold: their own person, account and memberships,
 * and the queries they keep in the query workbench.
 */
function ownRecords(caller: Caller, can: AbilityBuilder<AppAbility>['can']): void {
  can('read', 'Person', { id: caller.personId });
  can('read', 'Person', ['idNumber'], { id: caller.personId });
  can('read', 'Account', { id: caller.accountId });
  can('read', 'Membership', { personId: caller.personId });
  can('read', 'LeaderGrant', { personId: caller.personId });
  // One's own training and service history; never one's own assessments (see below).
  can('read', 'TrainingRecord', { personId: caller.personId });
  can('review', ['AssignmentMember', 'LeaderGrant'], { personId: caller.personId });
  can(['read', 'create', 'update', 'retire'], 'SavedQuery', { accountId: caller.accountId });
}

/** What a rule's `reason` records: the authority that granted it, or OWN_RECORDS. */
export const OWN_RECORDS = 'own';
export const authorityTag = (authority: Pick<Authority, 'source' | 'sourceId'>) => `${authority.source}:${authority.sourceId}`;

type Builder = AbilityBuilder<AppAbility>;

/** `can` and `cannot` that stamp each rule with where it came from, so that a decision can be explained. */
function stamped(builder: Builder, tag: string): { can: Builder['can']; cannot: Builder['cannot'] } {
  const can = ((...args: Parameters<Builder['can']>) => builder.can(...args).because(tag)) as Builder['can'];
  const cannot = ((...args: Parameters<Builder['cannot']>) => builder.cannot(...args).because(tag)) as Builder['cannot'];
  return { can, cannot };
}

export function rulesFor(caller: Caller | null): AppRule[] {
  const builder = new AbilityBuilder<AppAbility>((rules: AppRule[] = []) => createAppAbility(rules));
  if (caller) {
    const own = stamped(builder, OWN_RECORDS);
    ownRecords(caller, own.can);
    // A `cannot` only overrides the rules before it: applying the deepest authorities first keeps a
    // role's carve-outs from reaching into the scope of a wider role held higher up the tree.
    const deepestFirst = [...caller.authorities].sort((x, y) => pathIds(y.bodyPath).length - pathIds(x.bodyPath).length);
    for (const authority of deepestFirst) {
      // Unknown roles grant nothing (deny by default).
      const { can, cannot } = stamped(builder, authorityTag(authority));
      ROLE_RULES[authority.role]?.(authority, caller, can, cannot);
    }
    // Nobody widens their own reach, whatever they administer: no membership, pool entry, relative
    // (a recusal ground) or account of their own person is theirs to create, change, approve or end.
    // Their own password they change by proving they know it (changePassword), not by resetting it.
    const rule = stamped(builder, governanceTag('no-self-dealing'));
    const self = { personId: caller.personId };
    rule.cannot(['create', 'update', 'retire', 'approve'], 'Membership', self);
    rule.cannot(['create', 'update', 'retire'], ['PoolEntry', 'PersonRelation'], self);
    rule.cannot(['create', 'update', 'retire', 'reset'], 'Account', self);
    rule.cannot(['update', 'retire', 'reset'], 'Account', { id: caller.accountId });
    // Nobody keeps their own staff records, and nobody reads their own assessments, whatever they hold.
    rule.cannot(['create', 'update', 'retire'], ['TrainingRecord', 'StaffAssessment'], self);
    rule.cannot('read', 'StaffAssessment', self);
  }
  return builder.rules as AppRule[];
}

/** How many distinct callers' abilities are kept; the least recently used beyond that are built again. */
const ABILITY_CACHE_SIZE = 2000;
const abilities = new Map<string, AppAbility>();

/**
 * The ability of `caller`, built once for each distinct set of what the caller holds. The rules are
 * a function of the account, the person and the authorities alone, so those are the key: a change
 * of roles, a closed inspection or an ended membership gives another key on the very next request
 * (the caller is read afresh on each), and an ended session finds no caller at all. Nothing needs
 * invalidating, in this process or any other.
 */
export function defineAbilityFor(caller: Caller | null): AppAbility {
  const key = caller ? JSON.stringify([caller.accountId, caller.personId, caller.authorities]) : '';
  let ability = abilities.get(key);
  if (ability) {
    // Re-inserted, so that the map's order is the order of last use.
    abilities.delete(key);
  } else {
    ability = createAppAbility(rulesFor(caller));
    if (abilities.size >= ABILITY_CACHE_SIZE) abilities.delete(abilities.keys().next().value!);
  }
  abilities.set(key, ability);
  return ability;
}
