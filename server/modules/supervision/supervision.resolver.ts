import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { isPastDeadline } from '../common/record';
import { Body } from '../body/body.entity';
import { SupervisionItem, SupervisionStatus } from './supervision-item.entity';
import { CreateSupervisionItemInput, SupervisionItemFilter, SupervisionItemSort, UpdateSupervisionItemInput } from './supervision.inputs';
import { applySupervisionFilter, createSupervisionItem, updateSupervisionItem } from './supervision.service';

const supervisionItems: RecordList<SupervisionItem, SupervisionItemFilter> = {
  entity: SupervisionItem,
  name: 'supervisionItems',
  description: 'The supervised matter records you may see, oldest first.',
  one: { name: 'supervisionItem', description: oneDescription('supervised matter') },
  filter: SupervisionItemFilter,
  sort: SupervisionItemSort,
  defaultSort: [{ field: 'deadline', direction: SortDirection.ASC }],
  select: recordsWhere(SupervisionItem, applySupervisionFilter),
  exported: true,
};

@Resolver(() => SupervisionItem)
export class SupervisionResolver extends RecordQueries(supervisionItems) {
  @Mutation(() => SupervisionItem, { description: 'Starts supervising a decided matter (the office).' })
  createSupervisionItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The matter.' }) input: CreateSupervisionItemInput,
  ): Promise<SupervisionItem> {
    return createSupervisionItem(ctx, input);
  }

  @Mutation(() => SupervisionItem, { description: 'Records follow-up on a supervised matter (the office).' })
  updateSupervisionItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The follow-up.' }) input: UpdateSupervisionItemInput,
  ): Promise<SupervisionItem> {
    return updateSupervisionItem(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and not handled.' })
  overdue(@Root() item: SupervisionItem): boolean {
    return isPastDeadline(item.deadline, item.status === SupervisionStatus.DONE);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The responsible body; null when outside your scope.' })
  responsibleBody(@Root() item: SupervisionItem, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(item.responsibleBodyId);
  }
}

export const supervisionModule: ModuleDescriptor = {
  entities: [SupervisionItem],
  resolvers: [SupervisionResolver],
  lists: [supervisionItems],
};
