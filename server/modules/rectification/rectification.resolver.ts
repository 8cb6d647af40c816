import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { RecordQueries } from '../../graphql/record-queries';
import { RectificationItem } from './rectification-item.entity';
import { CreateRectificationItemInput, RecordProgressInput, RectificationItemFilter, VerifyRectificationInput } from './rectification.inputs';
import { createRectificationItem, isOverdue, recordProgress, verifyRectification, whereOverdue } from './rectification.service';

/** The list filter, shared by the list and its summary so both count the same rows. */
export function applyRectificationFilter(qb: SelectQueryBuilder<RectificationItem>, f: RectificationItemFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.overdue !== undefined && f.overdue !== null) whereOverdue(qb, f.overdue);
}

const RectificationQueries = RecordQueries(RectificationItem, {
  one: 'rectificationItem',
  list: 'rectificationItems',
  description: 'rectification item',
  filter: RectificationItemFilter,
  orderBy: ['deadline', 'ASC'],
  where: applyRectificationFilter,
});

@Resolver(() => RectificationItem)
export class RectificationResolver extends RectificationQueries {
  @Mutation(() => RectificationItem, { description: 'Sends a rectification item to the target with the feedback (the office).' })
  createRectificationItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The item.' }) input: CreateRectificationItemInput,
  ): Promise<RectificationItem> {
    return createRectificationItem(ctx, input);
  }

  @Mutation(() => RectificationItem, { description: "Records the target's progress and reports the item done (the target's liaison)." })
  recordProgress(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The progress.' }) input: RecordProgressInput): Promise<RectificationItem> {
    return recordProgress(ctx, input);
  }

  @Mutation(() => RectificationItem, { description: 'Closes an item off (销号) or sends it back (the office).' })
  verifyRectification(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The check.' }) input: VerifyRectificationInput): Promise<RectificationItem> {
    return verifyRectification(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and not closed off.' })
  overdue(@Root() item: RectificationItem): boolean {
    return isOverdue(item);
  }
}
