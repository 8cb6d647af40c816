import { IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { IsDay } from '../common/inputs';

@InputType({ description: 'Narrows a list of leadership grants; all given conditions must hold.' })
export class LeaderGrantFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'The team.' })
  @IsOptional()
  @Min(1)
  teamId?: number;

  @Field(() => Int, { nullable: true, description: 'The person.' })
  @IsOptional()
  @Min(1)
  personId?: number;

  @Field(() => String, { nullable: true, description: 'Only grants valid on this day (YYYY-MM-DD) and not revoked.' })
  @IsOptional()
  @IsDay()
  validOn?: string;
}

export enum LeaderGrantSortField {
  VALID_FROM = 'validFrom',
  VALID_UNTIL = 'validUntil',
  CREATED_AT = 'createdAt',
}
export const LeaderGrantSort = SortType(LeaderGrantSortField, 'LeaderGrant');
