import { Length, Matches, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DATE_MESSAGE, DATE_PATTERN, VersionedInput } from '../common/inputs';

@InputType({ description: 'Asks one of the four background bodies about the target (the office, during preparation).' })
export class RequestBriefingInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { description: 'A discipline commission, organisation department, audit office or petition bureau.' })
  @Min(1)
  sourceBodyId!: number;

  @Field({ description: 'Day it was requested (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  requestedOn!: string;
}

@InputType({ description: 'Records the background received.' })
export class ReceiveBriefingInput extends VersionedInput {
  @Field({ description: 'Day it arrived (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  receivedOn!: string;

  @Field({ description: 'What the background says.' })
  @Length(1, 20000)
  summary!: string;
}
