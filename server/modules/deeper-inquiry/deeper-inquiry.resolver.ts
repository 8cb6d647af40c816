import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import { scopedQuery } from '../../scope/scoped-query';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { Finding } from '../finding/finding.entity';
import { Label, labelOf } from '../label/labels';
import { DeeperInquiry, DeeperInquiryStatus } from './deeper-inquiry.entity';
import { DecideDeeperInquiryInput, DeeperInquiryFilter, DeeperInquirySort, OpenDeeperInquiryInput } from './deeper-inquiry.inputs';
import { applyDeeperInquiryFilter, decideDeeperInquiry, openDeeperInquiry } from './deeper-inquiry.service';

const deeperInquiries: RecordList<DeeperInquiry, DeeperInquiryFilter> = {
  entity: DeeperInquiry,
  name: 'deeperInquiries',
  description: 'The deeper inquiry records you may see, newest first.',
  one: { name: 'deeperInquiry', description: oneDescription('deeper inquiry') },
  filter: DeeperInquiryFilter,
  sort: DeeperInquirySort,
  defaultSort: [{ field: 'openedOn', direction: SortDirection.DESC }],
  select: recordsWhere(DeeperInquiry, applyDeeperInquiryFilter),
  exported: true,
};

@Resolver(() => DeeperInquiry)
export class DeeperInquiryResolver extends RecordQueries(deeperInquiries) {
  @Mutation(() => DeeperInquiry, {
    description: "Opens a deeper inquiry on a finding about the target's leading body or its members (the team leader under the grant).",
  })
  openDeeperInquiry(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The finding and the reason.' }) input: OpenDeeperInquiryInput,
  ): Promise<DeeperInquiry> {
    return openDeeperInquiry(ctx, input);
  }

  @Mutation(() => DeeperInquiry, { description: 'Approves or refuses a proposed deeper inquiry (the leading group; never its opener).' })
  decideDeeperInquiry(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The decision.' }) input: DecideDeeperInquiryInput,
  ): Promise<DeeperInquiry> {
    return decideDeeperInquiry(ctx, input);
  }

  @FieldResolver(() => Finding, { nullable: true, description: 'The finding; null when outside your scope.' })
  finding(@Root() d: DeeperInquiry, @Ctx() ctx: RequestContext): Promise<Finding | null> {
    return ctx.loaders.byId(Finding).load(d.findingId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the inspection it belongs to (its target and plan), even where you may not read that record itself.',
  })
  assignmentLabel(@Root() d: DeeperInquiry, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', d.assignmentId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the finding it looks into (its kind), even where you may not read that record itself.',
  })
  findingLabel(@Root() d: DeeperInquiry, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'finding', d.findingId);
  }
}

/** The approved inquiry of each finding, under the caller's rules, in one statement per page. */
function approvedInquiries(ctx: RequestContext) {
  return ctx.loaders.custom(
    'deeperInquiry:approved',
    () =>
      new DataLoader<number, DeeperInquiry | null>(async (findingIds) => {
        const rows = await scopedQuery(ctx, DeeperInquiry, 'd')
          .andWhere('d.findingId IN (:...findingIds)', { findingIds: [...findingIds] })
          .andWhere('d.status = :approved', { approved: DeeperInquiryStatus.APPROVED })
          .getMany();
        const byFinding = new Map(rows.map((row) => [row.findingId, row]));
        return findingIds.map((id) => byFinding.get(id) ?? null);
      }),
  );
}

@Resolver(() => Finding)
export class FindingDeeperInquiry {
  @FieldResolver(() => DeeperInquiry, {
    nullable: true,
    description: 'The approved deeper inquiry into it, while there is one; null otherwise or when outside your scope.',
  })
  deeperInquiry(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<DeeperInquiry | null> {
    return approvedInquiries(ctx).load(f.id);
  }
}

export const deeperInquiryModule: ModuleDescriptor = {
  entities: [DeeperInquiry],
  resolvers: [DeeperInquiryResolver, FindingDeeperInquiry],
  lists: [deeperInquiries],
};
