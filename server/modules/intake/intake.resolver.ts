import { Arg, Ctx, Extensions, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { recordedReadsBy } from '../../graphql/recorded-reads';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { IntakeInformant, IntakeItem } from './intake.entity';
import { CreateIntakeItemInput, IntakeItemFilter, IntakeItemSort, PublicReportInput } from './intake.inputs';
import { applyIntakeFilter, createIntakeItem, submitPublicReport } from './intake.service';

const intakeItems: RecordList<IntakeItem, IntakeItemFilter> = {
  entity: IntakeItem,
  name: 'intakeItems',
  description: 'The intake item records you may see, newest first.',
  one: { name: 'intakeItem', description: oneDescription('intake item') },
  filter: IntakeItemFilter,
  sort: IntakeItemSort,
  defaultSort: [{ field: 'receivedOn', direction: SortDirection.DESC }],
  select: recordsWhere(IntakeItem, applyIntakeFilter),
  exported: true,
};

@ObjectType({ description: 'The receipt for a public report: no reference that could identify the informant.' })
export class PublicReportReceipt {
  @Field({ description: 'Day the report was received (YYYY-MM-DD).' })
  receivedOn!: string;
}

@Resolver(() => IntakeItem)
export class IntakeResolver extends RecordQueries(intakeItems) {
  @Mutation(() => IntakeItem, { description: 'Records a letter, call or visit during inquiry (the staff of the inspection).' })
  createIntakeItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The report.' }) input: CreateIntakeItemInput,
  ): Promise<IntakeItem> {
    return createIntakeItem(ctx, input);
  }

  @Extensions({ public: true })
  @Mutation(() => PublicReportReceipt, {
    description: "Submits a report through an inspection's public intake link, without an account; anonymous unless you give your name.",
  })
  submitPublicReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The report.' }) input: PublicReportInput,
  ): Promise<PublicReportReceipt> {
    return submitPublicReport(ctx, input);
  }

  @FieldResolver(() => IntakeInformant, {
    nullable: true,
    description: 'Who made the report: null when anonymous, and for everyone but the staff of the open inspection.',
  })
  informant(@Root() item: IntakeItem, @Ctx() ctx: RequestContext): Promise<IntakeInformant | null> | null {
    if (item.anonymous) return null;
    return recordedReadsBy(ctx, IntakeInformant, 'intakeItemId').load(item.id);
  }
}

export const intakeModule: ModuleDescriptor = {
  entities: [IntakeItem, IntakeInformant],
  resolvers: [IntakeResolver],
  lists: [intakeItems],
};
