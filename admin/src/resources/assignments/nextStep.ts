/**
 * The next step of a plan or an inspection as the API gives it (`nextStep`), and how its parts are
 * worded: the conditions it lacks are those of the refusal to advance, so they share its keys.
 */
import { CONDITION_KEYS } from './advanceRefusal';

export const NEXT_STEP_FIELDS =
  'nextStep { action toStage takenBy { role bodyId bodyName } lacks warnings { code plannedOn message } yours }';

export interface StepActor {
  role: string;
  bodyId: number | null;
  bodyName: string | null;
}

export interface StepWarning {
  code: string;
  plannedOn: string;
  message: string;
}

export interface NextStep {
  action: 'APPROVE_PLAN' | 'ASSIGN_TEAMS' | 'ADVANCE';
  toStage: string | null;
  takenBy: StepActor[];
  lacks: string[];
  warnings: StepWarning[];
  yours: boolean;
}

/** The API's words for the unsent notice, which the panel offers to send. */
export const NOTICE_NOT_SENT = 'the notice has not been sent to the target';

/** The translation key of a condition the API names, or undefined for one the console does not know. */
export function lackKey(text: string): string | undefined {
  const key = CONDITION_KEYS[text];
  return key ? `resources.assignments.refusal.conditions.${key}` : undefined;
}
