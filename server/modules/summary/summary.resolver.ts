import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { AssignmentFilter } from '../assignment/assignment.inputs';
import { FindingFilter } from '../finding/finding.inputs';
import { RectificationItemFilter } from '../rectification/rectification.inputs';
import { RoundReportResolver } from './round-report.resolver';
import { MAX_DIMENSIONS, MAX_GROUPS, summarize } from './summary.service';
import { ASSIGNMENTS, FINDINGS, RECTIFICATION } from './summary.specs';
import { AssignmentDimension, FindingDimension, RectificationDimension, Summary } from './summary.types';

const GROUP_BY_DESCRIPTION = `The dimensions to group by (at most ${MAX_DIMENSIONS}); none gives the total alone.`;
const LIMIT_DESCRIPTION = `How many groups to return, largest first (1 to ${MAX_GROUPS}).`;
const COUNTED =
  'Counts exactly the records you may list that match the filter, like the list query of the same name. If you may only count them (a committee leader), small sets about named people are left out and only some dimensions and filters are accepted: see Summary.suppressed.';

/** Whether a field of the answer's groups or total (in any fragment) is `field`. */
function asksForGroupField(info: GraphQLResolveInfo, field: string): boolean {
  const within = (set: SelectionSetNode | undefined, depth: number): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === 'Field')
        return depth === 0 ? ['total', 'groups'].includes(s.name.value) && within(s.selectionSet, 1) : s.name.value === field;
      const fragment = s.kind === 'InlineFragment' ? s.selectionSet : info.fragments[s.name.value]?.selectionSet;
      return within(fragment, depth);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, 0));
}

/** Averages are worked out only when asked for: see `summarize`. */
const averagesOf = (info: GraphQLResolveInfo) => ({ averages: asksForGroupField(info, 'averageDays') });

@Resolver()
export class SummaryResolver {
  @Query(() => Summary, {
    description: `Findings counted by the dimensions asked. ${COUNTED} Averages are days from recording to transfer.`,
  })
  findingSummary(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('groupBy', () => [FindingDimension], { defaultValue: [], description: GROUP_BY_DESCRIPTION }) groupBy: FindingDimension[],
    @Arg('filter', () => FindingFilter, { nullable: true, description: 'The same filter as `findings`.' }) filter?: FindingFilter,
    @Arg('limit', () => Int, { defaultValue: 100, description: LIMIT_DESCRIPTION }) limit = 100,
  ): Promise<Summary> {
    return summarize(ctx, FINDINGS, groupBy, filter, limit, averagesOf(info));
  }

  @Query(() => Summary, { description: `Rectification items counted by the dimensions asked. ${COUNTED} Averages are days late.` })
  rectificationSummary(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('groupBy', () => [RectificationDimension], { defaultValue: [], description: GROUP_BY_DESCRIPTION })
    groupBy: RectificationDimension[],
    @Arg('filter', () => RectificationItemFilter, { nullable: true, description: 'The same filter as `rectificationItems`.' })
    filter?: RectificationItemFilter,
    @Arg('limit', () => Int, { defaultValue: 100, description: LIMIT_DESCRIPTION }) limit = 100,
  ): Promise<Summary> {
    return summarize(ctx, RECTIFICATION, groupBy, filter, limit, averagesOf(info));
  }

  @Query(() => Summary, { description: `Inspections counted by the dimensions asked. ${COUNTED}` })
  assignmentSummary(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('groupBy', () => [AssignmentDimension], { defaultValue: [], description: GROUP_BY_DESCRIPTION }) groupBy: AssignmentDimension[],
    @Arg('filter', () => AssignmentFilter, { nullable: true, description: 'The same filter as `assignments`.' }) filter?: AssignmentFilter,
    @Arg('limit', () => Int, { defaultValue: 100, description: LIMIT_DESCRIPTION }) limit = 100,
  ): Promise<Summary> {
    return summarize(ctx, ASSIGNMENTS, groupBy, filter, limit, averagesOf(info));
  }
}

export const summaryModule: ModuleDescriptor = { resolvers: [SummaryResolver, RoundReportResolver] };
