/**
 * "Why can I see this?": the explainAccess query the record pages ask. The server answers from the
 * rules that filter its SQL; the console only shows the answer.
 *
 * Free of React so that the query can be checked against the schema in Node.
 */
export const EXPLAIN_ACCESS = `query ExplainAccess($type: RecordType!, $id: Int!, $action: AccessAction, $accountId: Int) {
  explainAccess(type: $type, id: $id, action: $action, accountId: $accountId) {
    allowed accountId login relation role holderBodyId source path explanation
  }
}`;

export type { AccessExplanation } from '../generated/graphql';

/** The verbs worth asking about, in the order the dialog offers them. */
export const EXPLAINED_ACTIONS = [
  'READ',
  'UPDATE',
  'RETIRE',
  'CREATE',
  'APPROVE',
  'ADVANCE',
  'STAFF',
  'APPOINT',
  'SUBMIT',
  'HEAR',
  'ESCALATE',
  'DECIDE',
  'TRANSFER',
  'CONCLUDE',
  'PROGRESS',
  'VERIFY',
] as const;
