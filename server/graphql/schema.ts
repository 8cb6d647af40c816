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
import type { RequestContext } from './context';
import { unauthenticated } from './errors';

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
] as const;

/**
 * Deny by default: every root query and mutation needs a signed-in caller unless it is marked
 * `@Extensions({ public: true })`. A resolver that forgets a guard is still guarded.
 */
const requireSignIn: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && !context.caller) {
    const field = info.parentType.getFields()[info.fieldName];
    if (!field.extensions?.public) throw unauthenticated();
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
