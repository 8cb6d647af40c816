/**
 * Ten years of inspections for every inspection system of a generated roster: plans (rounds) two or
 * three times a year, one assignment per team and round, and everything each assignment has produced
 * by the stage its dates put it in. Findings, intake and rectification totals are exact; they are
 * spread over the inspections by a Zipf law on the targets, so that a few targets have thousands of
 * findings and most have a handful, as in real data.
 */
import { randomBytes } from 'node:crypto';
import { Activity, WorkMethod } from '../modules/activity/activity.entity';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { Stage } from '../modules/assignment/stage';
import { Briefing } from '../modules/briefing/briefing.entity';
import { Finding } from '../modules/finding/finding.entity';
import { Decision, FindingCategory, FindingStatus, Severity, SUB_KINDS } from '../modules/finding/finding.enums';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { IntakeChannel, IntakeInformant, IntakeItem } from '../modules/intake/intake.entity';
import { RectificationItem, RectificationStatus } from '../modules/rectification/rectification-item.entity';
import { Report } from '../modules/report/report.entity';
import { Round, RoundStatus, RoundTarget } from '../modules/round/round.entity';
import { SupervisionItem, SupervisionStatus } from '../modules/supervision/supervision-item.entity';
import { chineseNumeral } from '../documents/inspection-documents';
import {
  ACTIVITY_TEXT,
  BRIEFING_TEXT,
  DECISION_NOTES,
  FINDING_TEXT,
  GENERAL_RECTIFICATIONS,
  INTAKE_TEXT,
  LIKELY_METHODS,
  OUTCOMES,
  RECTIFY_ACTIONS,
  fill,
  seeded,
} from '../demo/demo-inspections';
import type { BulkLoad, TableWriter } from './bulk-load';
import { addDays, clockFor, daysBetween, maxDay, minDay, type Clock } from './dates';
import { personName } from './names';
import type { Profile } from './profile';
import { fieldworkUntil, reached, type FindingDraft, type Planned, type Staffing, type Timeline } from './plan';
import type { Cadre, InspectionSystem, Roster, SeedBody } from './roster';
import { WorkingRecordsWriter, type TalkDraft, type WorkingRecordTables } from './working-records';

type Rng = ReturnType<typeof seeded>;

export interface InspectionTables extends WorkingRecordTables {
  rounds: TableWriter<Round>;
  roundTargets: TableWriter<RoundTarget>;
  assignments: TableWriter<Assignment>;
  members: TableWriter<AssignmentMember>;
  grants: TableWriter<LeaderGrant>;
  briefings: TableWriter<Briefing>;
  activities: TableWriter<Activity>;
  intake: TableWriter<IntakeItem>;
  informants: TableWriter<IntakeInformant>;
  findings: TableWriter<Finding>;
  reports: TableWriter<Report>;
  rectification: TableWriter<RectificationItem>;
  supervision: TableWriter<SupervisionItem>;
}

/** Start of each round in the year (MM-DD), by how many rounds the year has. */
const ROUND_STARTS: Record<number, string[]> = { 2: ['03-15', '09-10'], 3: ['03-10', '07-05', '10-20'] };
const CATEGORY_WEIGHTS: Array<[FindingCategory, number]> = [
  [FindingCategory.CORRUPTION, 0.35],
  [FindingCategory.WORK_STYLE, 0.35],
  [FindingCategory.POLITICAL_DISCIPLINE, 0.12],
  [FindingCategory.PERSONNEL, 0.18],
];
const CHANNELS = [
  IntakeChannel.LETTER,
  IntakeChannel.LETTER,
  IntakeChannel.CALL,
  IntakeChannel.VISIT,
  IntakeChannel.ONLINE,
  IntakeChannel.ONLINE,
];
const RECTIFICATION_DEADLINES = [30, 60, 90, 120, 180];

function stageOn(day: string, t: Timeline): Stage {
  if (day < t.start) return Stage.PREPARATION;
  if (day <= t.end) return Stage.INQUIRY;
  if (day < t.feedbackOn) return Stage.REPORTING;
  if (day < t.transferOn) return Stage.FEEDBACK;
  if (day < t.closedOn) return Stage.TRANSFER;
  return Stage.CLOSED;
}

