import type * as Schema from './generated/graphql';

/** The first value listed twice in a tuple, or never. */
type Repeated<Values extends readonly unknown[], Seen = never> = Values extends readonly [infer First, ...infer Rest]
  ? [First] extends [Seen]
    ? First
    : Repeated<Rest, Seen | First>
  : never;

/** Why a list of values is not every member of `Union` exactly once, or nothing when it is. */
type ExactlyOnce<Union, Values extends readonly unknown[]> = [Exclude<Union, Values[number]>] extends [never]
  ? [Repeated<Values>] extends [never]
    ? unknown
    : { listed_twice: Repeated<Values> }
  : { missing: Exclude<Union, Values[number]> };

/**
 * The values of `Union` in the order given, each exactly once: a value the union lacks, one left
 * out or one listed twice fails the type check, so a list follows the schema's enum it names.
 */
function everyValueOf<Union extends string>() {
  return <const Values extends readonly Union[]>(values: Values & ExactlyOnce<Union, Values>): Values => values;
}

/** Roles as `me.roles` reports them: the membership roles plus the one role a grant gives. */
type HeldRole = Schema.MembershipRole | 'TEAM_LEADER';

/**
 * The API's enums in the order people think of them (the schema lists them alphabetically), and
 * react-admin choices whose names are translation keys `enums.<Enum>.<VALUE>`.
 */
export const ENUMS = {
  BodyKind: everyValueOf<Schema.BodyKind>()([
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
  ]),
  BodyLevel: everyValueOf<Schema.BodyLevel>()(['CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY']),
  CadreRank: everyValueOf<Schema.CadreRank>()([
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
  ]),
  MembershipRole: everyValueOf<Schema.MembershipRole>()([
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
  ]),
  /** Whether a membership is in force: proposed, approved (in force), refused. */
  MembershipStatus: everyValueOf<Schema.MembershipStatus>()(['PENDING', 'APPROVED', 'REFUSED']),
  /** Roles as `me.roles` reports them: the membership roles plus the one role a grant gives. */
  HeldRole: everyValueOf<HeldRole>()([
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
  ]),
  Stage: everyValueOf<Schema.Stage>()(['PREPARATION', 'INQUIRY', 'REPORTING', 'FEEDBACK', 'TRANSFER', 'CLOSED']),
  RoundStatus: everyValueOf<Schema.RoundStatus>()(['DRAFT', 'APPROVED']),
  FindingCategory: everyValueOf<Schema.FindingCategory>()(['CORRUPTION', 'WORK_STYLE', 'POLITICAL_DISCIPLINE', 'PERSONNEL']),
  /** Not a schema enum: the API types `subKind` as a string (see SUB_KINDS). */
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
  ] as const,
  FindingStatus: everyValueOf<Schema.FindingStatus>()(['RECORDED', 'DECIDED', 'TRANSFERRED', 'CONCLUDED']),
  Severity: everyValueOf<Schema.Severity>()(['MINOR', 'SERIOUS', 'GRAVE']),
  Decision: everyValueOf<Schema.Decision>()(['NO_FURTHER_ACTION', 'RECTIFY', 'TRANSFER']),
  WorkMethod: everyValueOf<Schema.WorkMethod>()([
    'HEARING_REPORTS',
    'ATTENDING_MEETINGS',
    'LETTERS_CALLS_VISITS',
    'SYMPOSIUM',
    'INDIVIDUAL_TALK',
    'DOCUMENT_REVIEW',
    'DEMOCRATIC_EVALUATION',
    'FIELD_VISIT',
    'EXPERT_ASSISTANCE',
  ]),
  IntakeChannel: everyValueOf<Schema.IntakeChannel>()(['LETTER', 'CALL', 'VISIT', 'ONLINE']),
  EvaluationKind: everyValueOf<Schema.EvaluationKind>()(['DEMOCRATIC_EVALUATION', 'QUESTIONNAIRE']),
  EvaluationStatus: everyValueOf<Schema.EvaluationStatus>()(['DRAFT', 'OPEN', 'CLOSED']),
  RectificationStatus: everyValueOf<Schema.RectificationStatus>()(['OPEN', 'SUBMITTED', 'CLOSED']),
  SupervisionStatus: everyValueOf<Schema.SupervisionStatus>()(['OPEN', 'DONE']),
  HelpRequestStatus: everyValueOf<Schema.HelpRequestStatus>()(['DRAFT', 'SENT', 'ANSWERED', 'DECLINED']),
  DeeperInquiryStatus: everyValueOf<Schema.DeeperInquiryStatus>()(['PROPOSED', 'APPROVED', 'REFUSED']),
  IntervieweeCategory: everyValueOf<Schema.IntervieweeCategory>()(['LEADING_BODY_MEMBER', 'OTHER_CADRE', 'STAFF_OR_MASSES']),
  RecordsRequestStatus: everyValueOf<Schema.RecordsRequestStatus>()(['REQUESTED', 'PARTLY_RECEIVED', 'RECEIVED']),
  AssessmentGrade: everyValueOf<Schema.AssessmentGrade>()(['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'NOT_COMPETENT']),
  ServiceRole: everyValueOf<Schema.ServiceRole>()(['MEMBER', 'LEADER']),
  Verdict: everyValueOf<Schema.Verdict>()(['CLOSE', 'RETURN']),
};

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
