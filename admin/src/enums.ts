/**
 * The API's enums in the order people think of them (the schema lists them alphabetically), and
 * react-admin choices whose names are translation keys `enums.<Enum>.<VALUE>`.
 */
export const ENUMS = {
  BodyKind: [
    'PARTY_COMMITTEE',
    'LEADING_GROUP',
    'OFFICE',
    'INSPECTION_TEAM',
    'DISCIPLINE_COMMISSION',
    'ORGANISATION_DEPARTMENT',
    'AUDIT_OFFICE',
    'PETITION_BUREAU',
    'GOVERNMENT_PARTY_GROUP',
    'CONGRESS_PARTY_GROUP',
    'CPPCC_PARTY_GROUP',
    'FUNCTIONAL_DEPARTMENT',
    'OTHER_UNIT',
  ],
  BodyLevel: ['CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'],
  CadreRank: [
    'NATIONAL',
    'DEPUTY_NATIONAL',
    'MINISTERIAL',
    'DEPUTY_MINISTERIAL',
    'BUREAU',
    'DEPUTY_BUREAU',
    'DIVISION',
    'DEPUTY_DIVISION',
    'SECTION',
    'DEPUTY_SECTION',
    'STAFF',
  ],
  MembershipRole: [
    'ROSTER_ADMIN',
    'COMMITTEE_LEADER',
    'LEADING_GROUP_LEADER',
    'LEADING_GROUP_MEMBER',
    'OFFICE_COORDINATOR',
    'TEAM_MEMBER',
    'ANALYST',
    'LIAISON',
    'RECEIVING_MEMBER',
    'STAFF',
  ],
  /** Whether a membership is in force: proposed, approved (in force), refused. */
  MembershipStatus: ['PENDING', 'APPROVED', 'REFUSED'],
  /** Roles as `me.roles` reports them: the membership roles plus the one role a grant gives. */
  HeldRole: [
    'ROSTER_ADMIN',
    'COMMITTEE_LEADER',
    'LEADING_GROUP_LEADER',
    'LEADING_GROUP_MEMBER',
    'OFFICE_COORDINATOR',
    'TEAM_MEMBER',
    'TEAM_LEADER',
    'ANALYST',
    'LIAISON',
    'RECEIVING_MEMBER',
    'STAFF',
  ],
  Stage: ['PREPARATION', 'INQUIRY', 'REPORTING', 'FEEDBACK', 'TRANSFER', 'CLOSED'],
  RoundStatus: ['DRAFT', 'APPROVED'],
  FindingCategory: ['CORRUPTION', 'WORK_STYLE', 'POLITICAL_DISCIPLINE', 'PERSONNEL'],
  FindingSubKind: [
    'POWER_FOR_MONEY',
    'ABUSE_FOR_PRIVATE_GAIN',
    'EMBEZZLEMENT_BRIBERY',
    'MORAL_DEGENERATION',
    'FORMALISM',
    'BUREAUCRATISM',
    'HEDONISM',
    'EXTRAVAGANCE',
    'PUBLIC_OPPOSITION',
    'EVADING_POLICY',
    'BUYING_SELLING_POSTS',
    'VOTE_BUYING',
    'IRREGULAR_PROMOTION',
  ],
  FindingStatus: ['RECORDED', 'DECIDED', 'TRANSFERRED', 'CONCLUDED'],
  Severity: ['MINOR', 'SERIOUS', 'GRAVE'],
  Decision: ['NO_FURTHER_ACTION', 'RECTIFY', 'TRANSFER'],
  WorkMethod: [
    'HEARING_REPORTS',
    'ATTENDING_MEETINGS',
    'LETTERS_CALLS_VISITS',
    'SYMPOSIUM',
    'INDIVIDUAL_TALK',
    'DOCUMENT_REVIEW',
    'DEMOCRATIC_EVALUATION',
    'FIELD_VISIT',
    'EXPERT_ASSISTANCE',
  ],
  IntakeChannel: ['LETTER', 'CALL', 'VISIT', 'ONLINE'],
  RectificationStatus: ['OPEN', 'SUBMITTED', 'CLOSED'],
  SupervisionStatus: ['OPEN', 'DONE'],
  Verdict: ['CLOSE', 'RETURN'],
} as const;

export type EnumName = keyof typeof ENUMS;

export interface Choice {
  id: string;
  name: string;
}

/** Choices for SelectField/SelectInput; react-admin translates the names. */
export function enumChoices(name: EnumName): Choice[] {
  return ENUMS[name].map((value) => ({ id: value, name: `enums.${name}.${value}` }));
}

/**
 * The sub-kinds of each finding category, as the API checks them (server/modules/finding/finding.enums.ts;
 * a test keeps the two equal). The API types `subKind` as a string, so the pairing lives here.
 */
export const SUB_KINDS: Record<(typeof ENUMS.FindingCategory)[number], readonly (typeof ENUMS.FindingSubKind)[number][]> = {
  CORRUPTION: ['POWER_FOR_MONEY', 'ABUSE_FOR_PRIVATE_GAIN', 'EMBEZZLEMENT_BRIBERY', 'MORAL_DEGENERATION'],
  WORK_STYLE: ['FORMALISM', 'BUREAUCRATISM', 'HEDONISM', 'EXTRAVAGANCE'],
  POLITICAL_DISCIPLINE: ['PUBLIC_OPPOSITION', 'EVADING_POLICY'],
  PERSONNEL: ['BUYING_SELLING_POSTS', 'VOTE_BUYING', 'IRREGULAR_PROMOTION'],
};

/** The sub-kinds a finding of `category` may have; none until a category is chosen. */
export function subKindChoices(category: unknown): Choice[] {
  const subKinds = SUB_KINDS[category as keyof typeof SUB_KINDS] ?? [];
  return subKinds.map((value) => ({ id: value, name: `enums.FindingSubKind.${value}` }));
}
