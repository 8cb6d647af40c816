/**
 * What each role may do, as CASL rules over the reporting tree. The only place that knows role
 * names; everything else asks the ability. A role that has no entry here grants nothing.
 */
import type { AbilityBuilder } from '@casl/ability';
import type { RuleAbility } from '../../shared/ability';
import { MembershipRole, MembershipStatus } from './membership-role';
import { GrantRole, type Authority, type Caller, type Role } from './caller';
import { DELEGATION } from './delegation';
import { pathIds } from '../scope/paths';

/**
 * The record types the rules speak of, each a module's entity of the same name (a test holds the
 * two lists equal). A new record type is named here, beside its rules.
 */
export const SUBJECTS = [
  'Body',
  'Person',
  'PersonRelation',
  'Membership',
  'Account',
  'PoolEntry',
  'LeaderGrant',
  'Round',
  'RoundTarget',
  'Assignment',
  'AssignmentMember',
  'Briefing',
  'Activity',
  'IntakeItem',
  'IntakeInformant',
  'Finding',
  'Report',
  'RectificationItem',
  'SupervisionItem',
  'DeeperInquiry',
  'HelpRequest',
  'Evaluation',
  'Talk',
  'TalkInterviewee',
  'RecordsRequest',
  'SavedQuery',
  'TrainingRecord',
  'StaffAssessment',
] as const;
export type SubjectName = (typeof SUBJECTS)[number];

/** The ability the rules build (ability.ts's AppAbility, named here without importing that file, which imports this one). */
type Can = AbilityBuilder<RuleAbility<SubjectName>>['can'];
type Cannot = AbilityBuilder<RuleAbility<SubjectName>>['cannot'];
type RoleRules = (authority: Authority, caller: Caller, can: Can, cannot: Cannot) => void;

const ROSTER: SubjectName[] = ['Body', 'Person', 'PersonRelation', 'Account', 'PoolEntry'];
/** What a roster administrator does to the roster records in its scope (never `approve`: see delegation.ts). */
const KEEP_RECORDS = ['read', 'create', 'update', 'retire'] as const;
const DIRECTORY: SubjectName[] = ['Body', 'Person', 'Membership', 'PoolEntry', 'LeaderGrant'];
/** Every inspection record except the identities of informants and interviewees. */
const INSPECTION: SubjectName[] = [
  'Round',
  'RoundTarget',
  'Assignment',
  'AssignmentMember',
  'Briefing',
  'Activity',
  'IntakeItem',
  'Finding',
  'Report',
  'RectificationItem',
  'SupervisionItem',
  'DeeperInquiry',
  'HelpRequest',
  'LeaderGrant',
  'Evaluation',
  'Talk',
  'RecordsRequest',
];
/** What summaries count; a Round is counted in its plan's report. */
export const SUMMARIZED: SubjectName[] = ['Finding', 'RectificationItem', 'Assignment', 'Round'];
/**
 * The office's records of the inspection staff (office duty 3): training and per-inspection
 * assessments, kept by the office and read by the leading group, never by the staff's peers, nor by
 * analysts or committee leaders. With `review` of the staffing and the grants, which is the reading
 * of a person's service history (staffService).
 */
const STAFF_RECORDS: SubjectName[] = ['TrainingRecord', 'StaffAssessment'];
/** What the staff of an open inspection record themselves. */
const FIELDWORK: SubjectName[] = [
  'Activity',
  'IntakeItem',
  'IntakeInformant',
  'Finding',
  'Evaluation',
  'Talk',
  'TalkInterviewee',
  'RecordsRequest',
];

/** The body `levels` steps up the reporting line from the authority's body (1 = the body it reports to). */
function ancestorId(authority: Authority, levels: number): number | undefined {
  const ids = pathIds(authority.bodyPath);
  return ids[ids.length - 1 - levels];
}

/** The kinds of body a team may ask for help: functional departments and professional bodies. */
const ASKABLE_KINDS = ['DISCIPLINE_COMMISSION', 'ORGANISATION_DEPARTMENT', 'AUDIT_OFFICE', 'PETITION_BUREAU', 'FUNCTIONAL_DEPARTMENT'];

/**
 * What the department asked reads of a request for help sent to it: the request and its answer,
 * never the finding or the deeper inquiry it belongs to (their links are left out of this list).
 */
