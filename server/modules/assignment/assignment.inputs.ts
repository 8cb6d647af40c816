import { IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { Stage } from './stage';

@InputType({ description: 'Narrows a list of inspections.' })
export class AssignmentFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'Only inspections of this plan.' })
  @IsOptional()
  @Min(1)
  roundId?: number;

  @Field(() => Int, { nullable: true, description: 'Only inspections by this team.' })
  @IsOptional()
  @Min(1)
  teamId?: number;

  @Field(() => Int, { nullable: true, description: 'Only inspections of this target.' })
  @IsOptional()
  @Min(1)
  targetId?: number;

  @Field(() => [Stage], { nullable: true, description: 'Only inspections in these stages.' })
  @IsOptional()
  stages?: Stage[];

  @Field(() => Int, { nullable: true, description: 'Only the follow-up inspections (回头看) of this earlier inspection.' })
  @IsOptional()
  @Min(1)
  followsUpId?: number;

  @Field({ nullable: true, description: 'Only follow-up inspections (true) or only first inspections (false).' })
  @IsOptional()
  isFollowUp?: boolean;
}

@InputType({ description: 'A new inspection within an approved plan (the office).' })
export class CreateAssignmentInput {
  @Field(() => Int, { description: 'The approved plan.' })
  @Min(1)
  roundId!: number;

  @Field(() => Int, { description: "The inspection team; one of the plan's leading group." })
  @Min(1)
  teamId!: number;

  @Field(() => Int, { description: 'The body to inspect; one the plan names.' })
  @Min(1)
  targetId!: number;

  @Field({ description: 'Planned first day on site (YYYY-MM-DD).' })
  @IsDay()
  startsOn!: string;

  @Field({ description: 'Planned last day on site (YYYY-MM-DD).' })
  @IsDay()
  endsOn!: string;

  @Field({ description: `The work plan (工作方案), ${atMost(LONG_TEXT_MAX)}.` })
  @TextLength(1, LONG_TEXT_MAX)
  workPlan!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The earlier inspection of the same target this one follows up (回头看): one you may read, past feedback or closed.',
  })
  @IsOptional()
  @Min(1)
  followsUpId?: number;
}

@InputType({ description: 'Changes to an inspection that is not closed; omitted fields stay as they are.' })
export class UpdateAssignmentInput extends VersionedInput {
  @Field({ nullable: true, description: 'Planned first day on site (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  startsOn?: string;

  @Field({ nullable: true, description: 'Planned last day on site (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  endsOn?: string;

  @Field({ nullable: true, description: `The work plan (工作方案), ${atMost(LONG_TEXT_MAX)}.` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  workPlan?: string;

  @Field({ nullable: true, description: 'Day the notice was sent to the target (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  noticeSentOn?: string;

  @Field({ nullable: true, description: `Contact channels to announce to the target (phone, mailbox, post box), ${atMost(500)}.` })
  @IsOptional()
  @TextLength(0, 500)
  contactChannels?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The earlier inspection of the same target this one follows up (回头看), changed only in preparation; null makes it a first inspection again.',
  })
  @IsOptional()
  @Min(1)
  followsUpId?: number | null;
}

@InputType({ description: 'Staffs a person on an inspection (the office).' })
export class StaffAssignmentInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { description: 'The person.' })
  @Min(1)
  personId!: number;

  @Field({
    nullable: true,
    description: 'A justified exception (回避例外) when the person has a recusal ground, 10 to 500 characters; refused without one.',
  })
  @IsOptional()
  @TextLength(10, 500)
  recusalException?: string;
}

@InputType({ description: "Names an inspection's team leader from the leading group's pool, for this inspection only (一次一授权)." })
export class AppointLeaderInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { description: "The entry in the leading group's team-leader pool." })
  @Min(1)
  poolEntryId!: number;

  @Field({ description: 'First day of the grant (YYYY-MM-DD).' })
  @IsDay()
  validFrom!: string;

  @Field({ description: 'Last day of the grant (YYYY-MM-DD); it also ends when the inspection closes.' })
  @IsDay()
  validUntil!: string;
}

export enum AssignmentSortField {
  STARTS_ON = 'startsOn',
  ENDS_ON = 'endsOn',
  STAGE = 'stage',
  CREATED_AT = 'createdAt',
}
export const AssignmentSort = SortType(AssignmentSortField, 'Assignment');
