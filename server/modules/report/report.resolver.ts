import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { applyAssignmentRecordFilter, AssignmentRecordFilter, VersionedInput } from '../common/inputs';
import { Report } from './report.entity';
import { DraftReportInput, HearReportInput, ReportSort, UpdateReportInput } from './report.inputs';
import { draftReport, hearReport, submitReport, updateReport } from './report.service';

const reports: RecordList<Report, AssignmentRecordFilter> = {
  entity: Report,
  name: 'reports',
  description: 'The inspection report records you may see, newest first.',
  one: { name: 'report', description: oneDescription('inspection report') },
  filter: AssignmentRecordFilter,
  sort: ReportSort,
  defaultSort: [{ field: 'createdAt', direction: SortDirection.DESC }],
  select: recordsWhere(Report, applyAssignmentRecordFilter),
  exported: true,
};

@Resolver(() => Report)
export class ReportResolver extends RecordQueries(reports) {
  @Mutation(() => Report, { description: 'Drafts the report from the recorded findings and activities (the granted leader).' })
  draftReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The inspection.' }) input: DraftReportInput): Promise<Report> {
    return draftReport(ctx, input);
  }

  @Mutation(() => Report, { description: 'Edits the draft (the granted leader).' })
  updateReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The changes.' }) input: UpdateReportInput): Promise<Report> {
    return updateReport(ctx, input);
  }

  @Mutation(() => Report, { description: 'Submits the report to the leading group (the granted leader, within the grant).' })
  submitReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The report and its version.' }) input: VersionedInput,
  ): Promise<Report> {
    return submitReport(ctx, input);
  }

  @Mutation(() => Report, { description: 'Records the hearing and the decision on each finding, all or nothing (the leading group).' })
  hearReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The hearing.' }) input: HearReportInput): Promise<Report> {
    return hearReport(ctx, input);
  }
}

export const reportModule: ModuleDescriptor = { entities: [Report], resolvers: [ReportResolver], lists: [reports] };