/**
 * Splits `total` into whole shares proportional to `weights`, each at least `minimum` where the
 * total allows, summing to exactly `total` (largest remainders get the units left over).
 */
export function allocate(total: number, weights: number[], minimum: number): number[] {
  if (weights.length === 0) return [];
  const floor = Math.min(minimum, Math.floor(total / weights.length));
  const rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (rest * w) / sum);
  const shares = raw.map(Math.floor);
  let left = rest - shares.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    shares[i] += 1;
  }
  return shares.map((s) => s + floor);
}

function weightedPick<T>(rng: Rng, choices: Array<[T, number]>): T {
  let x = rng.next() * choices.reduce((a, [, w]) => a + w, 0);
  for (const [value, w] of choices) if ((x -= w) < 0) return value;
  return choices[choices.length - 1][0];
}

/** The day an inspection entered the stage it is in. */
function stageEntered(stage: Stage, t: Timeline): string {
  switch (stage) {
    case Stage.PREPARATION:
      return t.approvedOn;
    case Stage.INQUIRY:
      return t.start;
    case Stage.REPORTING:
      return t.end;
    case Stage.FEEDBACK:
      return t.feedbackOn;
    case Stage.TRANSFER:
      return t.transferOn;
    case Stage.CLOSED:
      return t.closedOn;
  }
}

export async function generateInspections(
  profile: Profile,
  roster: Roster,
  tables: InspectionTables,
  load: BulkLoad,
  clock: Clock,
  rng: Rng,
): Promise<void> {
  const { asOf } = clock;
  const firstYear = Number(asOf.slice(0, 4)) - profile.years + 1;

  // Zipf weights over every target in the country, in a seeded order.
  const allTargets = [...new Set(roster.systems.flatMap((s) => s.targets))];
  const targetWeight = new Map(rng.shuffle(allTargets).map((t, rank) => [t.id, 1 / Math.pow(rank + 1, profile.skew)]));

  // ---- Plans, and the inspections assigned from them ----------------------------------------------
  const planned: Planned[] = [];
  for (const system of roster.systems) {
    const targets = rng.shuffle(system.targets);
    const inspected = new Set<number>();
    let cursor = 0;
    let roundSeq = 0;
    const onSiteDays = system.central ? 60 : 45;
    // Each system keeps its own calendar, so that on any day some inspections are in every stage.
    const calendarShift = rng.int(-30, 45);
    plans: for (let year = firstYear; year <= firstYear + profile.years; year++) {
      const starts = ROUND_STARTS[rng.int(2, 3)];
      for (let number = 1; number <= starts.length; number++) {
        const roundStart = addDays(`${year}-${starts[number - 1]}`, calendarShift + rng.int(0, 6));
        const approvedOn = addDays(roundStart, -35);
        const createdOn = addDays(approvedOn, -20);
        if (createdOn > asOf) break plans;
        const draft = approvedOn > asOf;
        const roundTargets = Array.from({ length: system.teams.length }, () => targets[cursor++ % targets.length]);
        const roundId = tables.rounds.add({
          ...clock.stamp(createdOn, draft ? createdOn : approvedOn),
          leadingGroupId: system.leadingGroup.id,
          year,
          number,
          title: `${year}年第${chineseNumeral(number)}轮巡视工作计划${draft ? '（草案）' : ''}`,
          status: draft ? RoundStatus.DRAFT : RoundStatus.APPROVED,
          approvedOn: draft ? null : approvedOn,
          scopePath: system.leadingGroup.scopePath,
        });
        for (const target of roundTargets) {
          tables.roundTargets.add({ ...clock.stamp(createdOn), roundId, bodyId: target.id, scopePath: system.leadingGroup.scopePath });
        }
        // A plan still being drafted names its targets; nothing is assigned from it yet.
        if (draft) break plans;
        roundTargets.forEach((target, teamIndex) => {
          const start = addDays(roundStart, teamIndex % 4);
          const end = addDays(start, onSiteDays);
          const heardOn = addDays(end, 28);
          const feedbackOn = addDays(heardOn, 15);
          const dates: Timeline = {
            approvedOn,
            start,
            end,
            reportDraftedOn: addDays(end, 5),
            submittedOn: addDays(end, 12),
            heardOn,
            feedbackOn,
            transferOn: addDays(feedbackOn, rng.int(20, 40)),
            closedOn: addDays(feedbackOn, 150 + rng.int(0, 60)),
          };
          planned.push({
            id: 0,
            roundId,
            system,
            roundSeq,
            teamIndex,
            team: system.teams[teamIndex],
            target,
            revisit: inspected.has(target.id),
            dates,
            stage: stageOn(asOf, dates),
            weight: targetWeight.get(target.id)!,
          });
          inspected.add(target.id);
        });
        roundSeq += 1;
      }
    }
  }

  const writer = new InspectionWriter(tables, roster, clock, rng);
  // The records added after the first ones draw from a stream of their own, so that adding them left
  // every record generated before them as it was.
  const laterRng = seeded(0x5eed1000 + profile.scale);
  const later = new WorkingRecordsWriter(tables, roster, clockFor(asOf, laterRng), laterRng);
  for (const a of planned) {
    a.id = writer.assignment(a);
    await load.flushFull();
  }

  // ---- Exact totals, skewed towards the heavy targets ---------------------------------------------
  const onSite = planned.filter((a) => reached(a.stage, Stage.INQUIRY));
  const afterFeedback = planned.filter((a) => reached(a.stage, Stage.FEEDBACK));
  const quota = (total: number, among: Planned[]) =>
    new Map(
      zip(
        among,
        allocate(
          total,
          among.map((a) => a.weight),
          2,
        ),
      ),
    );
  const findingQuota = quota(profile.findings, onSite);
  const intakeQuota = quota(profile.intakeItems, onSite);
  const rectificationQuota = quota(profile.rectificationItems, afterFeedback);

  for (const a of planned) {
    const staffing = writer.staff(a);
    const leader = staffing.leaderId;
    writer.briefings(a);
    if (reached(a.stage, Stage.INQUIRY)) {
      writer.activities(a);
      writer.intake(a, intakeQuota.get(a)!);
      const talks = later.talks(a, staffing);
      const found = writer.findings(a, findingQuota.get(a)!, talks);
      later.recordsRequests(a);
      later.helpRequests(a, staffing, found);
      later.evaluation(a);
      if (leader !== null) writer.report(a, leader, found.length);
      if (reached(a.stage, Stage.FEEDBACK)) {
        writer.rectification(a, found, rectificationQuota.get(a)!);
        later.assessments(a, staffing);
      }
      if (reached(a.stage, Stage.TRANSFER)) writer.supervision(a, found);
    }
    await load.flushFull();
  }
  for (const system of roster.systems) {
    later.training(system, firstYear);
    await load.flushFull();
  }
}

