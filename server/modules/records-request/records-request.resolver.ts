import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { Assignment } from '../assignment/assignment.entity';
import { Label, labelOf } from '../label/labels';
import { RecordsRequest } from './records-request.entity';
import { CreateRecordsRequestInput, RecordsRequestFilter, RecordsRequestSort, UpdateRecordsRequestInput } from './records-request.inputs';
import { applyRecordsRequestFilter, createRecordsRequest, isRecordsRequestOverdue, updateRecordsRequest } from './records-request.service';

const recordsRequests: RecordList<RecordsRequest, RecordsRequestFilter> = {
  entity: RecordsRequest,
  name: 'recordsRequests',
  description: 'The records requests you may see, the earliest due first.',
  one: { name: 'recordsRequest', description: oneDescription('records request') },
  filter: RecordsRequestFilter,
  sort: RecordsRequestSort,
  defaultSort: [{ field: 'dueOn', direction: SortDirection.ASC }],
  select: recordsWhere(RecordsRequest, applyRecordsRequestFilter),
  exported: true,
};

@Resolver(() => RecordsRequest)
export class RecordsRequestResolver extends RecordQueries(recordsRequests) {
  @Mutation(() => RecordsRequest, {
    description: 'Records what the team asked the target for, during inquiry (the staff of the inspection).',
  })
  createRecordsRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The request.' }) input: CreateRecordsRequestInput,
  ): Promise<RecordsRequest> {
    return createRecordsRequest(ctx, input);
  }

  @Mutation(() => RecordsRequest, {
    description: 'Changes a records request of an open inspection, such as what was received (the staff of the inspection).',
  })
  updateRecordsRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The changes.' }) input: UpdateRecordsRequestInput,
  ): Promise<RecordsRequest> {
    return updateRecordsRequest(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Past its due day (in the configured time zone) and not all received.' })
  overdue(@Root() request: RecordsRequest): boolean {
    return isRecordsRequestOverdue(request);
  }

  @FieldResolver(() => Assignment, { nullable: true, description: 'The inspection; null when outside your scope.' })
  assignment(@Root() request: RecordsRequest, @Ctx() ctx: RequestContext): Promise<Assignment | null> {
    return ctx.loaders.byId(Assignment).load(request.assignmentId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the inspection it belongs to (its target and plan), even where you may not read that record itself.',
  })
  assignmentLabel(@Root() request: RecordsRequest, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', request.assignmentId);
  }
}

export const recordsRequestModule: ModuleDescriptor = {
  entities: [RecordsRequest],
  resolvers: [RecordsRequestResolver],
  lists: [recordsRequests],
};
