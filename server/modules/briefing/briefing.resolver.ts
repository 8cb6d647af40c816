import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { applyAssignmentRecordFilter, AssignmentRecordFilter } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Briefing } from './briefing.entity';
import { BriefingSort, ReceiveBriefingInput, RequestBriefingInput } from './briefing.inputs';
import { receiveBriefing, requestBriefing } from './briefing.service';

const briefings: RecordList<Briefing, AssignmentRecordFilter> = {
  entity: Briefing,
  name: 'briefings',
  description: 'The background briefing records you may see, newest first.',
  one: { name: 'briefing', description: oneDescription('background briefing') },
  filter: AssignmentRecordFilter,
  sort: BriefingSort,
  defaultSort: [{ field: 'requestedOn', direction: SortDirection.DESC }],
  select: recordsWhere(Briefing, applyAssignmentRecordFilter),
  exported: true,
};

@Resolver(() => Briefing)
export class BriefingResolver extends RecordQueries(briefings) {
  @Mutation(() => Briefing, { description: 'Requests background about the target during preparation (the office).' })
  requestBriefing(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The request.' }) input: RequestBriefingInput,
  ): Promise<Briefing> {
    return requestBriefing(ctx, input);
  }

  @Mutation(() => Briefing, { description: 'Records the background received (the office).' })
  receiveBriefing(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'What arrived.' }) input: ReceiveBriefingInput,
  ): Promise<Briefing> {
    return receiveBriefing(ctx, input);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body asked; null when outside your scope.' })
  sourceBody(@Root() b: Briefing, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(b.sourceBodyId);
  }
}

export const briefingModule: ModuleDescriptor = { entities: [Briefing], resolvers: [BriefingResolver], lists: [briefings] };
