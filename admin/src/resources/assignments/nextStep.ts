/**
 * The next step of a plan or an inspection as the API gives it (`nextStep`), with the sentences of
 * the message catalogue it carries (what it lacks). Kept free of the providers: the resource
 * descriptors import it, and the providers import the descriptors.
 */
import type { MessageParams } from '../../../../shared/messages';

export const CATALOGUE_MESSAGE_FIELDS = '{ key params text }';

export const NEXT_STEP_FIELDS = `nextStep { action toStage takenBy { role bodyId bodyName } lacks ${CATALOGUE_MESSAGE_FIELDS}
  warnings { code plannedOn message } yours }`;

/** A sentence of the catalogue: its key and parameters, and the API's English words. */
export interface CatalogueMessage {
  key: string;
  params?: MessageParams | null;
  text: string;
}

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
  lacks: CatalogueMessage[];
  warnings: StepWarning[];
  yours: boolean;
}
