import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ListType, PageInput, SortDirection, type ListResult } from '../../graphql/list';
import { oneDescription, RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { RetireInput } from '../common/inputs';
import { Assignment } from '../assignment/assignment.entity';
import { Label, labelOf } from '../label/labels';
import { Person } from '../person/person.entity';
import { StaffAssessment } from './staff-assessment.entity';
import {
  CreateStaffAssessmentInput,
  CreateTrainingRecordInput,
  StaffAssessmentFilter,
  StaffAssessmentSort,
  TrainingRecordFilter,
  TrainingRecordSort,
  UpdateStaffAssessmentInput,
  UpdateTrainingRecordInput,
} from './staff-record.inputs';
import {
  createStaffAssessment,
  createTrainingRecord,
  retireTrainingRecord,
  staffAssessmentsMatching,
  trainingRecordsMatching,
  updateStaffAssessment,
  updateTrainingRecord,
} from './staff-record.service';
import { StaffServiceEntry, staffService } from './staff-service';
import { TrainingRecord } from './training-record.entity';

const LABEL = (what: string) => ({ nullable: true, description: `The name of ${what}, even where you may not read that record itself.` });

export const trainingRecords: RecordList<TrainingRecord, TrainingRecordFilter> = {
  entity: TrainingRecord,
  name: 'trainingRecords',
  description:
    'The training records of inspection staff you may see (the office and the leading group: their staff; anyone: their own), latest first.',
  one: { name: 'trainingRecord', description: oneDescription('training record') },
  filter: TrainingRecordFilter,
  sort: TrainingRecordSort,
  defaultSort: [{ field: 'startsOn', direction: SortDirection.DESC }],
  select: trainingRecordsMatching,
  exported: true,
};

export const staffAssessments: RecordList<StaffAssessment, StaffAssessmentFilter> = {
  entity: StaffAssessment,
  name: 'staffAssessments',
  description: 'The assessments of inspection staff you may see (the office and the leading group only), latest first.',
  one: { name: 'staffAssessment', description: oneDescription('assessment') },
  filter: StaffAssessmentFilter,
  sort: StaffAssessmentSort,
  defaultSort: [{ field: 'assessedOn', direction: SortDirection.DESC }],
  select: staffAssessmentsMatching,
  exported: true,
};

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver extends RecordQueries(trainingRecords) {
  @Mutation(() => TrainingRecord, {
    description: "Records a course of training one of the leading group's inspection staff took (its office).",
  })
  createTrainingRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreateTrainingRecordInput,
  ): Promise<TrainingRecord> {
    return createTrainingRecord(ctx, input);
  }

  @Mutation(() => TrainingRecord, { description: 'Edits a training record (the office).' })
  updateTrainingRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdateTrainingRecordInput,
  ): Promise<TrainingRecord> {
    return updateTrainingRecord(ctx, input);
  }

  @Mutation(() => TrainingRecord, { description: 'Retires a training record recorded in error (the office); it stays on file.' })
  retireTrainingRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput,
  ): Promise<TrainingRecord> {
    return retireTrainingRecord(ctx, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person; null when outside your scope.' })
  person(@Root() record: TrainingRecord, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(record.personId);
  }

  @FieldResolver(() => Label, LABEL('the person trained'))
  personLabel(@Root() record: TrainingRecord, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', record.personId);
  }

  @FieldResolver(() => Label, LABEL('the leading group'))
  leadingGroupLabel(@Root() record: TrainingRecord, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', record.leadingGroupId);
  }
}

@Resolver(() => StaffAssessment)
export class StaffAssessmentResolver extends RecordQueries(staffAssessments) {
  @Mutation(() => StaffAssessment, {
    description:
      "Assesses one person's work on one inspection they served on (the office): once the inspection has reached REPORTING, at most once per person and inspection.",
  })
  createStaffAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreateStaffAssessmentInput,
  ): Promise<StaffAssessment> {
    return createStaffAssessment(ctx, input);
  }

  @Mutation(() => StaffAssessment, { description: 'Changes an assessment (the office).' })
  updateStaffAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdateStaffAssessmentInput,
  ): Promise<StaffAssessment> {
    return updateStaffAssessment(ctx, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person assessed; null when outside your scope.' })
  person(@Root() record: StaffAssessment, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(record.personId);
  }

  @FieldResolver(() => Assignment, { nullable: true, description: 'The inspection; null when outside your scope.' })
  assignment(@Root() record: StaffAssessment, @Ctx() ctx: RequestContext): Promise<Assignment | null> {
    return ctx.loaders.byId(Assignment).load(record.assignmentId);
  }

  @FieldResolver(() => Label, LABEL('the person assessed'))
  personLabel(@Root() record: StaffAssessment, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', record.personId);
  }

  @FieldResolver(() => Label, LABEL('the inspection (its target and plan)'))
  assignmentLabel(@Root() record: StaffAssessment, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', record.assignmentId);
  }
}

const StaffServiceList = ListType(StaffServiceEntry, 'StaffServiceEntry');

@Resolver(() => StaffServiceEntry)
export class StaffServiceResolver {
  @Query(() => StaffServiceList, {
    description:
      "A person's service history: every inspection they served on, as staff or as granted leader, newest first; for the office and the leading group (the inspections of their group) and for the person themselves. NOT_FOUND for anyone else.",
  })
  staffService(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => Int, { description: 'The person.' }) personId: number,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the first 25 when omitted.' }) page?: PageInput,
  ): Promise<ListResult<StaffServiceEntry>> {
    return staffService(ctx, personId, page);
  }

  @FieldResolver(() => Label, LABEL('the inspection (its target and plan)'))
  assignmentLabel(@Root() entry: StaffServiceEntry, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', entry.assignmentId);
  }

  @FieldResolver(() => Label, LABEL('the inspection team'))
  teamLabel(@Root() entry: StaffServiceEntry, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', entry.teamId);
  }
}

export const staffRecordModule: ModuleDescriptor = {
  entities: [TrainingRecord, StaffAssessment],
  resolvers: [TrainingRecordResolver, StaffAssessmentResolver, StaffServiceResolver],
  lists: [trainingRecords, staffAssessments],
};
