import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { RectificationItem } from './rectification-item.entity';
import {
  CreateRectificationItemInput,
  RecordProgressInput,
  RectificationItemFilter,
  RectificationItemSort,
  VerifyRectificationInput,
} from './rectification.inputs';
import { applyRectificationFilter, createRectificationItem, isOverdue, recordProgress, verifyRectification } from './rectification.service';

const rectificationItems: RecordList<RectificationItem, RectificationItemFilter> = {
  entity: RectificationItem,
  name: 'rectificationItems',
  description: 'The rectification item records you may see, oldest first.',
  one: { name: 'rectificationItem', description: oneDescription('rectification item') },
  filter: RectificationItemFilter,
  sort: RectificationItemSort,
  defaultSort: [{ field: 'deadline', direction: SortDirection.ASC }],
  select: recordsWhere(RectificationItem, applyRectificationFilter),
  exported: true,
};

@Resolver(() => RectificationItem)
export class RectificationResolver extends RecordQueries(rectificationItems) {
  @Mutation(() => RectificationItem, { description: 'Sends a rectification item to the target with the feedback (the office).' })
  createRectificationItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The item.' }) input: CreateRectificationItemInput,
  ): Promise<RectificationItem> {
    return createRectificationItem(ctx, input);
  }

  @Mutation(() => RectificationItem, { description: "Records the target's progress and reports the item done (the target's liaison)." })
  recordProgress(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The progress.' }) input: RecordProgressInput,
  ): Promise<RectificationItem> {
    return recordProgress(ctx, input);
  }

  @Mutation(() => RectificationItem, { description: 'Closes an item off (销号) or sends it back (the office).' })
  verifyRectification(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The check.' }) input: VerifyRectificationInput,
  ): Promise<RectificationItem> {
    return verifyRectification(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and not closed off.' })
  overdue(@Root() item: RectificationItem): boolean {
    return isOverdue(item);
  }
}

export const rectificationModule: ModuleDescriptor = {
  entities: [RectificationItem],
  resolvers: [RectificationResolver],
  lists: [rectificationItems],
};
