import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { RecordQueries } from '../../graphql/record-queries';
import { applyAssignmentRecordFilter, AssignmentRecordFilter } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Briefing } from './briefing.entity';
import { ReceiveBriefingInput, RequestBriefingInput } from './briefing.inputs';
import { receiveBriefing, requestBriefing } from './briefing.service';

const BriefingQueries = RecordQueries(Briefing, {
  one: 'briefing',
  list: 'briefings',
  description: 'background briefing',
  filter: AssignmentRecordFilter,
  orderBy: ['requestedOn', 'DESC'],
  where: applyAssignmentRecordFilter,
});

@Resolver(() => Briefing)
export class BriefingResolver extends BriefingQueries {
  @Mutation(() => Briefing, { description: 'Requests background about the target during preparation (the office).' })
  requestBriefing(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The request.' }) input: RequestBriefingInput): Promise<Briefing> {
    return requestBriefing(ctx, input);
  }

  @Mutation(() => Briefing, { description: 'Records the background received (the office).' })
  receiveBriefing(@Ctx() ctx: RequestContext, @Arg('input', { description: 'What arrived.' }) input: ReceiveBriefingInput): Promise<Briefing> {
    return receiveBriefing(ctx, input);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body asked; null when outside your scope.' })
  sourceBody(@Root() b: Briefing, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(b.sourceBodyId);
  }
}
