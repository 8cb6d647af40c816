/**
 * The roles a membership gives and whether it is in force: the permission core's own vocabulary
 * (permissions/roles.ts gives each role its rules). How the API names and describes them, and which
 * bodies each role can be held in, is the membership module's (modules/membership/membership-role.ts).
 */

/**
 * The role a membership gives its person in its body. Team leadership is not among them: it is
 * only ever granted for one inspection (一次一授权), see LeaderGrant.
 */
export enum MembershipRole {
  STAFF = 'STAFF',
  ROSTER_ADMIN = 'ROSTER_ADMIN',
  ANALYST = 'ANALYST',
  COMMITTEE_LEADER = 'COMMITTEE_LEADER',
  LEADING_GROUP_LEADER = 'LEADING_GROUP_LEADER',
  LEADING_GROUP_MEMBER = 'LEADING_GROUP_MEMBER',
  OFFICE_COORDINATOR = 'OFFICE_COORDINATOR',
  TEAM_MEMBER = 'TEAM_MEMBER',
  LIAISON = 'LIAISON',
  RECEIVING_MEMBER = 'RECEIVING_MEMBER',
}

/** Whether a membership is in force. Only an APPROVED membership gives its role. */
export enum MembershipStatus {
  /** Proposed by a roster administrator; waits for a leading-group leader whose scope covers the body. */
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
