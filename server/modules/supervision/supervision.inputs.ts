import { IsEnum, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, TextLength, atMost } from '../common/text-length';
import { SupervisionStatus } from './supervision-item.entity';

@InputType({ description: 'Narrows a list of supervised matters: `q` searches the matter and its notes; `from` and `to` the deadline.' })
export class SupervisionItemFilter extends RecordSearchFilter {
  @Field(() => [SupervisionStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: SupervisionStatus[];

  @Field(() => Int, { nullable: true, description: 'Only matters this body is responsible for handling.' })
  @IsOptional()
  @Min(1)
  responsibleBodyId?: number;
}

@InputType({ description: 'A decided matter to supervise (the office).' })
export class CreateSupervisionItemInput {
  @Field(() => Int, { description: 'The inspection it comes from.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { nullable: true, description: 'The finding it follows up, if any.' })
  @IsOptional()
  @Min(1)
  findingId?: number;

  @Field({ description: `The decided matter (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  matter!: string;

  @Field(() => Int, { description: 'The body responsible for handling it.' })
  @Min(1)
  responsibleBodyId!: number;

  @Field({ description: 'Deadline (YYYY-MM-DD).' })
  @IsDay()
  deadline!: string;
}

@InputType({ description: 'Follow-up on a supervised matter (the office); omitted fields stay as they are.' })
export class UpdateSupervisionItemInput extends VersionedInput {
  @Field({ nullable: true, description: `Notes of the follow-up (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(0, LONG_TEXT_MAX)
  note?: string;

  @Field({ nullable: true, description: 'A new deadline (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  deadline?: string;

  @Field(() => SupervisionStatus, { nullable: true, description: 'DONE once the matter is found handled.' })
  @IsOptional()
  @IsEnum(SupervisionStatus)
  status?: SupervisionStatus;
}

export enum SupervisionItemSortField {
  DEADLINE = 'deadline',
  STATUS = 'status',
  DONE_ON = 'doneOn',
  CREATED_AT = 'createdAt',
}
export const SupervisionItemSort = SortType(SupervisionItemSortField, 'SupervisionItem');
