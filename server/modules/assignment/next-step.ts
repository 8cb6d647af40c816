/**
 * The next step of an inspection or a plan: what it is, who takes it, what it still lacks and
 * where it would run ahead of the plan. What it lacks comes from the very conditions the stage
 * change checks (stage-conditions.ts), so the guidance and the refusal say the same.
 */
import { subject } from '@casl/ability';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { renderMessage, type MessageParams, type MessageRef } from '../../../shared/messages';
import type { RequestContext } from '../../graphql/context';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { today } from '../common/record';
import { MembershipRole } from '../membership/membership-role';
import { Round, RoundStatus, RoundTarget } from '../round/round.entity';
import { Assignment } from './assignment.entity';
import { nextStage, Stage } from './stage';
import { unmetConditionMessages } from './stage-conditions';

export enum StepAction {
  APPROVE_PLAN = 'APPROVE_PLAN',
  ASSIGN_TEAMS = 'ASSIGN_TEAMS',
  ADVANCE = 'ADVANCE',
}
registerEnumType(StepAction, {
  name: 'StepAction',
  description: 'What the next step of a plan or an inspection is.',
  valuesConfig: {
    APPROVE_PLAN: { description: 'The leading group approves the draft plan (approveRound).' },
    ASSIGN_TEAMS: { description: 'The office assigns a team to each target of the approved plan that has none yet (createAssignment).' },
    ADVANCE: { description: 'The office moves the inspection to its next stage (advanceAssignment).' },
  },
});

export enum StepWarningCode {
  AHEAD_OF_START = 'AHEAD_OF_START',
  AHEAD_OF_END = 'AHEAD_OF_END',
}
registerEnumType(StepWarningCode, {
  name: 'StepWarningCode',
  description: 'Why taking the step now may be premature.',
  valuesConfig: {
    AHEAD_OF_START: { description: 'Entering inquiry before the planned first day on site.' },
    AHEAD_OF_END: { description: 'Ending inquiry before the planned last day on site.' },
  },
});

@ObjectType({
  description:
    "A sentence of the message catalogue, as refusals carry them: its key and parameters, for a client to word in its reader's language, and its English text.",
})
export class CatalogueMessage {
  @Field({ description: 'The key of the sentence in the catalogue (the same keys as `extensions.messageKey` of a refusal).' })
  key!: string;

  @Field(() => GraphQLJSON, { description: 'Its parameters, by name.' })
  params!: MessageParams;

  @Field({ description: 'The sentence in English.' })
  text!: string;
}

/** A message of the catalogue as the API shows it, with its English words. */
export function catalogueMessage(ref: MessageRef): CatalogueMessage {
  const params = ref.params ?? {};
  return { key: ref.key, params, text: renderMessage(ref.key, params) ?? ref.key };
}

@ObjectType({ description: 'Who takes a step: a role held in a body.' })
export class StepActor {
  @Field(() => MembershipRole, { description: 'The role that takes the step.' })
  role!: MembershipRole;

  @Field(() => Int, { nullable: true, description: 'The body the role is held in; null when no such body is on file.' })
  bodyId!: number | null;

  @Field(() => String, { nullable: true, description: "The body's name; null when it is outside your scope or not on file." })
  bodyName!: string | null;
}

@ObjectType({ description: 'A reason to pause before taking a step, though it is allowed.' })
export class StepWarning {
  @Field(() => StepWarningCode, { description: 'What kind of warning it is.' })
  code!: StepWarningCode;

  @Field({ description: 'The planned day the step runs ahead of (YYYY-MM-DD).' })
  plannedOn!: string;

  @Field({ description: 'The warning in words.' })
  message!: string;
}

@ObjectType({ description: 'The next step of a plan or an inspection, and what stands in its way.' })
export class NextStep {
  @Field(() => StepAction, { description: 'What the step is.' })
  action!: StepAction;

  @Field(() => Stage, { nullable: true, description: 'For ADVANCE, the stage the inspection would enter.' })
  toStage!: Stage | null;

  @Field(() => [StepActor], { description: 'Who takes the step.' })
  takenBy!: StepActor[];

