import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { RecordQueries } from '../../graphql/record-queries';
import { applyAssignmentRecordFilter, AssignmentRecordFilter } from '../common/inputs';
import { Activity } from './activity.entity';
import { CreateActivityInput } from './activity.inputs';
import { createActivity } from './activity.service';

const ActivityQueries = RecordQueries(Activity, {
  one: 'activity',
  list: 'activities',
  description: 'inquiry activity',
  filter: AssignmentRecordFilter,
  orderBy: ['heldOn', 'DESC'],
  where: applyAssignmentRecordFilter,
});

@Resolver(() => Activity)
export class ActivityResolver extends ActivityQueries {
  @Mutation(() => Activity, { description: 'Records an activity during inquiry (the staff of the inspection).' })
  createActivity(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The activity.' }) input: CreateActivityInput): Promise<Activity> {
    return createActivity(ctx, input);
  }
}