/** Writes the records of one inspection, as far as its stage has got. */
class InspectionWriter {
  private phone = 0;

  constructor(
    private readonly tables: InspectionTables,
    private readonly roster: Roster,
    private readonly clock: Clock,
    private readonly rng: Rng,
  ) {}

  private get asOf(): string {
    return this.clock.asOf;
  }

  private dayOnSite(a: Planned, from = 0): string {
    const span = daysBetween(a.dates.start, fieldworkUntil(a, this.asOf));
    return addDays(a.dates.start, this.rng.int(Math.min(from, span), span));
  }

  assignment(a: Planned): number {
    const { dates: d, team, target } = a;
    const noticeSentOn = addDays(d.start, -10) <= this.asOf ? addDays(d.start, -10) : null;
    const closedOn = a.stage === Stage.CLOSED ? d.closedOn : null;
    const id = this.tables.assignments.nextId;
    return this.tables.assignments.add({
      ...this.clock.stamp(addDays(d.approvedOn, 3), maxDay(noticeSentOn ?? d.approvedOn, minDay(stageEntered(a.stage, d), this.asOf))),
      roundId: a.roundId,
      teamId: team.id,
      targetId: target.id,
      stage: a.stage,
      startsOn: d.start,
      endsOn: d.end,
      workPlan: a.revisit
        ? `${team.name}对${target.name}开展巡视“回头看”，重点检查上轮巡视反馈问题整改落实情况、移交问题线索办理情况和长效机制建设情况，同时了解新发生的问题。`
        : `${team.name}对${target.name}开展常规巡视，通过听取汇报、个别谈话、受理信访、调阅资料、民主测评、走访调研等方式，重点了解领导班子及其成员遵守政治纪律、落实中央八项规定精神、廉洁自律和选人用人等方面情况。`,
      noticeSentOn,
      contactChannels: noticeSentOn
        ? `值班电话：0000-6000-${String(id % 10000).padStart(4, '0')}（每日8:00—20:00）；邮政信箱：0000-${id}号信箱；电子邮箱：xunshi${id}@example.org`
        : '',
      // Unguessable, like every intake link: the one part of the dataset not drawn from the seed.
      intakeToken: randomBytes(24).toString('base64url'),
      closedOn,
      scopePath: team.scopePath,
      targetPath: target.scopePath,
    });
  }

