import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors';
import type { RequestContext } from '../../graphql/context';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { myQueue, QUEUE_KIND_LIMIT } from './queue.service';
import { MyQueue } from './queue.types';
import { SummaryNamesResolver } from './summary-names.resolver';

@Resolver()
export class QueueResolver {
  @Query(() => MyQueue, {
    description:
      'What waits for you now (待办): plans to approve, reports to hear, inspections to move on and what they lack, items to check, transfers to conclude, overdue rectification and records, requests for help overdue for an answer (to the team that sent them and the department that owes it), urgent findings, memberships to decide. Each kind lists only records you may read and work your rules let you do, the most pressing first.',
  })
  myQueue(
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, {
      defaultValue: QUEUE_KIND_LIMIT,
      description: `The most items listed of each kind (1 to ${QUEUE_KIND_LIMIT}).`,
    })
    limit: number,
  ): Promise<MyQueue> {
    if (limit < 1) throw badInput('limit', 'input.min', { limit: 1 });
    if (limit > QUEUE_KIND_LIMIT) throw badInput('limit', 'input.max', { limit: QUEUE_KIND_LIMIT });
    return myQueue(ctx, limit);
  }
}

/** The start page's reads: what waits for the caller, and the names of the bodies its summaries count by. */
export const queueModule: ModuleDescriptor = { resolvers: [QueueResolver, SummaryNamesResolver] };
