/**
 * Taking a person off an inspection, and putting another in their place. The office (whoever may
 * staff the inspection) does both, with a reason. The row stays, flagged with the day, the reason
 * and who took the person off, as the record of who served; the person loses the inspection with
 * their next request (account/caller.loader.ts reads only staffing not taken off). They can serve
 * on it again only by being staffed again (staffAssignment, with its checks).
 */
import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Min } from 'class-validator';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { refusedBy, write, type WriteTransaction } from '../../write/write-service';
import { VersionedInput } from '../common/inputs';
import { today } from '../common/record';
import { requiredText } from '../common/text';
import { TextLength } from '../common/text-length';
import { END_REASON_MAX } from '../grant/revoke-grant';
import { Assignment, AssignmentMember } from './assignment.entity';
import { openAssignment, staffPerson } from './assignment.service';

@InputType({ description: 'Takes a person off an open inspection, with the reason (the office).' })
export class RemoveStaffInput extends VersionedInput {
  @Field({ description: `Why they are taken off, 1 to ${END_REASON_MAX} characters; kept with the staffing and in its history.` })
  @TextLength(1, END_REASON_MAX)
  reason!: string;
}

@InputType({ description: 'Takes a person off an open inspection and staffs another in their place, in one change (the office).' })
export class ReplaceStaffInput extends VersionedInput {
  @Field(() => Int, { description: "The person who takes the place; a current member of the inspection's team." })
  @Min(1)
  personId!: number;

  @Field({ description: `Why the first person is taken off, 1 to ${END_REASON_MAX} characters.` })
  @TextLength(1, END_REASON_MAX)
  reason!: string;

  @Field({
    nullable: true,
    description: 'A justified exception (回避例外) when the new person has a recusal ground, 10 to 500 characters; refused without one.',
  })
  @IsOptional()
  @TextLength(10, 500)
  recusalException?: string;
}

/** Marks the staffing as ended today; the caller must be allowed to staff its open inspection. */
async function takeOff(
  tx: WriteTransaction,
  input: { id: number; version: number; reason: string },
): Promise<{ removed: AssignmentMember; assignment: Assignment }> {
  // Outside the caller's scope: NOT_FOUND; readable but not theirs to staff: FORBIDDEN.
  const member = await tx.reference(AssignmentMember, input.id);
  const assignment = await openAssignment(tx, member.assignmentId, 'staff');
  // Nobody acts on their own staffing.
  if (member.personId === tx.ctx.caller!.personId) throw refusedBy('no-self-dealing', 'staff', 'Assignment');
  const reason = requiredText('reason', input.reason);
  if (member.removedOn !== null) {
    throw badInput('id', 'staff.alreadyRemoved', { person: member.personId, assignment: assignment.id, on: member.removedOn });
  }
  const removed = await tx.update(
    AssignmentMember,
    member,
    input.version,
    { removedOn: today(), removedReason: reason, removedById: tx.ctx.caller!.personId },
    'remove',
  );
  return { removed, assignment };
}

export function removeStaff(ctx: RequestContext, input: RemoveStaffInput): Promise<AssignmentMember> {
  return write(ctx, async (tx) => (await takeOff(tx, input)).removed);
}

/** Both or neither: a refusal of the new person (roster, recusal, oneself, already staffed) leaves the first staffed. */
export function replaceStaff(ctx: RequestContext, input: ReplaceStaffInput): Promise<AssignmentMember> {
  return write(ctx, async (tx) => {
    const { removed, assignment } = await takeOff(tx, input);
    if (input.personId === removed.personId) throw badInput('personId', 'staff.sameReplacement');
    return staffPerson(tx, assignment, input.personId, input.recusalException);
  });
}
