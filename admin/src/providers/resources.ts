/**
 * The console's knowledge of the API, one row per react-admin resource. The API's grammar is
 * regular (`x(id)`, `xs(filter, sort?, page)`, `createX`, `updateX`, a retire verb), so a row only
 * names what differs: the GraphQL type, which filter keys and sort keys the list accepts, the
 * fields to select, and which inputs the writes take. Everything here is copied from
 * schema/schema.graphql; a test can compare the two.
 *
 * Free of React and react-admin imports so that the pure mapping functions can be tested in Node.
 */

/** A write mutation: its name, its input type, and the input fields the console may send. */
export interface WriteSpec {
  mutation: string;
  inputType: string;
  fields: readonly string[];
}

export interface ResourceSpec {
  /** The GraphQL type, which is also the CASL subject name. */
  type: string;
  /** Query for one record by id. */
  one: string;
  /** Query for a page of records. */
  many: string;
  /** The list's filter input type. */
  filterType: string;
  /** Filter keys the list accepts besides `ids` (which every filter accepts). */
  filters: readonly string[];
  /** Present only when the list takes a `sort` argument: the sort input type and its enum values. */
  sort?: { inputType: string; fields: readonly string[] };
  /** Selection for lists and getMany. */
  fields: string;
  /** Richer selection for a single record (nested lists, protected blocks read only on demand). */
  oneFields?: string;
  create?: WriteSpec;
  update?: WriteSpec;
  /** The verb that takes a record out of service, mapped to react-admin's delete. */
  retire?: { mutation: string; inputType: 'RetireInput' | 'VersionedInput' };
  /** The GraphQL field holding the record's scope path (the `scopePath` the permission rules test). */
  scopeField?: string;
}

const STAMPS = 'version createdAt updatedAt';