  @Field(() => [CatalogueMessage], {
    description: 'The conditions that do not hold yet, the very messages the refusal of the step lists; empty when the step can be taken.',
  })
  lacks!: CatalogueMessage[];

  @Field(() => [StepWarning], { description: 'Where taking the step now would run ahead of the planned dates.' })
  warnings!: StepWarning[];

  @Field({ description: 'Whether you may take the step yourself.' })
  yours!: boolean;
}

/** The role in the body, named as far as the caller may see it. */
async function actor(ctx: RequestContext, role: MembershipRole, bodyId: number | null): Promise<StepActor> {
  const body = bodyId === null ? null : await ctx.loaders.byId(Body).load(bodyId);
  return { role, bodyId, bodyName: body?.name ?? null };
}

/** The office of a leading group: it reports to the group. */
async function officeOf(ctx: RequestContext, leadingGroupId: number): Promise<number | null> {
  const office = await ctx.db.manager.findOne(Body, {
    select: { id: true },
    where: { reportsToId: leadingGroupId, kind: BodyKind.OFFICE },
    order: { id: 'ASC' },
  });
  return office?.id ?? null;
}

/** Entering a stage before its planned day is allowed, but worth a second look. */
function datedWarnings(assignment: Assignment, stage: Stage, day: string): StepWarning[] {
  if (stage === Stage.INQUIRY && day < assignment.startsOn) {
    return [
      {
        code: StepWarningCode.AHEAD_OF_START,
        plannedOn: assignment.startsOn,
        message: `the team is planned on site from ${assignment.startsOn}; entering inquiry now runs ahead of the plan`,
      },
    ];
  }
  if (stage === Stage.REPORTING && day < assignment.endsOn) {
    return [
      {
        code: StepWarningCode.AHEAD_OF_END,
        plannedOn: assignment.endsOn,
        message: `the team is planned on site until ${assignment.endsOn}; ending inquiry now runs ahead of the plan`,
      },
    ];
  }
  return [];
}

/** The inspection's next stage change; null once closed. */
export async function assignmentNextStep(ctx: RequestContext, assignment: Assignment): Promise<NextStep | null> {
  const stage = nextStage(assignment.stage);
  if (stage === null) return null;
  const round = await ctx.db.manager.findOneByOrFail(Round, { id: assignment.roundId });
  return {
    action: StepAction.ADVANCE,
    toStage: stage,
    takenBy: [await actor(ctx, MembershipRole.OFFICE_COORDINATOR, await officeOf(ctx, round.leadingGroupId))],
    lacks: (await unmetConditionMessages(ctx.db.manager, assignment, stage)).map(catalogueMessage),
    warnings: datedWarnings(assignment, stage, today()),
    yours: ctx.ability.can('advance', subject('Assignment', { ...assignment }) as never),
  };
}

/** A draft waits for the leading group's approval; an approved plan for teams on its targets. Null when all are assigned. */
export async function roundNextStep(ctx: RequestContext, round: Round): Promise<NextStep | null> {
  if (round.status === RoundStatus.DRAFT) {
    return {
      action: StepAction.APPROVE_PLAN,
      toStage: null,
      takenBy: [
        await actor(ctx, MembershipRole.LEADING_GROUP_LEADER, round.leadingGroupId),
        await actor(ctx, MembershipRole.LEADING_GROUP_MEMBER, round.leadingGroupId),
      ],
      lacks: [],
      warnings: [],
      yours: ctx.ability.can('approve', subject('Round', { ...round }) as never),
    };
  }
  const unassigned = await ctx.db.manager
    .createQueryBuilder(RoundTarget, 't')
    .where('t.roundId = :id', { id: round.id })
    .andWhere('NOT EXISTS (SELECT 1 FROM assignment a WHERE a.roundId = t.roundId AND a.targetId = t.bodyId)')
    .getCount();
  if (unassigned === 0) return null;
  return {
    action: StepAction.ASSIGN_TEAMS,
    toStage: null,
    takenBy: [await actor(ctx, MembershipRole.OFFICE_COORDINATOR, await officeOf(ctx, round.leadingGroupId))],
    lacks: [],
    warnings: [],
    yours: ctx.ability.can('create', subject('Assignment', { scopePath: round.scopePath }) as never),
  };
}
