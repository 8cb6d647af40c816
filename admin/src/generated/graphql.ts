export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** What one may do to a record (the verbs the permission rules speak of). */
export type AccessAction =
  /** Move an inspection to its next stage (office). */
  | 'ADVANCE'
  /** Name an inspection's leader (leading group). */
  | 'APPOINT'
  /** Approve a plan (leading group), or approve or refuse a proposed membership (leading-group leader). */
  | 'APPROVE'
  /** Record the outcome of a transferred finding (receiving department). */
  | 'CONCLUDE'
  /** Create one. */
  | 'CREATE'
  /** Decide how a finding is used (leading group). */
  | 'DECIDE'
  /** Flag a finding urgent (the team). */
  | 'ESCALATE'
  /** Record the hearing of a report (leading group). */
  | 'HEAR'
  /** Every action. */
  | 'MANAGE'
  /** Record a rectification item's progress (the target's liaison). */
  | 'PROGRESS'
  /** Read it (and find it in lists). */
  | 'READ'
  /** See it through a follow-up inspection: its kind, severity, status and rectification progress. */
  | 'RECALL'
  /** Set a new password on someone else's account. */
  | 'RESET'
  /** Take it out of service. */
  | 'RETIRE'
  /** Read it as a line of the person's service history (the office, the leading group, the person). */
  | 'REVIEW'
  /** Staff an inspection (office). */
  | 'STAFF'
  /** Submit a report (the granted leader). */
  | 'SUBMIT'
  /** Count it in a summary. */
  | 'SUMMARIZE'
  /** Transfer a finding (office). */
  | 'TRANSFER'
  /** Change it. */
  | 'UPDATE'
  /** Close off or return a rectification item (office). */
  | 'VERIFY';

/** Whether an account may act on a record, and the rule that decided it. */
export type AccessExplanation = {
  /** The account asked about. */
  accountId: Scalars['Int']['output'];
  /** Whether the action is allowed. */
  allowed: Scalars['Boolean']['output'];
  /** The answer in plain words; what you may not read is named only as a rule, body or inspection you cannot see. */
  explanation: Scalars['String']['output'];
  /** The body the role is held in; null when you may not read it. */
  holderBodyId: Maybe<Scalars['Int']['output']>;
  /** That account's login. */
  login: Scalars['String']['output'];
  /** When a reporting path decided: the body ids from the record's body up to the role's body, leaving out any you may not read. */
  path: Array<Scalars['Int']['output']>;
  /** How the deciding rule relates the record to the account. */
  relation: AccessRelation;
  /** The role whose rule decided (a MembershipRole, or TEAM_LEADER for a leader grant); null for own records, no rule, or a rule from a record you may not read. */
  role: Maybe<Scalars['String']['output']>;
  /** Where the role comes from: `membership:<id>`, `grant:<id>`, `staffing:<id>`, `own`, or the name of a rule every account has; null when no rule decided or you may not read the record the role comes from. */
  source: Maybe<Scalars['String']['output']>;
};

/** How the deciding rule relates the record to the account. */
export type AccessRelation =
  /** The rectification item is addressed to the account's body. */
  | 'ADDRESSED_TO'
  /** The rule covers every record of the kind. */
  | 'ANY'
  /** No rule speaks to it: denied by default. */
  | 'NONE'
  /** A rule of the account decided, but it comes from a membership, leader grant or staffing you may not read: only the decision is given, not the role, the body or the path. */
  | 'NOT_VISIBLE'
  /** The record is a body on the reporting line of the account's own body. */
  | 'OWN_LINE'
  /** The record is the account's own (its person, account, memberships, saved queries). */
  | 'OWN_RECORD'
  /** The record's body reports, directly or along the tree, to the body the account holds a role in. */
  | 'REPORTING_LINE'
  /** The account is staffed on (or leads) the inspection the record belongs to, or the record is the body that inspection inspects. */
  | 'STAFFED_ON'
  /** The finding was transferred to the account's department. */
  | 'TRANSFERRED_TO';

/** A login for a person. Administered within the scope of the body that employs the person. */
export type Account = {
  /** A deactivated account cannot sign in, and its tokens stop working at once. */
  active: Scalars['Boolean']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Last successful sign-in (ISO-8601, UTC). */
  lastLoginAt: Maybe<Scalars['String']['output']>;
  /** Locked after repeated failed sign-ins until this instant (ISO-8601, UTC); resetting the password unlocks it at once. */
  lockedUntil: Maybe<Scalars['String']['output']>;
  /** Login name, unique, case-insensitive (stored in lower case). */
  login: Scalars['String']['output'];
  /** Set on an account whose password someone else chose (a first administrator, a reset): until its holder chooses a new one, it may do nothing else. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** The person; null when outside your scope. */
  person: Maybe<Person>;
  /** The person. */
  personId: Scalars['Int']['output'];
  /** The name of the person who signs in with it, even where you may not read that record itself; null when there is none. */
  personLabel: Maybe<Label>;
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of accounts; all given conditions must hold. */
export type AccountFilter = {
  /** Only active (true) or only deactivated (false) accounts. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The person. */
  personId?: InputMaybe<Scalars['Int']['input']>;
  /** Text found in the login name (at most 60 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Account records and how many match in all. */
export type AccountList = {
  /** The records on this page. */
  items: Array<Account>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Account list; the id always breaks ties. */
export type AccountSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: AccountSortField;
};

/** The fields a Account list can be sorted by. */
export type AccountSortField =
  | 'CREATED_AT'
  | 'LAST_LOGIN_AT'
  | 'LOGIN';

/** Something a team did during inquiry, by one of the nine methods. */
export type Activity = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** What was done. */
  description: Scalars['String']['output'];
  /** Day it took place (YYYY-MM-DD). */
  heldOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Which of the nine methods. */
  method: WorkMethod;
  /** How many people were talked to or took part. */
  peopleReached: Scalars['Int']['output'];
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A page of Activity records and how many match in all. */
export type ActivityList = {
  /** The records on this page. */
  items: Array<Activity>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Activity list; the id always breaks ties. */
export type ActivitySort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: ActivitySortField;
};

/** The fields a Activity list can be sorted by. */
export type ActivitySortField =
  | 'CREATED_AT'
  | 'HELD_ON'
  | 'METHOD'
  | 'PEOPLE_REACHED';

/** The department's answer to a request sent to it (its receiving members). */
export type AnswerHelpRequestInput = {
  /** The answer (at most 10000 characters). */
  answer: Scalars['String']['input'];
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Names an inspection's team leader from the leading group's pool, for this inspection only (一次一授权). */
export type AppointLeaderInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** The entry in the leading group's team-leader pool. */
  poolEntryId: Scalars['Int']['input'];
  /** First day of the grant (YYYY-MM-DD). */
  validFrom: Scalars['String']['input'];
  /** Last day of the grant (YYYY-MM-DD); it also ends when the inspection closes. */
  validUntil: Scalars['String']['input'];
};

/** The grade the office gives a person's work on one inspection. */
export type AssessmentGrade =
  /** 基本称职: basically competent. */
  | 'BASICALLY_COMPETENT'
  /** 称职: competent. */
  | 'COMPETENT'
  /** 优秀: excellent. */
  | 'EXCELLENT'
  /** 不称职: not competent. */
  | 'NOT_COMPETENT';

/** One inspection: a team inspecting a target within an approved plan (巡视任务). */
export type Assignment = {
  /** Day the assignment closed (YYYY-MM-DD). */
  closedOn: Maybe<Scalars['String']['output']>;
  /** Announced contact channels (phone, mailbox, post box), as published to the target. */
  contactChannels: Scalars['String']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The documents it can be drafted into in its stage, in the order of the procedure: GET /documents/assignments/<id>/<name in lower case>.docx. Each prints only what you may read. */
  documents: Array<InspectionDocument>;
  /** The findings of the earlier inspection this one follows up, oldest first, each with its rectification items' progress: those you may read, or, on the follow-up's team, recall through it. Empty when it follows none up. */
  earlierFindings: Array<EarlierFinding>;
  /** How far all the rectification items of the earlier inspection this one follows up went, with or without a finding: those you may read or, on the follow-up's team, recall. Null when it follows none up. */
  earlierRectification: Maybe<RectificationProgress>;
  /** Planned last day on site (YYYY-MM-DD). */
  endsOn: Scalars['String']['output'];
  /** The earlier inspection this one follows up (回头看); null when it follows none up or that one is outside your scope. */
  followsUp: Maybe<Assignment>;
  /** The earlier inspection of the same target this one follows up (回头看): one past feedback or closed; null when it is not a follow-up. */
  followsUpId: Maybe<Scalars['Int']['output']>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Leadership grants for it, newest first. */
  leaderGrants: Array<LeaderGrant>;
  /** The next stage change: who takes it, the conditions it still lacks (those advanceAssignment refuses with) and warnings when it runs ahead of the planned dates. Null once closed. */
  nextStep: Maybe<NextStep>;
  /** Day the notice was sent to the target (YYYY-MM-DD). */
  noticeSentOn: Maybe<Scalars['String']['output']>;
  /** The path of the public intake page for this inspection (print it as a QR code for the target). Null unless it is in inquiry and you may take intake for it or run it. */
  publicIntakePath: Maybe<Scalars['String']['output']>;
  /** The plan; null when outside your scope. */
  round: Maybe<Round>;
  /** The approved plan it belongs to. */
  roundId: Scalars['Int']['output'];
  /** The name of its plan, even where you may not read that record itself; null when there is none. */
  roundLabel: Maybe<Label>;
  /** The people staffed on it: those serving now, or also those taken off. */
  staff: Array<AssignmentMember>;
  /** Where the inspection stands. */
  stage: Stage;
  /** Planned first day on site (YYYY-MM-DD). */
  startsOn: Scalars['String']['output'];
  /** The inspected body; null when outside your scope. */
  target: Maybe<Body>;
  /** The inspected body (被巡视党组织). */
  targetId: Scalars['Int']['output'];
  /** The name of the inspected body, even where you may not read that record itself; null when there is none. */
  targetLabel: Maybe<Label>;
  /** The target's reporting path. */
  targetPath: Scalars['String']['output'];
  /** The team; null when outside your scope. */
  team: Maybe<Body>;
  /** The inspection team. */
  teamId: Scalars['Int']['output'];
  /** The name of the team, even where you may not read that record itself; null when there is none. */
  teamLabel: Maybe<Label>;
  /** The team's reporting path; decides who may see the inspection's records. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
  /** The work plan (工作方案). */
  workPlan: Scalars['String']['output'];
};


/** One inspection: a team inspecting a target within an approved plan (巡视任务). */
export type AssignmentLeaderGrantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One inspection: a team inspecting a target within an approved plan (巡视任务). */
export type AssignmentStaffArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  withRemoved?: Scalars['Boolean']['input'];
};

/** What inspections can be grouped by. */
export type AssignmentDimension =
  /** The month it starts (YYYY-MM). */
  | 'MONTH'
  /** The plan (its round id). */
  | 'ROUND'
  /** The current stage (Stage). */
  | 'STAGE'
  /** The inspected body (its id). */
  | 'TARGET'
  /** The inspected body's administrative level (BodyLevel). */
  | 'TARGET_LEVEL'
  /** The inspection team (its body id). */
  | 'TEAM';

/** Narrows a list of inspections. */
export type AssignmentFilter = {
  /** Only the follow-up inspections (回头看) of this earlier inspection. */
  followsUpId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only follow-up inspections (true) or only first inspections (false). */
  isFollowUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only inspections of this plan. */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only inspections in these stages. */
  stages?: InputMaybe<Array<Stage>>;
  /** Only inspections of this target. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only inspections by this team. */
  teamId?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Assignment records and how many match in all. */
export type AssignmentList = {
  /** The records on this page. */
  items: Array<Assignment>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person staffed on one inspection. Leadership comes only from a LeaderGrant. */
export type AssignmentMember = {
  /** The inspection. */
  assignmentId: Scalars['Int']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The person; null when outside your scope. */
  person: Maybe<Person>;
  /** The person. */
  personId: Scalars['Int']['output'];
  /** The name of the person, even where you may not read that record itself; null when there is none. */
  personLabel: Maybe<Label>;
  /** The justification the office recorded when it staffed this person despite a recusal ground (回避例外); null when none was needed. */
  recusalException: Maybe<Scalars['String']['output']>;
  /** The person who took them off; null while they serve. */
  removedById: Maybe<Scalars['Int']['output']>;
  /** Day the office took the person off the inspection (YYYY-MM-DD); null while they serve on it. */
  removedOn: Maybe<Scalars['String']['output']>;
  /** Why the person was taken off, as the office recorded it; null while they serve. */
  removedReason: Maybe<Scalars['String']['output']>;
  /** The team's reporting path; decides who may see it. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of inspection records. */
export type AssignmentRecordFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a Assignment list; the id always breaks ties. */
export type AssignmentSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: AssignmentSortField;
};

/** The fields a Assignment list can be sorted by. */
export type AssignmentSortField =
  | 'CREATED_AT'
  | 'ENDS_ON'
  | 'STAGE'
  | 'STARTS_ON';

/** A batch of one-time ballot links. The keys are shown this once: only their hashes are kept, so print them now. */
export type BallotLinks = {
  /** The evaluation. */
  evaluationId: Scalars['Int']['output'];
  /** Day they were issued (YYYY-MM-DD). */
  issuedOn: Scalars['String']['output'];
  /** The links, as paths under the server’s public address (/ballot/<key>); each opens one ballot once. */
  paths: Array<Scalars['String']['output']>;
};

/** An organisation (机构) in the reporting tree. Every permission follows this tree: a role held in a body reaches that body and every body reporting to it, transitively. */
export type Body = {
  /** Bodies reporting directly to this one (in service), by name. */
  children: Array<Body>;
  /** Stable short code, unique across all bodies (e.g. `C-LG` for the central leading group). */
  code: Scalars['String']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The hosting body; null when none or outside your scope. */
  hostedBy: Maybe<Body>;
  /** The body that hosts this one (an office is hosted by the discipline commission). Informational: it grants nothing. */
  hostedById: Maybe<Scalars['Int']['output']>;
  /** The name of the body hosting it, even where you may not read that record itself; null when there is none. */
  hostedByLabel: Maybe<Label>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** What kind of organisation it is. */
  kind: BodyKind;
  /** Administrative level. */
  level: BodyLevel;
  /** Memberships in this body, newest first by start day. */
  members: Array<Membership>;
  /** Official name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** The body this one reports to; null at the root or when outside your scope. */
  parent: Maybe<Body>;
  /** Ids of the reporting line from the root down to this body, e.g. `/1/4/17/`. */
  path: Scalars['String']['output'];
  /** The body this one reports to; null for a root such as the Central Committee. */
  reportsToId: Maybe<Scalars['Int']['output']>;
  /** The name of the body it reports to, even where you may not read that record itself; null when there is none. */
  reportsToLabel: Maybe<Label>;
  /** Day the body was retired (YYYY-MM-DD); null while it is in service. */
  retiredOn: Maybe<Scalars['String']['output']>;
  /** Bodies under this one at any depth (in service), in tree order. */
  subtree: Array<Body>;
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};


/** An organisation (机构) in the reporting tree. Every permission follows this tree: a role held in a body reaches that body and every body reporting to it, transitively. */
export type BodyChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (机构) in the reporting tree. Every permission follows this tree: a role held in a body reaches that body and every body reporting to it, transitively. */
export type BodyMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (机构) in the reporting tree. Every permission follows this tree: a role held in a body reaches that body and every body reporting to it, transitively. */
export type BodySubtreeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows a list of bodies; all given conditions must hold. */
export type BodyFilter = {
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Include retired bodies. */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only bodies of these kinds. */
  kinds?: InputMaybe<Array<BodyKind>>;
  /** Only bodies at these levels. */
  levels?: InputMaybe<Array<BodyLevel>>;
  /** Text found in the name, English name or code (at most 100 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only bodies reporting directly to this body. */
  reportsToId?: InputMaybe<Scalars['Int']['input']>;
  /** Only this body and the bodies under it, transitively. */
  under?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of organisation a body is. */
export type BodyKind =
  /** Audit office (审计署/审计厅). */
  | 'AUDIT_OFFICE'
  /** Party group of a people's congress standing committee (人大常委会党组). */
  | 'CONGRESS_PARTY_GROUP'
  /** Party group of a CPPCC committee (政协党组). */
  | 'CPPCC_PARTY_GROUP'
  /** Discipline inspection commission (纪委/监察部). */
  | 'DISCIPLINE_COMMISSION'
  /** Other functional department (职能部门) that may receive transferred matters. */
  | 'FUNCTIONAL_DEPARTMENT'
  /** Party group of a government (政府党组). */
  | 'GOVERNMENT_PARTY_GROUP'
  /** Inspection team (巡视组); reports to the leading group. */
  | 'INSPECTION_TEAM'
  /** Inspection work leading group (巡视工作领导小组); reports to its committee. */
  | 'LEADING_GROUP'
  /** Leading-group office (领导小组办公室), hosted by the discipline commission. */
  | 'OFFICE'
  /** Organisation department (组织部). */
  | 'ORGANISATION_DEPARTMENT'
  /** Any other unit the committee names for inspection. */
  | 'OTHER_UNIT'
  /** Party committee (党委) that runs an inspection system, e.g. the Central Committee or a provincial committee. */
  | 'PARTY_COMMITTEE'
  /** Petition bureau (信访局). */
  | 'PETITION_BUREAU';

/** Administrative level of a body. */
export type BodyLevel =
  /** 中央 */
  | 'CENTRAL'
  /** 县级 */
  | 'COUNTY'
  /** 地市级 */
  | 'MUNICIPAL'
  /** 省级 (provinces, autonomous regions, municipalities) */
  | 'PROVINCIAL';

/** A page of Body records and how many match in all. */
export type BodyList = {
  /** The records on this page. */
  items: Array<Body>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Body list; the id always breaks ties. */
export type BodySort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: BodySortField;
};

/** The fields a Body list can be sorted by. */
export type BodySortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'KIND'
  | 'LEVEL'
  | 'NAME'
  | 'PATH';

/** Background on the target's leadership requested during preparation from the discipline commission, organisation department, audit office or petition bureau. */
export type Briefing = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Day the background arrived (YYYY-MM-DD); null while awaited. */
  receivedOn: Maybe<Scalars['String']['output']>;
  /** Day it was requested (YYYY-MM-DD). */
  requestedOn: Scalars['String']['output'];
  /** The body asked; null when outside your scope. */
  sourceBody: Maybe<Body>;
  /** The body asked for background. */
  sourceBodyId: Scalars['Int']['output'];
  /** The name of the body asked, even where you may not read that record itself; null when there is none. */
  sourceBodyLabel: Maybe<Label>;
  /** What the background says. */
  summary: Scalars['String']['output'];
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A page of Briefing records and how many match in all. */
export type BriefingList = {
  /** The records on this page. */
  items: Array<Briefing>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Briefing list; the id always breaks ties. */
export type BriefingSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: BriefingSortField;
};

/** The fields a Briefing list can be sorted by. */
export type BriefingSortField =
  | 'CREATED_AT'
  | 'RECEIVED_ON'
  | 'REQUESTED_ON';

/** Cadre rank (职级), highest first. */
export type CadreRank =
  /** 正厅级 (司局级正职) */
  | 'BUREAU'
  /** 副厅级 (司局级副职) */
  | 'DEPUTY_BUREAU'
  /** 副处级 (县处级副职) */
  | 'DEPUTY_DIVISION'
  /** 副部级 (省部级副职) */
  | 'DEPUTY_MINISTERIAL'
  /** 副国级 */
  | 'DEPUTY_NATIONAL'
  /** 副科级 */
  | 'DEPUTY_SECTION'
  /** 正处级 (县处级正职) */
  | 'DIVISION'
  /** 正部级 (省部级正职) */
  | 'MINISTERIAL'
  /** 正国级 */
  | 'NATIONAL'
  /** 正科级 */
  | 'SECTION'
  /** 科员及以下 */
  | 'STAFF';

/** A sentence of the message catalogue, as refusals carry them: its key and parameters, for a client to word in its reader's language, and its English text. */
export type CatalogueMessage = {
  /** The key of the sentence in the catalogue (the same keys as `extensions.messageKey` of a refusal). */
  key: Scalars['String']['output'];
  /** Its parameters, by name. */
  params: Scalars['JSON']['output'];
  /** The sentence in English. */
  text: Scalars['String']['output'];
};

/** Your own new password, with the current one as proof. */
export type ChangePasswordInput = {
  /** Your current password (at most 200 characters). */
  currentPassword: Scalars['String']['input'];
  /** The new password, 10 to 200 characters, not the current one. */
  newPassword: Scalars['String']['input'];
};

/** The outcome a receiving department records for a transferred finding. */
export type ConcludeFindingInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The outcome (at most 5000 characters). */
  outcome: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A new login for a person. */
export type CreateAccountInput = {
  /** Login name: lower-case letters, digits, dots, hyphens, underscores; 3 to 60 characters. */
  login: Scalars['String']['input'];
  /** Initial password, 10 to 200 characters. */
  password: Scalars['String']['input'];
  /** The person it signs in as; must be on a roster you administer. */
  personId: Scalars['Int']['input'];
};

/** Records something the team did during inquiry (its staff). */
export type CreateActivityInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** What was done (at most 10000 characters). */
  description: Scalars['String']['input'];
  /** Day it took place (YYYY-MM-DD). */
  heldOn: Scalars['String']['input'];
  /** Which of the nine methods. */
  method: WorkMethod;
  /** How many people were talked to or took part. */
  peopleReached: Scalars['Int']['input'];
};

/** A new inspection within an approved plan (the office). */
export type CreateAssignmentInput = {
  /** Planned last day on site (YYYY-MM-DD). */
  endsOn: Scalars['String']['input'];
  /** The earlier inspection of the same target this one follows up (回头看): one you may read, past feedback or closed. */
  followsUpId?: InputMaybe<Scalars['Int']['input']>;
  /** The approved plan. */
  roundId: Scalars['Int']['input'];
  /** Planned first day on site (YYYY-MM-DD). */
  startsOn: Scalars['String']['input'];
  /** The body to inspect; one the plan names. */
  targetId: Scalars['Int']['input'];
  /** The inspection team; one of the plan's leading group. */
  teamId: Scalars['Int']['input'];
  /** The work plan (工作方案), at most 10000 characters. */
  workPlan: Scalars['String']['input'];
};

/** A new body in the reporting tree. */
export type CreateBodyInput = {
  /** Stable short code, unique across all bodies (at most 40 characters). */
  code: Scalars['String']['input'];
  /** The hosting body (informational; grants nothing). */
  hostedById?: InputMaybe<Scalars['Int']['input']>;
  /** What kind of organisation it is. */
  kind: BodyKind;
  /** Administrative level. */
  level: BodyLevel;
  /** Official name in Chinese (at most 120 characters). */
  name: Scalars['String']['input'];
  /** Name in English (at most 200 characters). */
  nameEn: Scalars['String']['input'];
  /** The body it reports to; must be one you administer. */
  reportsToId: Scalars['Int']['input'];
};

/** Sets up an evaluation of the target’s leading body and its members (the staff of the open inspection). */
export type CreateEvaluationInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** Democratic evaluation or questionnaire. */
  kind: EvaluationKind;
  /** The persons to rate besides the leading body as a whole (at most 60), each employed at the target or a body under it. */
  personIds: Array<Scalars['Int']['input']>;
  /** Free questions answered in text (at most 20, each at most 500 characters). */
  questions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title shown on the ballot page (at most 200 characters). */
  title: Scalars['String']['input'];
};

/** Records a finding (the staff of the inspection). */
export type CreateFindingInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** Which of the four focus areas. */
  category: FindingCategory;
  /** Summary of the evidence (at most 10000 characters). */
  evidenceSummary: Scalars['String']['input'];
  /** How serious it is. */
  severity: Severity;
  /** The work method through which it came to light. */
  sourceMethod: WorkMethod;
  /** The individual talk of the same inspection it came from, if any; then the source method is INDIVIDUAL_TALK. */
  sourceTalkId?: InputMaybe<Scalars['Int']['input']>;
  /** The sub-kind within the category (at most 40 characters). */
  subKind: Scalars['String']['input'];
  /** The cadre it concerns, if any. */
  subjectPersonId?: InputMaybe<Scalars['Int']['input']>;
};

/** A request for help drafted by the staff of an open inspection; sent later by another person. */
export type CreateHelpRequestInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** The approved deeper inquiry it belongs to, if any (of the same inspection and finding). */
  deeperInquiryId?: InputMaybe<Scalars['Int']['input']>;
  /** The finding it is about, if any (one of this inspection's). */
  findingId?: InputMaybe<Scalars['Int']['input']>;
  /** The matter, as the department needs to know it (at most 10000 characters). */
  matter: Scalars['String']['input'];
  /** What the team asks (at most 10000 characters). */
  question: Scalars['String']['input'];
  /** The department or professional body asked: a discipline commission, organisation department, audit office, petition bureau or functional department. */
  recipientId: Scalars['Int']['input'];
  /** Day by which an answer is wanted (YYYY-MM-DD); not before today. */
  wantedBy: Scalars['String']['input'];
};

