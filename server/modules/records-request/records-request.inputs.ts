import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { RecordsRequestStatus } from './records-request.entity';

@InputType({
  description: 'Narrows a list of records requests: `q` searches what was asked and received; `from` and `to` the day asked.',
})
export class RecordsRequestFilter extends RecordSearchFilter {
  @Field(() => [RecordsRequestStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(3)
  statuses?: RecordsRequestStatus[];

  @Field({ nullable: true, description: 'Only requests past their due day and not fully received (true), or only the others (false).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@InputType({ description: 'Records what the team asked the target for (the staff of the inspection, during inquiry).' })
export class CreateRecordsRequestInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field({ description: `What is asked for: documents, archives, minutes (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  description!: string;

  @Field({ description: 'Day it was asked for (YYYY-MM-DD); not after today.' })
  @IsDay()
  requestedOn!: string;

  @Field({ description: 'Day it is due (YYYY-MM-DD); not before the day asked.' })
  @IsDay()
  dueOn!: string;
}

@InputType({
  description:
    'Changes to a records request of an open inspection (its staff), such as what was received; omitted fields stay as they are.',
})
export class UpdateRecordsRequestInput extends VersionedInput {
  @Field({ nullable: true, description: `What is asked for (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  description?: string;

  @Field({ nullable: true, description: 'Day it is due (YYYY-MM-DD); not before the day asked.' })
  @IsOptional()
  @IsDay()
  dueOn?: string;

  @Field(() => RecordsRequestStatus, {
    nullable: true,
    description: 'How much of it was received; beyond REQUESTED it needs `receivedOn`.',
  })
  @IsOptional()
  @IsEnum(RecordsRequestStatus)
  status?: RecordsRequestStatus;

  @Field({ nullable: true, description: 'Day the last of what was received came (YYYY-MM-DD); not before the day asked, not after today.' })
  @IsOptional()
  @IsDay()
  receivedOn?: string;

  @Field({ nullable: true, description: `What was received, and what is still missing (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  receivedNote?: string;
}

export enum RecordsRequestSortField {
  DUE_ON = 'dueOn',
  REQUESTED_ON = 'requestedOn',
  STATUS = 'status',
  RECEIVED_ON = 'receivedOn',
  CREATED_AT = 'createdAt',
}
export const RecordsRequestSort = SortType(RecordsRequestSortField, 'RecordsRequest');
