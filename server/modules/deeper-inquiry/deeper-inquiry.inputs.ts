import { IsBoolean, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { DeeperInquiryStatus } from './deeper-inquiry.entity';

@InputType({
  description: 'Narrows a list of deeper inquiries: `q` searches the reason and the decision note; `from` and `to` the day opened.',
})
export class DeeperInquiryFilter extends RecordSearchFilter {
  @Field(() => [DeeperInquiryStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: DeeperInquiryStatus[];

  @Field(() => Int, { nullable: true, description: 'Only inquiries into this finding.' })
  @IsOptional()
  @Min(1)
  findingId?: number;
}

@InputType({ description: 'Opens a deeper inquiry on a finding (the team leader under the grant); the leading group decides on it.' })
export class OpenDeeperInquiryInput {
  @Field(() => Int, { description: "The finding about the target's leading body or its members." })
  @Min(1)
  findingId!: number;

  @Field({ description: `Why the matter is important enough to look deeper into (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  reason!: string;
}

@InputType({ description: "The leading group's decision on a proposed deeper inquiry; never by the person who opened it." })
export class DecideDeeperInquiryInput extends VersionedInput {
  @Field({ description: 'True to approve, false to refuse.' })
  @IsBoolean()
  approve!: boolean;

  @Field({ nullable: true, description: `A note on the decision (required to refuse), ${atMost(500)}.` })
  @IsOptional()
  @TextLength(1, 500)
  note?: string;
}

export enum DeeperInquirySortField {
  OPENED_ON = 'openedOn',
  STATUS = 'status',
  CREATED_AT = 'createdAt',
}
export const DeeperInquirySort = SortType(DeeperInquirySortField, 'DeeperInquiry');
