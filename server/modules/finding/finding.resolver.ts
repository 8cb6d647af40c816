import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { VersionedInput } from '../common/inputs';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { Talk } from '../talk/talk.entity';
import { Finding } from './finding.entity';
import {
  ConcludeFindingInput,
  CreateFindingInput,
  FindingDecisionInput,
  FindingFilter,
  FindingSort,
  TransferFindingInput,
  UpdateFindingInput,
} from './finding.inputs';
import {
  applyFindingFilter,
  concludeFinding,
  createFinding,
  decideFinding,
  escalateFinding,
  transferFinding,
  updateFinding,
} from './finding.service';

const findings: RecordList<Finding, FindingFilter> = {
  entity: Finding,
  name: 'findings',
  description: 'The finding records you may see, newest first.',
  one: { name: 'finding', description: oneDescription('finding') },
  filter: FindingFilter,
  sort: FindingSort,
  defaultSort: [{ field: 'createdAt', direction: SortDirection.DESC }],
  select: recordsWhere(Finding, applyFindingFilter),
  exported: true,
};

@Resolver(() => Finding)
export class FindingResolver extends RecordQueries(findings) {
  @Mutation(() => Finding, { description: 'Records a finding during inquiry or reporting (the staff of the inspection).' })
  createFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The finding.' }) input: CreateFindingInput): Promise<Finding> {
    return createFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Changes a finding before the leading group decides on it (the staff of the inspection).' })
  updateFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The changes.' }) input: UpdateFindingInput): Promise<Finding> {
    return updateFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: "Flags a finding urgent: it reaches the leading group's queue at once, before the report." })
  escalateFinding(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The finding and its version.' }) input: VersionedInput,
  ): Promise<Finding> {
    return escalateFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Records the leading group’s decision on a finding outside a hearing (the leading group).' })
  decideFinding(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The decision.' }) input: FindingDecisionInput): Promise<Finding> {
    return decideFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Transfers a finding decided for transfer, routed by cadre management authority (the office).' })
  transferFinding(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The transfer.' }) input: TransferFindingInput,
  ): Promise<Finding> {
    return transferFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Records the outcome of a transferred finding (the receiving department only).' })
  concludeFinding(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The outcome.' }) input: ConcludeFindingInput,
  ): Promise<Finding> {
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

  @FieldResolver(() => Talk, { nullable: true, description: 'The individual talk it came from; null when none or outside your scope.' })
  sourceTalk(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Talk | null> | null {
    return f.sourceTalkId ? ctx.loaders.byId(Talk).load(f.sourceTalkId) : null;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The receiving department; null when not transferred or outside your scope.' })
  transferredTo(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Body | null> | null {
    return f.transferredToId ? ctx.loaders.byId(Body).load(f.transferredToId) : null;
  }
}

export const findingModule: ModuleDescriptor = { entities: [Finding], resolvers: [FindingResolver], lists: [findings] };
