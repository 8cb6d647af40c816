import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { TextLength, atMost } from '../common/text-length';
import { RoundStatus } from './round.entity';

@InputType({ description: 'Narrows a list of plans.' })
export class RoundFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'Only plans of this leading group.' })
  @IsOptional()
  @Min(1)
  leadingGroupId?: number;

  @Field(() => Int, { nullable: true, description: 'Only plans for this year.' })
  @IsOptional()
  year?: number;

  @Field(() => RoundStatus, { nullable: true, description: 'Only plans in this status.' })
  @IsOptional()
  status?: RoundStatus;
}

@InputType({ description: 'A new plan, drafted by the office of the leading group.' })
export class CreateRoundInput {
  @Field(() => Int, { description: 'The leading group whose plan it is.' })
  @Min(1)
  leadingGroupId!: number;

  @Field(() => Int, { description: 'The year (2000 to 2100).' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { description: 'The round number within the year.' })
  @Min(1)
  @Max(99)
  number!: number;

  @Field({ description: `Title of the plan (${atMost(200)}).` })
  @TextLength(1, 200)
  title!: string;

  @Field(() => [Int], { description: 'The bodies to inspect (1 to 100).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  targetIds!: number[];
}

@InputType({ description: 'Changes to a draft plan; omitted fields stay as they are.' })
export class UpdateRoundInput extends VersionedInput {
  @Field({ nullable: true, description: `Title of the plan (${atMost(200)}).` })
  @IsOptional()
  @TextLength(1, 200)
  title?: string;

  @Field(() => [Int], { nullable: true, description: 'Replaces the bodies to inspect (1 to 100).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  targetIds?: number[];
}

export enum RoundSortField {
  YEAR = 'year',
  NUMBER = 'number',
  STATUS = 'status',
  CREATED_AT = 'createdAt',
}
export const RoundSort = SortType(RoundSortField, 'Round');
