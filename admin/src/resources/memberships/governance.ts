/**
 * What the console knows of governed memberships: which roles wait for a leading-group leader, who
 * may decide a proposal, and when a membership can still be changed.
 *
 * Free of React so that it can be tested in Node against the server's own tables.
 */
import { canAccess, type AppAbility } from '../../providers/canAccess';

/**
 * Roles that read inspection records or their figures: a roster administrator only proposes them
 * (server/permissions/delegation.ts, APPROVAL_REQUIRED; a test keeps the two equal).
 */
export const ROLES_NEEDING_APPROVAL = [
  'ANALYST',
  'COMMITTEE_LEADER',
  'LEADING_GROUP_LEADER',
  'LEADING_GROUP_MEMBER',
  'OFFICE_COORDINATOR',
  'TEAM_MEMBER',
  'LIAISON',
  'RECEIVING_MEMBER',
] as const;

export function needsApproval(role: unknown): boolean {
  return (ROLES_NEEDING_APPROVAL as readonly unknown[]).includes(role);
}

/** The list of the proposals the caller may decide now. */
export const AWAITING_MY_DECISION = { statuses: ['PENDING'], awaitingMyDecision: true } as const;

export const awaitingMyDecisionPath = () => `/memberships?filter=${encodeURIComponent(JSON.stringify(AWAITING_MY_DECISION))}`;

interface MembershipLike {
  status?: unknown;
  proposedByAccountId?: unknown;
  [field: string]: unknown;
}

/**
 * Whether the account may be the one to decide: the membership is a pending proposal and someone
 * else proposed it (the server refuses the proposer with "second-person"). An unknown account decides nothing.
 */
export function isDecidableBy(record: MembershipLike | undefined, accountId: unknown): boolean {
  if (!record || record.status !== 'PENDING') return false;
  if (accountId === undefined || accountId === null) return false;
  return record.proposedByAccountId !== accountId;
}

/** May the caller approve or refuse this membership: decidable by them, and their rules allow `approve` on it. */
export function canDecide(ability: AppAbility | null | undefined, record: MembershipLike | undefined, accountId: unknown): boolean {
  return isDecidableBy(record, accountId) && canAccess(ability, { action: 'approve', resource: 'memberships', record });
}

/** Whether editing can still apply: a refused proposal or an ended membership is final. */
export function isEditable(record: MembershipLike | undefined): boolean {
  return !!record && record.status !== 'REFUSED' && (record.endedAt === null || record.endedAt === undefined);
}

/** Whether ending can still apply: a refused proposal never held its role. */
export function isEndable(record: MembershipLike | undefined): boolean {
  return isEditable(record);
}
