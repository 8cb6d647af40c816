import { AbilityBuilder } from '@casl/ability';
import { createAppAbility, type AppAbility, type AppRule } from './ability';
import type { Caller } from './caller';
import { ROLE_RULES } from './roles';
import { pathIds } from '../scope/paths';

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
  can(['read', 'create', 'update', 'retire'], 'SavedQuery', { accountId: caller.accountId });
}

export function rulesFor(caller: Caller | null): AppRule[] {
  const builder = new AbilityBuilder<AppAbility>((rules: AppRule[] = []) => createAppAbility(rules));
  if (caller) {
    ownRecords(caller, builder.can);
    // A `cannot` only overrides the rules before it: applying the deepest authorities first keeps a
    // role's carve-outs from reaching into the scope of a wider role held higher up the tree.
    const deepestFirst = [...caller.authorities].sort((x, y) => pathIds(y.bodyPath).length - pathIds(x.bodyPath).length);
    for (const authority of deepestFirst) {
      // Unknown roles grant nothing (deny by default).
      ROLE_RULES[authority.role]?.(authority, caller, builder.can, builder.cannot);
    }
    // Nobody deactivates their own account, whatever they administer.
    builder.cannot('retire', 'Account', { id: caller.accountId });
  }
  return builder.rules as AppRule[];
}

export function defineAbilityFor(caller: Caller | null): AppAbility {
  return createAppAbility(rulesFor(caller));
}
