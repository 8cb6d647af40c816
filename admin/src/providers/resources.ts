/**
 * The console's knowledge of the API, one row per react-admin resource. The API's grammar is
 * regular (`x(id)`, `xs(filter, sort?, page)`, `createX`, `updateX`, a retire verb), so a row only
 * names what differs: the GraphQL type, which filter keys and sort keys the list accepts, the
 * fields to select, and which inputs the writes take. Each row is written in its resource's
 * descriptor (the `api` of resources/<name>/resource.ts), copied from schema/schema.graphql;
 * test/console-contract.test.ts compares the two.
 *
 * Free of React and react-admin imports so that the pure mapping functions can be tested in Node.
 */
import { DESCRIPTORS, type ResourceName } from '../resources';

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

/** The API row of every resource, read from the resource descriptors (resources/<name>/resource.ts). */
export const RESOURCES = Object.fromEntries(DESCRIPTORS.map((descriptor) => [descriptor.name, descriptor.api])) as Record<
  ResourceName,
  ResourceSpec
>;

export type { ResourceName };

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
  sendAssignmentNotice: { resource: 'assignments', inputType: 'VersionedInput' },
  staffAssignment: {
    resource: 'assignments',
    inputType: 'StaffAssignmentInput',
    returns: 'id assignmentId personId recusalException version',
  },
  appointLeader: { resource: 'leaderGrants', inputType: 'AppointLeaderInput' },
  revokeLeaderGrant: { resource: 'leaderGrants', inputType: 'RevokeLeaderGrantInput' },
  removeStaff: { resource: 'assignments', inputType: 'RemoveStaffInput', returns: 'id assignmentId personId removedOn version' },
  replaceStaff: { resource: 'assignments', inputType: 'ReplaceStaffInput', returns: 'id assignmentId personId removedOn version' },
  receiveBriefing: { resource: 'briefings', inputType: 'ReceiveBriefingInput' },
  escalateFinding: { resource: 'findings', inputType: 'VersionedInput' },
  raiseFindingFromTalk: { resource: 'findings', inputType: 'RaiseFindingFromTalkInput' },
  decideFinding: { resource: 'findings', inputType: 'FindingDecisionInput' },
  transferFinding: { resource: 'findings', inputType: 'TransferFindingInput' },
  concludeFinding: { resource: 'findings', inputType: 'ConcludeFindingInput' },
  submitReport: { resource: 'reports', inputType: 'VersionedInput' },
  openEvaluation: { resource: 'evaluations', inputType: 'VersionedInput' },
  closeEvaluation: { resource: 'evaluations', inputType: 'VersionedInput' },
  hearReport: { resource: 'reports', inputType: 'HearReportInput' },
  recordProgress: { resource: 'rectificationItems', inputType: 'RecordProgressInput' },
  verifyRectification: { resource: 'rectificationItems', inputType: 'VerifyRectificationInput' },
  sendHelpRequest: { resource: 'helpRequests', inputType: 'VersionedInput' },
  answerHelpRequest: { resource: 'helpRequests', inputType: 'AnswerHelpRequestInput' },
  declineHelpRequest: { resource: 'helpRequests', inputType: 'DeclineHelpRequestInput' },
  decideDeeperInquiry: { resource: 'deeperInquiries', inputType: 'DecideDeeperInquiryInput' },
} as const satisfies Record<string, ActionSpec>;

export type ActionName = keyof typeof ACTION_TABLE;

export const ACTIONS: Record<ActionName, ActionSpec> = ACTION_TABLE;
