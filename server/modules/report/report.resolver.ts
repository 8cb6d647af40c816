import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { RecordQueries } from '../../graphql/record-queries';
import { applyAssignmentRecordFilter, AssignmentRecordFilter, VersionedInput } from '../common/inputs';
import { Report } from './report.entity';
import { DraftReportInput, HearReportInput, UpdateReportInput } from './report.inputs';
import { draftReport, hearReport, submitReport, updateReport } from './report.service';

const ReportQueries = RecordQueries(Report, {
  one: 'report',
  list: 'reports',
  description: 'inspection report',
  filter: AssignmentRecordFilter,
  orderBy: ['createdAt', 'DESC'],
  where: applyAssignmentRecordFilter,
});

@Resolver(() => Report)
export class ReportResolver extends ReportQueries {
  @Mutation(() => Report, { description: 'Drafts the report from the recorded findings and activities (the granted leader).' })
  draftReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The inspection.' }) input: DraftReportInput): Promise<Report> {
    return draftReport(ctx, input);
  }

  @Mutation(() => Report, { description: 'Edits the draft (the granted leader).' })
  updateReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The changes.' }) input: UpdateReportInput): Promise<Report> {
    return updateReport(ctx, input);
  }

  @Mutation(() => Report, { description: 'Submits the report to the leading group (the granted leader, within the grant).' })
  submitReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report and its version.' }) input: VersionedInput): Promise<Report> {
    return submitReport(ctx, input);
  }

  @Mutation(() => Report, { description: 'Records the hearing and the decision on each finding, all or nothing (the leading group).' })
  hearReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The hearing.' }) input: HearReportInput): Promise<Report> {
    return hearReport(ctx, input);
  }
}
