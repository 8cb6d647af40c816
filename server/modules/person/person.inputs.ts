import { IsEnum, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { TextLength, atMost } from '../common/text-length';
import { CadreRank } from './person.enums';
import { MembershipRole } from '../membership/membership-role';

const ID_NUMBER_PATTERN = /^\d{17}[\dX]$/;
const ID_NUMBER_MESSAGE = 'must be 18 characters: 17 digits and a final digit or X';
const IsIdNumber = () => TextLength(18, 18, { pattern: ID_NUMBER_PATTERN, message: ID_NUMBER_MESSAGE });

@InputType({ description: 'Narrows a list of people; all given conditions must hold.' })
export class PersonFilter extends IdsFilter {
  @Field({ nullable: true, description: `Text found in the name or position (${atMost(100)}).` })
  @IsOptional()
  @TextLength(1, 100)
  q?: string;

  @Field(() => [CadreRank], { nullable: true, description: 'Only people of these ranks.' })
  @IsOptional()
  ranks?: CadreRank[];

  @Field(() => Int, { nullable: true, description: 'Only people employed by this body.' })
  @IsOptional()
  @Min(1)
  employerId?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Only people holding a membership of this body in force today (approved, not ended), among the memberships you may see.',
  })
  @IsOptional()
  @Min(1)
  memberOf?: number;

  @Field(() => [MembershipRole], { nullable: true, description: 'With memberOf: only memberships of these roles.' })
  @IsOptional()
  memberRoles?: MembershipRole[];

  @Field(() => Int, { nullable: true, description: 'Only people employed by this body or any body under it.' })
  @IsOptional()
  @Min(1)
  under?: number;

  @Field({ nullable: true, defaultValue: false, description: 'Include people who left the roster.' })
  includeRetired?: boolean;
}

export enum PersonSortField {
  /** In pinyin order (丁 ding before 严 yan), not by character code. */
  NAME = 'nameSortKey',
  POSITION = 'position',
  RANK = 'rank',
  CREATED_AT = 'createdAt',
}
export const PersonSort = SortType(PersonSortField, 'Person');
export type PersonSort = InstanceType<typeof PersonSort>;

@InputType({ description: 'A new person on a roster.' })
export class CreatePersonInput {
  @Field({ description: `Full name (${atMost(60)}).` })
  @TextLength(1, 60)
  name!: string;

  @Field({ description: `Current position (职务), ${atMost(120)}.` })
  @TextLength(1, 120)
  position!: string;

  @Field(() => CadreRank, { description: 'Cadre rank (职级).' })
  @IsEnum(CadreRank)
  rank!: CadreRank;

  @Field(() => Int, { description: 'The employing body; must be one you administer.' })
  @Min(1)
  employerId!: number;

  @Field(() => Int, { description: 'The body holding cadre management authority over the person.' })
  @Min(1)
  managedById!: number;

  @Field(() => String, { nullable: true, description: 'Resident identity card number (protected): 18 characters.' })
  @IsOptional()
  @IsIdNumber()
  idNumber?: string | null;
}

@InputType({ description: 'Changes to a person; omitted fields stay as they are.' })
export class UpdatePersonInput extends VersionedInput {
  @Field({ nullable: true, description: `Full name (${atMost(60)}).` })
  @IsOptional()
  @TextLength(1, 60)
  name?: string;

  @Field({ nullable: true, description: `Current position (职务), ${atMost(120)}.` })
  @IsOptional()
  @TextLength(1, 120)
  position?: string;

  @Field(() => CadreRank, { nullable: true, description: 'Cadre rank (职级).' })
  @IsOptional()
  @IsEnum(CadreRank)
  rank?: CadreRank;

  @Field(() => Int, { nullable: true, description: 'A new employer: both the old and the new must be in your scope.' })
  @IsOptional()
  @Min(1)
  employerId?: number;

  @Field(() => Int, { nullable: true, description: 'The body holding cadre management authority (干部管理权限).' })
  @IsOptional()
  @Min(1)
  managedById?: number;

  @Field(() => String, { nullable: true, description: 'Resident identity card number (protected): 18 characters. Set to null to clear.' })
  @IsOptional()
  @IsIdNumber()
  idNumber?: string | null;
}
