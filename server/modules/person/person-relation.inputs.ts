import { IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { TextLength, atMost } from '../common/text-length';

@InputType({ description: 'Narrows a list of recorded relatives.' })
export class PersonRelationFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'Only the relatives of this person.' })
  @IsOptional()
  @Min(1)
  personId?: number;
}

@InputType({ description: 'Records a relative of a person who is a cadre of some body (a roster administrator of the person).' })
export class CreatePersonRelationInput {
  @Field(() => Int, { description: 'The person whose relative it is.' })
  @Min(1)
  personId!: number;

  @Field({ description: `Name of the relative (${atMost(60)}).` })
  @TextLength(1, 60)
  relativeName!: string;

  @Field({ description: `How they are related (配偶, 子女, 父母, 兄弟姐妹 …), ${atMost(40)}.` })
  @TextLength(1, 40)
  relation!: string;

  @Field(() => Int, { description: 'The body where the relative is a cadre.' })
  @Min(1)
  relativeBodyId!: number;
}

export enum PersonRelationSortField {
  CREATED_AT = 'createdAt',
  RELATIVE_NAME = 'relativeName',
  RELATION = 'relation',
}
export const PersonRelationSort = SortType(PersonRelationSortField, 'PersonRelation');