/** Records a letter, call or visit (the staff of the inspection, during inquiry). */
export type CreateIntakeItemInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** How it arrived. */
  channel: IntakeChannel;
  /** What it reports (at most 10000 characters). */
  content: Scalars['String']['input'];
  /** The informant; omit for an anonymous report. */
  informant?: InputMaybe<InformantInput>;
  /** Day it arrived (YYYY-MM-DD). */
  receivedOn: Scalars['String']['input'];
};

/** A new membership: a person holding a role in a body. */
export type CreateMembershipInput = {
  /** The body; must be one you administer, of a kind the role allows. */
  bodyId: Scalars['Int']['input'];
  /** The person. */
  personId: Scalars['Int']['input'];
  /** The role held. */
  role: MembershipRole;
  /** First day (YYYY-MM-DD). */
  since: Scalars['String']['input'];
  /** Last day (YYYY-MM-DD); open-ended when omitted. */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** A new person on a roster. */
export type CreatePersonInput = {
  /** The employing body; must be one you administer. */
  employerId: Scalars['Int']['input'];
  /** Resident identity card number (protected): 18 characters. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** The body holding cadre management authority over the person. */
  managedById: Scalars['Int']['input'];
  /** Full name (at most 60 characters). */
  name: Scalars['String']['input'];
  /** Current position (职务), at most 120 characters. */
  position: Scalars['String']['input'];
  /** Cadre rank (职级). */
  rank: CadreRank;
};

/** Records a relative of a person who is a cadre of some body (a roster administrator of the person). */
export type CreatePersonRelationInput = {
  /** The person whose relative it is. */
  personId: Scalars['Int']['input'];
  /** How they are related (配偶, 子女, 父母, 兄弟姐妹 …), at most 40 characters. */
  relation: Scalars['String']['input'];
  /** The body where the relative is a cadre. */
  relativeBodyId: Scalars['Int']['input'];
  /** Name of the relative (at most 60 characters). */
  relativeName: Scalars['String']['input'];
};

/** A new entry in a leading group's team-leader pool. */
export type CreatePoolEntryInput = {
  /** The leading group whose pool it is; must be in your scope. */
  leadingGroupId: Scalars['Int']['input'];
  /** Qualifications and remarks (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The person. */
  personId: Scalars['Int']['input'];
  /** First day in the pool (YYYY-MM-DD). */
  since: Scalars['String']['input'];
};

/** Records what the team asked the target for (the staff of the inspection, during inquiry). */
export type CreateRecordsRequestInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** What is asked for: documents, archives, minutes (at most 10000 characters). */
  description: Scalars['String']['input'];
  /** Day it is due (YYYY-MM-DD); not before the day asked. */
  dueOn: Scalars['String']['input'];
  /** Day it was asked for (YYYY-MM-DD); not after today. */
  requestedOn: Scalars['String']['input'];
};

/** A rectification item sent to the target with the feedback (the office). */
export type CreateRectificationItemInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** Deadline (YYYY-MM-DD). */
  deadline: Scalars['String']['input'];
  /** What must be rectified (at most 10000 characters). */
  description: Scalars['String']['input'];
  /** The finding it answers, if any. */
  findingId?: InputMaybe<Scalars['Int']['input']>;
};

/** A new plan, drafted by the office of the leading group. */
export type CreateRoundInput = {
  /** The leading group whose plan it is. */
  leadingGroupId: Scalars['Int']['input'];
  /** The round number within the year. */
  number: Scalars['Int']['input'];
  /** The bodies to inspect (1 to 100). */
  targetIds: Array<Scalars['Int']['input']>;
  /** Title of the plan (at most 200 characters). */
  title: Scalars['String']['input'];
  /** The year (2000 to 2100). */
  year: Scalars['Int']['input'];
};

/** A query to keep in your query workbench. */
export type CreateSavedQueryInput = {
  /** Its name, unique among your saved queries (1 to 100 characters). */
  name: Scalars['String']['input'];
  /** The GraphQL document (at most 15000 characters). */
  query: Scalars['String']['input'];
  /** The variables as a JSON object (at most 5000 characters); none when omitted or blank. */
  variables?: InputMaybe<Scalars['String']['input']>;
};

/** The office's assessment of one person's work on one inspection they served on. */
export type CreateStaffAssessmentInput = {
  /** Day of the assessment (YYYY-MM-DD); today when omitted. */
  assessedOn?: InputMaybe<Scalars['String']['input']>;
  /** The inspection: one in REPORTING or a later stage. */
  assignmentId: Scalars['Int']['input'];
  /** The comment that explains the grade (at most 10000 characters). */
  comment: Scalars['String']['input'];
  /** The grade. */
  grade: AssessmentGrade;
  /** The person: one staffed on the inspection or granted its leadership, not yet assessed for it. */
  personId: Scalars['Int']['input'];
};

/** A decided matter to supervise (the office). */
export type CreateSupervisionItemInput = {
  /** The inspection it comes from. */
  assignmentId: Scalars['Int']['input'];
  /** Deadline (YYYY-MM-DD). */
  deadline: Scalars['String']['input'];
  /** The finding it follows up, if any. */
  findingId?: InputMaybe<Scalars['Int']['input']>;
  /** The decided matter (at most 10000 characters). */
  matter: Scalars['String']['input'];
  /** The body responsible for handling it. */
  responsibleBodyId: Scalars['Int']['input'];
};

/** Records an individual talk (the staff of the inspection, during inquiry). */
export type CreateTalkInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** Day the talk was held (YYYY-MM-DD). */
  heldOn: Scalars['String']['input'];
  /** Who was talked to. */
  interviewee: IntervieweeInput;
  /** The interviewee's place at the inspected body. */
  intervieweeCategory: IntervieweeCategory;
  /** The interviewee's position or post (at most 100 characters). */
  intervieweePost: Scalars['String']['input'];
  /** The matters raised (at most 10000 characters). */
  matters: Scalars['String']['input'];
  /** The people who held the talk (1 to 10): each staffed on the inspection or its granted leader. */
  talkerIds: Array<Scalars['Int']['input']>;
};

/** A course of training one of the inspection staff took (the office of the leading group). */
export type CreateTrainingRecordInput = {
  /** Last day (YYYY-MM-DD), not before the first. */
  endsOn: Scalars['String']['input'];
  /** Hours of instruction (1 to 2000). */
  hours: Scalars['Int']['input'];
  /** The leading group whose staff the person is; its office keeps the record. */
  leadingGroupId: Scalars['Int']['input'];
  /** The person trained: a member of one of the leading group’s teams or of its team-leader pool. */
  personId: Scalars['Int']['input'];
  /** Who gave it (at most 200 characters). */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** The result and remarks (at most 500 characters). */
  result?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  startsOn: Scalars['String']['input'];
  /** The course or its title (at most 200 characters). */
  title: Scalars['String']['input'];
};

/** The leading group's decision on a proposed deeper inquiry; never by the person who opened it. */
export type DecideDeeperInquiryInput = {
  /** True to approve, false to refuse. */
  approve: Scalars['Boolean']['input'];
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** A note on the decision (required to refuse), at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A decision on a proposed membership. */
export type DecideMembershipInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Why (at most 500 characters); required when refusing. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The leading group's decision on a finding. */
export type Decision =
  /** Noted; nothing further. */
  | 'NO_FURTHER_ACTION'
  /** Hand to the target for rectification (整改). */
  | 'RECTIFY'
  /** Transfer to the department with cadre management authority (移交). */
  | 'TRANSFER';

/** The department declines a request sent to it, with its reason (its receiving members). */
export type DeclineHelpRequestInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Why it declines (at most 500 characters). */
  reason: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A deeper inquiry (深入了解) into an important matter about the target's leading body or its members: opened on a finding by the team leader, approved or refused by the leading group. */
export type DeeperInquiry = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Day the leading group decided (YYYY-MM-DD); null until it does. */
  decidedOn: Maybe<Scalars['String']['output']>;
  /** The leading group's note on its decision (required to refuse). */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** The finding; null when outside your scope. */
  finding: Maybe<Finding>;
  /** The finding it looks deeper into. */
  findingId: Scalars['Int']['output'];
  /** The name of the finding it looks into (its kind), even where you may not read that record itself. */
  findingLabel: Maybe<Label>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Day the team leader opened it (YYYY-MM-DD). */
  openedOn: Scalars['String']['output'];
  /** Why the matter is important enough to look deeper into. */
  reason: Scalars['String']['output'];
  /** Where it stands. */
  status: DeeperInquiryStatus;
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of deeper inquiries: `q` searches the reason and the decision note; `from` and `to` the day opened. */
export type DeeperInquiryFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only inquiries into this finding. */
  findingId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<DeeperInquiryStatus>>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A page of DeeperInquiry records and how many match in all. */
export type DeeperInquiryList = {
  /** The records on this page. */
  items: Array<DeeperInquiry>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a DeeperInquiry list; the id always breaks ties. */
export type DeeperInquirySort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: DeeperInquirySortField;
};

/** The fields a DeeperInquiry list can be sorted by. */
export type DeeperInquirySortField =
  | 'CREATED_AT'
  | 'OPENED_ON'
  | 'STATUS';

/** Where a deeper inquiry stands. */
export type DeeperInquiryStatus =
  /** Approved by the leading group: the team looks deeper into the matter. */
  | 'APPROVED'
  /** Opened by the team leader; awaiting the leading group. */
  | 'PROPOSED'
  /** Refused by the leading group, with its reason. */
  | 'REFUSED';

/** Drafts an inspection's report from what was recorded (its granted leader). */
export type DraftReportInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
};

/** A finding of the inspection a follow-up (回头看) returns to, as far as the follow-up needs it: what kind, how serious, where it stands, and how far its rectification went. Not its evidence, the cadre concerned or who reported it. */
export type EarlierFinding = {
  /** Which of the four focus areas. */
  category: FindingCategory;
  /** The earlier finding. */
  findingId: Scalars['Int']['output'];
  /** Its rectification items. */
  rectification: RectificationProgress;
  /** How serious it is. */
  severity: Severity;
  /** Where it stands. */
  status: FindingStatus;
  /** The sub-kind within the category. */
  subKind: Scalars['String']['output'];
  /** Its name: the heading of its sub-kind, as it was fed back to the target. */
  title: Label;
};

/** One of your own sessions. */
export type EndSessionInput = {
  /** The session, as mySessions lists it. */
  id: Scalars['Int']['input'];
};

/** A democratic evaluation or questionnaire (民主测评、问卷调查) of the target’s leading body and its members, answered anonymously through one-time ballot links. */
export type Evaluation = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself. */
  assignmentLabel: Maybe<Label>;
  /** Day it was closed (YYYY-MM-DD); null until then. */
  closedOn: Maybe<Scalars['String']['output']>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Democratic evaluation or questionnaire. */
  kind: EvaluationKind;
  /** How many one-time ballot links were issued. */
  linksIssued: Scalars['Int']['output'];
  /** The persons rated besides the leading body as a whole, in ballot order. */
  personIds: Array<Scalars['Int']['output']>;
  /** Free questions answered in text, in ballot order (question n is number n). */
  questions: Array<Scalars['String']['output']>;
  /** The results: sealed while OPEN; per subject, counts withheld below the minimum group. */
  results: EvaluationResults;
  /** DRAFT → OPEN → CLOSED. */
  status: EvaluationStatus;
  /** The subjects rated: the leading body first, then the persons. */
  subjects: Array<EvaluationSubject>;
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** Title shown on the ballot page. */
  title: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A page of EvaluationCandidate records and how many match in all. */
