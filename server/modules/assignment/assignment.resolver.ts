import { subject } from '@casl/ability';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { firstArg, SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { VersionedInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { Person } from '../person/person.entity';
import { Round } from '../round/round.entity';
import { Assignment, AssignmentMember } from './assignment.entity';
import {
  AppointLeaderInput,
  AssignmentFilter,
  AssignmentSort,
  CreateAssignmentInput,
  StaffAssignmentInput,
  UpdateAssignmentInput,
} from './assignment.inputs';
import {
  advanceAssignment,
  applyAssignmentFilter,
  appointLeader,
  createAssignment,
  staffAssignment,
  updateAssignment,
} from './assignment.service';
import { Stage } from './stage';

const assignments: RecordList<Assignment, AssignmentFilter> = {
  entity: Assignment,
  name: 'assignments',
  description: 'The inspection records you may see, newest first.',
  one: { name: 'assignment', description: oneDescription('inspection') },
  filter: AssignmentFilter,
  sort: AssignmentSort,
  defaultSort: [{ field: 'startsOn', direction: SortDirection.DESC }],
  select: recordsWhere(Assignment, applyAssignmentFilter),
  exported: true,
};

@Resolver(() => Assignment)
export class AssignmentResolver extends RecordQueries(assignments) {
  @Mutation(() => Assignment, { description: 'Assigns a team to a target of an approved plan (the office).' })
  createAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The inspection.' }) input: CreateAssignmentInput,
  ): Promise<Assignment> {
    return createAssignment(ctx, input);
  }

  @Mutation(() => Assignment, { description: 'Changes the plan, dates, notice or contact channels of an open inspection (the office).' })
  updateAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The changes.' }) input: UpdateAssignmentInput,
  ): Promise<Assignment> {
    return updateAssignment(ctx, input);
  }

  @Mutation(() => AssignmentMember, {
    description:
      'Staffs a person on an inspection, refusing anyone with a recusal ground unless a justified exception is given (the office).',
  })
  staffAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'Who and where.' }) input: StaffAssignmentInput,
  ): Promise<AssignmentMember> {
    return staffAssignment(ctx, input);
  }

  @Mutation(() => LeaderGrant, {
    description: "Names the inspection's team leader from the pool, for this inspection only (the leading group).",
  })
  appointLeader(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The grant.' }) input: AppointLeaderInput): Promise<LeaderGrant> {
    return appointLeader(ctx, input);
  }

  @Mutation(() => Assignment, {
    description: 'Moves an inspection to its next stage; refused, naming every unmet condition, until they all hold (the office).',
  })
  advanceAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The inspection and its version.' }) input: VersionedInput,
  ): Promise<Assignment> {
    return advanceAssignment(ctx, input);
  }

  @FieldResolver(() => Round, { nullable: true, description: 'The plan; null when outside your scope.' })
  round(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Round | null> {
    return ctx.loaders.byId(Round).load(a.roundId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The team; null when outside your scope.' })
  team(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(a.teamId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The inspected body; null when outside your scope.' })
  target(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(a.targetId);
  }

  @FieldResolver(() => [AssignmentMember], { description: 'The people staffed on it.' })
  staff(@Root() a: Assignment, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<AssignmentMember[]> {
    return ctx.loaders.many(AssignmentMember, 'assignmentId', { orderBy: [['id', 'ASC']] }, first).load(a.id);
  }

  @FieldResolver(() => [LeaderGrant], { description: 'Leadership grants for it, newest first.' })
  leaderGrants(
    @Root() a: Assignment,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, firstArg) first: number,
  ): Promise<LeaderGrant[]> {
    return ctx.loaders.many(LeaderGrant, 'assignmentId', { orderBy: [['validFrom', 'DESC']] }, first).load(a.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The path of the public intake page for this inspection (print it as a QR code for the target). Null unless it is in inquiry and you may take intake for it or run it.',
  })
  publicIntakePath(@Root() a: Assignment, @Ctx() ctx: RequestContext): string | null {
    if (a.stage !== Stage.INQUIRY) return null;
    const mayRun = ctx.ability.can('update', subject('Assignment', { ...a }) as never);
    const mayTakeIntake = ctx.ability.can('create', subject('IntakeItem', { assignmentId: a.id, scopePath: a.scopePath }) as never);
    return mayRun || mayTakeIntake ? `/intake/${a.intakeToken}` : null;
  }
}

@Resolver(() => AssignmentMember)
export class AssignmentMemberResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person; null when outside your scope.' })
  person(@Root() m: AssignmentMember, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(m.personId);
  }
}

export const assignmentModule: ModuleDescriptor = {
  entities: [Assignment, AssignmentMember],
  resolvers: [AssignmentResolver, AssignmentMemberResolver],
  lists: [assignments],
};
