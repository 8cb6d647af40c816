/**
 * Whoever sets a password another person will sign in with (a new account, a reset) can sign in as
 * that person until they change it. So it is allowed only to someone who could have given that
 * person every role they hold: otherwise a roster administrator would reset an analyst's password
 * and read what only the analyst may.
 */
import { subject } from '@casl/ability';
import type { AppAbility } from '../../permissions/ability';
import type { Authority } from '../../permissions/caller';
import { needsApproval, reachesBeyondOwnLine } from '../../permissions/delegation';
import { refusedBy, type WriteTransaction } from '../../write/write-service';
import { MembershipStatus, type MembershipRole } from '../membership/membership-role';
import { loadAuthorities } from './caller.loader';

/** Whether the holder of `ability` could have put a person (other than themselves) in `authority`. */
export function couldGrant(ability: AppAbility, authority: Authority, personId: number): boolean {
  const on = { id: authority.assignmentId, scopePath: authority.bodyPath };
  switch (authority.source) {
    case 'membership': {
      const role = authority.role as MembershipRole;
      const proposal = { personId, role, bodyId: authority.bodyId, scopePath: authority.bodyPath };
      const gives =
        !needsApproval(role) && ability.can('create', subject('Membership', { ...proposal, status: MembershipStatus.APPROVED }) as never);
      return gives || ability.can('approve', subject('Membership', { ...proposal, status: MembershipStatus.PENDING }) as never);
    }
    case 'grant':
      return ability.can('appoint', subject('Assignment', on) as never);
    case 'staffing':
      return ability.can('staff', subject('Assignment', on) as never);
  }
}

/** Refuses (FORBIDDEN, naming the rule) unless the caller could have given `personId` every role they hold. */
export async function assertMaySetPasswordFor(tx: WriteTransaction, personId: number, action: 'create' | 'reset'): Promise<void> {
  const held = await loadAuthorities(tx.manager, personId);
  const ungrantable = held.filter((a) => reachesBeyondOwnLine(a.role) && !couldGrant(tx.ctx.ability, a, personId));
  if (ungrantable.length > 0) throw refusedBy('grantable-roles-only', action === 'create' ? 'create' : 'reset the password of', 'Account');
}
