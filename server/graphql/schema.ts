import type { GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver';
import { ActivityResolver } from '../modules/activity/activity.resolver';
import { AssignmentMemberResolver, AssignmentResolver } from '../modules/assignment/assignment.resolver';
import { BriefingResolver } from '../modules/briefing/briefing.resolver';
import { FindingResolver } from '../modules/finding/finding.resolver';
import { IntakeResolver } from '../modules/intake/intake.resolver';
import { RectificationResolver } from '../modules/rectification/rectification.resolver';
import { ReportResolver } from '../modules/report/report.resolver';
import { RoundResolver, RoundTargetResolver } from '../modules/round/round.resolver';
import { SupervisionResolver } from '../modules/supervision/supervision.resolver';
import { BodyResolver } from '../modules/body/body.resolver';
import { LeaderGrantResolver } from '../modules/grant/leader-grant.resolver';
import { MembershipResolver } from '../modules/membership/membership.resolver';
import { PersonResolver } from '../modules/person/person.resolver';
import { PersonRelationResolver } from '../modules/person/person-relation.resolver';
import { PoolEntryResolver } from '../modules/pool/pool-entry.resolver';
import { SavedQueryResolver } from '../modules/saved-query/saved-query.resolver';
import { SummaryResolver } from '../modules/summary/summary.resolver';
import { AccessResolver } from '../modules/access/access.resolver';
import { RoundReportResolver } from '../modules/summary/round-report.resolver';
import { SessionResolver } from '../modules/session/session.resolver';
import type { RequestContext } from './context';
import { AppError, unauthenticated } from '../errors';

export const RESOLVERS = [
  BodyResolver,
  PersonResolver,
  PersonRelationResolver,
  MembershipResolver,
  AccountResolver,
  PoolEntryResolver,
  LeaderGrantResolver,
  RoundResolver,
  RoundTargetResolver,
  AssignmentResolver,
  AssignmentMemberResolver,
  BriefingResolver,
  ActivityResolver,
  IntakeResolver,
  FindingResolver,
  ReportResolver,
  RectificationResolver,
  SupervisionResolver,
  SummaryResolver,
  SavedQueryResolver,
  AccessResolver,
  RoundReportResolver,
  SessionResolver,
] as const;

export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

/** The refusal for a caller whose password someone else chose, until they choose their own. */
export const passwordChangeRequired = () =>
  new AppError(
    'FORBIDDEN',
    'Your password was chosen by someone else (an administrator, or the operator who set up the system): choose your own with changePassword first. Until then only me, changePassword and signOut are open to you.',
    { reason: PASSWORD_CHANGE_REQUIRED },
  );

/**
 * Deny by default: every root query and mutation needs a signed-in caller unless it is marked
 * `@Extensions({ public: true })`. A resolver that forgets a guard is still guarded. A caller who
 * must change their password may use only the fields marked `@Extensions({ beforePasswordChange: true })`.
 */
const requireSignIn: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  const root = info.parentType.name;
  if (root === 'Query' || root === 'Mutation') {
    const { extensions } = info.parentType.getFields()[info.fieldName];
    if (!context.caller && !extensions?.public) throw unauthenticated();
    if (context.caller?.mustChangePassword && !extensions?.public && !extensions?.beforePasswordChange) throw passwordChangeRequired();
  }
  return next();
};

let built: Promise<GraphQLSchema> | undefined;

export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as never,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [requireSignIn],
  });
  return built;
}
