import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { applyAssignmentRecordFilter, AssignmentRecordFilter } from '../common/inputs';
import { Activity } from './activity.entity';
import { ActivitySort, CreateActivityInput } from './activity.inputs';
import { createActivity } from './activity.service';

const activities: RecordList<Activity, AssignmentRecordFilter> = {
  entity: Activity,
  name: 'activities',
  description: 'The inquiry activity records you may see, newest first.',
  one: { name: 'activity', description: oneDescription('inquiry activity') },
  filter: AssignmentRecordFilter,
  sort: ActivitySort,
  defaultSort: [{ field: 'heldOn', direction: SortDirection.DESC }],
  select: recordsWhere(Activity, applyAssignmentRecordFilter),
  exported: true,
};

@Resolver(() => Activity)
export class ActivityResolver extends RecordQueries(activities) {
  @Mutation(() => Activity, { description: 'Records an activity during inquiry (the staff of the inspection).' })
  createActivity(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The activity.' }) input: CreateActivityInput,
  ): Promise<Activity> {
    return createActivity(ctx, input);
  }
}

export const activityModule: ModuleDescriptor = { entities: [Activity], resolvers: [ActivityResolver], lists: [activities] };