export type EvaluationCandidateList = {
  /** The records on this page. */
  items: Array<EvaluationSubject>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of evaluations. */
export type EvaluationFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only evaluations in these states. */
  statuses?: InputMaybe<Array<EvaluationStatus>>;
};

/** What kind of survey an evaluation is. */
export type EvaluationKind =
  /** 民主测评: participants rate the leading body and its members. */
  | 'DEMOCRATIC_EVALUATION'
  /** 问卷调查: a questionnaire, with ratings and free questions. */
  | 'QUESTIONNAIRE';

/** A page of Evaluation records and how many match in all. */
export type EvaluationList = {
  /** The records on this page. */
  items: Array<Evaluation>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What an evaluation’s ballots say, as far as may be shown. */
export type EvaluationResults = {
  /** The free answers per question: null while sealed, or when fewer ballots than the minimum group were cast. */
  answers: Maybe<Array<QuestionAnswers>>;
  /** Ballot links issued. */
  linksIssued: Scalars['Int']['output'];
  /** Ballot links used, that is ballots cast. */
  linksUsed: Scalars['Int']['output'];
  /** The fewest ballots a count is shown over (SUMMARY_MINIMUM_GROUP). */
  minimumGroup: Scalars['Int']['output'];
  /** True while the evaluation is not CLOSED: only the numbers of links are shown. */
  sealed: Scalars['Boolean']['output'];
  /** The tally per subject; empty while sealed. */
  subjects: Array<SubjectResult>;
};

/** One sort key of a Evaluation list; the id always breaks ties. */
export type EvaluationSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: EvaluationSortField;
};

/** The fields a Evaluation list can be sorted by. */
export type EvaluationSortField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'TITLE';

/** Where an evaluation stands: DRAFT → OPEN → CLOSED; closing is final. */
export type EvaluationStatus =
  /** No more ballots; results are shown. */
  | 'CLOSED'
  /** Being set up: it may still be edited; no ballot links yet. */
  | 'DRAFT'
  /** Ballot links are issued and used; results are sealed. */
  | 'OPEN';

/** One subject of an evaluation: the leading body as a whole, or a person. */
export type EvaluationSubject = {
  /** The person’s name, or 领导班子 for the leading body. */
  name: Scalars['String']['output'];
  /** The person rated; null for the leading body. */
  personId: Maybe<Scalars['Int']['output']>;
  /** The subject’s id within the evaluation: 0 for the leading body, else the person’s id. */
  subjectId: Scalars['Int']['output'];
};

/** One field a change touched, as it was and as it became. */
export type FieldChange = {
  /** The value after the change; null on removal, and when redacted. */
  after: Maybe<Scalars['JSON']['output']>;
  /** The value before the change; null on creation, and when redacted. */
  before: Maybe<Scalars['JSON']['output']>;
  /** The field, named as the record type names it in this schema. */
  field: Scalars['String']['output'];
  /** Whether the field is protected: that it changed is shown, never its values. */
  redacted: Scalars['Boolean']['output'];
};

/** A problem or lead an inspection found (问题线索). Teams record, report and recommend; only the receiving department decides the outcome. */
export type Finding = {
  /** The inspection; null when outside your scope. */
  assignment: Maybe<Assignment>;
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** Which of the four focus areas. */
  category: FindingCategory;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Day of the decision (YYYY-MM-DD). */
  decidedOn: Maybe<Scalars['String']['output']>;
  /** The leading group's decision; null until it decides. */
  decision: Maybe<Decision>;
  /** Why the leading group decided so. */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** The approved deeper inquiry into it, while there is one; null otherwise or when outside your scope. */
  deeperInquiry: Maybe<DeeperInquiry>;
  /** Summary of the evidence. */
  evidenceSummary: Scalars['String']['output'];
  /** The requests for help about it that you may see, with their answers, oldest first. */
  helpRequests: Array<HelpRequest>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The outcome recorded by the receiving department. */
  outcome: Maybe<Scalars['String']['output']>;
  /** Day the outcome was recorded (YYYY-MM-DD). */
  outcomeOn: Maybe<Scalars['String']['output']>;
  /** The office's stated reason when it overrode the routing table. */
  routingOverride: Maybe<Scalars['String']['output']>;
  /** How serious it is. */
  severity: Severity;
  /** The work method through which it came to light. */
  sourceMethod: WorkMethod;
  /** The individual talk it came from; null when none or outside your scope. */
  sourceTalk: Maybe<Talk>;
  /** The individual talk it came to light in, if any (source method INDIVIDUAL_TALK). */
  sourceTalkId: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: FindingStatus;
  /** The sub-kind within the category (see SUB_KINDS in the guide). */
  subKind: Scalars['String']['output'];
  /** The cadre it concerns; null when none or outside your scope. */
  subjectPerson: Maybe<Person>;
  /** The cadre it concerns, if any. */
  subjectPersonId: Maybe<Scalars['Int']['output']>;
  /** The name of the cadre it concerns, even where you may not read that person; null when there is none, and for the staff who may record findings on the inspection (they name the cadre themselves, by id). */
  subjectPersonLabel: Maybe<Label>;
  /** The inspected body; null when outside your scope. */
  target: Maybe<Body>;
  /** The inspected body. */
  targetId: Scalars['Int']['output'];
  /** The name of the inspected body, even where you may not read that record itself; null when there is none. */
  targetLabel: Maybe<Label>;
  /** The target's reporting path. */
  targetPath: Scalars['String']['output'];
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** Day it was transferred (YYYY-MM-DD). */
  transferredOn: Maybe<Scalars['String']['output']>;
  /** The receiving department; null when not transferred or outside your scope. */
  transferredTo: Maybe<Body>;
  /** The department it was transferred to. */
  transferredToId: Maybe<Scalars['Int']['output']>;
  /** The name of the department it was transferred to, even where you may not read that record itself; null when there is none. */
  transferredToLabel: Maybe<Label>;
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Flagged for the leading group at once (发现严重违纪违法问题及时报告). */
  urgent: Scalars['Boolean']['output'];
  /** Day it was flagged urgent (YYYY-MM-DD). */
  urgentOn: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};


/** A problem or lead an inspection found (问题线索). Teams record, report and recommend; only the receiving department decides the outcome. */
export type FindingHelpRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The four focus areas of an inspection. */
export type FindingCategory =
  /** 权钱交易、以权谋私、贪污贿赂、腐化堕落 */
  | 'CORRUPTION'
  /** 买官卖官、拉票贿选、违规提拔干部 */
  | 'PERSONNEL'
  /** 公开发表反对意见、"上有政策、下有对策" (违反政治纪律) */
  | 'POLITICAL_DISCIPLINE'
  /** 形式主义、官僚主义、享乐主义、奢靡之风 (违反中央八项规定精神) */
  | 'WORK_STYLE';

