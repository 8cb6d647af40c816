/**
 * A plan's report for the committee (the leading group's duty to report): one query that assembles
 * a round's figures from the same summaries, counted under the caller's rules. Committee leaders,
 * who may only count, read it too, without the sections by status and urgency; the plan's own
 * record stays theirs to count, not to open.
 */
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { notFound } from '../../errors';
import { Round, RoundStatus } from '../round/round.entity';
import { countableQuery, countsOnly, summarize } from './summary.service';
import { ASSIGNMENTS, FINDINGS, RECTIFICATION } from './summary.specs';
import { AssignmentDimension, FindingDimension, RectificationDimension, Summary, SummaryGroup } from './summary.types';

@ObjectType({ description: 'A plan as its report names it: the heading, not the record.' })
export class RoundHeading {
  @Field(() => Int, { description: 'The round.' })
  id!: number;

  @Field(() => Int, { description: 'The leading group whose plan it is.' })
  leadingGroupId!: number;

  @Field(() => Int, { description: 'The year the plan is for.' })
  year!: number;

  @Field(() => Int, { description: 'The round number within the year.' })
  number!: number;

  @Field({ description: 'Title of the plan.' })
  title!: string;

  @Field(() => RoundStatus, { description: 'Draft or approved.' })
  status!: RoundStatus;

  @Field(() => String, { nullable: true, description: 'Day it was approved.' })
  approvedOn!: string | null;
}

@ObjectType({ description: "A plan's figures for the committee: its inspections, what they found, what was done with it." })
export class RoundReport {
  @Field(() => RoundHeading, { description: 'The plan.' })
  round!: RoundHeading;

  @Field(() => Summary, { description: 'Its inspections by stage.' })
  inspectionsByStage!: Summary;

  @Field(() => Summary, { description: 'Findings by category (the four focus areas).' })
  findingsByCategory!: Summary;

  @Field(() => Summary, {
    nullable: true,
    description:
      'Findings by where they stand; the total averages days from recording to transfer. Null for those who may only count findings, who may not group them by status (findingsByCategory gives them the same average).',
  })
  findingsByStatus!: Summary | null;

  @Field(() => Summary, { description: 'Findings by inspected body.' })
  findingsByTarget!: Summary;

  @Field(() => SummaryGroup, {
    nullable: true,
    description:
      'Findings flagged urgent (reported at once). Null for those who may only count findings, who may not filter them by the flag.',
  })
  urgentFindings!: SummaryGroup | null;

  @Field(() => Summary, { description: 'Rectification items done, open and overdue; overdue ones average days late.' })
  rectificationByState!: Summary;
}

const HEADING = ['id', 'leadingGroupId', 'year', 'number', 'title', 'status', 'approvedOn'] as const;

async function countableRounds(ctx: RequestContext, roundId?: number): Promise<RoundHeading[]> {
  const { qb } = countableQuery(ctx, Round);
  if (roundId !== undefined) qb.andWhere('record.id = :roundId', { roundId });
  qb.select(HEADING.map((column) => `record.${column}`))
    .orderBy('record.year', 'DESC')
    .addOrderBy('record.number', 'DESC')
    .limit(200);
  const rounds = await qb.getMany();
  return rounds.map((r) => Object.fromEntries(HEADING.map((column) => [column, r[column]])) as unknown as RoundHeading);
}

@Resolver()
export class RoundReportResolver {
  @Query(() => [RoundHeading], { description: 'The plans whose report you may read (the newest 200), newest first.' })
  reportableRounds(@Ctx() ctx: RequestContext): Promise<RoundHeading[]> {
    return countableRounds(ctx);
  }

  @Query(() => RoundReport, {
    description: "One plan's report of figures. NOT_FOUND if it does not exist or you may neither read nor count it.",
  })
  async roundReport(
    @Ctx() ctx: RequestContext,
    @Arg('roundId', () => Int, { description: 'The plan.' }) roundId: number,
  ): Promise<RoundReport> {
    const [round] = await countableRounds(ctx, roundId);
    if (!round) throw notFound('Round', roundId);
    const inRound = { roundId };
    // Status and the urgent flag are not functions of the atoms a count-only caller's answers are
    // made of (see summary.service.ts): those sections are for readers only.
    const readsFindings = !countsOnly(ctx, FINDINGS);
    // One at a time: a request holds one connection, and these are small GROUP BYs.
    const inspectionsByStage = await summarize(ctx, ASSIGNMENTS, [AssignmentDimension.STAGE], inRound, 100);
    const findingsByCategory = await summarize(ctx, FINDINGS, [FindingDimension.CATEGORY], inRound, 100);
    const findingsByStatus = readsFindings ? await summarize(ctx, FINDINGS, [FindingDimension.STATUS], inRound, 100) : null;
    const findingsByTarget = await summarize(ctx, FINDINGS, [FindingDimension.TARGET], inRound, 100);
    const urgentFindings = readsFindings ? (await summarize(ctx, FINDINGS, [], { ...inRound, urgent: true }, 1)).total : null;
    const rectificationByState = await summarize(ctx, RECTIFICATION, [RectificationDimension.STATE], inRound, 100);
    return { round, inspectionsByStage, findingsByCategory, findingsByStatus, findingsByTarget, urgentFindings, rectificationByState };
  }
}
