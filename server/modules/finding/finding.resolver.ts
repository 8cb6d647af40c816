import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { RecordQueries } from '../../graphql/record-queries';
import { VersionedInput } from '../common/inputs';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { Finding } from './finding.entity';
import { ConcludeFindingInput, CreateFindingInput, FindingDecisionInput, FindingFilter, TransferFindingInput, UpdateFindingInput } from './finding.inputs';
import { concludeFinding, createFinding, decideFinding, escalateFinding, transferFinding, updateFinding } from './finding.service';

/** The list filter, shared by the list and its summary so both count the same rows. */
export function applyFindingFilter(qb: SelectQueryBuilder<Finding>, f: FindingFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.categories?.length) qb.andWhere('record.category IN (:...categories)', { categories: f.categories });
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
  if (f.urgent !== undefined && f.urgent !== null) qb.andWhere('record.urgent = :urgent', { urgent: f.urgent ? 1 : 0 });
  if (f.targetId !== undefined) qb.andWhere('record.targetId = :targetId', { targetId: f.targetId });
}

const FindingQueries = RecordQueries(Finding, {
  one: 'finding',
  list: 'findings',
  description: 'finding',
  filter: FindingFilter,
  orderBy: ['createdAt', 'DESC'],
  where: applyFindingFilter,
});

@Resolver(() => Finding)
export class FindingResolver extends FindingQueries {
  @Mutation(() => Finding, { description: 'Records a finding during inquiry or reporting (the staff of the inspection).' })
  createFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The finding.' }) input: CreateFindingInput): Promise<Finding> {
    return createFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Changes a finding before the leading group decides on it (the staff of the inspection).' })
  updateFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The changes.' }) input: UpdateFindingInput): Promise<Finding> {
    return updateFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: "Flags a finding urgent: it reaches the leading group's queue at once, before the report." })
  escalateFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The finding and its version.' }) input: VersionedInput): Promise<Finding> {
    return escalateFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Records the leading group’s decision on a finding outside a hearing (the leading group).' })
  decideFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The decision.' }) input: FindingDecisionInput): Promise<Finding> {
    return decideFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Transfers a finding decided for transfer, routed by cadre management authority (the office).' })
  transferFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The transfer.' }) input: TransferFindingInput): Promise<Finding> {
    return transferFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Records the outcome of a transferred finding (the receiving department only).' })
  concludeFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The outcome.' }) input: ConcludeFindingInput): Promise<Finding> {
    return concludeFinding(ctx, input);
  }

  @FieldResolver(() => Assignment, { nullable: true, description: 'The inspection; null when outside your scope.' })
  assignment(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Assignment | null> {
    return ctx.loaders.byId(Assignment).load(f.assignmentId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The inspected body; null when outside your scope.' })
  target(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(f.targetId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The cadre it concerns; null when none or outside your scope.' })
  subjectPerson(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return f.subjectPersonId ? ctx.loaders.byId(Person).load(f.subjectPersonId) : null;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The receiving department; null when not transferred or outside your scope.' })
  transferredTo(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Body | null> | null {
    return f.transferredToId ? ctx.loaders.byId(Body).load(f.transferredToId) : null;
  }
}
