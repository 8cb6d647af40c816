import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter } from '../../graphql/list';
import { TextLength } from './text-length';

// Days that exist: each month's own length, and 29 February only in leap years (every fourth year,
// except centuries not divisible by 400), so that 2026-02-30 is refused rather than stored.
const MONTH_AND_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
export const DATE_PATTERN = new RegExp(`^(?:\\d{4}-${MONTH_AND_DAY}|${LEAP_YEAR}-02-29)$`);
export const DATE_MESSAGE = 'must be a calendar date written YYYY-MM-DD';

/** A day written YYYY-MM-DD: the 10 characters of the column that stores it (DATE_COLUMN). */
export const IsDay = () => TextLength(10, 10, { pattern: DATE_PATTERN, message: DATE_MESSAGE });

@InputType({ description: 'Names the record a change applies to, and the version of it the change was based on.' })
export class VersionedInput {
  @Field(() => Int, { description: 'The id of the record.' })
  @Min(1)
  id!: number;

  @Field(() => Int, { description: 'The version you last read; a stale version is refused with CONFLICT.' })
  @Min(1)
  version!: number;
}

@InputType({ description: 'Retires a record: it stays on file, out of service from the given day.' })
export class RetireInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Day it leaves service (YYYY-MM-DD); today when omitted.' })
  @IsOptional()
  @IsDay()
  on?: string;
}

/** The filter of every record made within an inspection. */
@InputType({ description: 'Narrows a list of inspection records.' })
export class AssignmentRecordFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'Only records of this inspection.' })
  @IsOptional()
  @Min(1)
  assignmentId?: number;

  @Field(() => Int, { nullable: true, description: 'Only records of the inspections of this plan (round).' })
  @IsOptional()
  @Min(1)
  roundId?: number;
}

/** The filter every record of an inspection takes, on a query whose record alias is `record`. */
export function applyAssignmentRecordFilter(qb: SelectQueryBuilder<ObjectLiteral>, f: AssignmentRecordFilter): void {
  if (f.assignmentId !== undefined) qb.andWhere('record.assignmentId = :assignmentId', { assignmentId: f.assignmentId });
  if (f.roundId !== undefined) {
    qb.andWhere(
      `record.assignmentId IN (SELECT round_assignment.id FROM assignment round_assignment WHERE round_assignment.roundId = :roundId)`,
      { roundId: f.roundId },
    );
  }
}
