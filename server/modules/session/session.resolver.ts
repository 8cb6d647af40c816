import { Arg, Ctx, Extensions, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { unauthenticated } from '../../errors';
import { SortDirection } from '../../graphql/list';
import { RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { EndSessionInput, SessionSort } from './session.inputs';
import { Session } from './session.entity';
import { endOtherOwnSessions, endOwnSession, ownSessions } from './session.service';

const mySessions: RecordList<Session> = {
  entity: Session,
  name: 'mySessions',
  description: 'Your own sessions (sign-ins), newest first, open and ended alike.',
  sort: SessionSort,
  defaultSort: [{ field: 'createdAt', direction: SortDirection.DESC }],
  select: ownSessions,
};

/** Every signed-in caller's own sessions; nobody sees or ends another account's. */
@Resolver(() => Session)
export class SessionResolver extends RecordQueries(mySessions) {
  // Allowed while the password must be changed: leaving is always possible.
  @Extensions({ beforePasswordChange: true })
  @Mutation(() => Session, {
    description: 'Signs out: ends the session this request came through, so that its token stops working at once.',
  })
  signOut(@Ctx() ctx: RequestContext): Promise<Session> {
    const current = ctx.caller?.sessionId;
    if (current === undefined) throw unauthenticated('auth.noSessionToEnd');
    return endOwnSession(ctx, current, 'SIGNED_OUT');
  }

  @Mutation(() => Session, { description: "Ends one of your own sessions (a sign-in elsewhere); another account's session is NOT_FOUND." })
  endSession(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The session.' }) input: EndSessionInput): Promise<Session> {
    return endOwnSession(ctx, input.id, 'ENDED_BY_USER');
  }

  @Mutation(() => Int, { description: 'Ends every session of yours but the one this request came through; returns how many were ended.' })
  endOtherSessions(@Ctx() ctx: RequestContext): Promise<number> {
    return endOtherOwnSessions(ctx);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the session the request came through.' })
  current(@Root() session: Session, @Ctx() ctx: RequestContext): boolean {
    return session.id === ctx.caller?.sessionId;
  }
}

/** Sessions are no permission subject: each caller reads and ends only their own. */
export const sessionModule: ModuleDescriptor = { privateEntities: [Session], resolvers: [SessionResolver], lists: [mySessions] };