const HELP_REQUEST_AS_SENT = [
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'assignmentId',
  'scopePath',
  'recipientId',
  'recipientPath',
  'matter',
  'question',
  'wantedBy',
  'status',
  'askedOn',
  'answer',
  'declineReason',
  'answeredOn',
];

/** Every holder of a role sees their own body and the line it reports along. */
const seeOwnLine: RoleRules = (a, _c, can) => {
  can('read', 'Body', { id: { $in: pathIds(a.bodyPath) } });
};

/**
 * Leading-group work reaches every body its committee can send it to inspect, and the people in
 * them: plans name those bodies, and staffing checks who may inspect whom.
 */
function seeJurisdiction(a: Authority, levelsToCommittee: number, can: Can): void {
  const committee = ancestorId(a, levelsToCommittee);
  if (committee !== undefined) can('read', ['Body', 'Person'], { scopePath: { $under: committee } });
}

const teamWork: RoleRules = (a, c, can, cannot) => {
  seeOwnLine(a, c, can, cannot);
  can('read', ['Membership', 'LeaderGrant'], { scopePath: { $under: a.bodyId } });
  if (a.assignmentId === null) return;
  // Staffed on one open inspection (the caller loader drops closed ones): its records and fieldwork.
  const own = { assignmentId: a.assignmentId };
  can('read', 'Assignment', { id: a.assignmentId });
  if (a.targetId !== null) can('read', 'Body', { id: a.targetId });
  can('read', ['AssignmentMember', 'Briefing', 'Report', 'RectificationItem', 'SupervisionItem', ...FIELDWORK], own);
  can(['create', 'update'], FIELDWORK, own);
  can('read', ['IntakeInformant', 'TalkInterviewee'], ['name', 'contact'], own);
  can('escalate', 'Finding', own);
  // Requests for help (method 9): the staff draft them; someone else sends them (the leader, the office).
  can('read', ['HelpRequest', 'DeeperInquiry'], own);
  can(['create', 'update'], 'HelpRequest', own);
  // ... naming the department asked among those under the committee the team works for.
  const committee = ancestorId(a, 2);
  if (committee !== undefined) can('read', 'Body', { scopePath: { $under: committee }, kind: { $in: ASKABLE_KINDS } });
  // A follow-up (回头看) checks whether what the inspection it follows up found was put right, so its
  // team recalls that inspection's findings and rectification items through it: kind, severity,
  // status and progress, never the records, their evidence or the informants (read stays its own).
  if (a.followsUpId) can('recall', ['Finding', 'RectificationItem'], { assignmentId: a.followsUpId });
};

/**
 * The leading-group leader approves the roles that read inspection records, over its committee's
 * tree (the bodies its group may inspect), and so may also reset the password of an account whose
 * roles it could have approved (delegation.ts decides which accounts that is).
 */
const approveRoles: RoleRules = (a, _c, can) => {
  const committee = ancestorId(a, 1);
  if (committee === undefined) return;
  const jurisdiction = { scopePath: { $under: committee } };
  can('read', 'Membership', jurisdiction);
  can('approve', 'Membership', {
    ...jurisdiction,
    status: MembershipStatus.PENDING,
    role: { $in: [...DELEGATION[MembershipRole.LEADING_GROUP_LEADER].approves] },
  });
  can('reset', 'Account', jurisdiction);
};

const leadingGroupWork: RoleRules = (a, c, can, cannot) => {
  seeJurisdiction(a, 1, can);
  can('read', DIRECTORY, { scopePath: { $under: a.bodyId } });
  seeOwnLine(a, c, can, cannot);
  const group = { scopePath: { $under: a.bodyId } };
  can('read', INSPECTION, group);
  can('approve', 'Round', group);
  can('appoint', 'Assignment', group);
  can('hear', 'Report', group);
  can('decide', 'Finding', group);
  can('read', STAFF_RECORDS, group);
  can('review', ['AssignmentMember', 'LeaderGrant'], group);
  can('approve', 'DeeperInquiry', group);
};

