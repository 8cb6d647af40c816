import { IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { TextLength, atMost } from '../common/text-length';

@InputType({ description: 'Narrows a list of pool entries; all given conditions must hold.' })
export class PoolEntryFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'The leading group whose pool it is.' })
  @IsOptional()
  @Min(1)
  leadingGroupId?: number;

  @Field(() => Int, { nullable: true, description: 'The person.' })
  @IsOptional()
  @Min(1)
  personId?: number;

  @Field({ nullable: true, defaultValue: false, description: 'Include retired entries.' })
  includeRetired?: boolean;
}

export enum PoolEntrySortField {
  SINCE = 'since',
  CREATED_AT = 'createdAt',
}
export const PoolEntrySort = SortType(PoolEntrySortField, 'PoolEntry');
export type PoolEntrySort = InstanceType<typeof PoolEntrySort>;

@InputType({ description: "A new entry in a leading group's team-leader pool." })
export class CreatePoolEntryInput {
  @Field(() => Int, { description: 'The person.' })
  @Min(1)
  personId!: number;

  @Field(() => Int, { description: 'The leading group whose pool it is; must be in your scope.' })
  @Min(1)
  leadingGroupId!: number;

  @Field({ description: 'First day in the pool (YYYY-MM-DD).' })
  @IsDay()
  since!: string;

  @Field({ nullable: true, defaultValue: '', description: `Qualifications and remarks (${atMost(500)}).` })
  @IsOptional()
  @TextLength(0, 500)
  note?: string;
}

@InputType({ description: 'Changes to a pool entry; omitted fields stay as they are.' })
export class UpdatePoolEntryInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  since?: string;

  @Field({ nullable: true, description: `Qualifications and remarks (${atMost(500)}).` })
  @IsOptional()
  @TextLength(0, 500)
  note?: string;
}