  /**
   * Staff from the team's roster (its first member always), and the leader granted for this
   * inspection only. Leaders are drawn in turn from a pool three times the number of teams, so a
   * leader's grants are a year apart and never overlap.
   */
  staff(a: Planned): Staffing {
    const { rng, tables, clock } = this;
    const roster = a.system.teamMembers.get(a.team.id)!;
    const staffed = [roster[0], ...rng.shuffle(roster.slice(1)).slice(0, rng.int(2, 4))];
    for (const member of staffed) {
      tables.members.add({
        ...clock.stamp(addDays(a.dates.approvedOn, 5)),
        assignmentId: a.id,
        personId: member.id,
        recusalException: null,
        scopePath: a.team.scopePath,
      });
    }
    if (a.stage === Stage.PREPARATION) return { staffed, leaderId: null };
    const leader = a.system.pool[(a.roundSeq * a.system.teams.length + a.teamIndex) % a.system.pool.length];
    const validFrom = addDays(a.dates.start, -15);
    tables.grants.add({
      ...clock.stamp(validFrom),
      personId: leader.id,
      teamId: a.team.id,
      assignmentId: a.id,
      validFrom,
      validUntil: minDay(addDays(a.dates.feedbackOn, 60), a.dates.closedOn),
      revokedOn: null,
      scopePath: a.team.scopePath,
    });
    return { staffed, leaderId: leader.id };
  }

  /** Background asked of the four bodies of the inspecting committee. */
  briefings(a: Planned): void {
    const { rng, clock } = this;
    const { committee, auditOffice, petitionBureau } = a.system;
    const requestedOn = maxDay(addDays(a.dates.start, -28), addDays(a.dates.approvedOn, 2));
    for (const source of [committee.disciplineCommission, committee.organisationDepartment, auditOffice, petitionBureau]) {
      const arrives = addDays(requestedOn, rng.int(5, 14));
      const receivedOn = arrives <= this.asOf ? arrives : null;
      this.tables.briefings.add({
        ...clock.stamp(requestedOn, receivedOn ?? requestedOn),
        assignmentId: a.id,
        sourceBodyId: source.id,
        requestedOn,
        receivedOn,
        summary: receivedOn
          ? fill(rng.pick(BRIEFING_TEXT[source.kind] ?? ['已提供有关背景材料。']), {
              a: rng.int(3, 18),
              b: rng.int(2, 9),
              c: rng.int(1, 4),
              p: rng.int(86, 97),
            })
          : '',
        scopePath: a.team.scopePath,
      });
    }
  }

  activities(a: Planned): void {
    const { rng, clock } = this;
    const all = Object.values(WorkMethod);
    const core = [WorkMethod.HEARING_REPORTS, WorkMethod.LETTERS_CALLS_VISITS, WorkMethod.INDIVIDUAL_TALK];
    const methods =
      a.stage === Stage.INQUIRY
        ? [...core, ...rng.shuffle(all.filter((m) => !core.includes(m))).slice(0, rng.int(2, 4))]
        : [...all, ...rng.shuffle(all).slice(0, rng.int(1, 3))];
    methods.forEach((method, i) => {
      const text = ACTIVITY_TEXT[method];
      const heldOn = i === 0 ? a.dates.start : this.dayOnSite(a, 1);
      this.tables.activities.add({
        ...clock.stamp(heldOn),
        assignmentId: a.id,
        method,
        heldOn,
        description: fill(rng.pick(text.text), { t: a.target.name }),
        peopleReached: rng.int(text.people[0], text.people[1]),
        scopePath: a.team.scopePath,
      });
    });
  }

