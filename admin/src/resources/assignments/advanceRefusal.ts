/**
 * Why the API refused to move an inspection on. Its message reads
 * `stage: cannot move to STAGE: condition; condition`, with the conditions of
 * server/modules/assignment/stage-conditions.ts; the console shows them translated, and any text it
 * does not know (a conflict, a new condition) as the API wrote it. The API also sends the refusal by
 * key, with each condition as a message of the catalogue: when it does, the console words the
 * conditions from there, as the refusal's notification does, and reads the message only otherwise.
 */
import type { MessageParams, MessageRef } from '../../../../shared/messages';

/** The refusal kept for one inspection: the stage it was in, the API's message, and its catalogue key and parameters. */
export interface AdvanceRefusal {
  stage: string;
  message: string;
  messageKey?: string;
  params?: MessageParams;
}

const isMessageRefList = (value: unknown): value is MessageRef[] =>
  Array.isArray(value) && value.every((one) => typeof one === 'object' && one !== null && typeof (one as MessageRef).key === 'string');

/**
 * The refused stage and the unmet conditions as messages of the catalogue (shared/messages.ts), worded
 * as the refusal's notification words them; null when the refusal is not a stage refusal by key.
 */
export function catalogueConditions(refusal: AdvanceRefusal): { stage: string; unmet: MessageRef[] } | null {
  const { messageKey, params } = refusal;
  if (messageKey !== 'stage.unmet' || typeof params?.stage !== 'string' || !isMessageRefList(params.conditions)) return null;
  return { stage: params.stage, unmet: params.conditions };
}

/** Each condition text the API may name, with the key of its translation under `resources.assignments.refusal.conditions`. */
export const CONDITION_KEYS: Record<string, string> = {
  'the notice has not been sent to the target': 'notice_not_sent',
  'the contact channels have not been set': 'no_contact_channels',
  'no leader has been appointed from the pool for this inspection': 'no_leader',
  'nobody has been staffed on it': 'no_staff',
  'background requested during preparation has not all been received': 'briefings_awaited',
  'no activity has been recorded': 'no_activity',
  'the leading group has not heard the report': 'report_not_heard',
  'the leading group has not decided on every finding': 'findings_undecided',
  'a finding decided for rectification has no rectification item': 'rectification_missing',
  'a finding decided for transfer has not been transferred': 'transfer_missing',
};

export interface UnmetCondition {
  /** Translation key, when the console knows the condition. */
  key?: string;
  /** The API's own words. */
  text: string;
}

/** The refused stage (null when the message is not a stage refusal) and the unmet conditions. */
export function parseAdvanceRefusal(message: string): { stage: string | null; unmet: UnmetCondition[] } {
  // The API names the refused field first (`stage: cannot move to …`).
  const match = /^(?:stage: )?cannot move to ([A-Z_]+): ([\s\S]+)$/.exec(message.trim());
  if (!match) return { stage: null, unmet: [{ text: message }] };
  const unmet = match[2]
    .split('; ')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => (CONDITION_KEYS[text] ? { key: `resources.assignments.refusal.conditions.${CONDITION_KEYS[text]}`, text } : { text }));
  return { stage: match[1], unmet };
}

/** The react-admin store key under which an inspection's last refusal is kept. */
export function refusalStoreKey(assignmentId: unknown): string {
  return `assignments.advanceRefusal.${String(assignmentId)}`;
}
