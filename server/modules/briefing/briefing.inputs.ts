import { Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';

@InputType({ description: 'Asks one of the four background bodies about the target (the office, during preparation).' })
export class RequestBriefingInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { description: 'A discipline commission, organisation department, audit office or petition bureau.' })
  @Min(1)
  sourceBodyId!: number;

  @Field({ description: 'Day it was requested (YYYY-MM-DD).' })
  @IsDay()
  requestedOn!: string;
}

@InputType({ description: 'Records the background received.' })
export class ReceiveBriefingInput extends VersionedInput {
  @Field({ description: 'Day it arrived (YYYY-MM-DD).' })
  @IsDay()
  receivedOn!: string;

  @Field({ description: `What the background says (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  summary!: string;
}

export enum BriefingSortField {
  REQUESTED_ON = 'requestedOn',
  RECEIVED_ON = 'receivedOn',
  CREATED_AT = 'createdAt',
}
export const BriefingSort = SortType(BriefingSortField, 'Briefing');