  intake(a: Planned, count: number): void {
    const { rng, clock, tables } = this;
    for (let k = 0; k < count; k++) {
      const channel = rng.pick(CHANNELS);
      const receivedOn = this.dayOnSite(a);
      const named = rng.next() < (channel === IntakeChannel.VISIT ? 0.8 : 0.3);
      const stamp = clock.stamp(receivedOn);
      const itemId = tables.intake.add({
        ...stamp,
        assignmentId: a.id,
        channel,
        receivedOn,
        content: rng.pick(INTAKE_TEXT),
        anonymous: !named,
        scopePath: a.team.scopePath,
      });
      if (!named) continue;
      this.phone += 1;
      tables.informants.add({
        ...stamp,
        intakeItemId: itemId,
        assignmentId: a.id,
        name: personName(rng),
        contact: rng.next() < 0.85 ? `139-0000-${String(this.phone % 10000).padStart(4, '0')}` : '',
        scopePath: a.team.scopePath,
      });
    }
  }

  /** `talks` in the order they were held: a finding learnt in a talk names the last one held by the day it was recorded. */
  findings(a: Planned, count: number, talks: TalkDraft[]): FindingDraft[] {
    const { rng, clock, tables, asOf } = this;
    const d = a.dates;
    const subjects: Cadre[] = this.roster.cadres.get(a.target.id) ?? [];
    const transferring = reached(a.stage, Stage.TRANSFER);
    const drafts: FindingDraft[] = [];
    let transfers = 0;
    for (let k = 0; k < count; k++) {
      const category = weightedPick(rng, CATEGORY_WEIGHTS);
      const subKind = rng.pick(SUB_KINDS[category]);
      const severity = rng.pick(
        category === FindingCategory.CORRUPTION
          ? [Severity.SERIOUS, Severity.GRAVE, Severity.MINOR]
          : [Severity.MINOR, Severity.MINOR, Severity.SERIOUS, Severity.GRAVE],
      );
      const aboutSomeone =
        subjects.length > 0 && (category === FindingCategory.CORRUPTION || category === FindingCategory.PERSONNEL) && rng.next() < 0.5;
      const subject = aboutSomeone ? rng.pick(subjects) : null;
      const recordedOn = this.dayOnSite(a, 5);
      const urgentOn =
        severity === Severity.GRAVE && rng.next() < 0.3 ? minDay(addDays(recordedOn, rng.int(0, 2)), fieldworkUntil(a, this.asOf)) : null;
      let decision: Decision | null = null;
      if (reached(a.stage, Stage.FEEDBACK)) {
        if (severity === Severity.GRAVE) decision = Decision.TRANSFER;
        else if (severity === Severity.SERIOUS)
          decision =
            category === FindingCategory.CORRUPTION || category === FindingCategory.PERSONNEL
              ? rng.pick([Decision.TRANSFER, Decision.RECTIFY])
              : Decision.RECTIFY;
        else decision = rng.next() < 0.75 ? Decision.RECTIFY : Decision.NO_FURTHER_ACTION;
      }
      let status = decision ? FindingStatus.DECIDED : FindingStatus.RECORDED;
      let recipient: SeedBody | null = null;
      let transferredOn: string | null = null;
      let outcome: string | null = null;
      let outcomeOn: string | null = null;
      // Closed inspections sent every transfer on; one still transferring has a third still to send.
      if (decision === Decision.TRANSFER && transferring && (a.stage === Stage.CLOSED || transfers++ % 3 !== 2)) {
        recipient = this.recipient(a.system, category, subject);
        transferredOn = d.transferOn;
        status = FindingStatus.TRANSFERRED;
        const latest = a.stage === Stage.CLOSED ? addDays(d.closedOn, -5) : addDays(asOf, -3);
        const concludes = a.stage === Stage.CLOSED ? rng.next() < 0.75 : rng.next() < 0.35;
        if (concludes && latest >= addDays(d.transferOn, 30)) {
          outcomeOn = minDay(addDays(d.transferOn, rng.int(30, 120)), latest);
          outcome = rng.pick(OUTCOMES[recipient.kind] ?? ['已按规定办理。']);
          status = FindingStatus.CONCLUDED;
        }
      }
      const evidenceSummary = fill(rng.pick(FINDING_TEXT[subKind]), { n: rng.int(2, 9) });
      const sourceMethod = rng.pick(LIKELY_METHODS[category]);
      const sourceTalk = sourceMethod === WorkMethod.INDIVIDUAL_TALK ? talks.filter((t) => t.heldOn <= recordedOn).pop() : undefined;
      const id = tables.findings.add({
        ...clock.stamp(
          recordedOn,
          [urgentOn, decision ? d.heardOn : null, transferredOn, outcomeOn]
            .filter((x): x is string => x !== null)
            .sort()
            .pop() ?? recordedOn,
        ),
        assignmentId: a.id,
        targetId: a.target.id,
        targetPath: a.target.scopePath,
        subjectPersonId: subject?.id ?? null,
        category,
        subKind,
        sourceMethod,
        sourceTalkId: sourceTalk?.id ?? null,
        severity,
        evidenceSummary,
        urgent: urgentOn !== null,
        urgentOn,
        status,
        decision,
        decisionNote: decision ? rng.pick(DECISION_NOTES[decision]) : null,
        decidedOn: decision ? d.heardOn : null,
        transferredToId: recipient?.id ?? null,
        transferredToPath: recipient?.scopePath ?? '',
        routingOverride: null,
        transferredOn,
        outcome,
        outcomeOn,
        scopePath: a.team.scopePath,
      });
      drafts.push({ id, recordedOn, category, severity, subject, evidenceSummary, decision, status, recipient, transferredOn, outcomeOn });
    }
    return drafts;
  }

