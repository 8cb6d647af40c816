import { IsEnum, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { TextLength } from '../common/text-length';
import { MembershipRole, MembershipStatus } from './membership-role';

@InputType({ description: 'Narrows a list of memberships; all given conditions must hold.' })
export class MembershipFilter extends IdsFilter {
  @Field(() => Int, { nullable: true, description: 'The person.' })
  @IsOptional()
  @Min(1)
  personId?: number;

  @Field(() => Int, { nullable: true, description: 'Only memberships in this body.' })
  @IsOptional()
  @Min(1)
  bodyId?: number;

  @Field(() => Int, { nullable: true, description: 'Only memberships in this body or any body under it.' })
  @IsOptional()
  @Min(1)
  under?: number;

  @Field(() => [MembershipRole], { nullable: true, description: 'Only records with these roles.' })
  @IsOptional()
  roles?: MembershipRole[];

  @Field(() => [MembershipStatus], { nullable: true, description: 'Only memberships in these states (pending, approved, refused).' })
  @IsOptional()
  statuses?: MembershipStatus[];

  @Field({
    nullable: true,
    description: 'Only the proposals you may approve or refuse now (pending, in your scope, proposed by someone else, for someone else).',
  })
  @IsOptional()
  awaitingMyDecision?: boolean;

  @Field(() => String, { nullable: true, description: 'Only memberships in force on this day (YYYY-MM-DD): approved, not ended.' })
  @IsOptional()
  @IsDay()
  currentOn?: string;
}

export enum MembershipSortField {
  SINCE = 'since',
  UNTIL = 'until',
  ROLE = 'role',
  CREATED_AT = 'createdAt',
}
export const MembershipSort = SortType(MembershipSortField, 'Membership');
export type MembershipSort = InstanceType<typeof MembershipSort>;

@InputType({ description: 'A new membership: a person holding a role in a body.' })
export class CreateMembershipInput {
  @Field(() => Int, { description: 'The person.' })
  @Min(1)
  personId!: number;

  @Field(() => Int, { description: 'The body; must be one you administer, of a kind the role allows.' })
  @Min(1)
  bodyId!: number;

  @Field(() => MembershipRole, { description: 'The role held.' })
  @IsEnum(MembershipRole)
  role!: MembershipRole;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  @IsDay()
  since!: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); open-ended when omitted.' })
  @IsOptional()
  @IsDay()
  until?: string | null;
}

@InputType({ description: 'Changes to a membership; omitted fields stay as they are.' })
export class UpdateMembershipInput extends VersionedInput {
  @Field(() => MembershipRole, { nullable: true, description: 'The role held.' })
  @IsOptional()
  @IsEnum(MembershipRole)
  role?: MembershipRole;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  since?: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); set to null to make the membership open-ended.' })
  @IsOptional()
  @IsDay()
  until?: string | null;
}

export const DECISION_NOTE_MAX = 500;

@InputType({ description: 'A decision on a proposed membership.' })
export class DecideMembershipInput extends VersionedInput {
  @Field({ nullable: true, description: `Why (at most ${DECISION_NOTE_MAX} characters); required when refusing.` })
  @IsOptional()
  @TextLength(0, DECISION_NOTE_MAX)
  note?: string;
}