/** The leading group's decision on one finding. */
export type FindingDecisionInput = {
  /** What to do with it. */
  decision: Decision;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Why (at most 2000 characters). */
  note: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What findings can be grouped by. */
export type FindingDimension =
  /** The focus area (FindingCategory). */
  | 'CATEGORY'
  /** The month it was recorded (YYYY-MM). */
  | 'MONTH'
  /** The plan (its round id). */
  | 'ROUND'
  /** How serious (Severity). */
  | 'SEVERITY'
  /** The inspection's current stage (Stage). */
  | 'STAGE'
  /** Where it stands (FindingStatus). */
  | 'STATUS'
  /** The sub-kind within its category. */
  | 'SUB_KIND'
  /** The inspected body (its id). */
  | 'TARGET'
  /** The inspected body's administrative level (BodyLevel). */
  | 'TARGET_LEVEL'
  /** The inspection team (its body id). */
  | 'TEAM'
  /** "true" for findings flagged urgent, "false" for the others. */
  | 'URGENT';

/** Narrows a list of findings: `q` searches the evidence, decision note and outcome; `from` and `to` the day it was recorded. */
export type FindingFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these categories. */
  categories?: InputMaybe<Array<FindingCategory>>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these severities. */
  severities?: InputMaybe<Array<Severity>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<FindingStatus>>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Only urgent (true) or only ordinary (false) findings. */
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of Finding records and how many match in all. */
export type FindingList = {
  /** The records on this page. */
  items: Array<Finding>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Finding list; the id always breaks ties. */
export type FindingSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: FindingSortField;
};

/** The fields a Finding list can be sorted by. */
export type FindingSortField =
  | 'CATEGORY'
  | 'CREATED_AT'
  | 'DECIDED_ON'
  | 'SEVERITY'
  | 'STATUS'
  | 'TRANSFERRED_ON';

/** Where a finding stands. */
export type FindingStatus =
  /** The receiving department recorded its outcome. */
  | 'CONCLUDED'
  /** The leading group decided how it is used. */
  | 'DECIDED'
  /** Recorded by the team. */
  | 'RECORDED'
  /** Transferred to the receiving department. */
  | 'TRANSFERRED';

/** Records the leading group's hearing of a report and its decision on each finding, all at once. */
export type HearReportInput = {
  /** A decision on each finding of the inspection (at most 500). */
  decisions: Array<FindingDecisionInput>;
  /** Day of the hearing (YYYY-MM-DD). */
  heardOn: Scalars['String']['input'];
  /** Notes of the hearing (at most 5000 characters). */
  hearingNote: Scalars['String']['input'];
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A role the caller holds today, through a membership or a grant. */
export type HeldRole = {
  /** The body. */
  bodyId: Scalars['Int']['output'];
  /** The role held. */
  role: Scalars['String']['output'];
  /** `membership` or `grant`. */
  source: Scalars['String']['output'];
};

/** A request for help (商请协助) from an inspection team to a functional department or professional body, about a matter (usually a finding), and its answer. */
export type HelpRequest = {
  /** The department's answer; null until it answers. */
  answer: Maybe<Scalars['String']['output']>;
  /** Day the department answered or declined (YYYY-MM-DD). */
  answeredOn: Maybe<Scalars['String']['output']>;
  /** Day it was sent to the department (YYYY-MM-DD); null while a draft. */
  askedOn: Maybe<Scalars['String']['output']>;
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Why the department declined; null unless it declined. */
  declineReason: Maybe<Scalars['String']['output']>;
  /** The deeper inquiry it belongs to; null when none, outside your scope, or for the department asked. */
  deeperInquiry: Maybe<DeeperInquiry>;
  /** The approved deeper inquiry it belongs to; null when none, and for the department asked. */
  deeperInquiryId: Maybe<Scalars['Int']['output']>;
  /** The finding it is about; null when none, outside your scope, or for the department asked. */
  finding: Maybe<Finding>;
  /** The finding it is about; null when none, and for the department asked (it reads the request, not the finding). */
  findingId: Maybe<Scalars['Int']['output']>;
  /** The name of the finding it is about (its kind); null when none, and for the department asked. */
  findingLabel: Maybe<Label>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The matter, as the department needs to know it (written for it; not the finding itself). */
  matter: Scalars['String']['output'];
  /** Sent, still unanswered, and the day an answer was wanted has passed. */
  overdue: Scalars['Boolean']['output'];
  /** What the team asks the department. */
  question: Scalars['String']['output'];
  /** The department asked; null when outside your scope. */
  recipient: Maybe<Body>;
  /** The department or professional body asked. */
  recipientId: Scalars['Int']['output'];
  /** The name of the department asked, even where you may not read that body itself. */
  recipientLabel: Maybe<Label>;
  /** The department's reporting path; its receiving members read the requests sent to it. */
  recipientPath: Scalars['String']['output'];
  /** Where it stands. */
  status: HelpRequestStatus;
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
  /** Day by which an answer is wanted (YYYY-MM-DD). */
  wantedBy: Scalars['String']['output'];
};

/** Narrows a list of requests for help: `q` searches the matter, the question and the answer; `from` and `to` the day an answer is wanted. */
export type HelpRequestFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only requests sent and still unanswered after the day an answer was wanted (true), or only the others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only requests addressed to this department. */
  recipientId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<HelpRequestStatus>>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A page of HelpRequest records and how many match in all. */
export type HelpRequestList = {
  /** The records on this page. */
  items: Array<HelpRequest>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a HelpRequest list; the id always breaks ties. */
export type HelpRequestSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: HelpRequestSortField;
};

/** The fields a HelpRequest list can be sorted by. */
export type HelpRequestSortField =
  | 'ASKED_ON'
  | 'CREATED_AT'
  | 'STATUS'
  | 'WANTED_BY';

/** Where a request for help stands. */
export type HelpRequestStatus =
  /** The department answered it. */
  | 'ANSWERED'
  /** The department declined it, with its reason. */
  | 'DECLINED'
  /** Drafted by the team; the department does not see it yet. */
  | 'DRAFT'
  /** Sent to the department (by the team leader or the office, never by its drafter alone); awaiting the answer. */
  | 'SENT';

/** One change to a record, from the audit trail: who made it, when, and what it changed. */
export type HistoryEntry = {
  /** What was done: create, update, retire, delete, or a workflow step such as approve or change-password. */
  action: Scalars['String']['output'];
  /** The account that made the change; null for the system itself (demo load, operator tools). */
  actorAccountId: Maybe<Scalars['Int']['output']>;
  /** The name of the person who made the change; null for the system itself. */
  actorName: Maybe<Scalars['String']['output']>;
  /** When the change was made (ISO-8601, UTC). */
  at: Scalars['String']['output'];
  /** The fields whose values differ, in the order the record stores them. */
  changes: Array<FieldChange>;
  /** The entry of the audit trail. */
  id: Scalars['Int']['output'];
};

/** A page of a record's history, newest first, and how many entries it has in all. */
export type HistoryPage = {
  /** The entries on this page. */
  items: Array<HistoryEntry>;
  /** How many entries the history has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Who made a report, when they gave their name. */
export type InformantInput = {
  /** How to reach the informant (at most 200 characters). */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Name the informant gave (at most 60 characters). */
  name: Scalars['String']['input'];
};

/** A person who may be chosen for an inspection, as a picker shows them. */
export type InspectionCandidate = {
  /** Full name. */
  name: Scalars['String']['output'];
  /** The person. */
  personId: Scalars['Int']['output'];
  /** For a leader, the pool entry to appoint from; null for staff. */
  poolEntryId: Maybe<Scalars['Int']['output']>;
  /** Current position (职务). */
  position: Scalars['String']['output'];
  /** Why they should recuse (回避) from this inspection: the grounds the staffing or appointment refusal lists; empty when none. */
  recusalGrounds: Array<CatalogueMessage>;
  /** The unit that employs them; null when outside your scope. */
  unitName: Maybe<Scalars['String']['output']>;
};

/** A Word document drafted from what an inspection has recorded: GET /documents/assignments/<id>/<name in lower case>.docx. */
export type InspectionDocument =
  /** 巡视反馈意见: the draft of the feedback letter to the target, from REPORTING on. */
  | 'FEEDBACK'
  /** 巡视通知: the notice of the inspection, from PREPARATION on. */
  | 'NOTICE'
  /** 巡视情况报告: the draft of the team’s report, from INQUIRY on. */
  | 'REPORT';

/** How a report reached the team. */
export type IntakeChannel =
  /** 来电 */
  | 'CALL'
  /** 来信 */
  | 'LETTER'
  /** Through the public intake link. */
  | 'ONLINE'
  /** 来访 */
  | 'VISIT';

/** The identity of an informant. Protected: readable only by the staff of the open inspection. */
export type IntakeInformant = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** How to reach the informant. Protected. */
  contact: Maybe<Scalars['String']['output']>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The report it belongs to. */
  intakeItemId: Scalars['Int']['output'];
  /** Name the informant gave. Protected. */
  name: Maybe<Scalars['String']['output']>;
  /** The team's reporting path. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A letter, call, visit or online report received by a team. The informant's identity is stored apart. */
export type IntakeItem = {
  /** Whether the informant gave no name. */
  anonymous: Scalars['Boolean']['output'];
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** How it arrived. */
  channel: IntakeChannel;
  /** What it reports. */
  content: Scalars['String']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Who made the report: null when anonymous, and for everyone but the staff of the open inspection. */
  informant: Maybe<IntakeInformant>;
  /** Day it arrived (YYYY-MM-DD). */
  receivedOn: Scalars['String']['output'];
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of intake items: `q` searches what they report; `from` and `to` the day they arrived. */
export type IntakeItemFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only items that arrived through these channels. */
  channels?: InputMaybe<Array<IntakeChannel>>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A page of IntakeItem records and how many match in all. */
export type IntakeItemList = {
  /** The records on this page. */
  items: Array<IntakeItem>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a IntakeItem list; the id always breaks ties. */
export type IntakeItemSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: IntakeItemSortField;
};

/** The fields a IntakeItem list can be sorted by. */
export type IntakeItemSortField =
  | 'CHANNEL'
  | 'CREATED_AT'
  | 'RECEIVED_ON';

/** The interviewee's place at the inspected body. */
export type IntervieweeCategory =
  /** 被巡视党组织领导班子成员 */
  | 'LEADING_BODY_MEMBER'
  /** 其他干部 */
  | 'OTHER_CADRE'
  /** 职工群众 */
  | 'STAFF_OR_MASSES';

/** Who was talked to. Protected: only the staff of the open inspection read it back. */
export type IntervieweeInput = {
  /** How to reach the interviewee (at most 200 characters). */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** The interviewee's name (at most 60 characters). */
  name: Scalars['String']['input'];
};

/** Issues one-time ballot links for an open evaluation. */
export type IssueBallotLinksInput = {
  /** How many links (1 to 500). */
  count: Scalars['Int']['input'];
  /** The evaluation. */
  evaluationId: Scalars['Int']['input'];
};

/** The name of a body a summary's groups are keyed by. */
export type KeyedBodyName = {
  /** The body, as its id appears in the group keys. */
  id: Scalars['Int']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its English name, where it has one. */
  nameEn: Maybe<Scalars['String']['output']>;
};

/** The name of a record this one points at, in both languages: its name or title and nothing else of it. Given wherever you may read the record that points at it, even if you may not read the record named; null only where there is no such record. */
export type Label = {
  /** The name in English; the Chinese one where the record has no English name. */
  en: Scalars['String']['output'];
  /** The name in Chinese. */
  zh: Scalars['String']['output'];
};

/** Leadership of an inspection team granted to one person for one inspection (一次一授权), valid from `validFrom` to `validUntil` inclusive. The only way anyone is a team leader. */
export type LeaderGrant = {
  /** The inspection the leadership is granted for. */
  assignmentId: Maybe<Scalars['Int']['output']>;
  /** The name of the inspection it is for, even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The person granted leadership; null when outside your scope. */
  person: Maybe<Person>;
  /** The person. */
  personId: Scalars['Int']['output'];
  /** The name of the person granted leadership, even where you may not read that record itself; null when there is none. */
  personLabel: Maybe<Label>;
  /** The person who revoked the grant; null unless revoked. */
  revokedById: Maybe<Scalars['Int']['output']>;
  /** Day the grant was revoked early (YYYY-MM-DD); null unless revoked. */
  revokedOn: Maybe<Scalars['String']['output']>;
  /** Why the grant was revoked, as its revoker recorded it; null unless revoked. */
  revokedReason: Maybe<Scalars['String']['output']>;
  /** The team; null when outside your scope. */
  team: Maybe<Body>;
  /** The team the person leads under this grant. */
  teamId: Scalars['Int']['output'];
  /** The name of the team, even where you may not read that record itself; null when there is none. */
  teamLabel: Maybe<Label>;
  /** The team's reporting path; decides who may see this grant. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** First day of the grant (YYYY-MM-DD). */
  validFrom: Scalars['String']['output'];
  /** Last day of the grant (YYYY-MM-DD). */
  validUntil: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of leadership grants; all given conditions must hold. */
export type LeaderGrantFilter = {
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The person. */
  personId?: InputMaybe<Scalars['Int']['input']>;
  /** The team. */
  teamId?: InputMaybe<Scalars['Int']['input']>;
  /** Only grants valid on this day (YYYY-MM-DD) and not revoked. */
  validOn?: InputMaybe<Scalars['String']['input']>;
};

/** A page of LeaderGrant records and how many match in all. */
export type LeaderGrantList = {
  /** The records on this page. */
  items: Array<LeaderGrant>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a LeaderGrant list; the id always breaks ties. */
export type LeaderGrantSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: LeaderGrantSortField;
};

/** The fields a LeaderGrant list can be sorted by. */
export type LeaderGrantSortField =
  | 'CREATED_AT'
  | 'VALID_FROM'
  | 'VALID_UNTIL';

/** Credentials for signing in. */
export type LoginInput = {
  /** Login name (at most 60 characters). */
  login: Scalars['String']['input'];
  /** Password (at most 200 characters). */
  password: Scalars['String']['input'];
};

/** The signed-in caller. */
export type Me = {
  /** Your account. */
  account: Account;
  /** Every role held today; permissions come from these alone. */
  roles: Array<HeldRole>;
  /** The caller's permission rules, packed with CASL's packRules, for the console to mirror (the server enforces them regardless). */
  rules: Scalars['JSON']['output'];
};

/** A person holding a role in a body from `since` until `until` (inclusive). Roles give permissions only while the membership is current. */
export type Membership = {
  /** The body; null when outside your scope. */
  body: Maybe<Body>;
  /** The body. */
  bodyId: Scalars['Int']['output'];
  /** The name of the body, even where you may not read that record itself; null when there is none. */
  bodyLabel: Maybe<Label>;
  /** The body's reporting path; decides who may see this membership. */
  bodyPath: Scalars['String']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** When it was approved or refused (ISO-8601, UTC). */
  decidedAt: Maybe<Scalars['String']['output']>;
  /** The account that approved or refused it; null while pending or when no approval was needed. */
  decidedByAccountId: Maybe<Scalars['Int']['output']>;
  /** The person who approved or refused it; null while undecided, or when that person is outside your scope. */
  decider: Maybe<Person>;
  /** The reason given with a refusal (or a note with an approval); empty when none. */
  decisionNote: Scalars['String']['output'];
  /** When the membership was ended with immediate effect (ISO-8601, UTC); from then on it gives nothing, even on its last day. */
  endedAt: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The member; null when outside your scope. */
  person: Maybe<Person>;
  /** The person. */
  personId: Scalars['Int']['output'];
  /** The name of the member, even where you may not read that record itself; null when there is none. */
  personLabel: Maybe<Label>;
  /** The account that created (proposed) the membership; null for memberships loaded with the roster. */
  proposedByAccountId: Maybe<Scalars['Int']['output']>;
  /** The person who proposed (created) it, through their account; null for memberships loaded with the roster, or when that person is outside your scope. */
  proposer: Maybe<Person>;
  /** The role held. */
  role: MembershipRole;
  /** First day of the membership (YYYY-MM-DD). */
  since: Scalars['String']['output'];
  /** Whether the membership is in force; only an approved one gives its role. */
  status: MembershipStatus;
  /** Last day of the membership (YYYY-MM-DD); null while open-ended. */
  until: Maybe<Scalars['String']['output']>;
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of memberships; all given conditions must hold. */
export type MembershipFilter = {
  /** Only the proposals you may approve or refuse now (pending, in your scope, proposed by someone else, for someone else). */
  awaitingMyDecision?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only memberships in this body. */
  bodyId?: InputMaybe<Scalars['Int']['input']>;
  /** Only memberships in force on this day (YYYY-MM-DD): approved, not ended. */
  currentOn?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The person. */
  personId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records with these roles. */
  roles?: InputMaybe<Array<MembershipRole>>;
  /** Only memberships in these states (pending, approved, refused). */
  statuses?: InputMaybe<Array<MembershipStatus>>;
  /** Only memberships in this body or any body under it. */
  under?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Membership records and how many match in all. */
export type MembershipList = {
  /** The records on this page. */
  items: Array<Membership>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a membership lets its person do, over the body and everything that reports to it. */
export type MembershipRole =
  /** Read-only queries and summaries over the scope; never informant identity. */
  | 'ANALYST'
  /** Member of a party committee running an inspection system: reads its summaries. */
  | 'COMMITTEE_LEADER'
  /** Leads the inspection leading group. */
  | 'LEADING_GROUP_LEADER'
  /** Member of the inspection leading group. */
  | 'LEADING_GROUP_MEMBER'
  /** Liaison of an inspected body: feedback and rectification addressed to it. */
  | 'LIAISON'
  /** Works in the leading-group office: runs rounds and assignments. */
  | 'OFFICE_COORDINATOR'
  /** Member of a department that receives transferred matters, or requests for help (an audit office or petition bureau receives only those). */
  | 'RECEIVING_MEMBER'
  /** Creates, edits and retires bodies, people, memberships, accounts and pool entries in scope. No access to inspection records. */
  | 'ROSTER_ADMIN'
  /** Works in the body; sees the body and the line it reports along. */
  | 'STAFF'
  /** Works on the team's open assignments. */
  | 'TEAM_MEMBER';

/** One sort key of a Membership list; the id always breaks ties. */
export type MembershipSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: MembershipSortField;
};

/** The fields a Membership list can be sorted by. */
export type MembershipSortField =
  | 'CREATED_AT'
  | 'ROLE'
  | 'SINCE'
  | 'UNTIL';

/** Whether a membership is in force. A pending or refused membership grants nothing. */
export type MembershipStatus =
  /** In force from `since` until `until` (a role that needs no second person is approved when created). */
  | 'APPROVED'
  /** Proposed; takes effect only once a leading-group leader whose scope covers the body approves it. */
  | 'PENDING'
  /** Refused by a leading-group leader; it never gave its role. */
  | 'REFUSED';

/** Moves a body, with everything under it, to report to another body. */
export type MoveBodyInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The new parent; both the body and its new place must be in your scope. */
  reportsToId: Scalars['Int']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type Mutation = {
  /** Moves an inspection to its next stage; refused, naming every unmet condition, until they all hold (the office). */
  advanceAssignment: Assignment;
  /** Answers a request sent to your department (its receiving members); once. */
  answerHelpRequest: HelpRequest;
  /** Names the inspection's team leader from the pool, for this inspection only (the leading group). */
  appointLeader: LeaderGrant;
  /** Approves a proposed membership (a leading-group leader whose committee covers the body; not your own, not one you proposed). It takes effect at once. */
  approveMembership: Membership;
  /** Approves a draft plan (the leading group); only then can its targets be assigned. */
  approveRound: Round;
  /** Changes your own password, proven by the current one; ends every other session of yours (this one stays) and clears mustChangePassword. */
  changePassword: Account;
  /** Closes an open evaluation: no more ballots, and the results are shown. Final. */
  closeEvaluation: Evaluation;
  /** Records the outcome of a transferred finding (the receiving department only). */
  concludeFinding: Finding;
  /** Creates a login for a person you administer. */
  createAccount: Account;
  /** Records an activity during inquiry (the staff of the inspection). */
  createActivity: Activity;
  /** Assigns a team to a target of an approved plan (the office). */
  createAssignment: Assignment;
  /** Creates a body reporting to one you administer. */
  createBody: Body;
  /** Sets up an evaluation as a draft (the staff of the open inspection). */
  createEvaluation: Evaluation;
  /** Records a finding during inquiry or reporting (the staff of the inspection). */
  createFinding: Finding;
  /** Drafts a request for help (the staff of an open inspection, during inquiry or reporting). */
  createHelpRequest: HelpRequest;
  /** Records a letter, call or visit during inquiry (the staff of the inspection). */
  createIntakeItem: IntakeItem;
  /** Gives a person a role in a body you administer. A role that reads inspection records or their summaries is only proposed (status PENDING) and takes effect once a leading-group leader approves it. Never for your own person. */
  createMembership: Membership;
  /** Adds a person to the roster of a body you administer. */
  createPerson: Person;
  /** Records a relative who is a cadre somewhere; staffing then refuses inspections of that body. */
  createPersonRelation: PersonRelation;
  /** Adds a person to a leading group's team-leader pool. */
  createPoolEntry: PoolEntry;
  /** Records what the team asked the target for, during inquiry (the staff of the inspection). */
  createRecordsRequest: RecordsRequest;
  /** Sends a rectification item to the target with the feedback (the office). */
  createRectificationItem: RectificationItem;
  /** Drafts a plan (the office of the leading group). */
  createRound: Round;
  /** Saves a query under a name of your choosing. */
  createSavedQuery: SavedQuery;
  /** Assesses one person's work on one inspection they served on (the office): once the inspection has reached REPORTING, at most once per person and inspection. */
  createStaffAssessment: StaffAssessment;
  /** Starts supervising a decided matter (the office). */
  createSupervisionItem: SupervisionItem;
  /** Records an individual talk during inquiry (the staff of the inspection). */
  createTalk: Talk;
  /** Records a course of training one of the leading group's inspection staff took (its office). */
  createTrainingRecord: TrainingRecord;
  /** Deactivates an account: it cannot sign in, and its tokens stop working at once. */
  deactivateAccount: Account;
  /** Approves or refuses a proposed deeper inquiry (the leading group; never its opener). */
  decideDeeperInquiry: DeeperInquiry;
  /** Records the leading group’s decision on a finding outside a hearing (the leading group). */
  decideFinding: Finding;
  /** Declines a request sent to your department, with the reason (its receiving members). */
  declineHelpRequest: HelpRequest;
  /** Deletes a saved query (the audit trail keeps it). Returns it as it was. */
  deleteSavedQuery: SavedQuery;
  /** Drafts the report from the recorded findings and activities (the granted leader). */
  draftReport: Report;
  /** Ends a membership on the given day. Without a day (or with today's) it ends now: the role stops at the holder's next request and their sessions end. */
  endMembership: Membership;
  /** Ends every session of yours but the one this request came through; returns how many were ended. */
  endOtherSessions: Scalars['Int']['output'];
  /** Ends one of your own sessions (a sign-in elsewhere); another account's session is NOT_FOUND. */
  endSession: Session;
  /** Flags a finding urgent: it reaches the leading group's queue at once, before the report. */
  escalateFinding: Finding;
  /** Records the hearing and the decision on each finding, all or nothing (the leading group). */
  hearReport: Report;
  /** Issues one-time ballot links for an open evaluation during inquiry. The keys are returned once and never kept. */
  issueBallotLinks: BallotLinks;
  /** Signs in, opening a session. Wrong login or password answers UNAUTHENTICATED without saying which. */
  login: SignedIn;
  /** Moves a body and everything under it to report to another body; who may see them changes at once. */
  moveBody: Body;
  /** Opens a deeper inquiry on a finding about the target's leading body or its members (the team leader under the grant). */
  openDeeperInquiry: DeeperInquiry;
  /** Opens a draft evaluation for ballots (during inquiry); it can no longer be edited. */
  openEvaluation: Evaluation;
  /** Records a finding raised in a talk, with the talk as its source (the staff of the inspection, during inquiry and reporting). */
  raiseFindingFromTalk: Finding;
  /** Records the background received (the office). */
  receiveBriefing: Briefing;
  /** Records the target's progress and reports the item done (the target's liaison). */
  recordProgress: RectificationItem;
  /** Refuses a proposed membership, with the reason (same deciders as approveMembership). It never takes effect. */
  refuseMembership: Membership;
  /** Removes a recorded relative (the trail keeps it). */
  removePersonRelation: PersonRelation;
  /** Takes a person off an open inspection, with the reason (whoever may staff it: the office). The staffing stays on file, flagged with the day, the reason and who took them off; the inspection is no longer theirs from their next request. Nobody takes themselves off. To serve again they are staffed again (staffAssignment). */
  removeStaff: AssignmentMember;
  /** Takes a person off an open inspection and staffs another in their place, in one change, with every check of staffAssignment (the team's roster, recusal, not oneself, not already staffed): if the new person is refused, the first stays staffed. Returns the new staffing. */
  replaceStaff: AssignmentMember;
  /** Requests background about the target during preparation (the office). */
  requestBriefing: Briefing;
  /** Sets a new password on an account you administer; its holder must change it at the next sign-in, and its sessions end at once. */
  resetPassword: Account;
  /** Retires a body with no active bodies reporting to it. Its memberships stop granting anything. */
  retireBody: Body;
  /** Marks a person as having left the roster. */
  retirePerson: Person;
  /** Takes a person out of the pool. */
  retirePoolEntry: PoolEntry;
  /** Retires a training record recorded in error (the office); it stays on file. */
  retireTrainingRecord: TrainingRecord;
  /** Revokes a leader's grant before its last day, with the reason (whoever may name the inspection's leader: the leading group). Leadership ends with the holder's next request. A revocation is final; nobody revokes their own grant (a leader who steps down asks the leading group). A new leader may then be named with appointLeader. */
  revokeLeaderGrant: LeaderGrant;
  /** Records the notice as sent to the target today (refused once it has been sent); allowed to whoever may edit the inspection (the office). */
  sendAssignmentNotice: Assignment;
  /** Sends a draft to its department (the team leader under the grant, or the office); never by the person who drafted it. */
  sendHelpRequest: HelpRequest;
  /** Signs out: ends the session this request came through, so that its token stops working at once. */
  signOut: Session;
  /** Staffs a person on an inspection, refusing anyone with a recusal ground unless a justified exception is given (the office). */
  staffAssignment: AssignmentMember;
  /** Submits a report through an inspection's public intake link, without an account; anonymous unless you give your name. */
  submitPublicReport: PublicReportReceipt;
  /** Submits the report to the leading group (the granted leader, within the grant). */
  submitReport: Report;
  /** Transfers a finding decided for transfer, routed by cadre management authority (the office). */
  transferFinding: Finding;
  /** Renames, reactivates or deactivates an account you administer. */
  updateAccount: Account;
  /** Changes the plan, dates, notice or contact channels of an open inspection (the office). */
  updateAssignment: Assignment;
  /** Edits a body you administer. */
  updateBody: Body;
  /** Changes an evaluation while it is a draft. */
  updateEvaluation: Evaluation;
  /** Changes a finding before the leading group decides on it (the staff of the inspection). */
  updateFinding: Finding;
  /** Changes a draft request for help (the staff of the inspection). */
  updateHelpRequest: HelpRequest;
  /** Edits a membership you administer. */
  updateMembership: Membership;
  /** Edits a person you administer. */
  updatePerson: Person;
  /** Edits a pool entry. */
  updatePoolEntry: PoolEntry;
  /** Changes a records request of an open inspection, such as what was received (the staff of the inspection). */
  updateRecordsRequest: RecordsRequest;
  /** Edits the draft (the granted leader). */
  updateReport: Report;
  /** Changes a draft plan. */
  updateRound: Round;
  /** Renames a saved query or replaces its text or variables. */
  updateSavedQuery: SavedQuery;
  /** Changes an assessment (the office). */
  updateStaffAssessment: StaffAssessment;
  /** Records follow-up on a supervised matter (the office). */
  updateSupervisionItem: SupervisionItem;
  /** Changes a talk of an open inspection (the staff of the inspection). */
  updateTalk: Talk;
  /** Edits a training record (the office). */
  updateTrainingRecord: TrainingRecord;
  /** Closes an item off (销号) or sends it back (the office). */
  verifyRectification: RectificationItem;
};


export type MutationAdvanceAssignmentArgs = {
  input: VersionedInput;
};


export type MutationAnswerHelpRequestArgs = {
  input: AnswerHelpRequestInput;
};


export type MutationAppointLeaderArgs = {
  input: AppointLeaderInput;
};


export type MutationApproveMembershipArgs = {
  input: DecideMembershipInput;
};


export type MutationApproveRoundArgs = {
  input: VersionedInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseEvaluationArgs = {
  input: VersionedInput;
};


export type MutationConcludeFindingArgs = {
  input: ConcludeFindingInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


export type MutationCreateAssignmentArgs = {
  input: CreateAssignmentInput;
};


export type MutationCreateBodyArgs = {
  input: CreateBodyInput;
};


export type MutationCreateEvaluationArgs = {
  input: CreateEvaluationInput;
};


export type MutationCreateFindingArgs = {
  input: CreateFindingInput;
};


export type MutationCreateHelpRequestArgs = {
  input: CreateHelpRequestInput;
};


export type MutationCreateIntakeItemArgs = {
  input: CreateIntakeItemInput;
};


export type MutationCreateMembershipArgs = {
  input: CreateMembershipInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreatePersonRelationArgs = {
  input: CreatePersonRelationInput;
};


export type MutationCreatePoolEntryArgs = {
  input: CreatePoolEntryInput;
};


export type MutationCreateRecordsRequestArgs = {
  input: CreateRecordsRequestInput;
};


export type MutationCreateRectificationItemArgs = {
  input: CreateRectificationItemInput;
};


export type MutationCreateRoundArgs = {
  input: CreateRoundInput;
};


export type MutationCreateSavedQueryArgs = {
  input: CreateSavedQueryInput;
};


export type MutationCreateStaffAssessmentArgs = {
  input: CreateStaffAssessmentInput;
};


export type MutationCreateSupervisionItemArgs = {
  input: CreateSupervisionItemInput;
};


export type MutationCreateTalkArgs = {
  input: CreateTalkInput;
};


export type MutationCreateTrainingRecordArgs = {
  input: CreateTrainingRecordInput;
};


export type MutationDeactivateAccountArgs = {
  input: RetireInput;
};


export type MutationDecideDeeperInquiryArgs = {
  input: DecideDeeperInquiryInput;
};


export type MutationDecideFindingArgs = {
  input: FindingDecisionInput;
};


export type MutationDeclineHelpRequestArgs = {
  input: DeclineHelpRequestInput;
};


export type MutationDeleteSavedQueryArgs = {
  input: VersionedInput;
};


export type MutationDraftReportArgs = {
  input: DraftReportInput;
};


export type MutationEndMembershipArgs = {
  input: RetireInput;
};


export type MutationEndSessionArgs = {
  input: EndSessionInput;
};


export type MutationEscalateFindingArgs = {
  input: VersionedInput;
};


export type MutationHearReportArgs = {
  input: HearReportInput;
};


export type MutationIssueBallotLinksArgs = {
  input: IssueBallotLinksInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMoveBodyArgs = {
  input: MoveBodyInput;
};


export type MutationOpenDeeperInquiryArgs = {
  input: OpenDeeperInquiryInput;
};


export type MutationOpenEvaluationArgs = {
  input: VersionedInput;
};


export type MutationRaiseFindingFromTalkArgs = {
  input: RaiseFindingFromTalkInput;
};


export type MutationReceiveBriefingArgs = {
  input: ReceiveBriefingInput;
};


export type MutationRecordProgressArgs = {
  input: RecordProgressInput;
};


export type MutationRefuseMembershipArgs = {
  input: DecideMembershipInput;
};


export type MutationRemovePersonRelationArgs = {
  input: VersionedInput;
};


export type MutationRemoveStaffArgs = {
  input: RemoveStaffInput;
};


export type MutationReplaceStaffArgs = {
  input: ReplaceStaffInput;
};


export type MutationRequestBriefingArgs = {
  input: RequestBriefingInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRetireBodyArgs = {
  input: RetireInput;
};


export type MutationRetirePersonArgs = {
  input: RetireInput;
};


export type MutationRetirePoolEntryArgs = {
  input: RetireInput;
};


export type MutationRetireTrainingRecordArgs = {
  input: RetireInput;
};


export type MutationRevokeLeaderGrantArgs = {
  input: RevokeLeaderGrantInput;
};


export type MutationSendAssignmentNoticeArgs = {
  input: VersionedInput;
};


export type MutationSendHelpRequestArgs = {
  input: VersionedInput;
};


export type MutationStaffAssignmentArgs = {
  input: StaffAssignmentInput;
};


export type MutationSubmitPublicReportArgs = {
  input: PublicReportInput;
};


export type MutationSubmitReportArgs = {
  input: VersionedInput;
};


export type MutationTransferFindingArgs = {
  input: TransferFindingInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateAssignmentArgs = {
  input: UpdateAssignmentInput;
};


export type MutationUpdateBodyArgs = {
  input: UpdateBodyInput;
};


export type MutationUpdateEvaluationArgs = {
  input: UpdateEvaluationInput;
};


export type MutationUpdateFindingArgs = {
  input: UpdateFindingInput;
};


export type MutationUpdateHelpRequestArgs = {
  input: UpdateHelpRequestInput;
};


export type MutationUpdateMembershipArgs = {
  input: UpdateMembershipInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdatePoolEntryArgs = {
  input: UpdatePoolEntryInput;
};


export type MutationUpdateRecordsRequestArgs = {
  input: UpdateRecordsRequestInput;
};


export type MutationUpdateReportArgs = {
  input: UpdateReportInput;
};


export type MutationUpdateRoundArgs = {
  input: UpdateRoundInput;
};


export type MutationUpdateSavedQueryArgs = {
  input: UpdateSavedQueryInput;
};


export type MutationUpdateStaffAssessmentArgs = {
  input: UpdateStaffAssessmentInput;
};


export type MutationUpdateSupervisionItemArgs = {
  input: UpdateSupervisionItemInput;
};


export type MutationUpdateTalkArgs = {
  input: UpdateTalkInput;
};


export type MutationUpdateTrainingRecordArgs = {
  input: UpdateTrainingRecordInput;
};


export type MutationVerifyRectificationArgs = {
  input: VerifyRectificationInput;
};

/** What waits for you now (待办), by kind; only records you may read, only work your rules let you do. */
export type MyQueue = {
  /** The kinds with something waiting, in a fixed order; empty when nothing waits. */
  groups: Array<QueueGroup>;
  /** How many items wait in all kinds together. */
  totalCount: Scalars['Int']['output'];
};

/** The next step of a plan or an inspection, and what stands in its way. */
export type NextStep = {
  /** What the step is. */
  action: StepAction;
  /** The conditions that do not hold yet, the very messages the refusal of the step lists; empty when the step can be taken. */
  lacks: Array<CatalogueMessage>;
  /** Who takes the step. */
  takenBy: Array<StepActor>;
  /** For ADVANCE, the stage the inspection would enter. */
  toStage: Maybe<Stage>;
  /** Where taking the step now would run ahead of the planned dates. */
  warnings: Array<StepWarning>;
  /** Whether you may take the step yourself. */
  yours: Scalars['Boolean']['output'];
};

/** Opens a deeper inquiry on a finding (the team leader under the grant); the leading group decides on it. */
export type OpenDeeperInquiryInput = {
  /** The finding about the target's leading body or its members. */
  findingId: Scalars['Int']['input'];
  /** Why the matter is important enough to look deeper into (at most 10000 characters). */
  reason: Scalars['String']['input'];
};

/** Which slice of a list to return. At most 100 items a page. */
export type PageInput = {
  /** How many items to skip. */
  skip?: Scalars['Int']['input'];
  /** How many items to return (1 to 100). */
  take?: Scalars['Int']['input'];
};

/** A person on a roster: a cadre of a body, a member of inspection staff, or both. Visible within the scope of the body that employs them. */
export type Person = {
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The employing body; null when outside your scope. */
  employer: Maybe<Body>;
  /** The body that employs this person. */
  employerId: Scalars['Int']['output'];
  /** The name of the employing body, even where you may not read that record itself; null when there is none. */
  employerLabel: Maybe<Label>;
  /** The employer's reporting path; decides who may see this person. */
  employerPath: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Resident identity card number. Protected: null unless you administer the roster this person is on, or it is your own. */
  idNumber: Maybe<Scalars['String']['output']>;
  /** The body holding cadre management authority; null when outside your scope. */
  managedBy: Maybe<Body>;
  /** The body holding cadre management authority (干部管理权限) over this person; decides where matters about them are transferred. */
  managedById: Scalars['Int']['output'];
  /** The name of the body holding cadre management authority, even where you may not read that record itself; null when there is none. */
  managedByLabel: Maybe<Label>;
  /** The memberships of this person you may see, newest first. */
  memberships: Array<Membership>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Current position (职务), e.g. 副主任. */
  position: Scalars['String']['output'];
  /** Cadre rank (职级). */
  rank: CadreRank;
  /** Day the person left the roster (YYYY-MM-DD); null while active. */
  retiredOn: Maybe<Scalars['String']['output']>;
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};


/** A person on a roster: a cadre of a body, a member of inspection staff, or both. Visible within the scope of the body that employs them. */
export type PersonMembershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows a list of people; all given conditions must hold. */
export type PersonFilter = {
  /** Only people employed by this body. */
  employerId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Include people who left the roster. */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only people holding a membership of this body in force today (approved, not ended), among the memberships you may see. */
  memberOf?: InputMaybe<Scalars['Int']['input']>;
  /** With memberOf: only memberships of these roles. */
  memberRoles?: InputMaybe<Array<MembershipRole>>;
  /** Text found in the name or position (at most 100 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only people of these ranks. */
  ranks?: InputMaybe<Array<CadreRank>>;
  /** Only people employed by this body or any body under it. */
  under?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Person records and how many match in all. */
export type PersonList = {
  /** The records on this page. */
  items: Array<Person>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A relative of a person who is a cadre of some body, recorded for recusal (回避): nobody inspects a body where a relative is a cadre. */
export type PersonRelation = {
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The person's employer path; decides who may see the record. */
  employerPath: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The person whose relative it is. */
  personId: Scalars['Int']['output'];
  /** How they are related (配偶, 子女, 父母, 兄弟姐妹 …). */
  relation: Scalars['String']['output'];
  /** The relative's body; null when outside your scope. */
  relativeBody: Maybe<Body>;
  /** The body where the relative is a cadre. */
  relativeBodyId: Scalars['Int']['output'];
  /** The relative's body path; recusal compares it with the target's. */
  relativeBodyPath: Scalars['String']['output'];
  /** Name of the relative. */
  relativeName: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of recorded relatives. */
export type PersonRelationFilter = {
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only the relatives of this person. */
  personId?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of PersonRelation records and how many match in all. */
export type PersonRelationList = {
  /** The records on this page. */
  items: Array<PersonRelation>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a PersonRelation list; the id always breaks ties. */
export type PersonRelationSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: PersonRelationSortField;
};

/** The fields a PersonRelation list can be sorted by. */
export type PersonRelationSortField =
  | 'CREATED_AT'
  | 'RELATION'
  | 'RELATIVE_NAME';

/** One sort key of a Person list; the id always breaks ties. */
export type PersonSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: PersonSortField;
};

/** The fields a Person list can be sorted by. */
export type PersonSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'POSITION'
  | 'RANK';

/** An entry in a leading group's team-leader pool (组长库). Being in the pool makes nobody a leader: leadership is granted for one inspection at a time. */
export type PoolEntry = {
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The leading group; null when outside your scope. */
  leadingGroup: Maybe<Body>;
  /** The leading group that keeps this pool. */
  leadingGroupId: Scalars['Int']['output'];
  /** The name of the leading group, even where you may not read that record itself; null when there is none. */
  leadingGroupLabel: Maybe<Label>;
  /** The leading group's reporting path; decides who may see this entry. */
  leadingGroupPath: Scalars['String']['output'];
  /** Qualifications and remarks. */
  note: Scalars['String']['output'];
  /** The person; null when outside your scope. */
  person: Maybe<Person>;
  /** The person. */
  personId: Scalars['Int']['output'];
  /** The name of the person, even where you may not read that record itself; null when there is none. */
  personLabel: Maybe<Label>;
  /** Day the entry was retired (YYYY-MM-DD); null while in the pool. */
  retiredOn: Maybe<Scalars['String']['output']>;
  /** Day the person entered the pool (YYYY-MM-DD). */
  since: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of pool entries; all given conditions must hold. */
export type PoolEntryFilter = {
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Include retired entries. */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** The leading group whose pool it is. */
  leadingGroupId?: InputMaybe<Scalars['Int']['input']>;
  /** The person. */
  personId?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of PoolEntry records and how many match in all. */
export type PoolEntryList = {
  /** The records on this page. */
  items: Array<PoolEntry>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a PoolEntry list; the id always breaks ties. */
export type PoolEntrySort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: PoolEntrySortField;
};

/** The fields a PoolEntry list can be sorted by. */
export type PoolEntrySortField =
  | 'CREATED_AT'
  | 'SINCE';

/** A report made through the public intake link, by anyone, without an account. */
export type PublicReportInput = {
  /** What you want to report (10 to 10000 characters). */
  content: Scalars['String']['input'];
  /** Your name and contact; omit to report anonymously. */
  informant?: InputMaybe<InformantInput>;
  /** The key of the public intake link (16 to 64 characters). */
  intakeKey: Scalars['String']['input'];
};

/** The receipt for a public report: no reference that could identify the informant. */
export type PublicReportReceipt = {
  /** Day the report was received (YYYY-MM-DD). */
  receivedOn: Scalars['String']['output'];
};

export type Query = {
  /** One account. NOT_FOUND if it does not exist or is outside your scope. */
  account: Account;
  /** The accounts you may see, filtered, sorted and paged. */
  accounts: AccountList;
  /** The inquiry activity records you may see, newest first. */
  activities: ActivityList;
  /** One inquiry activity. NOT_FOUND if it does not exist or is outside your scope. */
  activity: Activity;
  /** One inspection. NOT_FOUND if it does not exist or is outside your scope. */
  assignment: Assignment;
  /** Inspections counted by the dimensions asked. Counts exactly the records you may list that match the filter, like the list query of the same name. If you may only count them (a committee leader), small sets about named people are left out and only some dimensions and filters are accepted: see Summary.suppressed. */
  assignmentSummary: Summary;
  /** The inspection records you may see, newest first. */
  assignments: AssignmentList;
  /** The bodies you may see, filtered, sorted and paged. */
  bodies: BodyList;
  /** One body. NOT_FOUND if it does not exist or is outside your scope. */
  body: Body;
  /** One background briefing. NOT_FOUND if it does not exist or is outside your scope. */
  briefing: Briefing;
  /** The background briefing records you may see, newest first. */
  briefings: BriefingList;
  /** The deeper inquiry records you may see, newest first. */
  deeperInquiries: DeeperInquiryList;
  /** One deeper inquiry. NOT_FOUND if it does not exist or is outside your scope. */
  deeperInquiry: DeeperInquiry;
  /** One evaluation. NOT_FOUND if it does not exist or is outside your scope. */
  evaluation: Evaluation;
  /** The persons an evaluation of this inspection may rate (employed at its target or a body under it, still on the roster), in pinyin order: for those who may set one up. */
  evaluationCandidates: EvaluationCandidateList;
  /** The democratic evaluations and questionnaires you may see, newest first. */
  evaluations: EvaluationList;
  /** Why may (or may not) an account act on a record? For yourself, or, as a roster administrator, for any account in your scope. The record (and the account) must be one you can see; otherwise NOT_FOUND. The answer names only what you may read yourself: a rule from a membership, grant or staffing you may not read is told as such (relation NOT_VISIBLE), with the decision. */
  explainAccess: AccessExplanation;
  /** One finding. NOT_FOUND if it does not exist or is outside your scope. */
  finding: Finding;
  /** Findings counted by the dimensions asked. Counts exactly the records you may list that match the filter, like the list query of the same name. If you may only count them (a committee leader), small sets about named people are left out and only some dimensions and filters are accepted: see Summary.suppressed. Averages are days from recording to transfer. */
  findingSummary: Summary;
  /** The finding records you may see, newest first. */
  findings: FindingList;
  /** One request for help. NOT_FOUND if it does not exist or is outside your scope. */
  helpRequest: HelpRequest;
  /** The requests for help you may see: the team its own, a department those sent to it; soonest wanted first. */
  helpRequests: HelpRequestList;
  /** The changes to one record, newest first: who, when, what, and each changed field before and after; protected fields are named but never their values. NOT_FOUND if the record does not exist or is outside your scope. */
  history: HistoryPage;
  /** One intake item. NOT_FOUND if it does not exist or is outside your scope. */
  intakeItem: IntakeItem;
  /** The intake item records you may see, newest first. */
  intakeItems: IntakeItemList;
  /** The current pool of the plan's leading group you may name the inspection's leader from, by name, each with post, unit and recusal grounds (at most 50). */
  leaderCandidates: Array<InspectionCandidate>;
  /** One leadership grant. NOT_FOUND if it does not exist or is outside your scope. */
  leaderGrant: LeaderGrant;
  /** The leadership grants you may see, newest first. */
  leaderGrants: LeaderGrantList;
  /** Who you are, what you hold, and your permission rules; `account.mustChangePassword` says whether you must choose a password first. */
  me: Me;
  /** One membership. NOT_FOUND if it does not exist or is outside your scope. */
  membership: Membership;
  /** The memberships you may see, filtered, sorted and paged. */
  memberships: MembershipList;
  /** What waits for you now (待办): plans to approve, reports to hear, inspections to move on and what they lack, items to check, transfers to conclude, overdue rectification and records, requests for help overdue for an answer (to the team that sent them and the department that owes it), urgent findings, memberships to decide. Each kind lists only records you may read and work your rules let you do, the most pressing first. */
  myQueue: MyQueue;
  /** Your own sessions (sign-ins), newest first, open and ended alike. */
  mySessions: SessionList;
  /** The people you may see, filtered, sorted and paged. */
  people: PersonList;
  /** One person. NOT_FOUND if they do not exist or are outside your scope. */
  person: Person;
  /** One recorded relative. NOT_FOUND if it does not exist or is outside your scope. */
  personRelation: PersonRelation;
  /** The recorded relative records you may see, newest first. */
  personRelations: PersonRelationList;
  /** The leading groups you may draft plans for. */
  planLeadingGroups: Array<Body>;
  /** The bodies a plan of the leading group may name (under its committee, other than the inspection bodies), by name, in reporting order (at most 50). */
  planTargetChoices: Array<Body>;
  /** The team-leader pool entries you may see. */
  poolEntries: PoolEntryList;
  /** One pool entry. NOT_FOUND if it does not exist or is outside your scope. */
  poolEntry: PoolEntry;
  /** One records request. NOT_FOUND if it does not exist or is outside your scope. */
  recordsRequest: RecordsRequest;
  /** The records requests you may see, the earliest due first. */
  recordsRequests: RecordsRequestList;
  /** One rectification item. NOT_FOUND if it does not exist or is outside your scope. */
  rectificationItem: RectificationItem;
  /** The rectification item records you may see, oldest first. */
  rectificationItems: RectificationItemList;
  /** Rectification items counted by the dimensions asked. Counts exactly the records you may list that match the filter, like the list query of the same name. If you may only count them (a committee leader), small sets about named people are left out and only some dimensions and filters are accepted: see Summary.suppressed. Averages are days late. */
  rectificationSummary: Summary;
  /** Why the person should recuse (回避) from the inspection: the grounds staffAssignment and appointLeader refuse with; empty when there is none. For those who may staff it or name its leader. */
  recusalCheck: Array<CatalogueMessage>;
  /** One inspection report. NOT_FOUND if it does not exist or is outside your scope. */
  report: Report;
  /** The plans whose report you may read (the newest 200), newest first. */
  reportableRounds: Array<RoundHeading>;
  /** The inspection report records you may see, newest first. */
  reports: ReportList;
  /** One inspection plan. NOT_FOUND if it does not exist or is outside your scope. */
  round: Round;
  /** One plan's report of figures. NOT_FOUND if it does not exist or you may neither read nor count it. */
  roundReport: RoundReport;
  /** The inspection plan records you may see, newest first. */
  rounds: RoundList;
  /** Your saved queries, by name. Nobody else sees them. */
  savedQueries: SavedQueryList;
  /** One assessment. NOT_FOUND if it does not exist or is outside your scope. */
  staffAssessment: StaffAssessment;
  /** The assessments of inspection staff you may see (the office and the leading group only), latest first. */
  staffAssessments: StaffAssessmentList;
  /** The team's current members you may staff on the inspection, by name, each with post, unit and recusal grounds (at most 50). */
  staffCandidates: Array<InspectionCandidate>;
  /** A person's service history: every inspection they served on, as staff or as granted leader, newest first; for the office and the leading group (the inspections of their group) and for the person themselves. NOT_FOUND for anyone else. */
  staffService: StaffServiceEntryList;
  /** One supervised matter. NOT_FOUND if it does not exist or is outside your scope. */
  supervisionItem: SupervisionItem;
  /** The supervised matter records you may see, oldest first. */
  supervisionItems: SupervisionItemList;
  /** One individual talk. NOT_FOUND if it does not exist or is outside your scope. */
  talk: Talk;
  /** The individual talk records you may see, newest first. */
  talks: TalkList;
  /** One training record. NOT_FOUND if it does not exist or is outside your scope. */
  trainingRecord: TrainingRecord;
  /** The training records of inspection staff you may see (the office and the leading group: their staff; anyone: their own), latest first. */
  trainingRecords: TrainingRecordList;
};


export type QueryAccountArgs = {
  id: Scalars['Int']['input'];
};


export type QueryAccountsArgs = {
  filter: InputMaybe<AccountFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<AccountSort>>;
};


export type QueryActivitiesArgs = {
  filter: InputMaybe<AssignmentRecordFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<ActivitySort>>;
};


export type QueryActivityArgs = {
  id: Scalars['Int']['input'];
};


export type QueryAssignmentArgs = {
  id: Scalars['Int']['input'];
};


export type QueryAssignmentSummaryArgs = {
  filter: InputMaybe<AssignmentFilter>;
  groupBy?: Array<AssignmentDimension>;
  limit?: Scalars['Int']['input'];
};


export type QueryAssignmentsArgs = {
  filter: InputMaybe<AssignmentFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<AssignmentSort>>;
};


export type QueryBodiesArgs = {
  filter: InputMaybe<BodyFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<BodySort>>;
};


export type QueryBodyArgs = {
  id: Scalars['Int']['input'];
};


export type QueryBriefingArgs = {
  id: Scalars['Int']['input'];
};


export type QueryBriefingsArgs = {
  filter: InputMaybe<AssignmentRecordFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<BriefingSort>>;
};


export type QueryDeeperInquiriesArgs = {
  filter: InputMaybe<DeeperInquiryFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<DeeperInquirySort>>;
};


export type QueryDeeperInquiryArgs = {
  id: Scalars['Int']['input'];
};


export type QueryEvaluationArgs = {
  id: Scalars['Int']['input'];
};


export type QueryEvaluationCandidatesArgs = {
  assignmentId: Scalars['Int']['input'];
  page: InputMaybe<PageInput>;
};


export type QueryEvaluationsArgs = {
  filter: InputMaybe<EvaluationFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<EvaluationSort>>;
};


export type QueryExplainAccessArgs = {
  accountId: InputMaybe<Scalars['Int']['input']>;
  action?: AccessAction;
  id: Scalars['Int']['input'];
  type: RecordType;
};


export type QueryFindingArgs = {
  id: Scalars['Int']['input'];
};


export type QueryFindingSummaryArgs = {
  filter: InputMaybe<FindingFilter>;
  groupBy?: Array<FindingDimension>;
  limit?: Scalars['Int']['input'];
};


export type QueryFindingsArgs = {
  filter: InputMaybe<FindingFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<FindingSort>>;
};


export type QueryHelpRequestArgs = {
  id: Scalars['Int']['input'];
};


export type QueryHelpRequestsArgs = {
  filter: InputMaybe<HelpRequestFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<HelpRequestSort>>;
};


export type QueryHistoryArgs = {
  id: Scalars['Int']['input'];
  page: InputMaybe<PageInput>;
  subject: Scalars['String']['input'];
};


export type QueryIntakeItemArgs = {
  id: Scalars['Int']['input'];
};


export type QueryIntakeItemsArgs = {
  filter: InputMaybe<IntakeItemFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<IntakeItemSort>>;
};


export type QueryLeaderCandidatesArgs = {
  assignmentId: Scalars['Int']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryLeaderGrantArgs = {
  id: Scalars['Int']['input'];
};


export type QueryLeaderGrantsArgs = {
  filter: InputMaybe<LeaderGrantFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<LeaderGrantSort>>;
};


export type QueryMembershipArgs = {
  id: Scalars['Int']['input'];
};


export type QueryMembershipsArgs = {
  filter: InputMaybe<MembershipFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<MembershipSort>>;
};


export type QueryMyQueueArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryMySessionsArgs = {
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<SessionSort>>;
};


export type QueryPeopleArgs = {
  filter: InputMaybe<PersonFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<PersonSort>>;
};


export type QueryPersonArgs = {
  id: Scalars['Int']['input'];
};


export type QueryPersonRelationArgs = {
  id: Scalars['Int']['input'];
};


export type QueryPersonRelationsArgs = {
  filter: InputMaybe<PersonRelationFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<PersonRelationSort>>;
};


export type QueryPlanTargetChoicesArgs = {
  leadingGroupId: Scalars['Int']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryPoolEntriesArgs = {
  filter: InputMaybe<PoolEntryFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<PoolEntrySort>>;
};


export type QueryPoolEntryArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRecordsRequestArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRecordsRequestsArgs = {
  filter: InputMaybe<RecordsRequestFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<RecordsRequestSort>>;
};


export type QueryRectificationItemArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRectificationItemsArgs = {
  filter: InputMaybe<RectificationItemFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<RectificationItemSort>>;
};


export type QueryRectificationSummaryArgs = {
  filter: InputMaybe<RectificationItemFilter>;
  groupBy?: Array<RectificationDimension>;
  limit?: Scalars['Int']['input'];
};


export type QueryRecusalCheckArgs = {
  assignmentId: Scalars['Int']['input'];
  personId: Scalars['Int']['input'];
};


export type QueryReportArgs = {
  id: Scalars['Int']['input'];
};


export type QueryReportsArgs = {
  filter: InputMaybe<AssignmentRecordFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<ReportSort>>;
};


export type QueryRoundArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRoundReportArgs = {
  roundId: Scalars['Int']['input'];
};


export type QueryRoundsArgs = {
  filter: InputMaybe<RoundFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<RoundSort>>;
};


export type QuerySavedQueriesArgs = {
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<SavedQuerySort>>;
};


export type QueryStaffAssessmentArgs = {
  id: Scalars['Int']['input'];
};


export type QueryStaffAssessmentsArgs = {
  filter: InputMaybe<StaffAssessmentFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<StaffAssessmentSort>>;
};


export type QueryStaffCandidatesArgs = {
  assignmentId: Scalars['Int']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryStaffServiceArgs = {
  page: InputMaybe<PageInput>;
  personId: Scalars['Int']['input'];
};


export type QuerySupervisionItemArgs = {
  id: Scalars['Int']['input'];
};


export type QuerySupervisionItemsArgs = {
  filter: InputMaybe<SupervisionItemFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<SupervisionItemSort>>;
};


export type QueryTalkArgs = {
  id: Scalars['Int']['input'];
};


export type QueryTalksArgs = {
  filter: InputMaybe<TalkFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<TalkSort>>;
};


export type QueryTrainingRecordArgs = {
  id: Scalars['Int']['input'];
};


export type QueryTrainingRecordsArgs = {
  filter: InputMaybe<TrainingRecordFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<Array<TrainingRecordSort>>;
};

/** The answers to one free question, in an order that does not follow the order they were cast in. */
export type QuestionAnswers = {
  /** The answers given (blank ones are not kept), sorted by their text. */
  answers: Array<Scalars['String']['output']>;
  /** The question. */
  question: Scalars['String']['output'];
  /** The question’s number, from 1. */
  questionId: Scalars['Int']['output'];
};

/** The items of one kind that wait for you: the first ones, and how many in all. */
export type QueueGroup = {
  /** The first of them (at most `limit`), the most pressing first. */
  items: Array<QueueItem>;
  /** What kind of work they are. */
  kind: QueueKind;
  /** How many wait in all. */
  totalCount: Scalars['Int']['output'];
};

/** One thing that waits for you: the record it points at, named by names, and why it waits. */
export type QueueItem = {
  /** For a finding: its focus area. */
  category: Maybe<FindingCategory>;
  /** The day it is due (YYYY-MM-DD), where it has one. */
  dueOn: Maybe<Scalars['String']['output']>;
  /** The title of the plan (round) of the inspection it belongs to; null where none. */
  inspectionName: Maybe<Scalars['String']['output']>;
  /** What kind of work it is. */
  kind: QueueKind;
  /** For an inspection to advance: the conditions of its next stage that do not hold, in the words the refusal uses. */
  lacks: Array<Scalars['String']['output']>;
  /** Why it waits. */
  reason: QueueReason;
  /** The id of the record it points at. */
  recordId: Scalars['Int']['output'];
  /** The type of the record it points at, as the permission rules name it (Round, Assignment, Finding, …). */
  recordType: Scalars['String']['output'];
  /** For a membership: the role proposed. */
  role: Maybe<MembershipRole>;
  /** The day it began to wait (YYYY-MM-DD), where that is recorded. */
  since: Maybe<Scalars['String']['output']>;
  /** For an inspection: its current stage. */
  stage: Maybe<Stage>;
  /** The inspected body (for a membership: the body it is held in), by its name; null where there is none. */
  targetName: Maybe<Scalars['String']['output']>;
  /** The English name of that body. */
  targetNameEn: Maybe<Scalars['String']['output']>;
  /** The record's own words: a plan's title, a finding's sub-kind, the matter of a rectification or supervision item, the question of a request for help, the person of a membership, the inspected body of an inspection or report. */
  title: Scalars['String']['output'];
  /** For an inspection to advance: the stage it would enter. */
  toStage: Maybe<Stage>;
};

/** What kind of work waits: each kind is listed only for those whose rules let them do it. */
export type QueueKind =
  /** A finding the leading group decided to transfer that the office has not yet transferred. */
  | 'FINDING_TO_TRANSFER'
  /** A request for help sent to your department, past the day an answer was wanted and still to be answered or declined (answerHelpRequest, declineHelpRequest). */
  | 'HELP_REQUEST_DUE'
  /** A request for help your team sent, past the day an answer was wanted and still awaiting the department’s answer. */
  | 'HELP_REQUEST_OVERDUE'
  /** An inspection you are staffed on that is in inquiry: its fieldwork is yours until it ends. */
  | 'INQUIRY_UNDER_WAY'
  /** An open inspection (Assignment) the office moves to its next stage (advanceAssignment), with what it still lacks. */
  | 'INSPECTION_TO_ADVANCE'
  /** A proposed membership waiting for your decision (as the filter awaitingMyDecision of memberships selects). */
  | 'MEMBERSHIP_TO_DECIDE'
  /** A draft plan (Round) waiting for the leading group to approve it (approveRound). */
  | 'PLAN_TO_APPROVE'
  /** Documents the team asked the target for, past their due day and not all received, to be chased (updateRecordsRequest). */
  | 'RECORDS_OVERDUE'
  /** A rectification item past its deadline that nobody has submitted progress for yet. */
  | 'RECTIFICATION_OVERDUE'
  /** A rectification item whose progress was submitted, to be checked and closed off or returned (待核验). */
  | 'RECTIFICATION_TO_VERIFY'
  /** A submitted report the leading group has not yet heard (hearReport). */
  | 'REPORT_TO_HEAR'
  /** A draft report the granted leader has not yet submitted. */
  | 'REPORT_TO_SUBMIT'
  /** A supervision item still open, for whoever follows it up. */
  | 'SUPERVISION_OPEN'
  /** A finding transferred to your department whose outcome is not recorded yet (concludeFinding). */
  | 'TRANSFER_TO_CONCLUDE'
  /** A finding flagged urgent that the leading group has not yet decided on (decideFinding). */
  | 'URGENT_FINDING';

/** Why an item of the queue waits. */
export type QueueReason =
  /** The leading group decided to transfer it (on the day in `since`). */
  | 'DECIDED_FOR_TRANSFER'
  /** It is a draft: nobody has approved or submitted it. */
  | 'DRAFT'
  /** It is in inquiry until the planned last day on site (`dueOn`). */
  | 'IN_INQUIRY'
  /** It cannot move on yet: `lacks` says what is missing. */
  | 'LACKING'
  /** It is open; `dueOn` is its deadline. */
  | 'OPEN'
  /** Its deadline (`dueOn`) has passed. */
  | 'OVERDUE'
  /** It was proposed and waits for a decision. */
  | 'PROPOSED'
  /** Every condition of its next stage holds: it can move on now. */
  | 'READY'
  /** It was submitted (since the day in `since`) and waits to be heard or checked. */
  | 'SUBMITTED'
  /** It was transferred (on the day in `since`) and its outcome is not recorded. */
  | 'TRANSFERRED'
  /** It was flagged urgent (on the day in `since`) and not yet decided on. */
  | 'URGENT';

/** Records a finding that came to light in a talk (the staff of the inspection); its source method is individual talk. */
export type RaiseFindingFromTalkInput = {
  /** Which of the four focus areas. */
  category: FindingCategory;
  /** Summary of the evidence (at most 10000 characters); the matters raised in the talk when omitted. */
  evidenceSummary?: InputMaybe<Scalars['String']['input']>;
  /** How serious it is. */
  severity: Severity;
  /** The sub-kind within the category (at most 40 characters). */
  subKind: Scalars['String']['input'];
  /** The cadre it concerns, if any. */
  subjectPersonId?: InputMaybe<Scalars['Int']['input']>;
  /** The talk it came from. */
  talkId: Scalars['Int']['input'];
};

/** Records the background received. */
export type ReceiveBriefingInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Day it arrived (YYYY-MM-DD). */
  receivedOn: Scalars['String']['input'];
  /** What the background says (at most 10000 characters). */
  summary: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The target's progress on an item (its liaison); reports it done for the office to check. */
export type RecordProgressInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** What has been done (at most 10000 characters). */
  progress: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A kind of record, as the permission rules name it. */
export type RecordType =
  /** A Account record (the type of the same name). */
  | 'Account'
  /** A Activity record (the type of the same name). */
  | 'Activity'
  /** A Assignment record (the type of the same name). */
  | 'Assignment'
  /** A AssignmentMember record (the type of the same name). */
  | 'AssignmentMember'
  /** A Body record (the type of the same name). */
  | 'Body'
  /** A Briefing record (the type of the same name). */
  | 'Briefing'
  /** A DeeperInquiry record (the type of the same name). */
  | 'DeeperInquiry'
  /** A Evaluation record (the type of the same name). */
  | 'Evaluation'
  /** A Finding record (the type of the same name). */
  | 'Finding'
  /** A HelpRequest record (the type of the same name). */
  | 'HelpRequest'
  /** A IntakeItem record (the type of the same name). */
  | 'IntakeItem'
  /** A LeaderGrant record (the type of the same name). */
  | 'LeaderGrant'
  /** A Membership record (the type of the same name). */
  | 'Membership'
  /** A Person record (the type of the same name). */
  | 'Person'
  /** A PersonRelation record (the type of the same name). */
  | 'PersonRelation'
  /** A PoolEntry record (the type of the same name). */
  | 'PoolEntry'
  /** A RecordsRequest record (the type of the same name). */
  | 'RecordsRequest'
  /** A RectificationItem record (the type of the same name). */
  | 'RectificationItem'
  /** A Report record (the type of the same name). */
  | 'Report'
  /** A Round record (the type of the same name). */
  | 'Round'
  /** A RoundTarget record (the type of the same name). */
  | 'RoundTarget'
  /** A SavedQuery record (the type of the same name). */
  | 'SavedQuery'
  /** A StaffAssessment record (the type of the same name). */
  | 'StaffAssessment'
  /** A SupervisionItem record (the type of the same name). */
  | 'SupervisionItem'
  /** A Talk record (the type of the same name). */
  | 'Talk'
  /** A TrainingRecord record (the type of the same name). */
  | 'TrainingRecord';

/** Documents, archives or minutes the team asked the target for (调阅、复制文件、档案、会议记录), and what it received. */
export type RecordsRequest = {
  /** The inspection; null when outside your scope. */
  assignment: Maybe<Assignment>;
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** What was asked for. */
  description: Scalars['String']['output'];
  /** Day it is due (YYYY-MM-DD); overdue from the day after, until all of it is received. */
  dueOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Past its due day (in the configured time zone) and not all received. */
  overdue: Scalars['Boolean']['output'];
  /** What was received, and what is still missing. */
  receivedNote: Maybe<Scalars['String']['output']>;
  /** Day the last of what was received came (YYYY-MM-DD); null while nothing has. */
  receivedOn: Maybe<Scalars['String']['output']>;
  /** Day it was asked for (YYYY-MM-DD). */
  requestedOn: Scalars['String']['output'];
  /** How much of it was received. */
  status: RecordsRequestStatus;
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of records requests: `q` searches what was asked and received; `from` and `to` the day asked. */
export type RecordsRequestFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only requests past their due day and not fully received (true), or only the others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<RecordsRequestStatus>>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A page of RecordsRequest records and how many match in all. */
export type RecordsRequestList = {
  /** The records on this page. */
  items: Array<RecordsRequest>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a RecordsRequest list; the id always breaks ties. */
export type RecordsRequestSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: RecordsRequestSortField;
};

/** The fields a RecordsRequest list can be sorted by. */
export type RecordsRequestSortField =
  | 'CREATED_AT'
  | 'DUE_ON'
  | 'RECEIVED_ON'
  | 'REQUESTED_ON'
  | 'STATUS';

/** How much of what was asked for the target has handed over. */
export type RecordsRequestStatus =
  /** Part of it received. */
  | 'PARTLY_RECEIVED'
  /** All of it received. */
  | 'RECEIVED'
  /** Asked for; nothing received yet. */
  | 'REQUESTED';

/** What rectification items can be grouped by. */
export type RectificationDimension =
  /** The month of its deadline (YYYY-MM). */
  | 'MONTH'
  /** The plan (its round id). */
  | 'ROUND'
  /** The inspection's current stage (Stage). */
  | 'STAGE'
  /** DONE (closed off), OVERDUE (past its deadline and not closed) or OPEN (the rest). */
  | 'STATE'
  /** Where it stands (RectificationStatus). */
  | 'STATUS'
  /** The inspected body that must rectify (its id). */
  | 'TARGET'
  /** The inspected body's administrative level (BodyLevel). */
  | 'TARGET_LEVEL'
  /** The inspection team (its body id). */
  | 'TEAM';

/** A rectification item (整改事项) sent to the target with the feedback, with a deadline. */
export type RectificationItem = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** Day the office closed it off (YYYY-MM-DD). */
  closedOn: Maybe<Scalars['String']['output']>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Deadline (YYYY-MM-DD). */
  deadline: Scalars['String']['output'];
  /** What must be rectified. */
  description: Scalars['String']['output'];
  /** The finding it answers, if any. */
  findingId: Maybe<Scalars['Int']['output']>;
  /** The name of the finding it answers (its kind), even where you may not read that record itself; null when there is none. */
  findingLabel: Maybe<Label>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Past its deadline and not closed off. */
  overdue: Scalars['Boolean']['output'];
  /** Progress as recorded by the target’s liaison. */
  progress: Scalars['String']['output'];
  /** Why the office sent it back, the last time it did. */
  returnNote: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: RectificationStatus;
  /** The target's reporting path; its liaisons see the items addressed to it. */
  targetPath: Scalars['String']['output'];
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of rectification items: `q` searches the description and progress; `from` and `to` the deadline. */
export type RectificationItemFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only items past their deadline and not closed (true), or only the others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<RectificationStatus>>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A page of RectificationItem records and how many match in all. */
export type RectificationItemList = {
  /** The records on this page. */
  items: Array<RectificationItem>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a RectificationItem list; the id always breaks ties. */
export type RectificationItemSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: RectificationItemSortField;
};

/** The fields a RectificationItem list can be sorted by. */
export type RectificationItemSortField =
  | 'CLOSED_ON'
  | 'CREATED_AT'
  | 'DEADLINE'
  | 'STATUS';

/** How far the rectification items of a finding or an inspection went (counts of the items you may see). */
export type RectificationProgress = {
  /** Items checked and closed off by the office (销号). */
  closed: Scalars['Int']['output'];
  /** Items being worked on by the target (or sent back by the office). */
  open: Scalars['Int']['output'];
  /** Items past their deadline and not closed off. */
  overdue: Scalars['Int']['output'];
  /** Items the liaison reported done, awaiting the office check. */
  submitted: Scalars['Int']['output'];
  /** All the items. */
  total: Scalars['Int']['output'];
};

/** Where a rectification item stands. */
export type RectificationStatus =
  /** Checked and closed off by the office (销号). */
  | 'CLOSED'
  /** Being worked on by the target (or sent back by the office). */
  | 'OPEN'
  /** The liaison reported it done; awaiting the office check. */
  | 'SUBMITTED';

/** Takes a person off an open inspection, with the reason (the office). */
export type RemoveStaffInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Why they are taken off, 1 to 500 characters; kept with the staffing and in its history. */
  reason: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Takes a person off an open inspection and staffs another in their place, in one change (the office). */
export type ReplaceStaffInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The person who takes the place; a current member of the inspection's team. */
  personId: Scalars['Int']['input'];
  /** Why the first person is taken off, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** A justified exception (回避例外) when the new person has a recusal ground, 10 to 500 characters; refused without one. */
  recusalException?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** An inspection's report to the leading group (巡视汇报), and the hearing of it. */
export type Report = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Day the leading group heard it (YYYY-MM-DD). */
  heardOn: Maybe<Scalars['String']['output']>;
  /** Notes of the hearing. */
  hearingNote: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Who submitted it. */
  submittedById: Maybe<Scalars['Int']['output']>;
  /** The name of the person who submitted it, even where you may not read that record itself; null when there is none. */
  submittedByLabel: Maybe<Label>;
  /** Day the granted leader submitted it (YYYY-MM-DD); null while a draft. */
  submittedOn: Maybe<Scalars['String']['output']>;
  /** Suggestions to the leading group. */
  suggestions: Scalars['String']['output'];
  /** The situation found, drafted from the recorded findings and activities. */
  summary: Scalars['String']['output'];
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A page of Report records and how many match in all. */
export type ReportList = {
  /** The records on this page. */
  items: Array<Report>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Report list; the id always breaks ties. */
export type ReportSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: ReportSortField;
};

/** The fields a Report list can be sorted by. */
export type ReportSortField =
  | 'CREATED_AT'
  | 'HEARD_ON'
  | 'SUBMITTED_ON';

/** Asks one of the four background bodies about the target (the office, during preparation). */
export type RequestBriefingInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** Day it was requested (YYYY-MM-DD). */
  requestedOn: Scalars['String']['input'];
  /** A discipline commission, organisation department, audit office or petition bureau. */
  sourceBodyId: Scalars['Int']['input'];
};

/** A new password for an account. */
export type ResetPasswordInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The new password, 10 to 200 characters. */
  password: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Retires a record: it stays on file, out of service from the given day. */
export type RetireInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Day it leaves service (YYYY-MM-DD); today when omitted. */
  on?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Revokes a leader's grant before its last day, with the reason. */
export type RevokeLeaderGrantInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Why the grant is revoked, 1 to 500 characters; kept with the grant and in its history. */
  reason: Scalars['String']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A leading group's plan (巡视计划) for a year or a phase: which bodies its teams will inspect. */
export type Round = {
  /** Day the leading group approved it (YYYY-MM-DD). */
  approvedOn: Maybe<Scalars['String']['output']>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The leading group; null when outside your scope. */
  leadingGroup: Maybe<Body>;
  /** The leading group whose plan it is. */
  leadingGroupId: Scalars['Int']['output'];
  /** The name of the leading group whose plan it is, even where you may not read that record itself; null when there is none. */
  leadingGroupLabel: Maybe<Label>;
  /** The leading group's reporting path; decides who may see the plan. */
  leadingGroupPath: Scalars['String']['output'];
  /** The plan's next step: approval by the leading group while a draft, then teams for the targets not yet assigned; null when every target has an inspection. */
  nextStep: Maybe<NextStep>;
  /** The round number within the year (第几轮). */
  number: Scalars['Int']['output'];
  /** Draft or approved. */
  status: RoundStatus;
  /** The bodies the plan names. */
  targets: Array<RoundTarget>;
  /** Title of the plan. */
  title: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
  /** The year the plan is for. */
  year: Scalars['Int']['output'];
};


/** A leading group's plan (巡视计划) for a year or a phase: which bodies its teams will inspect. */
export type RoundTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows a list of plans. */
export type RoundFilter = {
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only plans of this leading group. */
  leadingGroupId?: InputMaybe<Scalars['Int']['input']>;
  /** Only plans in this status. */
  status?: InputMaybe<RoundStatus>;
  /** Only plans for this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A plan as its report names it: the heading, not the record. */
export type RoundHeading = {
  /** Day it was approved. */
  approvedOn: Maybe<Scalars['String']['output']>;
  /** The round. */
  id: Scalars['Int']['output'];
  /** The leading group whose plan it is. */
  leadingGroupId: Scalars['Int']['output'];
  /** The round number within the year. */
  number: Scalars['Int']['output'];
  /** Draft or approved. */
  status: RoundStatus;
  /** Title of the plan. */
  title: Scalars['String']['output'];
  /** The year the plan is for. */
  year: Scalars['Int']['output'];
};

/** A page of Round records and how many match in all. */
export type RoundList = {
  /** The records on this page. */
  items: Array<Round>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A plan's figures for the committee: its inspections, what they found, what was done with it. */
export type RoundReport = {
  /** Findings by category (the four focus areas). */
  findingsByCategory: Summary;
  /** Findings by where they stand; the total averages days from recording to transfer. Null for those who may only count findings, who may not group them by status (findingsByCategory gives them the same average). */
  findingsByStatus: Maybe<Summary>;
  /** Findings by inspected body. */
  findingsByTarget: Summary;
  /** Its inspections by stage. */
  inspectionsByStage: Summary;
  /** Rectification items done, open and overdue; overdue ones average days late. */
  rectificationByState: Summary;
  /** The plan. */
  round: RoundHeading;
  /** Findings flagged urgent (reported at once). Null for those who may only count findings, who may not filter them by the flag. */
  urgentFindings: Maybe<SummaryGroup>;
};

/** One sort key of a Round list; the id always breaks ties. */
export type RoundSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: RoundSortField;
};

/** The fields a Round list can be sorted by. */
export type RoundSortField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'STATUS'
  | 'YEAR';

/** Where a plan stands. */
export type RoundStatus =
  /** Approved by the leading group; assignments can be made. */
  | 'APPROVED'
  /** Drafted by the office; nothing can be assigned from it yet. */
  | 'DRAFT';

/** A body a plan names for inspection. */
export type RoundTarget = {
  /** The body; null when outside your scope. */
  body: Maybe<Body>;
  /** The body to be inspected. */
  bodyId: Scalars['Int']['output'];
  /** The name of the body to be inspected, even where you may not read that record itself; null when there is none. */
  bodyLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The plan's leading group path; decides who may see it. */
  leadingGroupPath: Scalars['String']['output'];
  /** The plan. */
  roundId: Scalars['Int']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A query kept in the caller's query workbench. Only the account that saved it sees it. */
export type SavedQuery = {
  /** The account that saved it. */
  accountId: Scalars['Int']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Its name, unique among your saved queries (at most 100 characters). */
  name: Scalars['String']['output'];
  /** The GraphQL document. */
  query: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** The variables as a JSON object, as written; null when there are none. */
  variables: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A page of SavedQuery records and how many match in all. */
export type SavedQueryList = {
  /** The records on this page. */
  items: Array<SavedQuery>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a SavedQuery list; the id always breaks ties. */
export type SavedQuerySort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: SavedQuerySortField;
};

/** The fields a SavedQuery list can be sorted by. */
export type SavedQuerySortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** How a person served on an inspection. */
export type ServiceRole =
  /** Its team leader, by a grant for this inspection (一次一授权). */
  | 'LEADER'
  /** Staffed on it as a member of its team. */
  | 'MEMBER';

/** One sign-in of an account, and the tokens issued for it. */
export type Session = {
  /** The account signed in. */
  accountId: Scalars['Int']['output'];
  /** The network address the sign-in came from. */
  clientAddress: Scalars['String']['output'];
  /** When the sign-in happened (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Whether this is the session the request came through. */
  current: Scalars['Boolean']['output'];
  /** Why it ended: SIGNED_OUT, ENDED_BY_USER, PASSWORD_CHANGED, PASSWORD_RESET, DEACTIVATED, ROLE_REMOVED. */
  endReason: Maybe<Scalars['String']['output']>;
  /** When the session was ended (ISO-8601, UTC); null while open. */
  endedAt: Maybe<Scalars['String']['output']>;
  /** When its tokens expire (ISO-8601, UTC). */
  expiresAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The browser or program that signed in, as it named itself (cut to 200 characters). */
  userAgent: Scalars['String']['output'];
};

/** A page of Session records and how many match in all. */
export type SessionList = {
  /** The records on this page. */
  items: Array<Session>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Session list; the id always breaks ties. */
export type SessionSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: SessionSortField;
};

/** The fields a Session list can be sorted by. */
export type SessionSortField =
  | 'CREATED_AT'
  | 'ENDED_AT'
  | 'EXPIRES_AT';

/** How serious a finding is. */
export type Severity =
  /** 严重 */
  | 'GRAVE'
  /** 一般 */
  | 'MINOR'
  /** 较重 */
  | 'SERIOUS';

/** A signed token to send as `Authorization: Bearer <token>`; it names the session the sign-in opened. */
export type SignedIn = {
  /** When the token stops working (ISO-8601, UTC). */
  expiresAt: Scalars['String']['output'];
  /** The bearer token; it stops working when it expires or its session is ended (signOut, a password reset, a deactivation). */
  token: Scalars['String']['output'];
};

/** Order of a sort key. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** The office's assessment (考核) of one person's work on one inspection they served on, as staff or as its granted leader: at most one per person and inspection, made once the inspection has reached REPORTING. Read by the office and the leading group only; never by the person assessed or their peers. */
export type StaffAssessment = {
  /** Day of the assessment (YYYY-MM-DD). */
  assessedOn: Scalars['String']['output'];
  /** The inspection; null when outside your scope. */
  assignment: Maybe<Assignment>;
  /** The inspection the work was done on. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection (its target and plan), even where you may not read that record itself. */
  assignmentLabel: Maybe<Label>;
  /** The comment that explains the grade. */
  comment: Scalars['String']['output'];
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The grade. */
  grade: AssessmentGrade;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The person assessed; null when outside your scope. */
  person: Maybe<Person>;
  /** The person assessed. */
  personId: Scalars['Int']['output'];
  /** The name of the person assessed, even where you may not read that record itself. */
  personLabel: Maybe<Label>;
  /** How the person served on the inspection (the leader when they held its grant). */
  servedAs: ServiceRole;
  /** The inspection team's reporting path (under its leading group); decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of assessments; all given conditions must hold. */
export type StaffAssessmentFilter = {
  /** Only the assessments of work on this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these grades. */
  grades?: InputMaybe<Array<AssessmentGrade>>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only the assessments of this person. */
  personId?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of StaffAssessment records and how many match in all. */
export type StaffAssessmentList = {
  /** The records on this page. */
  items: Array<StaffAssessment>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a StaffAssessment list; the id always breaks ties. */
export type StaffAssessmentSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: StaffAssessmentSortField;
};

/** The fields a StaffAssessment list can be sorted by. */
export type StaffAssessmentSortField =
  | 'ASSESSED_ON'
  | 'CREATED_AT';

/** Staffs a person on an inspection (the office). */
export type StaffAssignmentInput = {
  /** The inspection. */
  assignmentId: Scalars['Int']['input'];
  /** The person. */
  personId: Scalars['Int']['input'];
  /** A justified exception (回避例外) when the person has a recusal ground, 10 to 500 characters; refused without one. */
  recusalException?: InputMaybe<Scalars['String']['input']>;
};

/** One inspection a person served on, and how (a line of their service history). */
export type StaffServiceEntry = {
  /** The inspection. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection (its target and plan), even where you may not read that record itself. */
  assignmentLabel: Maybe<Label>;
  /** Day the inspection closed (YYYY-MM-DD); null while it is open. */
  closedOn: Maybe<Scalars['String']['output']>;
  /** Day the service ended early (YYYY-MM-DD): the person was taken off the inspection, or the grant was revoked; null otherwise. */
  endedEarlyOn: Maybe<Scalars['String']['output']>;
  /** First day of the service (YYYY-MM-DD): the inspection's planned first day on site, or the grant's first day. */
  fromDay: Scalars['String']['output'];
  /** The staffing (AssignmentMember) or the grant (LeaderGrant) the line comes from. */
  recordId: Scalars['Int']['output'];
  /** Member of its staff, or its leader by grant. */
  role: ServiceRole;
  /** Where the inspection stands now. */
  stage: Stage;
  /** The inspection team. */
  teamId: Scalars['Int']['output'];
  /** The name of the inspection team, even where you may not read that record itself. */
  teamLabel: Maybe<Label>;
  /** Last day of the service (YYYY-MM-DD): the inspection's planned last day on site, or the grant's last day. */
  untilDay: Scalars['String']['output'];
};

/** A page of StaffServiceEntry records and how many match in all. */
export type StaffServiceEntryList = {
  /** The records on this page. */
  items: Array<StaffServiceEntry>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The stages of an inspection, in order; an assignment moves forward one stage at a time. */
export type Stage =
  /** Finished; team members lose access to its records. */
  | 'CLOSED'
  /** 巡视反馈: findings and rectification suggestions to the inspected body. */
  | 'FEEDBACK'
  /** 巡视了解: contact channels announced, the nine methods, intake. */
  | 'INQUIRY'
  /** 巡视准备: background from the four bodies, the work plan, the notice. */
  | 'PREPARATION'
  /** 巡视汇报: the report to the leading group, which hears it. */
  | 'REPORTING'
  /** 移交督办: decided matters transferred by cadre management authority and supervised. */
  | 'TRANSFER';

/** What the next step of a plan or an inspection is. */
export type StepAction =
  /** The office moves the inspection to its next stage (advanceAssignment). */
  | 'ADVANCE'
  /** The leading group approves the draft plan (approveRound). */
  | 'APPROVE_PLAN'
  /** The office assigns a team to each target of the approved plan that has none yet (createAssignment). */
  | 'ASSIGN_TEAMS';

/** Who takes a step: a role held in a body. */
export type StepActor = {
  /** The body the role is held in; null when no such body is on file. */
  bodyId: Maybe<Scalars['Int']['output']>;
  /** The body's name; null when it is outside your scope or not on file. */
  bodyName: Maybe<Scalars['String']['output']>;
  /** The role that takes the step. */
  role: MembershipRole;
};

/** A reason to pause before taking a step, though it is allowed. */
export type StepWarning = {
  /** What kind of warning it is. */
  code: StepWarningCode;
  /** The warning in words. */
  message: Scalars['String']['output'];
  /** The planned day the step runs ahead of (YYYY-MM-DD). */
  plannedOn: Scalars['String']['output'];
};

/** Why taking the step now may be premature. */
export type StepWarningCode =
  /** Ending inquiry before the planned last day on site. */
  | 'AHEAD_OF_END'
  /** Entering inquiry before the planned first day on site. */
  | 'AHEAD_OF_START';

/** The tally of one subject. Counts are null when withheld. */
export type SubjectResult = {
  /** Ballots that rated this subject (not counting those that left it unrated). */
  ballots: Scalars['Int']['output'];
  /** 基本称职: ballots rating it basically competent; null when withheld. */
  basicallyCompetent: Maybe<Scalars['Int']['output']>;
  /** 称职: ballots rating it competent; null when withheld. */
  competent: Maybe<Scalars['Int']['output']>;
  /** The person’s name, or 领导班子 for the leading body. */
  name: Scalars['String']['output'];
  /** 不称职: ballots rating it not competent; null when withheld. */
  notCompetent: Maybe<Scalars['Int']['output']>;
  /** The person rated; null for the leading body. */
  personId: Maybe<Scalars['Int']['output']>;
  /** The subject’s id within the evaluation: 0 for the leading body, else the person’s id. */
  subjectId: Scalars['Int']['output'];
  /** 弃权/不了解: ballots leaving it unrated; null when withheld. */
  unrated: Maybe<Scalars['Int']['output']>;
  /** Whether the counts are withheld: fewer ballots rated this subject than the minimum group. */
  withheld: Scalars['Boolean']['output'];
};

/** Counts over the records you may see (or only count), grouped by the dimensions asked. */
export type Summary = {
  /** The names of the bodies the groups are keyed by (for the dimensions TARGET and TEAM), one per body; empty when no key is a body. */
  bodyNames: Array<KeyedBodyName>;
  /** The dimensions grouped by, in order; each group key follows it. */
  dimensions: Array<Scalars['String']['output']>;
  /** How many groups there are in all (more than `groups` holds when cut at `limit`). */
  groupCount: Scalars['Int']['output'];
  /** The groups, largest first, at most `limit` of them. */
  groups: Array<SummaryGroup>;
  /** N: a caller who may only count learns nothing about a set of fewer than N records about named people, and sees no average over fewer than N records. */
  minimumGroupSize: Scalars['Int']['output'];
  /** True when you may count these records but not read them (a committee leader): then every count, total and average leaves out the sets of fewer than minimumGroupSize records about named people that you may not read, and only the dimensions and filters that cannot single such a set out are accepted. True whether or not anything was left out, so that it says nothing about the data; false for a caller who may read what is counted, and for inspections, which are about bodies, not people. */
  suppressed: Scalars['Boolean']['output'];
  /** All matching records together (its key is empty). */
  total: SummaryGroup;
};

/** One group of a summary: the values it is keyed by and what it counts. */
export type SummaryGroup = {
  /** The average duration in days: for findings, from being recorded to being transferred (transferred ones only); for rectification items, days late (late ones only); null where none applies, and, when you may only count, where it would be over fewer than minimumGroupSize records. */
  averageDays: Maybe<Scalars['Float']['output']>;
  /** How many records the average is over (those counted that it applies to). */
  averagedOver: Maybe<Scalars['Int']['output']>;
  /** How many records. When you may only count (Summary.suppressed), sets of fewer than minimumGroupSize records about named people are left out of it. */
  count: Maybe<Scalars['Int']['output']>;
  /** Always null: no group is shown with its count withheld. Sets too small to show are left out of every count instead (see Summary.suppressed), so that no key names them. */
  fewerThan: Maybe<Scalars['Int']['output']>;
  /** The value of each grouped dimension, in the order asked; ids and enum names as text, null where the record has none. */
  key: Array<Maybe<Scalars['String']['output']>>;
  /** Always false: no group is shown with its count withheld (see fewerThan and Summary.suppressed). */
  withheld: Scalars['Boolean']['output'];
};

/** A matter the leading group decided, supervised by the office until the responsible body has handled it (督办). */
export type SupervisionItem = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself; null when there is none. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Deadline (YYYY-MM-DD). */
  deadline: Scalars['String']['output'];
  /** Day it was found handled (YYYY-MM-DD). */
  doneOn: Maybe<Scalars['String']['output']>;
  /** The finding it follows up, if any. */
  findingId: Maybe<Scalars['Int']['output']>;
  /** The name of the finding it follows up (its kind), even where you may not read that record itself; null when there is none. */
  findingLabel: Maybe<Label>;
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The decided matter. */
  matter: Scalars['String']['output'];
  /** Notes of the follow-up. */
  note: Scalars['String']['output'];
  /** Past its deadline and not handled. */
  overdue: Scalars['Boolean']['output'];
  /** The responsible body; null when outside your scope. */
  responsibleBody: Maybe<Body>;
  /** The body responsible for handling it. */
  responsibleBodyId: Scalars['Int']['output'];
  /** The name of the responsible body, even where you may not read that record itself; null when there is none. */
  responsibleBodyLabel: Maybe<Label>;
  /** The responsible body's reporting path. */
  responsiblePath: Scalars['String']['output'];
  /** Where it stands. */
  status: SupervisionStatus;
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of supervised matters: `q` searches the matter and its notes; `from` and `to` the deadline. */
export type SupervisionItemFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only matters this body is responsible for handling. */
  responsibleBodyId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<SupervisionStatus>>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A page of SupervisionItem records and how many match in all. */
export type SupervisionItemList = {
  /** The records on this page. */
  items: Array<SupervisionItem>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a SupervisionItem list; the id always breaks ties. */
export type SupervisionItemSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: SupervisionItemSortField;
};

/** The fields a SupervisionItem list can be sorted by. */
export type SupervisionItemSortField =
  | 'CREATED_AT'
  | 'DEADLINE'
  | 'DONE_ON'
  | 'STATUS';

/** Where a supervised matter stands. */
export type SupervisionStatus =
  /** Handled, as checked by the office. */
  | 'DONE'
  /** Being handled. */
  | 'OPEN';

/** An individual talk (个别谈话) held by the staff of an inspection. The interviewee's identity is stored apart. */
export type Talk = {
  /** The inspection; null when outside your scope. */
  assignment: Maybe<Assignment>;
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** The name of the inspection it belongs to (its target and plan), even where you may not read that record itself. */
  assignmentLabel: Maybe<Label>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The findings raised from this talk that you may see, newest first. */
  findings: Array<Finding>;
  /** Day the talk was held (YYYY-MM-DD). */
  heldOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** Who was talked to: null for everyone but the staff of the open inspection. Every read is recorded. */
  interviewee: Maybe<TalkInterviewee>;
  /** The interviewee's place at the inspected body. */
  intervieweeCategory: IntervieweeCategory;
  /** The interviewee's position or post at the inspected body. */
  intervieweePost: Scalars['String']['output'];
  /** The matters the interviewee raised. */
  matters: Scalars['String']['output'];
  /** The people who held the talk: staff of the inspection or its granted leader. */
  talkerIds: Array<Scalars['Int']['output']>;
  /** The names of the people who held the talk, in the order of `talkerIds`. */
  talkerLabels: Array<Label>;
  /** The team's reporting path; decides who may see the record. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};


/** An individual talk (个别谈话) held by the staff of an inspection. The interviewee's identity is stored apart. */
export type TalkFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows a list of talks: `q` searches the post and the matters raised; `from` and `to` the day held. */
export type TalkFilter = {
  /** Only records of this inspection. */
  assignmentId?: InputMaybe<Scalars['Int']['input']>;
  /** Only talks with interviewees of these categories. */
  categories?: InputMaybe<Array<IntervieweeCategory>>;
  /** Only records dated on or after this day (YYYY-MM-DD); each list says which day. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Text found in the record's own words (at most 100 characters); % and _ match themselves. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only records of the inspections of this plan (round). */
  roundId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records of inspections of this target body. */
  targetId?: InputMaybe<Scalars['Int']['input']>;
  /** Only records dated on or before this day (YYYY-MM-DD); not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The identity of an interviewee. Protected: readable only by the staff of the open inspection. */
export type TalkInterviewee = {
  /** The inspection it belongs to. */
  assignmentId: Scalars['Int']['output'];
  /** How to reach the interviewee. Protected. */
  contact: Maybe<Scalars['String']['output']>;
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The interviewee's name. Protected. */
  name: Maybe<Scalars['String']['output']>;
  /** The talk it belongs to. */
  talkId: Scalars['Int']['output'];
  /** The team's reporting path. */
  teamPath: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** A page of Talk records and how many match in all. */
export type TalkList = {
  /** The records on this page. */
  items: Array<Talk>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a Talk list; the id always breaks ties. */
export type TalkSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: TalkSortField;
};

/** The fields a Talk list can be sorted by. */
export type TalkSortField =
  | 'CREATED_AT'
  | 'HELD_ON'
  | 'INTERVIEWEE_CATEGORY';

/** A course of training one of the inspection staff took (培训), kept by the office of the leading group whose staff they are: a member of one of its teams or of its team-leader pool. Read by that office and that leading group, and by the person themselves. */
export type TrainingRecord = {
  /** When the record was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Last day (YYYY-MM-DD). */
  endsOn: Scalars['String']['output'];
  /** Hours of instruction (学时). */
  hours: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['Int']['output'];
  /** The leading group whose inspection staff the person is, and whose office keeps the record. */
  leadingGroupId: Scalars['Int']['output'];
  /** The name of the leading group, even where you may not read that record itself. */
  leadingGroupLabel: Maybe<Label>;
  /** The leading group's reporting path; decides who may see the record. */
  leadingGroupPath: Scalars['String']['output'];
  /** The person; null when outside your scope. */
  person: Maybe<Person>;
  /** The person trained. */
  personId: Scalars['Int']['output'];
  /** The name of the person trained, even where you may not read that record itself. */
  personLabel: Maybe<Label>;
  /** Who gave it (a party school, the office itself, …); empty when not recorded. */
  provider: Scalars['String']['output'];
  /** The result (passed, a certificate, …) and remarks; empty when none. */
  result: Scalars['String']['output'];
  /** Day the record was retired (YYYY-MM-DD); null while in force. */
  retiredOn: Maybe<Scalars['String']['output']>;
  /** First day (YYYY-MM-DD). */
  startsOn: Scalars['String']['output'];
  /** The course or its title. */
  title: Scalars['String']['output'];
  /** When the record last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; an update must send the version it was based on. */
  version: Scalars['Int']['output'];
};

/** Narrows a list of training records; all given conditions must hold. */
export type TrainingRecordFilter = {
  /** Only these ids (at most 100). */
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Include retired records. */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the records kept for this leading group. */
  leadingGroupId?: InputMaybe<Scalars['Int']['input']>;
  /** Only the records of this person. */
  personId?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of TrainingRecord records and how many match in all. */
export type TrainingRecordList = {
  /** The records on this page. */
  items: Array<TrainingRecord>;
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One sort key of a TrainingRecord list; the id always breaks ties. */
export type TrainingRecordSort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: TrainingRecordSortField;
};

/** The fields a TrainingRecord list can be sorted by. */
export type TrainingRecordSortField =
  | 'CREATED_AT'
  | 'HOURS'
  | 'STARTS_ON';

/** Transfers a decided finding (the office). Routed by the routing table unless overridden with a reason. */
export type TransferFindingInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Why the routing table is overridden (10 to 500 characters). */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Another receiving department than the routing table names; needs a reason. */
  overrideRecipientId?: InputMaybe<Scalars['Int']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an account; omitted fields stay as they are. */
export type UpdateAccountInput = {
  /** Reactivate (true) or deactivate (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Login name: lower-case letters, digits, dots, hyphens, underscores; 3 to 60 characters. */
  login?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an inspection that is not closed; omitted fields stay as they are. */
export type UpdateAssignmentInput = {
  /** Contact channels to announce to the target (phone, mailbox, post box), at most 500 characters. */
  contactChannels?: InputMaybe<Scalars['String']['input']>;
  /** Planned last day on site (YYYY-MM-DD). */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** The earlier inspection of the same target this one follows up (回头看), changed only in preparation; null makes it a first inspection again. */
  followsUpId?: InputMaybe<Scalars['Int']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Day the notice was sent to the target (YYYY-MM-DD). */
  noticeSentOn?: InputMaybe<Scalars['String']['input']>;
  /** Planned first day on site (YYYY-MM-DD). */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
  /** The work plan (工作方案), at most 10000 characters. */
  workPlan?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a body; omitted fields stay as they are. Moves go through moveBody. */
export type UpdateBodyInput = {
  /** Stable short code, unique across all bodies (at most 40 characters). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Set to null to clear. */
  hostedById?: InputMaybe<Scalars['Int']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** What kind of organisation it is. */
  kind?: InputMaybe<BodyKind>;
  /** Administrative level. */
  level?: InputMaybe<BodyLevel>;
  /** Official name in Chinese (at most 120 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Name in English (at most 200 characters). */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes an evaluation while it is a draft; fields left out stay as they are. */
export type UpdateEvaluationInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Democratic evaluation or questionnaire. */
  kind?: InputMaybe<EvaluationKind>;
  /** The persons to rate besides the leading body, replacing the list. */
  personIds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Free questions, replacing the list (each at most 500 characters). */
  questions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a finding not yet decided (its staff); omitted fields stay as they are. */
export type UpdateFindingInput = {
  /** Summary of the evidence (at most 10000 characters). */
  evidenceSummary?: InputMaybe<Scalars['String']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** How serious it is. */
  severity?: InputMaybe<Severity>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes a draft request for help (the staff of the inspection); omitted fields stay as they are. */
export type UpdateHelpRequestInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The matter (at most 10000 characters). */
  matter?: InputMaybe<Scalars['String']['input']>;
  /** The question (at most 10000 characters). */
  question?: InputMaybe<Scalars['String']['input']>;
  /** Another department or professional body to ask. */
  recipientId?: InputMaybe<Scalars['Int']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
  /** Day by which an answer is wanted (YYYY-MM-DD); not before today. */
  wantedBy?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a membership; omitted fields stay as they are. */
export type UpdateMembershipInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The role held. */
  role?: InputMaybe<MembershipRole>;
  /** First day (YYYY-MM-DD). */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Last day (YYYY-MM-DD); set to null to make the membership open-ended. */
  until?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a person; omitted fields stay as they are. */
export type UpdatePersonInput = {
  /** A new employer: both the old and the new must be in your scope. */
  employerId?: InputMaybe<Scalars['Int']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Resident identity card number (protected): 18 characters. Set to null to clear. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** The body holding cadre management authority (干部管理权限). */
  managedById?: InputMaybe<Scalars['Int']['input']>;
  /** Full name (at most 60 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Current position (职务), at most 120 characters. */
  position?: InputMaybe<Scalars['String']['input']>;
  /** Cadre rank (职级). */
  rank?: InputMaybe<CadreRank>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a pool entry; omitted fields stay as they are. */
export type UpdatePoolEntryInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Qualifications and remarks (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  since?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a records request of an open inspection (its staff), such as what was received; omitted fields stay as they are. */
export type UpdateRecordsRequestInput = {
  /** What is asked for (at most 10000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Day it is due (YYYY-MM-DD); not before the day asked. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** What was received, and what is still missing (at most 10000 characters). */
  receivedNote?: InputMaybe<Scalars['String']['input']>;
  /** Day the last of what was received came (YYYY-MM-DD); not before the day asked, not after today. */
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  /** How much of it was received; beyond REQUESTED it needs `receivedOn`. */
  status?: InputMaybe<RecordsRequestStatus>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Edits a report before it is submitted (its granted leader). */
export type UpdateReportInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Suggestions to the leading group (at most 5000 characters). */
  suggestions?: InputMaybe<Scalars['String']['input']>;
  /** The situation found (at most 10000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a draft plan; omitted fields stay as they are. */
export type UpdateRoundInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Replaces the bodies to inspect (1 to 100). */
  targetIds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Title of the plan (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to one of your saved queries; omitted fields stay as they are. */
export type UpdateSavedQueryInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Its name, unique among your saved queries (1 to 100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The GraphQL document (at most 15000 characters). */
  query?: InputMaybe<Scalars['String']['input']>;
  /** The variables as a JSON object (at most 5000 characters); null or blank removes them. */
  variables?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an assessment (the office); omitted fields stay as they are. */
export type UpdateStaffAssessmentInput = {
  /** Day of the assessment (YYYY-MM-DD). */
  assessedOn?: InputMaybe<Scalars['String']['input']>;
  /** The comment (at most 10000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The grade. */
  grade?: InputMaybe<AssessmentGrade>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Follow-up on a supervised matter (the office); omitted fields stay as they are. */
export type UpdateSupervisionItemInput = {
  /** A new deadline (YYYY-MM-DD). */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Notes of the follow-up (at most 10000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** DONE once the matter is found handled. */
  status?: InputMaybe<SupervisionStatus>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a talk of an open inspection (its staff); omitted fields stay as they are. */
export type UpdateTalkInput = {
  /** Day the talk was held (YYYY-MM-DD). */
  heldOn?: InputMaybe<Scalars['String']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The interviewee's place at the inspected body. */
  intervieweeCategory?: InputMaybe<IntervieweeCategory>;
  /** The interviewee's position or post (at most 100 characters). */
  intervieweePost?: InputMaybe<Scalars['String']['input']>;
  /** The matters raised (at most 10000 characters). */
  matters?: InputMaybe<Scalars['String']['input']>;
  /** The people who held the talk (1 to 10). */
  talkerIds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a training record (the office); omitted fields stay as they are. */
export type UpdateTrainingRecordInput = {
  /** Last day (YYYY-MM-DD), not before the first. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** Hours of instruction (1 to 2000). */
  hours?: InputMaybe<Scalars['Int']['input']>;
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Who gave it (at most 200 characters). */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** The result and remarks (at most 500 characters). */
  result?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** The course or its title (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The office's check of a reported item. */
export type Verdict =
  /** Close it off (销号). */
  | 'CLOSE'
  /** Send it back to the target. */
  | 'RETURN';

/** The office's check of an item the target reported done. */
export type VerifyRectificationInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** Why it is sent back (required to send it back), at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Close it off or send it back. */
  verdict: Verdict;
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Names the record a change applies to, and the version of it the change was based on. */
export type VersionedInput = {
  /** The id of the record. */
  id: Scalars['Int']['input'];
  /** The version you last read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The nine work methods of an inspection team. */
export type WorkMethod =
  /** (二) 列席有关会议、民主生活会和述职述廉会 */
  | 'ATTENDING_MEETINGS'
  /** (七) 民主测评、问卷调查 */
  | 'DEMOCRATIC_EVALUATION'
  /** (六) 调阅、复制文件、档案、会议记录 */
  | 'DOCUMENT_REVIEW'
  /** (九) 商请有关职能部门或者专业机构协助 */
  | 'EXPERT_ASSISTANCE'
  /** (八) 走访调研下属单位或者部门 */
  | 'FIELD_VISIT'
  /** (一) 听取工作汇报和专题汇报 */
  | 'HEARING_REPORTS'
  /** (五) 个别谈话 */
  | 'INDIVIDUAL_TALK'
  /** (三) 受理来信、来电、来访 */
  | 'LETTERS_CALLS_VISITS'
  /** (四) 召开听取意见座谈会 */
  | 'SYMPOSIUM';