  /**
   * As the routing table sends it: to the department of the category's kind under the committee
   * that manages the cadre concerned, or under the inspecting committee when no cadre is named.
   */
  private recipient(system: InspectionSystem, category: FindingCategory, subject: Cadre | null): SeedBody {
    const committee = subject ? this.roster.committees.get(subject.managingCommittee.id)! : system.committee;
    return category === FindingCategory.PERSONNEL ? committee.organisationDepartment : committee.disciplineCommission;
  }

  report(a: Planned, leaderId: number, findingCount: number): void {
    const d = a.dates;
    if (d.reportDraftedOn > this.asOf) return;
    const submitted = d.submittedOn <= this.asOf;
    const heard = d.heardOn <= this.asOf;
    const lastChange = heard ? d.heardOn : submitted ? d.submittedOn : d.reportDraftedOn;
    this.tables.reports.add({
      ...this.clock.stamp(d.reportDraftedOn, lastChange),
      assignmentId: a.id,
      summary: `${a.team.name}对${a.target.name}进行了巡视。巡视期间，听取汇报、个别谈话、受理信访、调阅资料，发现问题${findingCount}个，涉及权钱交易、违反中央八项规定精神、政治纪律和选人用人等方面。`,
      suggestions: `建议${a.target.name}针对巡视发现的${findingCount}个问题认真整改；对涉及的问题线索，按照干部管理权限移交有关部门处理。`,
      submittedOn: submitted ? d.submittedOn : null,
      submittedById: submitted ? leaderId : null,
      heardOn: heard ? d.heardOn : null,
      hearingNote: heard ? `领导小组听取${a.team.name}关于巡视${a.target.name}情况的汇报，原则同意巡视组提出的意见建议。` : null,
      scopePath: a.team.scopePath,
    });
  }

