import { IsBoolean, IsEnum, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { RectificationStatus } from './rectification-item.entity';

@InputType({
  description: 'Narrows a list of rectification items: `q` searches the description and progress; `from` and `to` the deadline.',
})
export class RectificationItemFilter extends RecordSearchFilter {
  @Field(() => [RectificationStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: RectificationStatus[];

  @Field({ nullable: true, description: 'Only items past their deadline and not closed (true), or only the others (false).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@InputType({ description: 'A rectification item sent to the target with the feedback (the office).' })
export class CreateRectificationItemInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { nullable: true, description: 'The finding it answers, if any.' })
  @IsOptional()
  @Min(1)
  findingId?: number;

  @Field({ description: `What must be rectified (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  description!: string;

  @Field({ description: 'Deadline (YYYY-MM-DD).' })
  @IsDay()
  deadline!: string;
}

@InputType({ description: "The target's progress on an item (its liaison); reports it done for the office to check." })
export class RecordProgressInput extends VersionedInput {
  @Field({ description: `What has been done (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  progress!: string;
}

export enum Verdict {
  CLOSE = 'CLOSE',
  RETURN = 'RETURN',
}
registerEnumType(Verdict, {
  name: 'Verdict',
  description: "The office's check of a reported item.",
  valuesConfig: { CLOSE: { description: 'Close it off (销号).' }, RETURN: { description: 'Send it back to the target.' } },
});

@InputType({ description: "The office's check of an item the target reported done." })
export class VerifyRectificationInput extends VersionedInput {
  @Field(() => Verdict, { description: 'Close it off or send it back.' })
  @IsEnum(Verdict)
  verdict!: Verdict;

  @Field({ nullable: true, description: `Why it is sent back (required to send it back), ${atMost(500)}.` })
  @IsOptional()
  @TextLength(1, 500)
  note?: string;
}

export enum RectificationItemSortField {
  DEADLINE = 'deadline',
  STATUS = 'status',
  CLOSED_ON = 'closedOn',
  CREATED_AT = 'createdAt',
}
export const RectificationItemSort = SortType(RectificationItemSortField, 'RectificationItem');
