/**
 * The API's summaries (findingSummary, rectificationSummary, assignmentSummary): the query text and
 * how a count reads. The server counts under the caller's rules and, for those who may only count,
 * leaves small sets about named people out of every number; the console shows what it is given.
 *
 * Free of React so that the query can be checked against the schema in Node.
 */
import type * as Schema from '../generated/graphql';

export type SummaryName = 'findingSummary' | 'rectificationSummary' | 'assignmentSummary';

/** What GROUP reads of a group. */
export type SummaryGroup = Pick<Schema.SummaryGroup, 'key' | 'count' | 'fewerThan' | 'withheld' | 'averageDays'>;

export type Summary = Pick<Schema.Summary, 'groupCount'> & { total: SummaryGroup; groups: SummaryGroup[] };

const DIMENSION_TYPE: Record<SummaryName, string> = {
  findingSummary: 'FindingDimension',
  rectificationSummary: 'RectificationDimension',
  assignmentSummary: 'AssignmentDimension',
};

const FILTER_TYPE: Record<SummaryName, string> = {
  findingSummary: 'FindingFilter',
  rectificationSummary: 'RectificationItemFilter',
  assignmentSummary: 'AssignmentFilter',
};

const GROUP = 'key count fewerThan withheld averageDays';

export function summaryQuery(name: SummaryName): string {
  return `query Summary($groupBy: [${DIMENSION_TYPE[name]}!], $filter: ${FILTER_TYPE[name]}, $limit: Int) {
  summary: ${name}(groupBy: $groupBy, filter: $filter, limit: $limit) { total { ${GROUP} } groups { ${GROUP} } groupCount }
}`;
}

/** A count as shown: the number, "fewer than N", or a dash when withheld to protect another. */
export function countText(group: SummaryGroup | undefined, translate: (key: string, args?: Record<string, unknown>) => string): string {
  if (!group) return '…';
  if (group.count !== null) return String(group.count);
  return group.fewerThan !== null ? translate('app.dashboard.fewer_than', { n: group.fewerThan }) : translate('app.dashboard.withheld');
}

const REPORT_GROUPS = `total { ${GROUP} } groups { ${GROUP} } groupCount`;

/** A plan's report for the committee: its figures assembled by the server in one query. */
export const ROUND_REPORT = `query RoundReport($roundId: Int!) {
  roundReport(roundId: $roundId) {
    round { id title year number status approvedOn leadingGroupId }
    inspectionsByStage { ${REPORT_GROUPS} }
    findingsByCategory { ${REPORT_GROUPS} }
    findingsByStatus { ${REPORT_GROUPS} }
    findingsByTarget { ${REPORT_GROUPS} }
    urgentFindings { ${GROUP} }
    rectificationByState { ${REPORT_GROUPS} }
  }
}`;

export const REPORTABLE_ROUNDS = `query ReportableRounds { reportableRounds { id title year number status } }`;

export interface RoundReport {
  round: Pick<Schema.RoundHeading, 'id' | 'title' | 'year' | 'number' | 'status' | 'approvedOn' | 'leadingGroupId'>;
  inspectionsByStage: Summary;
  findingsByCategory: Summary;
  /** Null for those who may only count findings, as is urgentFindings. */
  findingsByStatus: Summary | null;
  findingsByTarget: Summary;
  urgentFindings: SummaryGroup | null;
  rectificationByState: Summary;
}
