/**
 * The start page's one read: what waits for the caller, the summaries its rules permit, the urgent
 * findings, the caller's own bodies and the plans it may read the report of, all as aliases of one
 * GraphQL query, so that the page is drawn from this request and, at most, one plan's report.
 *
 * Free of React so that the query can be checked against the schema in Node.
 */
import type { Summary, SummaryGroup } from '../providers/summaries';

/** What the caller may see, as the console already knows it from `me` before asking. */
export interface DashboardScope {
  /** Findings counted (readers and count-only callers alike). */
  findings: boolean;
  /** Findings listed: urgent items and drill-down links. */
  findingsListed: boolean;
  rectification: boolean;
  /** The bodies of the caller's roles, named in the welcome. */
  roleBodyIds: number[];
}

const GROUP = 'key count fewerThan withheld averageDays';
const SUMMARY = `total { ${GROUP} } groups { ${GROUP} } groupCount`;
const NAMED_SUMMARY = `${SUMMARY} bodyNames { id name nameEn }`;

export const QUEUE_ITEM_FIELDS =
  'kind recordType recordId title targetName targetNameEn inspectionName category role stage toStage dueOn since reason lacks';

/** How many items of each kind the start page lists; the rest are one link away, in their list. */
export const QUEUE_ITEMS_SHOWN = 5;

export function dashboardQuery(scope: DashboardScope): string {
  const parts = [`queue: myQueue(limit: ${QUEUE_ITEMS_SHOWN}) { totalCount groups { kind totalCount items { ${QUEUE_ITEM_FIELDS} } } }`];
  parts.push('rounds: reportableRounds { id title year number status }');
  if (scope.roleBodyIds.length)
    parts.push('roleBodies: bodies(filter: { ids: $roleBodyIds }, page: { take: 100 }) { items { id name nameEn } }');
  if (scope.findings) {
    parts.push(`findingsByCategory: findingSummary(groupBy: [CATEGORY]) { ${SUMMARY} }`);
    parts.push(`findingsByTarget: findingSummary(groupBy: [TARGET], limit: 10) { ${NAMED_SUMMARY} }`);
    parts.push(`findingsByStage: findingSummary(groupBy: [STAGE]) { ${SUMMARY} }`);
    parts.push(`assignmentsByStage: assignmentSummary(groupBy: [STAGE]) { ${SUMMARY} }`);
  }
  if (scope.findingsListed) {
    // The urgent flag is for readers: a count-only summary may not filter by it.
    parts.push(`urgentByTarget: findingSummary(groupBy: [TARGET], filter: { urgent: true }, limit: 100) { ${NAMED_SUMMARY} }`);
    parts.push(
      'urgentFindings: findings(filter: { urgent: true }, sort: [{ field: CREATED_AT, direction: DESC }], page: { take: 5 }) { items { id category subKind targetId urgentOn } }',
    );
  }
  if (scope.rectification) parts.push(`rectificationByState: rectificationSummary(groupBy: [STATE]) { ${SUMMARY} }`);
  const variables = scope.roleBodyIds.length ? '($roleBodyIds: [Int!])' : '';
  return `query Dashboard${variables} {\n  ${parts.join('\n  ')}\n}`;
}

export interface BodyName {
  id: number;
  name: string;
  nameEn: string | null;
}

export type NamedSummary = Summary & { bodyNames: BodyName[] };

export interface QueueItem {
  kind: string;
  recordType: string;
  recordId: number;
  title: string;
  targetName: string | null;
  targetNameEn: string | null;
  inspectionName: string | null;
  category: string | null;
  role: string | null;
  stage: string | null;
  toStage: string | null;
  dueOn: string | null;
  since: string | null;
  reason: string;
  lacks: string[];
}

export interface QueueGroup {
  kind: string;
  totalCount: number;
  items: QueueItem[];
}

export interface DashboardData {
  queue: { totalCount: number; groups: QueueGroup[] };
  rounds: Array<{ id: number; title: string; year: number; number: number; status: string }>;
  roleBodies?: { items: BodyName[] };
  findingsByCategory?: Summary;
  findingsByTarget?: NamedSummary;
  findingsByStage?: Summary;
  assignmentsByStage?: Summary;
  urgentByTarget?: NamedSummary;
  urgentFindings?: { items: Array<{ id: number; category: string; subKind: string; targetId: number; urgentOn: string | null }> };
  rectificationByState?: Summary;
}

/** The console's resource for each record type the queue points at. */
export const RESOURCE_OF: Record<string, string> = {
  Round: 'rounds',
  Membership: 'memberships',
  Assignment: 'assignments',
  Report: 'reports',
  Finding: 'findings',
  RectificationItem: 'rectificationItems',
  SupervisionItem: 'supervisionItems',
  RecordsRequest: 'recordsRequests',
  HelpRequest: 'helpRequests',
};

/** A body's name in the reader's language: the English name in English where there is one. */
export function bodyName(body: { name: string; nameEn: string | null } | undefined, locale: string): string | undefined {
  if (!body) return undefined;
  return locale === 'en' && body.nameEn ? body.nameEn : body.name;
}

/** The day `YYYY-MM-DD` in one format per language: 2026年3月5日, 5 Mar 2026. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (locale === 'en') {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return `${date} ${months[month - 1]} ${year}`;
  }
  return `${year}年${month}月${date}日`;
}

/** A label cut to `max` characters with an ellipsis, for an axis; the whole of it goes in the tooltip. */
export function shortLabel(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export type { Summary, SummaryGroup };

/** A plan's report (the API's roundReport), with the names of the bodies its findings are counted by. */
export const ROUND_REPORT_NAMED = `query RoundReport($roundId: Int!) {
  roundReport(roundId: $roundId) {
    round { id title year number status approvedOn leadingGroupId }
    inspectionsByStage { ${SUMMARY} }
    findingsByCategory { ${SUMMARY} }
    findingsByStatus { ${SUMMARY} }
    findingsByTarget { ${NAMED_SUMMARY} }
    urgentFindings { ${GROUP} }
    rectificationByState { ${SUMMARY} }
  }
}`;
