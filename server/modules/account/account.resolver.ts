import { packRules } from '@casl/ability/extra';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Extensions, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { unauthenticated } from '../../errors';
import { oneDescription, RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { RetireInput } from '../common/inputs';
import { Person } from '../person/person.entity';
import { Account } from './account.entity';
import {
  AccountFilter,
  AccountSort,
  ChangePasswordInput,
  CreateAccountInput,
  LoginInput,
  ResetPasswordInput,
  UpdateAccountInput,
} from './account.inputs';
import {
  changePassword,
  createAccount,
  deactivateAccount,
  accountsMatching,
  getAccount,
  resetPassword,
  updateAccount,
} from './account.service';
import { login } from './sign-in';
import type { TokenService } from './tokens';

const accounts: RecordList<Account, AccountFilter> = {
  entity: Account,
  name: 'accounts',
  description: 'The accounts you may see, filtered, sorted and paged.',
  one: { name: 'account', description: oneDescription('account') },
  filter: AccountFilter,
  sort: AccountSort,
  defaultSort: [],
  select: accountsMatching,
};

@ObjectType({ description: 'A signed token to send as `Authorization: Bearer <token>`; it names the session the sign-in opened.' })
export class SignedIn {
  @Field({
    description: 'The bearer token; it stops working when it expires or its session is ended (signOut, a password reset, a deactivation).',
  })
  token!: string;

  @Field({ description: 'When the token stops working (ISO-8601, UTC).' })
  expiresAt!: string;
}

@ObjectType({ description: 'A role the caller holds today, through a membership or a grant.' })
export class HeldRole {
  @Field({ description: 'The role held.' })
  role!: string;

  @Field(() => Int, { description: 'The body.' })
  bodyId!: number;

  @Field({ description: '`membership` or `grant`.' })
  source!: string;
}

@ObjectType({ description: 'The signed-in caller.' })
export class Me {
  @Field(() => Account, { description: 'Your account.' })
  account!: Account;

  @Field(() => [HeldRole], { description: 'Every role held today; permissions come from these alone.' })
  roles!: HeldRole[];

  @Field(() => GraphQLJSON, {
    description:
      "The caller's permission rules, packed with CASL's packRules, for the console to mirror (the server enforces them regardless).",
  })
  rules!: unknown;
}

/** Set by the server so that login can sign tokens. */
export interface TokenContext {
  tokens: TokenService;
}

@Resolver(() => Account)
export class AccountResolver extends RecordQueries(accounts) {
  @Extensions({ public: true })
  @Mutation(() => SignedIn, {
    description: 'Signs in, opening a session. Wrong login or password answers UNAUTHENTICATED without saying which.',
  })
  login(
    @Ctx() ctx: RequestContext & TokenContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: LoginInput,
  ): Promise<SignedIn> {
    return login(ctx, ctx.tokens, input);
  }

  @Extensions({ beforePasswordChange: true })
  @Query(() => Me, {
    description:
      'Who you are, what you hold, and your permission rules; `account.mustChangePassword` says whether you must choose a password first.',
  })
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    if (!ctx.caller) throw unauthenticated();
    const account = await getAccount(ctx, ctx.caller.accountId);
    return {
      account,
      roles: ctx.caller.authorities.map((a) => ({ role: a.role, bodyId: a.bodyId, source: a.source })),
      rules: packRules(ctx.ability.rules as never),
    };
  }

  @Mutation(() => Account, { description: 'Creates a login for a person you administer.' })
  createAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreateAccountInput,
  ): Promise<Account> {
    return createAccount(ctx, input);
  }

  @Mutation(() => Account, { description: 'Renames, reactivates or deactivates an account you administer.' })
  updateAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdateAccountInput,
  ): Promise<Account> {
    return updateAccount(ctx, input);
  }

  @Mutation(() => Account, {
    description:
      'Sets a new password on an account you administer; its holder must change it at the next sign-in, and its sessions end at once.',
  })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: ResetPasswordInput,
  ): Promise<Account> {
    return resetPassword(ctx, input);
  }

  @Extensions({ beforePasswordChange: true })
  @Mutation(() => Account, {
    description:
      'Changes your own password, proven by the current one; ends every other session of yours (this one stays) and clears mustChangePassword.',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: ChangePasswordInput,
  ): Promise<Account> {
    return changePassword(ctx, input);
  }

  @Mutation(() => Account, { description: 'Deactivates an account: it cannot sign in, and its tokens stop working at once.' })
  deactivateAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput,
  ): Promise<Account> {
    return deactivateAccount(ctx, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person; null when outside your scope.' })
  person(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(account.personId);
  }
}

export const accountModule: ModuleDescriptor = { entities: [Account], resolvers: [AccountResolver], lists: [accounts] };
