/**
 * The membership roles and statuses as the API shows them, and the kinds of body each role can be
 * held in. The enums themselves belong to the permission core; the module names them from here.
 */
import { registerEnumType } from 'type-graphql';
import { BodyKind } from '../body/body.enums';
import { MembershipRole, MembershipStatus } from '../../permissions/membership-role';

export { MembershipRole, MembershipStatus };

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'What a membership lets its person do, over the body and everything that reports to it.',
  valuesConfig: {
    STAFF: { description: 'Works in the body; sees the body and the line it reports along.' },
    ROSTER_ADMIN: {
      description:
        'Creates, edits and retires bodies, people, memberships, accounts and pool entries in scope. No access to inspection records.',
    },
    ANALYST: { description: 'Read-only queries and summaries over the scope; never informant identity.' },
    COMMITTEE_LEADER: { description: 'Member of a party committee running an inspection system: reads its summaries.' },
    LEADING_GROUP_LEADER: { description: 'Leads the inspection leading group.' },
    LEADING_GROUP_MEMBER: { description: 'Member of the inspection leading group.' },
    OFFICE_COORDINATOR: { description: 'Works in the leading-group office: runs rounds and assignments.' },
    TEAM_MEMBER: { description: "Works on the team's open assignments." },
    LIAISON: { description: 'Liaison of an inspected body: feedback and rectification addressed to it.' },
    RECEIVING_MEMBER: {
      description:
        'Member of a department that receives transferred matters, or requests for help (an audit office or petition bureau receives only those).',
    },
  },
});

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Whether a membership is in force. A pending or refused membership grants nothing.',
  valuesConfig: {
    PENDING: { description: 'Proposed; takes effect only once a leading-group leader whose scope covers the body approves it.' },
    APPROVED: { description: 'In force from `since` until `until` (a role that needs no second person is approved when created).' },
    REFUSED: { description: 'Refused by a leading-group leader; it never gave its role.' },
  },
});

const ANY_KIND = Object.values(BodyKind);
/** Departments that receive transferred matters, and the professional bodies a team may ask for help (商请协助). */
const RECEIVING_KINDS = [
  BodyKind.DISCIPLINE_COMMISSION,
  BodyKind.ORGANISATION_DEPARTMENT,
  BodyKind.FUNCTIONAL_DEPARTMENT,
  BodyKind.AUDIT_OFFICE,
  BodyKind.PETITION_BUREAU,
];
const TARGET_KINDS = [
  BodyKind.PARTY_COMMITTEE,
  BodyKind.GOVERNMENT_PARTY_GROUP,
  BodyKind.CONGRESS_PARTY_GROUP,
  BodyKind.CPPCC_PARTY_GROUP,
  BodyKind.FUNCTIONAL_DEPARTMENT,
  BodyKind.OTHER_UNIT,
];

/** Which kinds of body each role can be held in. */
export const ROLE_BODY_KINDS: Record<MembershipRole, readonly BodyKind[]> = {
  [MembershipRole.STAFF]: ANY_KIND,
  [MembershipRole.ROSTER_ADMIN]: ANY_KIND,
  [MembershipRole.ANALYST]: ANY_KIND,
  [MembershipRole.COMMITTEE_LEADER]: [BodyKind.PARTY_COMMITTEE],
  [MembershipRole.LEADING_GROUP_LEADER]: [BodyKind.LEADING_GROUP],
  [MembershipRole.LEADING_GROUP_MEMBER]: [BodyKind.LEADING_GROUP],
  [MembershipRole.OFFICE_COORDINATOR]: [BodyKind.OFFICE],
  [MembershipRole.TEAM_MEMBER]: [BodyKind.INSPECTION_TEAM],
  [MembershipRole.LIAISON]: TARGET_KINDS,
  [MembershipRole.RECEIVING_MEMBER]: RECEIVING_KINDS,
};
