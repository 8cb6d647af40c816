/** What a rule lets its holder do; each record type takes the actions its rules name (the server's role table). */
export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'retire'
  | 'manage'
  /** Round: the leading group approves a plan. Membership: a leading-group leader approves or refuses a proposed role. */
  | 'approve'
  /** Account: set a new password chosen by someone else (see delegation.ts for whose). */
  | 'reset'
  /** Assignment: move it to its next stage. */
  | 'advance'
  /** Assignment: staff it, and record a justified recusal exception. */
  | 'staff'
  /** Assignment: name its leader from the pool (a LeaderGrant). */
  | 'appoint'
  /** Report: the granted leader submits it. */
  | 'submit'
  /** Report: the leading group records the hearing. */
  | 'hear'
  /** Finding: flag it urgent for the leading group. */
  | 'escalate'
  /** Finding: the leading group decides how it is used. */
  | 'decide'
  /** Finding: route it to the receiving department. */
  | 'transfer'
  /** Finding: the receiving department records the outcome. */
  | 'conclude'
  /** RectificationItem: the target's liaison records progress. */
  | 'progress'
  /** RectificationItem: the office closes it off or sends it back. */
  | 'verify'
  /**
   * Finding, RectificationItem, Assignment: count it in a summary without reading it; Round: read
   * its plan's report of figures. Whoever may read a record may count it too; this action is for
   * those who may only count.
   */
  | 'summarize'
  /**
   * Finding, RectificationItem: the team of a follow-up inspection (回头看) sees, through it, what the
   * inspection it follows up found and how far that was put right (kind, severity, status, progress
   * counts); never the records themselves, their evidence or who reported them.
   */
  | 'recall'
  /** AssignmentMember, LeaderGrant: read it as a line of the person's service history (the office, the leading group, the person). */
  | 'review';

/** Every action, in the order above: for whatever must go through them all (the console's verbs, the catalogue's labels). */
export const ACTIONS = [
  'read',
  'create',
  'update',
  'retire',
  'manage',
  'approve',
  'reset',
  'advance',
  'staff',
  'appoint',
  'submit',
  'hear',
  'escalate',
  'decide',
  'transfer',
  'conclude',
  'progress',
  'verify',
  'summarize',
  'recall',
  'review',
] as const satisfies readonly Action[];

// Fails to compile when an action is added to the type and not to the list.
type Missing = Exclude<Action, (typeof ACTIONS)[number]>;
export const ACTIONS_ARE_ALL: Missing extends never ? true : never = true;
