/**
 * The hearing of a report (hearReport): the day, the notes, and the leading group's decision on the
 * inspection's findings, recorded together or not at all. Each decision names a finding with the
 * version it was read at, like any change.
 */

export interface FindingToDecide {
  id: number;
  version: number;
  status: string;
  decision?: string | null;
  decisionNote?: string | null;
}

/** One row of the hearing form. */
export interface DecisionRow {
  id: number;
  version: number;
  decision?: string | null;
  note?: string | null;
}

export interface HearingValues {
  heardOn: string;
  hearingNote: string;
  decisions?: DecisionRow[];
}

/**
 * A transferred finding is out of the leading group's hands; the others can still be decided, and
 * are taken in the order they were recorded.
 */
export function decidableFindings<T extends FindingToDecide>(findings: readonly T[]): T[] {
  return findings.filter((finding) => finding.status === 'RECORDED' || finding.status === 'DECIDED').sort((a, b) => a.id - b.id);
}

/** A form row per finding, with a decision taken earlier filled in. */
export function decisionRows(findings: readonly FindingToDecide[]): DecisionRow[] {
  return findings.map(({ id, version, decision, decisionNote }) => ({ id, version, decision: decision ?? null, note: decisionNote ?? '' }));
}

/** The hearReport input. A row left without a decision is not sent: it can be decided later on its own. */
export function toHearingInput(report: { id: unknown; [field: string]: unknown }, values: HearingValues): Record<string, unknown> {
  const decisions = (values.decisions ?? [])
    .filter((row) => row.decision)
    .map(({ id, version, decision, note }) => ({ id, version, decision, note: (note ?? '').trim() }));
  return { id: report.id, version: report.version, heardOn: values.heardOn, hearingNote: values.hearingNote, decisions };
}
