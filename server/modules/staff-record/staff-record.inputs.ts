import { ArrayMaxSize, IsEnum, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { AssessmentGrade } from './staff-assessment.entity';

/** The most hours one training record holds. */
export const MAX_TRAINING_HOURS = 2000;

@InputType({ description: 'Narrows a list of training records; all given conditions must hold.' })
export class TrainingRecordFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'Only the records of this person.' })
  @IsOptional()
  @Min(1)
  personId?: number;

  @Field(() => Int, { nullable: true, description: 'Only the records kept for this leading group.' })
  @IsOptional()
  @Min(1)
  leadingGroupId?: number;

  @Field({ nullable: true, defaultValue: false, description: 'Include retired records.' })
  includeRetired?: boolean;
}

export enum TrainingRecordSortField {
  STARTS_ON = 'startsOn',
  HOURS = 'hours',
  CREATED_AT = 'createdAt',
}
export const TrainingRecordSort = SortType(TrainingRecordSortField, 'TrainingRecord');

@InputType({ description: 'A course of training one of the inspection staff took (the office of the leading group).' })
export class CreateTrainingRecordInput {
  @Field(() => Int, { description: 'The person trained: a member of one of the leading group’s teams or of its team-leader pool.' })
  @Min(1)
  personId!: number;

  @Field(() => Int, { description: 'The leading group whose staff the person is; its office keeps the record.' })
  @Min(1)
  leadingGroupId!: number;

  @Field({ description: `The course or its title (${atMost(200)}).` })
  @TextLength(1, 200)
  title!: string;

  @Field({ nullable: true, defaultValue: '', description: `Who gave it (${atMost(200)}).` })
  @IsOptional()
  @TextLength(0, 200)
  provider?: string;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  @IsDay()
  startsOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD), not before the first.' })
  @IsDay()
  endsOn!: string;

  @Field(() => Int, { description: `Hours of instruction (1 to ${MAX_TRAINING_HOURS}).` })
  @Min(1)
  @Max(MAX_TRAINING_HOURS)
  hours!: number;

  @Field({ nullable: true, defaultValue: '', description: `The result and remarks (${atMost(500)}).` })
  @IsOptional()
  @TextLength(0, 500)
  result?: string;
}

@InputType({ description: 'Changes to a training record (the office); omitted fields stay as they are.' })
export class UpdateTrainingRecordInput extends VersionedInput {
  @Field({ nullable: true, description: `The course or its title (${atMost(200)}).` })
  @IsOptional()
  @TextLength(1, 200)
  title?: string;

  @Field({ nullable: true, description: `Who gave it (${atMost(200)}).` })
  @IsOptional()
  @TextLength(0, 200)
  provider?: string;

  @Field({ nullable: true, description: 'First day (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  startsOn?: string;

  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD), not before the first.' })
  @IsOptional()
  @IsDay()
  endsOn?: string;

  @Field(() => Int, { nullable: true, description: `Hours of instruction (1 to ${MAX_TRAINING_HOURS}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_TRAINING_HOURS)
  hours?: number;

  @Field({ nullable: true, description: `The result and remarks (${atMost(500)}).` })
  @IsOptional()
  @TextLength(0, 500)
  result?: string;
}

@InputType({ description: 'Narrows a list of assessments; all given conditions must hold.' })
export class StaffAssessmentFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'Only the assessments of this person.' })
  @IsOptional()
  @Min(1)
  personId?: number;

  @Field(() => Int, { nullable: true, description: 'Only the assessments of work on this inspection.' })
  @IsOptional()
  @Min(1)
  assignmentId?: number;

  @Field(() => [AssessmentGrade], { nullable: true, description: 'Only these grades.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(AssessmentGrade, { each: true })
  grades?: AssessmentGrade[];
}

export enum StaffAssessmentSortField {
  ASSESSED_ON = 'assessedOn',
  CREATED_AT = 'createdAt',
}
export const StaffAssessmentSort = SortType(StaffAssessmentSortField, 'StaffAssessment');

@InputType({ description: "The office's assessment of one person's work on one inspection they served on." })
export class CreateStaffAssessmentInput {
  @Field(() => Int, { description: 'The inspection: one in REPORTING or a later stage.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { description: 'The person: one staffed on the inspection or granted its leadership, not yet assessed for it.' })
  @Min(1)
  personId!: number;

  @Field(() => AssessmentGrade, { description: 'The grade.' })
  @IsEnum(AssessmentGrade)
  grade!: AssessmentGrade;

  @Field({ description: `The comment that explains the grade (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  comment!: string;

  @Field({ nullable: true, description: 'Day of the assessment (YYYY-MM-DD); today when omitted.' })
  @IsOptional()
  @IsDay()
  assessedOn?: string;
}

@InputType({ description: 'Changes to an assessment (the office); omitted fields stay as they are.' })
export class UpdateStaffAssessmentInput extends VersionedInput {
  @Field(() => AssessmentGrade, { nullable: true, description: 'The grade.' })
  @IsOptional()
  @IsEnum(AssessmentGrade)
  grade?: AssessmentGrade;

  @Field({ nullable: true, description: `The comment (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  comment?: string;

  @Field({ nullable: true, description: 'Day of the assessment (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  assessedOn?: string;
}
