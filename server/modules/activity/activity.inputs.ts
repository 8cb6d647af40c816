import { IsEnum, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay } from '../common/inputs';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { WorkMethod } from './activity.entity';

@InputType({ description: 'Records something the team did during inquiry (its staff).' })
export class CreateActivityInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => WorkMethod, { description: 'Which of the nine methods.' })
  @IsEnum(WorkMethod)
  method!: WorkMethod;

  @Field({ description: 'Day it took place (YYYY-MM-DD).' })
  @IsDay()
  heldOn!: string;

  @Field({ description: `What was done (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  description!: string;

  @Field(() => Int, { description: 'How many people were talked to or took part.' })
  @Min(0)
  @Max(1_000_000)
  peopleReached!: number;
}

export enum ActivitySortField {
  HELD_ON = 'heldOn',
  METHOD = 'method',
  PEOPLE_REACHED = 'peopleReached',
  CREATED_AT = 'createdAt',
}
export const ActivitySort = SortType(ActivitySortField, 'Activity');
