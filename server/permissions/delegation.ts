/**
 * Authority over authority: which roles each role may give, where, and whether a second person must
 * agree. The role table (roles.ts) says what a role lets its holder do; this table says who may put a
 * person in that role. Both are read by the rules, so the console and the SQL see the same answer.
 *
 * Following the domain: roster administrators keep people, bodies, accounts and the roster roles;
 * every role that reads inspection records or their summaries is only proposed by them, and takes
 * effect once a leading-group leader whose committee's tree holds the body approves it. Team
 * leadership is granted by the leading group for one inspection from its pool, and staffing is the
 * office's, from the members of the assigned team (assignment.service.ts).
 */
import { MembershipRole } from './membership-role';
import type { Role } from './caller';

/** Roles that reach beyond their holder's own reporting line into inspection records or their figures. */
export const APPROVAL_REQUIRED: readonly MembershipRole[] = [
  MembershipRole.ANALYST,
  MembershipRole.COMMITTEE_LEADER,
  MembershipRole.LEADING_GROUP_LEADER,
  MembershipRole.LEADING_GROUP_MEMBER,
  MembershipRole.OFFICE_COORDINATOR,
  MembershipRole.TEAM_MEMBER,
  MembershipRole.LIAISON,
  MembershipRole.RECEIVING_MEMBER,
];

export interface Delegation {
  /** Membership roles the holder gives in its scope, in force at once. */
  gives: readonly MembershipRole[];
  /** Membership roles the holder proposes in its scope; they wait for an approver. */
  proposes: readonly MembershipRole[];
  /** Proposed roles the holder approves or refuses, over its committee's tree. */
  approves: readonly MembershipRole[];
}

const NOTHING: Delegation = { gives: [], proposes: [], approves: [] };

export const DELEGATION: Record<Role, Delegation> = {
  [MembershipRole.ROSTER_ADMIN]: {
    gives: [MembershipRole.STAFF, MembershipRole.ROSTER_ADMIN],
    proposes: APPROVAL_REQUIRED,
    approves: [],
  },
  [MembershipRole.LEADING_GROUP_LEADER]: { gives: [], proposes: [], approves: APPROVAL_REQUIRED },
  [MembershipRole.STAFF]: NOTHING,
  [MembershipRole.ANALYST]: NOTHING,
  [MembershipRole.COMMITTEE_LEADER]: NOTHING,
  [MembershipRole.LEADING_GROUP_MEMBER]: NOTHING,
  [MembershipRole.OFFICE_COORDINATOR]: NOTHING,
  [MembershipRole.TEAM_MEMBER]: NOTHING,
  [MembershipRole.LIAISON]: NOTHING,
  [MembershipRole.RECEIVING_MEMBER]: NOTHING,
  TEAM_LEADER: NOTHING,
};

export const needsApproval = (role: MembershipRole): boolean => APPROVAL_REQUIRED.includes(role);

/**
 * A role whose holder sees nothing beyond its own reporting line (STAFF): holding it gives nobody
 * anything worth taking over an account for, so it does not limit who may reset a password.
 */
export const reachesBeyondOwnLine = (role: Role): boolean => role !== MembershipRole.STAFF;

/**
 * Refusals that name the rule they come from. Each is a `cannot` (or a check) stamped with its key,
 * so that the error, the console and "why can I see this?" can say which rule refused.
 */
export const GOVERNANCE_RULES = {
  'no-self-dealing':
    'nobody acts on their own person: creates, changes, approves or ends their own membership, pool entry, relative or account; appoints themselves leader or revokes their own grant; staffs, takes off or replaces themselves on an inspection; keeps their own training records or assessments, or reads their own assessments',
  'second-person': 'a proposal is approved or refused by someone other than the person who proposed or changed it',
  'approval-needed': 'a role that reads inspection records or their summaries takes effect only once a leading-group leader approves it',
  'grantable-roles-only': 'nobody resets the password of (or creates an account for) a person holding a role they could not grant',
  'team-roster-only': 'an inspection is staffed only from the current members of its assigned team',
} as const;
export type GovernanceRule = keyof typeof GOVERNANCE_RULES;

/** The `reason` stamped on a rule that enforces a governance rule. */
export const governanceTag = (rule: GovernanceRule) => `rule:${rule}`;

export function governanceRuleOf(reason: string | undefined): GovernanceRule | null {
  if (!reason?.startsWith('rule:')) return null;
  const key = reason.slice('rule:'.length);
  return key in GOVERNANCE_RULES ? (key as GovernanceRule) : null;
}