export const RESOURCES = {
  bodies: {
    type: 'Body',
    one: 'body',
    many: 'bodies',
    filterType: 'BodyFilter',
    filters: ['q', 'kinds', 'levels', 'under', 'reportsToId', 'includeRetired'],
    sort: { inputType: 'BodySort', fields: ['CODE', 'CREATED_AT', 'KIND', 'LEVEL', 'NAME', 'PATH'] },
    fields: `id code name nameEn kind level path reportsToId hostedById retiredOn ${STAMPS}`,
    create: {
      mutation: 'createBody',
      inputType: 'CreateBodyInput',
      fields: ['code', 'name', 'nameEn', 'kind', 'level', 'reportsToId', 'hostedById'],
    },
    update: { mutation: 'updateBody', inputType: 'UpdateBodyInput', fields: ['code', 'name', 'nameEn', 'kind', 'level', 'hostedById'] },
    retire: { mutation: 'retireBody', inputType: 'RetireInput' },
    scopeField: 'path',
  },
  people: {
    type: 'Person',
    one: 'person',
    many: 'people',
    filterType: 'PersonFilter',
    filters: ['q', 'ranks', 'under', 'employerId', 'includeRetired'],
    sort: { inputType: 'PersonSort', fields: ['CREATED_AT', 'NAME', 'POSITION', 'RANK'] },
    fields: `id name position rank idNumber employerId managedById employerPath retiredOn ${STAMPS}`,
    create: {
      mutation: 'createPerson',
      inputType: 'CreatePersonInput',
      fields: ['name', 'position', 'rank', 'employerId', 'managedById', 'idNumber'],
    },
    update: {
      mutation: 'updatePerson',
      inputType: 'UpdatePersonInput',
      fields: ['name', 'position', 'rank', 'employerId', 'managedById', 'idNumber'],
    },
    retire: { mutation: 'retirePerson', inputType: 'RetireInput' },
    scopeField: 'employerPath',
  },
  memberships: {
    type: 'Membership',
    one: 'membership',
    many: 'memberships',
    filterType: 'MembershipFilter',
    filters: ['bodyId', 'personId', 'roles', 'statuses', 'awaitingMyDecision', 'under', 'currentOn'],
    sort: { inputType: 'MembershipSort', fields: ['CREATED_AT', 'ROLE', 'SINCE', 'UNTIL'] },
    // The person's name titles the decision dialogs and the approver's queue.
    fields: `id personId bodyId role since until status proposedByAccountId decidedByAccountId decidedAt decisionNote endedAt bodyPath person { id name } proposer { id name } decider { id name } ${STAMPS}`,
    create: {
      mutation: 'createMembership',
      inputType: 'CreateMembershipInput',
      fields: ['personId', 'bodyId', 'role', 'since', 'until'],
    },
    update: { mutation: 'updateMembership', inputType: 'UpdateMembershipInput', fields: ['role', 'since', 'until'] },
    retire: { mutation: 'endMembership', inputType: 'RetireInput' },
    scopeField: 'bodyPath',
  },
  accounts: {
    type: 'Account',
    one: 'account',
    many: 'accounts',
    filterType: 'AccountFilter',
    filters: ['q', 'active', 'personId'],
    sort: { inputType: 'AccountSort', fields: ['CREATED_AT', 'LAST_LOGIN_AT', 'LOGIN'] },
    // The account's own scope path is not public; the person's employer path is the same value.
    fields: `id login active personId lastLoginAt person { id employerPath } ${STAMPS}`,
    create: { mutation: 'createAccount', inputType: 'CreateAccountInput', fields: ['login', 'password', 'personId'] },
    update: { mutation: 'updateAccount', inputType: 'UpdateAccountInput', fields: ['login', 'active'] },
    retire: { mutation: 'deactivateAccount', inputType: 'RetireInput' },
  },
  poolEntries: {
    type: 'PoolEntry',
    one: 'poolEntry',
    many: 'poolEntries',
    filterType: 'PoolEntryFilter',
    filters: ['leadingGroupId', 'personId', 'includeRetired'],
    sort: { inputType: 'PoolEntrySort', fields: ['CREATED_AT', 'SINCE'] },
    fields: `id leadingGroupId personId note since retiredOn leadingGroupPath ${STAMPS}`,
    create: { mutation: 'createPoolEntry', inputType: 'CreatePoolEntryInput', fields: ['leadingGroupId', 'personId', 'since', 'note'] },
    update: { mutation: 'updatePoolEntry', inputType: 'UpdatePoolEntryInput', fields: ['since', 'note'] },
    retire: { mutation: 'retirePoolEntry', inputType: 'RetireInput' },
    scopeField: 'leadingGroupPath',
  },
  leaderGrants: {
    type: 'LeaderGrant',
    one: 'leaderGrant',
    many: 'leaderGrants',
    filterType: 'LeaderGrantFilter',
    filters: ['personId', 'teamId', 'validOn'],
    fields: `id personId teamId assignmentId validFrom validUntil revokedOn teamPath ${STAMPS}`,
    scopeField: 'teamPath',
  },
  personRelations: {
    type: 'PersonRelation',
    one: 'personRelation',
    many: 'personRelations',
    filterType: 'PersonRelationFilter',
    filters: ['personId'],
    fields: `id personId relation relativeName relativeBodyId employerPath relativeBodyPath ${STAMPS}`,
    create: {
      mutation: 'createPersonRelation',
      inputType: 'CreatePersonRelationInput',
      fields: ['personId', 'relation', 'relativeName', 'relativeBodyId'],
    },
    retire: { mutation: 'removePersonRelation', inputType: 'VersionedInput' },
    scopeField: 'employerPath',
  },
  rounds: {
    type: 'Round',
    one: 'round',
    many: 'rounds',
    filterType: 'RoundFilter',
    filters: ['leadingGroupId', 'status', 'year'],
    fields: `id leadingGroupId year number title status approvedOn leadingGroupPath ${STAMPS}`,
    oneFields: `id leadingGroupId year number title status approvedOn leadingGroupPath ${STAMPS} targets(first: 100) { id bodyId }`,
    create: { mutation: 'createRound', inputType: 'CreateRoundInput', fields: ['leadingGroupId', 'year', 'number', 'title', 'targetIds'] },
    update: { mutation: 'updateRound', inputType: 'UpdateRoundInput', fields: ['title', 'targetIds'] },
    scopeField: 'leadingGroupPath',
  },
  assignments: {
    type: 'Assignment',
    one: 'assignment',
    many: 'assignments',
    filterType: 'AssignmentFilter',
    filters: ['roundId', 'stages', 'targetId', 'teamId'],
    fields: `id roundId teamId targetId stage startsOn endsOn noticeSentOn closedOn teamPath targetPath team { id name } target { id name } ${STAMPS}`,
    oneFields: `id roundId teamId targetId stage startsOn endsOn noticeSentOn closedOn contactChannels workPlan publicIntakePath
      teamPath targetPath team { id name } target { id name } round { id leadingGroupId } ${STAMPS}
      staff(first: 100) { id personId recusalException }
      leaderGrants(first: 25) { id personId validFrom validUntil revokedOn }`,
    create: {
      mutation: 'createAssignment',
      inputType: 'CreateAssignmentInput',
      fields: ['roundId', 'teamId', 'targetId', 'startsOn', 'endsOn', 'workPlan'],
    },
    update: {
      mutation: 'updateAssignment',
      inputType: 'UpdateAssignmentInput',
      fields: ['startsOn', 'endsOn', 'workPlan', 'noticeSentOn', 'contactChannels'],
    },
    scopeField: 'teamPath',
  },
  briefings: {
    type: 'Briefing',
    one: 'briefing',
    many: 'briefings',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId sourceBodyId requestedOn receivedOn summary teamPath ${STAMPS}`,
    create: { mutation: 'requestBriefing', inputType: 'RequestBriefingInput', fields: ['assignmentId', 'sourceBodyId', 'requestedOn'] },
    scopeField: 'teamPath',
  },
  activities: {
    type: 'Activity',
    one: 'activity',
    many: 'activities',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId method heldOn description peopleReached teamPath ${STAMPS}`,
    create: {
      mutation: 'createActivity',
      inputType: 'CreateActivityInput',
      fields: ['assignmentId', 'method', 'heldOn', 'description', 'peopleReached'],
    },
    scopeField: 'teamPath',
  },
  intakeItems: {
    type: 'IntakeItem',
    one: 'intakeItem',
    many: 'intakeItems',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId channel receivedOn content anonymous teamPath ${STAMPS}`,
    // The informant is read only when one record is opened: every read of it is recorded.
    oneFields: `id assignmentId channel receivedOn content anonymous teamPath ${STAMPS} informant { id name contact }`,
    create: {
      mutation: 'createIntakeItem',
      inputType: 'CreateIntakeItemInput',
      fields: ['assignmentId', 'channel', 'receivedOn', 'content', 'informant'],
    },
    scopeField: 'teamPath',
  },
  findings: {
    type: 'Finding',
    one: 'finding',
    many: 'findings',
    filterType: 'FindingFilter',
    filters: ['assignmentId', 'categories', 'statuses', 'targetId', 'urgent'],
    fields: `id assignmentId targetId subjectPersonId category subKind sourceMethod severity urgent urgentOn status
      decision decidedOn decisionNote transferredToId transferredOn routingOverride outcome outcomeOn evidenceSummary
      teamPath targetPath transferredTo { id path } ${STAMPS}`,
    create: {
      mutation: 'createFinding',
      inputType: 'CreateFindingInput',
      fields: ['assignmentId', 'category', 'subKind', 'sourceMethod', 'severity', 'evidenceSummary', 'subjectPersonId'],
    },
    update: { mutation: 'updateFinding', inputType: 'UpdateFindingInput', fields: ['severity', 'evidenceSummary'] },
    scopeField: 'teamPath',
  },
  reports: {
    type: 'Report',
    one: 'report',
    many: 'reports',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId summary suggestions submittedOn submittedById heardOn hearingNote teamPath ${STAMPS}`,
    // The team leader names the inspection; the API drafts the text from what was recorded.
    create: { mutation: 'draftReport', inputType: 'DraftReportInput', fields: ['assignmentId'] },
    update: { mutation: 'updateReport', inputType: 'UpdateReportInput', fields: ['summary', 'suggestions'] },
    scopeField: 'teamPath',
  },
  rectificationItems: {
    type: 'RectificationItem',
    one: 'rectificationItem',
    many: 'rectificationItems',
    filterType: 'RectificationItemFilter',
    filters: ['assignmentId', 'overdue', 'statuses'],
    fields: `id assignmentId findingId description deadline progress status overdue closedOn returnNote targetPath teamPath ${STAMPS}`,
    create: {
      mutation: 'createRectificationItem',
      inputType: 'CreateRectificationItemInput',
      fields: ['assignmentId', 'findingId', 'description', 'deadline'],
    },
    scopeField: 'teamPath',
  },
  supervisionItems: {
    type: 'SupervisionItem',
    one: 'supervisionItem',
    many: 'supervisionItems',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId findingId matter responsibleBodyId deadline status doneOn note overdue responsiblePath teamPath ${STAMPS}`,
    create: {
      mutation: 'createSupervisionItem',
      inputType: 'CreateSupervisionItemInput',
      fields: ['assignmentId', 'findingId', 'matter', 'responsibleBodyId', 'deadline'],
    },
    update: { mutation: 'updateSupervisionItem', inputType: 'UpdateSupervisionItemInput', fields: ['note', 'deadline', 'status'] },
    scopeField: 'teamPath',
  },
} satisfies Record<string, ResourceSpec>;

export type ResourceName = keyof typeof RESOURCES;

/** The row of a resource; throws for a name the console does not know, so a typo fails loudly. */
export function resourceSpec(resource: string): ResourceSpec {
  const spec = (RESOURCES as Record<string, ResourceSpec>)[resource];
  if (!spec) throw new Error(`Unknown resource "${resource}"; known: ${Object.keys(RESOURCES).join(', ')}`);
  return spec;
}

/** A workflow verb: the resource whose record it returns, and its input type. */
export interface ActionSpec {
  resource: ResourceName;
  inputType: string;
  /** The selection, for a verb that returns a part of the resource's record (a staff member of an inspection). */
  returns?: string;
}

/**
 * The workflow verbs the console calls besides the regular grammar: each returns a record of
 * `resource`, so the data provider selects that resource's fields (or what `returns` names).
 */
const ACTION_TABLE = {
  moveBody: { resource: 'bodies', inputType: 'MoveBodyInput' },
  resetPassword: { resource: 'accounts', inputType: 'ResetPasswordInput' },
  approveRound: { resource: 'rounds', inputType: 'VersionedInput' },
  approveMembership: { resource: 'memberships', inputType: 'DecideMembershipInput' },
  refuseMembership: { resource: 'memberships', inputType: 'DecideMembershipInput' },
  advanceAssignment: { resource: 'assignments', inputType: 'VersionedInput' },
  staffAssignment: { resource: 'assignments', inputType: 'StaffAssignmentInput', returns: 'id assignmentId personId recusalException version' },
  appointLeader: { resource: 'leaderGrants', inputType: 'AppointLeaderInput' },
  receiveBriefing: { resource: 'briefings', inputType: 'ReceiveBriefingInput' },
  escalateFinding: { resource: 'findings', inputType: 'VersionedInput' },
  decideFinding: { resource: 'findings', inputType: 'FindingDecisionInput' },
  transferFinding: { resource: 'findings', inputType: 'TransferFindingInput' },
  concludeFinding: { resource: 'findings', inputType: 'ConcludeFindingInput' },
  submitReport: { resource: 'reports', inputType: 'VersionedInput' },
  hearReport: { resource: 'reports', inputType: 'HearReportInput' },
  recordProgress: { resource: 'rectificationItems', inputType: 'RecordProgressInput' },
  verifyRectification: { resource: 'rectificationItems', inputType: 'VerifyRectificationInput' },
} as const satisfies Record<string, ActionSpec>;

export type ActionName = keyof typeof ACTION_TABLE;

export const ACTIONS: Record<ActionName, ActionSpec> = ACTION_TABLE;
