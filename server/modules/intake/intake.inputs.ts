import { ArrayMaxSize, IsEnum, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { IntakeChannel } from './intake.entity';

@InputType({ description: 'Narrows a list of intake items: `q` searches what they report; `from` and `to` the day they arrived.' })
export class IntakeItemFilter extends RecordSearchFilter {
  @Field(() => [IntakeChannel], { nullable: true, description: 'Only items that arrived through these channels.' })
  @IsOptional()
  @ArrayMaxSize(4)
  channels?: IntakeChannel[];
}

@InputType({ description: 'Who made a report, when they gave their name.' })
export class InformantInput {
  @Field({ description: `Name the informant gave (${atMost(60)}).` })
  @TextLength(1, 60)
  name!: string;

  @Field({ nullable: true, description: `How to reach the informant (${atMost(200)}).` })
  @IsOptional()
  @TextLength(0, 200)
  contact?: string;
}

@InputType({ description: 'Records a letter, call or visit (the staff of the inspection, during inquiry).' })
export class CreateIntakeItemInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => IntakeChannel, { description: 'How it arrived.' })
  @IsEnum(IntakeChannel)
  channel!: IntakeChannel;

  @Field({ description: 'Day it arrived (YYYY-MM-DD).' })
  @IsDay()
  receivedOn!: string;

  @Field({ description: `What it reports (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  content!: string;

  @Field(() => InformantInput, { nullable: true, description: 'The informant; omit for an anonymous report.' })
  @IsOptional()
  @ValidateNested()
  informant?: InformantInput;
}

@InputType({ description: 'A report made through the public intake link, by anyone, without an account.' })
export class PublicReportInput {
  @Field({ description: 'The key of the public intake link (16 to 64 characters).' })
  @TextLength(16, 64)
  intakeKey!: string;

  @Field({ description: `What you want to report (10 to ${LONG_TEXT_MAX} characters).` })
  @TextLength(10, LONG_TEXT_MAX)
  content!: string;

  @Field(() => InformantInput, { nullable: true, description: 'Your name and contact; omit to report anonymously.' })
  @IsOptional()
  @ValidateNested()
  informant?: InformantInput;
}

export enum IntakeItemSortField {
  RECEIVED_ON = 'receivedOn',
  CHANNEL = 'channel',
  CREATED_AT = 'createdAt',
}
export const IntakeItemSort = SortType(IntakeItemSortField, 'IntakeItem');
