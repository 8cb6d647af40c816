import { MembershipRole } from './membership-role';

/** Roles that exist only as grants for one inspection, never as memberships. */
export enum GrantRole {
  TEAM_LEADER = 'TEAM_LEADER',
}

export type Role = MembershipRole | GrantRole;

/** One current membership, grant or staffing of the caller: a role held in a body. */
export interface Authority {
  role: Role;
  bodyId: number;
  /** The body's current reporting path, e.g. `/1/2/5/`. */
  bodyPath: string;
  source: 'membership' | 'grant' | 'staffing';
  sourceId: number;
  /** For a grant or staffing: the one open inspection it is for. */
  assignmentId: number | null;
  /** For a grant or staffing: the body that inspection inspects. */
  targetId: number | null;
  /** For a grant or staffing: the earlier inspection that inspection follows up (回头看), if any. */
  followsUpId?: number | null;
}

/** Who is asking: the signed-in account, its person and everything they currently hold. */
export interface Caller {
  accountId: number;
  personId: number;
  login: string;
  authorities: Authority[];
  /** The session the request's token names; absent for a caller loaded outside a request. */
  sessionId?: number;
  /** Someone else chose the password: until its holder chooses their own, they may do nothing else. */
  mustChangePassword?: boolean;
}
