import { IsEnum, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DATE_MESSAGE, DATE_PATTERN } from '../common/inputs';
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
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  heldOn!: string;

  @Field({ description: 'What was done.' })
  @Length(1, 20000)
  description!: string;

  @Field(() => Int, { description: 'How many people were talked to or took part.' })
  @Min(0)
  @Max(1_000_000)
  peopleReached!: number;
}
