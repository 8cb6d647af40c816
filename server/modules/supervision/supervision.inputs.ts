import { IsEnum, IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DATE_MESSAGE, DATE_PATTERN, VersionedInput } from '../common/inputs';
import { SupervisionStatus } from './supervision-item.entity';

@InputType({ description: 'A decided matter to supervise (the office).' })
export class CreateSupervisionItemInput {
  @Field(() => Int, { description: 'The inspection it comes from.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => Int, { nullable: true, description: 'The finding it follows up, if any.' })
  @IsOptional()
  @Min(1)
  findingId?: number;

  @Field({ description: 'The decided matter.' })
  @Length(1, 20000)
  matter!: string;

  @Field(() => Int, { description: 'The body responsible for handling it.' })
  @Min(1)
  responsibleBodyId!: number;

  @Field({ description: 'Deadline (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  deadline!: string;
}

@InputType({ description: 'Follow-up on a supervised matter (the office); omitted fields stay as they are.' })
export class UpdateSupervisionItemInput extends VersionedInput {
  @Field({ nullable: true, description: 'Notes of the follow-up.' })
  @IsOptional()
  @Length(0, 20000)
  note?: string;

  @Field({ nullable: true, description: 'A new deadline (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  deadline?: string;

  @Field(() => SupervisionStatus, { nullable: true, description: 'DONE once the matter is found handled.' })
  @IsOptional()
  @IsEnum(SupervisionStatus)
  status?: SupervisionStatus;
}
