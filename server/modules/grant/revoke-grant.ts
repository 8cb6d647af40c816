/**
 * Ending a leader's grant early. Whoever may name the inspection's leader (the leading group) may
 * revoke the grant, with a reason; the grant stops giving leadership with its holder's next request,
 * since the caller and their roles are read afresh on every request (account/caller.loader.ts). A
 * revocation is final. Nobody revokes their own grant: a leader who steps down asks the leading
 * group, which revokes it and names the next leader with appointLeader.
 */
import { Field, InputType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { refusedBy, write } from '../../write/write-service';
import { VersionedInput } from '../common/inputs';
import { today } from '../common/record';
import { requiredText } from '../common/text';
import { TextLength } from '../common/text-length';
import { Assignment } from '../assignment/assignment.entity';
import { openAssignment } from '../assignment/assignment.service';
import { LeaderGrant } from './leader-grant.entity';

/** The longest reason kept with a revocation or a removal (the column's length). */
export const END_REASON_MAX = 500;

@InputType({ description: "Revokes a leader's grant before its last day, with the reason." })
export class RevokeLeaderGrantInput extends VersionedInput {
  @Field({ description: `Why the grant is revoked, 1 to ${END_REASON_MAX} characters; kept with the grant and in its history.` })
  @TextLength(1, END_REASON_MAX)
  reason!: string;
}

export function revokeLeaderGrant(ctx: RequestContext, input: RevokeLeaderGrantInput): Promise<LeaderGrant> {
  return write(ctx, async (tx) => {
    // Outside the caller's scope: NOT_FOUND, as for any record.
    const grant = await tx.reference(LeaderGrant, input.id);
    if (grant.personId === ctx.caller!.personId) throw refusedBy('no-self-dealing', 'appoint', 'Assignment');
    // The same authority that names the leader; a closed inspection changes no more.
    if (grant.assignmentId !== null) await openAssignment(tx, grant.assignmentId, 'appoint');
    else tx.assertAllowed('appoint', Assignment, { scopePath: grant.scopePath });
    const reason = requiredText('reason', input.reason);
    if (grant.revokedOn !== null) throw badInput('id', 'grant.alreadyRevoked', { id: grant.id, on: grant.revokedOn });
    const day = today();
    if (grant.validUntil < day) throw badInput('id', 'grant.ended', { id: grant.id, until: grant.validUntil });
    return tx.update(
      LeaderGrant,
      grant,
      input.version,
      { revokedOn: day, revokedReason: reason, revokedById: ctx.caller!.personId },
      'revoke',
    );
  });
}