  /** Items answering the findings handed to the target for rectification, in turn, then general ones. */
  rectification(a: Planned, found: FindingDraft[], count: number): void {
    const { rng, clock, asOf } = this;
    const d = a.dates;
    const toRectify = found.filter((f) => f.decision === Decision.RECTIFY);
    let lapsed = 0;
    let pending = 0;
    for (let n = 0; n < count; n++) {
      const finding = toRectify.length > 0 && n < count - 1 ? toRectify[n % toRectify.length] : null;
      const deadline = addDays(d.feedbackOn, RECTIFICATION_DEADLINES[n % RECTIFICATION_DEADLINES.length]);
      let status: RectificationStatus;
      if (a.stage === Stage.CLOSED) status = RectificationStatus.CLOSED;
      else if (deadline < asOf)
        status = [RectificationStatus.OPEN, RectificationStatus.SUBMITTED, RectificationStatus.CLOSED][lapsed++ % 3];
      else status = [RectificationStatus.OPEN, RectificationStatus.SUBMITTED][pending++ % 2];
      const closedOn =
        status === RectificationStatus.CLOSED
          ? maxDay(
              addDays(d.feedbackOn, 10),
              minDay(addDays(deadline, -rng.int(0, 15)), a.stage === Stage.CLOSED ? addDays(d.closedOn, -3) : asOf),
            )
          : null;
      const overdue = status === RectificationStatus.OPEN && deadline < asOf;
      this.tables.rectification.add({
        ...clock.stamp(d.feedbackOn, closedOn ?? (status === RectificationStatus.OPEN ? d.feedbackOn : minDay(deadline, asOf))),
        assignmentId: a.id,
        findingId: finding?.id ?? null,
        description: finding
          ? `针对巡视反馈的“${finding.evidenceSummary}”问题，${RECTIFY_ACTIONS[finding.category]}`
          : rng.pick(GENERAL_RECTIFICATIONS),
        deadline,
        progress:
          status === RectificationStatus.CLOSED
            ? '已制定整改方案并全部完成整改任务，相关制度已印发实施，整改佐证材料已报送巡视办。'
            : status === RectificationStatus.SUBMITTED
              ? '已完成整改任务，整改情况报告和佐证材料已报送巡视办，请予核查。'
              : overdue
                ? '已完成部分整改任务，相关问题仍在清理中。'
                : '',
        status,
        closedOn,
        returnNote: overdue && rng.next() < 0.4 ? '整改佐证材料不充分，请补充完善后重新报送。' : null,
        targetPath: a.target.scopePath,
        scopePath: a.team.scopePath,
      });
    }
  }

  /** One item per transferred finding, followed up with its recipient, and one for the target's rectification. */
  supervision(a: Planned, found: FindingDraft[]): void {
    const { clock, asOf } = this;
    const d = a.dates;
    for (const f of found) {
      if (!f.recipient || !f.transferredOn) continue;
      const deadline = addDays(f.transferredOn, 90);
      const done = f.status === FindingStatus.CONCLUDED;
      this.tables.supervision.add({
        ...clock.stamp(f.transferredOn, f.outcomeOn ?? f.transferredOn),
        assignmentId: a.id,
        findingId: f.id,
        matter: `督促${f.recipient.name}按照干部管理权限办理巡视${a.target.name}移交的问题线索：${f.evidenceSummary}`,
        responsibleBodyId: f.recipient.id,
        responsiblePath: f.recipient.scopePath,
        deadline,
        status: done ? SupervisionStatus.DONE : SupervisionStatus.OPEN,
        note: done
          ? '已办结，办理结果已报送领导小组办公室。'
          : deadline < asOf
            ? '已超过办理时限，办公室已发函催办。'
            : '已发督办函，正在跟踪办理进度。',
        doneOn: done ? f.outcomeOn : null,
        scopePath: a.team.scopePath,
      });
    }
    const done = a.stage === Stage.CLOSED;
    const doneOn = done ? addDays(d.closedOn, -3) : null;
    this.tables.supervision.add({
      ...clock.stamp(d.transferOn, doneOn ?? d.transferOn),
      assignmentId: a.id,
      findingId: null,
      matter: `督促${a.target.name}落实巡视反馈意见，按期完成整改任务并报送整改进展情况。`,
      responsibleBodyId: a.target.id,
      responsiblePath: a.target.scopePath,
      deadline: addDays(d.feedbackOn, 180),
      status: done ? SupervisionStatus.DONE : SupervisionStatus.OPEN,
      note: done ? '整改任务已全部完成，经巡视办核查同意销号。' : '已建立整改台账，按月调度整改进展。',
      doneOn,
      scopePath: a.team.scopePath,
    });
  }
}

function zip<A, B>(a: A[], b: B[]): Array<[A, B]> {
  return a.map((x, i) => [x, b[i]]);
}
