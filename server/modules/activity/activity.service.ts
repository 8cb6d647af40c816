import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { write } from '../../write/write-service';
import { requiredText } from '../common/text';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { Activity } from './activity.entity';
import type { CreateActivityInput } from './activity.inputs';

export function createActivity(ctx: RequestContext, input: CreateActivityInput): Promise<Activity> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (assignment.stage !== Stage.INQUIRY) throw badInput('assignmentId', 'activity.onlyDuringInquiry');
    const values = {
      assignmentId: assignment.id,
      method: input.method,
      heldOn: input.heldOn,
      description: requiredText('description', input.description),
      peopleReached: input.peopleReached,
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', Activity, values);
    return tx.insert(Activity, values);
  });
}