export const ROLE_RULES: Record<Role, RoleRules> = {
  [MembershipRole.STAFF]: seeOwnLine,

  [MembershipRole.ROSTER_ADMIN]: (a, c, can, cannot) => {
    seeOwnLine(a, c, can, cannot);
    const scope = { scopePath: { $under: a.bodyId } };
    can([...KEEP_RECORDS], ROSTER, scope);
    can('reset', 'Account', scope);
    can('read', 'Membership', scope);
    // Only the roles this table lets a roster administrator give or propose; approval is another's.
    const { gives, proposes } = DELEGATION[MembershipRole.ROSTER_ADMIN];
    can(['create', 'update', 'retire'], 'Membership', { ...scope, role: { $in: [...gives, ...proposes] } });
    can('read', 'Person', ['idNumber'], { scopePath: { $under: a.bodyId } });
    can('read', 'LeaderGrant', { scopePath: { $under: a.bodyId } });
    // The administered body itself stays: retiring it would leave its administrators without a scope.
    // (Authorities are applied deepest first, so this carves nothing out of a wider administrator's scope.)
    cannot('retire', 'Body', { id: a.bodyId });
  },

  [MembershipRole.ANALYST]: (a, c, can, cannot) => {
    seeOwnLine(a, c, can, cannot);
    can('read', DIRECTORY, { scopePath: { $under: a.bodyId } });
    can('read', INSPECTION, { scopePath: { $under: a.bodyId } });
  },

  [MembershipRole.COMMITTEE_LEADER]: (a, _c, can) => {
    can('read', 'Body', { scopePath: { $under: a.bodyId } });
    // The numbers of the inspections its leading group runs, never the records behind them.
    can('summarize', SUMMARIZED, { scopePath: { $under: a.bodyId } });
  },

  [MembershipRole.LEADING_GROUP_LEADER]: (a, c, can, cannot) => {
    leadingGroupWork(a, c, can, cannot);
    approveRoles(a, c, can, cannot);
  },
  [MembershipRole.LEADING_GROUP_MEMBER]: leadingGroupWork,

  [MembershipRole.OFFICE_COORDINATOR]: (a, c, can, cannot) => {
    seeJurisdiction(a, 2, can);
    seeOwnLine(a, c, can, cannot);
    const leadingGroup = ancestorId(a, 1);
    if (leadingGroup === undefined) return;
    const group = { scopePath: { $under: leadingGroup } };
    can('read', DIRECTORY, group);
    can('read', INSPECTION, group);
    can(['create', 'update'], ['Round', 'RoundTarget', 'Assignment', 'Briefing', 'RectificationItem', 'SupervisionItem'], group);
    can(['advance', 'staff'], 'Assignment', group);
    can('transfer', 'Finding', group);
    can('submit', 'HelpRequest', group);
    can('verify', 'RectificationItem', group);
    can(['read', 'create', 'update'], STAFF_RECORDS, group);
    can('retire', 'TrainingRecord', group);
    can('review', ['AssignmentMember', 'LeaderGrant'], group);
    // An open evaluation can still be closed after its staff have gone (the only change an OPEN one takes).
    can('update', 'Evaluation', { ...group, status: 'OPEN' });
  },

  [MembershipRole.TEAM_MEMBER]: teamWork,

  [GrantRole.TEAM_LEADER]: (a, c, can, cannot) => {
    teamWork(a, c, can, cannot);
    if (a.assignmentId === null) return;
    can(['create', 'update', 'submit'], 'Report', { assignmentId: a.assignmentId });
    can('submit', 'HelpRequest', { assignmentId: a.assignmentId });
    can('create', 'DeeperInquiry', { assignmentId: a.assignmentId });
  },

  [MembershipRole.LIAISON]: (a, c, can, cannot) => {
    seeOwnLine(a, c, can, cannot);
    can(['read', 'progress'], 'RectificationItem', { targetPath: { $under: a.bodyId } });
  },

  [MembershipRole.RECEIVING_MEMBER]: (a, c, can, cannot) => {
    seeOwnLine(a, c, can, cannot);
    can(['read', 'conclude'], 'Finding', { transferredToPath: { $under: a.bodyId } });
    // Requests for help sent to it (never drafts), and of them only what HELP_REQUEST_AS_SENT names.
    const sentToIt = { recipientPath: { $under: a.bodyId }, status: { $in: ['SENT', 'ANSWERED', 'DECLINED'] } };
    can('read', 'HelpRequest', HELP_REQUEST_AS_SENT, sentToIt);
    can('conclude', 'HelpRequest', sentToIt);
  },
};
