/**
 * One generated inspection as planned: its dates, the stage they put it in, and the system, team
 * and target it belongs to. Shared by the writers of its records (inspections.ts, working-records.ts).
 */
import { Stage, STAGE_ORDER } from '../modules/assignment/stage';
import type { Decision, FindingCategory, FindingStatus, Severity } from '../modules/finding/finding.enums';
import { minDay } from './dates';
import type { Cadre, InspectionSystem, SeedBody, SeedPerson } from './roster';

/** One inspection's dates; its stage is where `asOf` falls among them. */
export interface Timeline {
  approvedOn: string;
  start: string;
  end: string;
  reportDraftedOn: string;
  submittedOn: string;
  heardOn: string;
  feedbackOn: string;
  transferOn: string;
  closedOn: string;
}

export interface Planned {
  id: number;
  roundId: number;
  system: InspectionSystem;
  /** Position of its round among the system's rounds: decides who leads from the pool. */
  roundSeq: number;
  teamIndex: number;
  team: SeedBody;
  target: SeedBody;
  revisit: boolean;
  dates: Timeline;
  stage: Stage;
  /** How much is found at its target, relative to other targets. */
  weight: number;
}

/** Who worked on an inspection: its staff, and its leader once one was granted (from inquiry on). */
export interface Staffing {
  staffed: SeedPerson[];
  leaderId: number | null;
}

/** A finding as generated, for the records that follow from it. */
export interface FindingDraft {
  id: number;
  recordedOn: string;
  category: FindingCategory;
  severity: Severity;
  subject: Cadre | null;
  evidenceSummary: string;
  decision: Decision | null;
  status: FindingStatus;
  recipient: SeedBody | null;
  transferredOn: string | null;
  outcomeOn: string | null;
}

export const reached = (stage: Stage, step: Stage) => STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(step);

/** The last day of fieldwork so far: the end on site, or `asOf` while still on site. */
export const fieldworkUntil = (a: Planned, asOf: string): string => minDay(a.dates.end, asOf);
