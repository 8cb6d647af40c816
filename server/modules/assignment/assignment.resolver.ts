import { subject } from '@casl/ability';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { firstArg, SortDirection } from '../../graphql/list';
import type { RelationSpec } from '../../graphql/loaders';
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
  sendAssignmentNotice,
  staffAssignment,
  updateAssignment,
} from './assignment.service';
import { InspectionCandidate, leaderCandidates, recusalCheck, staffCandidates } from './candidates';
import { removeStaff, RemoveStaffInput, replaceStaff, ReplaceStaffInput } from './staff-changes';
import { assignmentNextStep, CatalogueMessage, NextStep } from './next-step';
import { Stage } from './stage';
import { FollowUpResolver } from './follow-up.resolver';
import { documentsIn, InspectionDocument } from './document-stages';

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

  @Mutation(() => Assignment, {
    description:
      'Records the notice as sent to the target today (refused once it has been sent); allowed to whoever may edit the inspection (the office).',
  })
  sendAssignmentNotice(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The inspection and its version.' }) input: VersionedInput,
  ): Promise<Assignment> {
    return sendAssignmentNotice(ctx, input);
  }

  @Query(() => [InspectionCandidate], {
    description:
      "The team's current members you may staff on the inspection, by name, each with post, unit and recusal grounds (at most 50).",
  })
  staffCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('assignmentId', () => Int, { description: 'The inspection.' }) assignmentId: number,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name (at most 60 characters).' }) search?: string,
  ): Promise<InspectionCandidate[]> {
    return staffCandidates(ctx, assignmentId, search);
  }

  @Query(() => [InspectionCandidate], {
    description:
      "The current pool of the plan's leading group you may name the inspection's leader from, by name, each with post, unit and recusal grounds (at most 50).",
  })
  leaderCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('assignmentId', () => Int, { description: 'The inspection.' }) assignmentId: number,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name (at most 60 characters).' }) search?: string,
  ): Promise<InspectionCandidate[]> {
    return leaderCandidates(ctx, assignmentId, search);
  }

  @Query(() => [CatalogueMessage], {
    description:
      'Why the person should recuse (回避) from the inspection: the grounds staffAssignment and appointLeader refuse with; empty when there is none. For those who may staff it or name its leader.',
  })
  recusalCheck(
    @Ctx() ctx: RequestContext,
    @Arg('assignmentId', () => Int, { description: 'The inspection.' }) assignmentId: number,
    @Arg('personId', () => Int, { description: 'The person.' }) personId: number,
  ): Promise<CatalogueMessage[]> {
    return recusalCheck(ctx, assignmentId, personId);
  }

  @FieldResolver(() => NextStep, {
    nullable: true,
    description:
      'The next stage change: who takes it, the conditions it still lacks (those advanceAssignment refuses with) and warnings when it runs ahead of the planned dates. Null once closed.',
  })
  nextStep(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<NextStep | null> {
    return assignmentNextStep(ctx, a);
  }

  @FieldResolver(() => [InspectionDocument], {
    description:
      'The documents it can be drafted into in its stage, in the order of the procedure: GET /documents/assignments/<id>/<name in lower case>.docx. Each prints only what you may read.',
  })
  documents(@Root() a: Assignment): InspectionDocument[] {
    return documentsIn(a.stage);
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

  @FieldResolver(() => [AssignmentMember], { description: 'The people staffed on it: those serving now, or also those taken off.' })
  staff(
    @Root() a: Assignment,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, firstArg) first: number,
    @Arg('withRemoved', () => Boolean, {
      defaultValue: false,
      description: 'Also the people taken off it (their removedOn is set); by default only those serving now.',
    })
    withRemoved: boolean,
  ): Promise<AssignmentMember[]> {
    const spec: RelationSpec = { orderBy: [['id', 'ASC']], ...(withRemoved ? {} : { whereNull: 'removedOn' }) };
    return ctx.loaders.many(AssignmentMember, 'assignmentId', spec, first).load(a.id);
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
  @Mutation(() => AssignmentMember, {
    description:
      'Takes a person off an open inspection, with the reason (whoever may staff it: the office). The staffing stays on file, flagged with the day, the reason and who took them off; the inspection is no longer theirs from their next request. Nobody takes themselves off. To serve again they are staffed again (staffAssignment).',
  })
  removeStaff(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The staffing, its version and the reason.' }) input: RemoveStaffInput,
  ): Promise<AssignmentMember> {
    return removeStaff(ctx, input);
  }

  @Mutation(() => AssignmentMember, {
    description:
      "Takes a person off an open inspection and staffs another in their place, in one change, with every check of staffAssignment (the team's roster, recusal, not oneself, not already staffed): if the new person is refused, the first stays staffed. Returns the new staffing.",
  })
  replaceStaff(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The staffing, its version, the reason and who takes the place.' }) input: ReplaceStaffInput,
  ): Promise<AssignmentMember> {
    return replaceStaff(ctx, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person; null when outside your scope.' })
  person(@Root() m: AssignmentMember, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.byId(Person).load(m.personId);
  }
}

export const assignmentModule: ModuleDescriptor = {
  entities: [Assignment, AssignmentMember],
  resolvers: [AssignmentResolver, AssignmentMemberResolver, FollowUpResolver],
  lists: [assignments],
};
