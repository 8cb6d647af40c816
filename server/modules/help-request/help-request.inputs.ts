import { IsBoolean, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { HelpRequestStatus } from './help-request.entity';

@InputType({
  description:
    'Narrows a list of requests for help: `q` searches the matter, the question and the answer; `from` and `to` the day an answer is wanted.',
})
export class HelpRequestFilter extends RecordSearchFilter {
  @Field(() => [HelpRequestStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: HelpRequestStatus[];

  @Field(() => Int, { nullable: true, description: 'Only requests addressed to this department.' })
  @IsOptional()
  @Min(1)
  recipientId?: number;

  @Field({
    nullable: true,
    description: 'Only requests sent and still unanswered after the day an answer was wanted (true), or only the others (false).',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@InputType({ description: 'A request for help drafted by the staff of an open inspection; sent later by another person.' })
export class CreateHelpRequestInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { nullable: true, description: "The finding it is about, if any (one of this inspection's)." })
  @IsOptional()
  @Min(1)
  findingId?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The approved deeper inquiry it belongs to, if any (of the same inspection and finding).',
  })
  @IsOptional()
  @Min(1)
  deeperInquiryId?: number;

  @Field(() => Int, {
    description:
      'The department or professional body asked: a discipline commission, organisation department, audit office, petition bureau or functional department.',
  })
  @Min(1)
  recipientId!: number;

  @Field({ description: `The matter, as the department needs to know it (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  matter!: string;

  @Field({ description: `What the team asks (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  question!: string;

  @Field({ description: 'Day by which an answer is wanted (YYYY-MM-DD); not before today.' })
  @IsDay()
  wantedBy!: string;
}

@InputType({ description: 'Changes a draft request for help (the staff of the inspection); omitted fields stay as they are.' })
export class UpdateHelpRequestInput extends VersionedInput {
  @Field(() => Int, { nullable: true, description: 'Another department or professional body to ask.' })
  @IsOptional()
  @Min(1)
  recipientId?: number;

  @Field({ nullable: true, description: `The matter (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  matter?: string;

  @Field({ nullable: true, description: `The question (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  question?: string;

  @Field({ nullable: true, description: 'Day by which an answer is wanted (YYYY-MM-DD); not before today.' })
  @IsOptional()
  @IsDay()
  wantedBy?: string;
}

@InputType({ description: "The department's answer to a request sent to it (its receiving members)." })
export class AnswerHelpRequestInput extends VersionedInput {
  @Field({ description: `The answer (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  answer!: string;
}

@InputType({ description: 'The department declines a request sent to it, with its reason (its receiving members).' })
export class DeclineHelpRequestInput extends VersionedInput {
  @Field({ description: `Why it declines (${atMost(500)}).` })
  @TextLength(1, 500)
  reason!: string;
}

export enum HelpRequestSortField {
  WANTED_BY = 'wantedBy',
  ASKED_ON = 'askedOn',
  STATUS = 'status',
  CREATED_AT = 'createdAt',
}
export const HelpRequestSort = SortType(HelpRequestSortField, 'HelpRequest');
