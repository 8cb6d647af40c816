import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { FindingDetailsInput } from '../finding/finding.inputs';
import { IntervieweeCategory } from './talk.entity';

/** The most people recorded as holding one talk. */
export const TALKERS_MAX = 10;

@InputType({ description: 'Narrows a list of talks: `q` searches the post and the matters raised; `from` and `to` the day held.' })
export class TalkFilter extends RecordSearchFilter {
  @Field(() => [IntervieweeCategory], { nullable: true, description: 'Only talks with interviewees of these categories.' })
  @IsOptional()
  @ArrayMaxSize(3)
  categories?: IntervieweeCategory[];
}

@InputType({ description: 'Who was talked to. Protected: only the staff of the open inspection read it back.' })
export class IntervieweeInput {
  @Field({ description: `The interviewee's name (${atMost(60)}).` })
  @TextLength(1, 60)
  name!: string;

  @Field({ nullable: true, description: `How to reach the interviewee (${atMost(200)}).` })
  @IsOptional()
  @TextLength(0, 200)
  contact?: string;
}

@InputType({ description: 'Records an individual talk (the staff of the inspection, during inquiry).' })
export class CreateTalkInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field({ description: 'Day the talk was held (YYYY-MM-DD).' })
  @IsDay()
  heldOn!: string;

  @Field(() => [Int], {
    description: `The people who held the talk (1 to ${TALKERS_MAX}): each staffed on the inspection or its granted leader.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(TALKERS_MAX)
  @Min(1, { each: true })
  talkerIds!: number[];

  @Field(() => IntervieweeInput, { description: 'Who was talked to.' })
  @ValidateNested()
  interviewee!: IntervieweeInput;

  @Field({ description: `The interviewee's position or post (${atMost(100)}).` })
  @TextLength(1, 100)
  intervieweePost!: string;

  @Field(() => IntervieweeCategory, { description: "The interviewee's place at the inspected body." })
  @IsEnum(IntervieweeCategory)
  intervieweeCategory!: IntervieweeCategory;

  @Field({ description: `The matters raised (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  matters!: string;
}

@InputType({ description: 'Changes to a talk of an open inspection (its staff); omitted fields stay as they are.' })
export class UpdateTalkInput extends VersionedInput {
  @Field({ nullable: true, description: 'Day the talk was held (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  heldOn?: string;

  @Field(() => [Int], { nullable: true, description: `The people who held the talk (1 to ${TALKERS_MAX}).` })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(TALKERS_MAX)
  @Min(1, { each: true })
  talkerIds?: number[];

  @Field({ nullable: true, description: `The interviewee's position or post (${atMost(100)}).` })
  @IsOptional()
  @TextLength(1, 100)
  intervieweePost?: string;

  @Field(() => IntervieweeCategory, { nullable: true, description: "The interviewee's place at the inspected body." })
  @IsOptional()
  @IsEnum(IntervieweeCategory)
  intervieweeCategory?: IntervieweeCategory;

  @Field({ nullable: true, description: `The matters raised (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  matters?: string;
}

@InputType({
  description: 'Records a finding that came to light in a talk (the staff of the inspection); its source method is individual talk.',
})
export class RaiseFindingFromTalkInput extends FindingDetailsInput {
  @Field(() => Int, { description: 'The talk it came from.' })
  @Min(1)
  talkId!: number;

  @Field({
    nullable: true,
    description: `Summary of the evidence (${atMost(LONG_TEXT_MAX)}); the matters raised in the talk when omitted.`,
  })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  evidenceSummary?: string;
}

export enum TalkSortField {
  HELD_ON = 'heldOn',
  INTERVIEWEE_CATEGORY = 'intervieweeCategory',
  CREATED_AT = 'createdAt',
}
export const TalkSort = SortType(TalkSortField, 'Talk');
