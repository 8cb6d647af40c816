import { IsOptional, Matches, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { TextLength, atMost } from '../common/text-length';

const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const LOGIN_MESSAGE = 'may hold only lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit';
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

@InputType({ description: 'Credentials for signing in.' })
export class LoginInput {
  @Field({ description: `Login name (${atMost(60)}).` })
  @TextLength(1, 60)
  login!: string;

  @Field({ description: `Password (${atMost(PASSWORD_MAX)}).` })
  @TextLength(1, PASSWORD_MAX)
  password!: string;
}

@InputType({ description: 'Narrows a list of accounts; all given conditions must hold.' })
export class AccountFilter extends IdsFilter {
  @Field({ nullable: true, description: `Text found in the login name (${atMost(60)}).` })
  @IsOptional()
  @TextLength(1, 60)
  q?: string;

  @Field(() => Int, { nullable: true, description: 'The person.' })
  @IsOptional()
  @Min(1)
  personId?: number;

  @Field({ nullable: true, description: 'Only active (true) or only deactivated (false) accounts.' })
  @IsOptional()
  active?: boolean;
}

export enum AccountSortField {
  LOGIN = 'login',
  LAST_LOGIN_AT = 'lastLoginAt',
  CREATED_AT = 'createdAt',
}
export const AccountSort = SortType(AccountSortField, 'Account');
export type AccountSort = InstanceType<typeof AccountSort>;

@InputType({ description: 'A new login for a person.' })
export class CreateAccountInput {
  @Field({ description: 'Login name: lower-case letters, digits, dots, hyphens, underscores; 3 to 60 characters.' })
  @TextLength(3, 60)
  @Matches(LOGIN_PATTERN, { message: LOGIN_MESSAGE })
  login!: string;

  @Field({ description: `Initial password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @TextLength(PASSWORD_MIN, PASSWORD_MAX)
  password!: string;

  @Field(() => Int, { description: 'The person it signs in as; must be on a roster you administer.' })
  @Min(1)
  personId!: number;
}

@InputType({ description: 'Changes to an account; omitted fields stay as they are.' })
export class UpdateAccountInput extends VersionedInput {
  @Field({ nullable: true, description: 'Login name: lower-case letters, digits, dots, hyphens, underscores; 3 to 60 characters.' })
  @IsOptional()
  @TextLength(3, 60)
  @Matches(LOGIN_PATTERN, { message: LOGIN_MESSAGE })
  login?: string;

  @Field({ nullable: true, description: 'Reactivate (true) or deactivate (false).' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'A new password for an account.' })
export class ResetPasswordInput extends VersionedInput {
  @Field({ description: `The new password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @TextLength(PASSWORD_MIN, PASSWORD_MAX)
  password!: string;
}

@InputType({ description: 'Your own new password, with the current one as proof.' })
export class ChangePasswordInput {
  @Field({ description: `Your current password (${atMost(PASSWORD_MAX)}).` })
  @TextLength(1, PASSWORD_MAX)
  currentPassword!: string;

  @Field({ description: `The new password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters, not the current one.` })
  @TextLength(PASSWORD_MIN, PASSWORD_MAX)
  newPassword!: string;
}
