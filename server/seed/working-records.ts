/**
 * The working records of a generated inspection beside its findings, as far as its stage has got:
 * individual talks (a few per person on it, the interviewee kept apart), records asked of the target
 * (a handful, some late), requests for help (none to two, to the department that manages the cadre
 * concerned, or to the system's audit office or petition bureau), now and then a deeper inquiry, one
 * democratic evaluation with its ballots, and once past feedback the office's assessment of everyone
 * who worked on it; and the training courses of every system's staff over the years.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Stage } from '../modules/assignment/stage';
import { BodyKind } from '../modules/body/body.enums';
import { DeeperInquiry, DeeperInquiryStatus } from '../modules/deeper-inquiry/deeper-inquiry.entity';
import {
  BallotAnswer,
  BallotLink,
  BallotTextAnswer,
  Evaluation,
  EvaluationKind,
  EvaluationStatus,
  LEADING_BODY_SUBJECT,
  Rating,
} from '../modules/evaluation/evaluation.entity';
import { FindingCategory, Severity } from '../modules/finding/finding.enums';
import { HelpRequest, HelpRequestStatus } from '../modules/help-request/help-request.entity';
import { RecordsRequest, RecordsRequestStatus } from '../modules/records-request/records-request.entity';
import { AssessmentGrade, ServiceRole, StaffAssessment } from '../modules/staff-record/staff-assessment.entity';
import { TrainingRecord } from '../modules/staff-record/training-record.entity';
import { IntervieweeCategory, Talk, TalkInterviewee } from '../modules/talk/talk.entity';
import { fill, type seeded } from '../demo/demo-inspections';
import type { TableWriter } from './bulk-load';
import { addDays, daysBetween, maxDay, minDay, type Clock } from './dates';
import { personName } from './names';
import { fieldworkUntil, reached, type FindingDraft, type Planned, type Staffing } from './plan';
import type { InspectionSystem, Roster, SeedBody } from './roster';

type Rng = ReturnType<typeof seeded>;

export interface WorkingRecordTables {
  talks: TableWriter<Talk>;
  interviewees: TableWriter<TalkInterviewee>;
  recordsRequests: TableWriter<RecordsRequest>;
  deeperInquiries: TableWriter<DeeperInquiry>;
  helpRequests: TableWriter<HelpRequest>;
  evaluations: TableWriter<Evaluation>;
  ballotLinks: TableWriter<BallotLink>;
  ballotAnswers: TableWriter<BallotAnswer>;
  ballotTexts: TableWriter<BallotTextAnswer>;
  assessments: TableWriter<StaffAssessment>;
  training: TableWriter<TrainingRecord>;
}

/** A talk as generated, for the findings learnt in it. */
export interface TalkDraft {
  id: number;
  heldOn: string;
}

/** A JSON column's value as the column stores it: no transformer sees these INSERTs. */
const asStored = <T>(value: T): T => JSON.stringify(value) as unknown as T;

const TALK_CATEGORIES = [
  IntervieweeCategory.LEADING_BODY_MEMBER,
  IntervieweeCategory.LEADING_BODY_MEMBER,
  IntervieweeCategory.OTHER_CADRE,
  IntervieweeCategory.OTHER_CADRE,
  IntervieweeCategory.OTHER_CADRE,
  IntervieweeCategory.STAFF_OR_MASSES,
  IntervieweeCategory.STAFF_OR_MASSES,
];
const TALKS: Record<IntervieweeCategory, { posts: string[]; matters: string[] }> = {
  [IntervieweeCategory.LEADING_BODY_MEMBER]: {
    posts: ['党委（党组）书记', '党委（党组）副书记', '党委（党组）成员、副职', '纪委书记（纪检监察组组长）'],
    matters: [
      '谈及班子民主集中制执行情况，反映个别重大事项决策前酝酿不充分。',
      '介绍分管领域工作情况，反映班子成员之间沟通不够，批评与自我批评开展不够经常。',
      '谈及落实全面从严治党主体责任情况，认为对下属单位监督管理偏宽偏软。',
    ],
  },
  [IntervieweeCategory.OTHER_CADRE]: {
    posts: ['办公室主任', '组织人事处（科）负责人', '财务处（科）负责人', '下属单位主要负责人', '中层干部', '退休老干部'],
    matters: [
      '反映近两年公务接待标准执行不严，存在超标准接待的情况。',
      '反映工程项目招投标中存在领导干部打招呼、指定施工单位的议论。',
      '反映干部选拔任用中个别岗位存在“带病提拔”的议论。',
      '反映下属单位违规发放津贴补贴，财务审批把关不严。',
    ],
  },
  [IntervieweeCategory.STAFF_OR_MASSES]: {
    posts: ['一般干部', '基层站所工作人员', '职工代表', '群众代表', '服务对象'],
    matters: [
      '反映办事窗口门难进、脸难看、事难办，群众办事需多次往返。',
      '反映惠民补贴资金发放不及时，存在优亲厚友现象。',
      '反映个别干部工作日饮酒、作风散漫。',
    ],
  },
};

const RECORDS = [
  '近三年党委（党组）会议纪要及“三重一大”事项决策记录',
  '近三年干部选拔任用工作档案（含动议、民主推荐、考察材料）',
  '公务接待审批单及报销凭证（近两年）',
  '近三年工程建设项目招投标及合同管理资料',
  '近三年财务收支账簿、会计凭证及专项资金使用台账',
  '上轮巡视、审计反馈问题整改台账及佐证材料',
  '近三年民主生活会会议记录及班子成员对照检查材料',
  '近三年信访件登记及办理情况台账',
  '选人用人“一报告两评议”材料',
  '公务用车使用及维修保养台账',
];

const INQUIRY_REASONS = [
  '反映问题涉及被巡视单位领导班子成员，线索具体、可查性强，需进一步深入了解。',
  '多个渠道反映同一问题，涉及金额较大，需深入了解有关情况。',
  '问题涉及选人用人中的重要岗位，需调阅更多材料并向有关部门了解情况。',
];

/** What a team asks a department, by the department's kind; `{t}` is the inspected body. */
const HELP: Partial<Record<BodyKind, { matter: string; question: string; answer: string }>> = {
  [BodyKind.DISCIPLINE_COMMISSION]: {
    matter: '巡视中发现被巡视单位有关领导干部可能存在违纪违法问题，需了解其既往问题线索及处置情况。',
    question: '请提供{t}领导班子成员近五年被反映问题线索及处置情况。',
    answer: '经查，近五年共收到反映该单位领导班子成员的问题线索{n}件，均已办结，其中谈话函询{m}件。',
  },
  [BodyKind.ORGANISATION_DEPARTMENT]: {
    matter: '巡视中发现被巡视单位选人用人工作存在不规范情况，需了解有关干部的任职情况。',
    question: '请提供{t}近三年干部选拔任用有关情况及“一报告两评议”结果。',
    answer: '已提供近三年干部任免{n}人次的备案材料及“一报告两评议”结果，未发现需说明的其他情况。',
  },
  [BodyKind.AUDIT_OFFICE]: {
    matter: '有关工程项目、专项资金的拨付与合同约定不一致，需专业审计力量协助核实。',
    question: '请协助核查{t}近三年专项资金拨付及使用情况，并提出专业意见。',
    answer: '经审计核查，发现专项资金拨付不规范问题{n}项，涉及金额已列明，详见所附审计意见。',
  },
  [BodyKind.PETITION_BUREAU]: {
    matter: '巡视期间收到较多反映被巡视单位有关问题的来信来访，需了解信访总体情况。',
    question: '请提供近三年涉及{t}的信访件数量、主要反映问题及办理情况。',
    answer: '近三年共登记涉及该单位信访件{n}件，主要反映征地拆迁、惠民资金发放等问题，已按程序转送办理。',
  },
};
const DECLINE_REASON = '所询事项不属于本部门职责范围，建议商请有关部门。';

const BALLOT_ANSWERS = [
  '班子团结，但重大事项决策前征求意见还不够充分。',
  '希望进一步加强对下属单位的监督管理。',
  '公务接待标准执行不够严格。',
  '干部交流轮岗力度偏小。',
  '希望提拔任用更加公开透明。',
  '基层减负还需进一步落实。',
];

const GRADES: Array<[AssessmentGrade, number]> = [
  [AssessmentGrade.COMPETENT, 0.6],
  [AssessmentGrade.EXCELLENT, 0.25],
  [AssessmentGrade.BASICALLY_COMPETENT, 0.12],
  [AssessmentGrade.NOT_COMPETENT, 0.03],
];
const ASSESSMENT_COMMENTS: Record<AssessmentGrade, string> = {
  [AssessmentGrade.EXCELLENT]: '政治站位高，谈话和调阅资料扎实细致，发现问题线索质量高，严守工作纪律。',
  [AssessmentGrade.COMPETENT]: '能够按照工作方案完成分工任务，工作作风严谨，遵守巡视工作纪律。',
  [AssessmentGrade.BASICALLY_COMPETENT]: '基本完成分工任务，但材料整理不够及时，个别问题底稿不够完整，需加强业务学习。',
  [AssessmentGrade.NOT_COMPETENT]: '未能完成分工任务，问题底稿质量不高，需调整岗位并加强培训。',
};

const COURSES = [
  { title: '巡视工作业务培训班', provider: '领导小组办公室', days: 5, hours: 40, result: '结业' },
  { title: '政治监督专题研讨班', provider: '党校（行政学院）', days: 4, hours: 32, result: '结业，撰写心得体会一篇' },
  { title: '财务审计与问题线索发现实务', provider: '审计机关培训中心', days: 3, hours: 24, result: '考核合格' },
  { title: '新任巡视干部岗前培训', provider: '领导小组办公室', days: 3, hours: 24, result: '考核合格' },
  { title: '选人用人专项检查业务培训', provider: '组织部干部教育培训中心', days: 2, hours: 16, result: '结业' },
];

function weightedPick<T>(rng: Rng, choices: Array<[T, number]>): T {
  let x = rng.next() * choices.reduce((a, [, w]) => a + w, 0);
  for (const [value, w] of choices) if ((x -= w) < 0) return value;
  return choices[choices.length - 1][0];
}

export class WorkingRecordsWriter {
  /** Counters that give each outcome its exact share, as the rectification statuses are given theirs. */
  private lateOpen = 0;
  private lateClosed = 0;
  private helpDrafts = 0;
  private helpLateOpen = 0;
  private helpLateClosed = 0;
  private inquiries = 0;
  private phone = 0;

  constructor(
    private readonly tables: WorkingRecordTables,
    private readonly roster: Roster,
    private readonly clock: Clock,
    private readonly rng: Rng,
  ) {}

  private get asOf(): string {
    return this.clock.asOf;
  }

  /** A day from `from` to `to` (`from` when `to` is earlier). */
  private dayBetween(from: string, to: string): string {
    return addDays(from, this.rng.int(0, daysBetween(from, to)));
  }

  private dayOnSite(a: Planned): string {
    return this.dayBetween(a.dates.start, fieldworkUntil(a, this.asOf));
  }

  /** Talks held on site by the staff and the leader, one or two of them to a talk, in the order they were held. */
  talks(a: Planned, staffing: Staffing): TalkDraft[] {
    const { rng, clock, tables } = this;
    const people = [...staffing.staffed.map((p) => p.id), ...(staffing.leaderId === null ? [] : [staffing.leaderId])];
    const days = Array.from({ length: people.length * rng.int(2, 4) }, () => this.dayOnSite(a)).sort();
    return days.map((heldOn, i) => {
      const first = people[i % people.length];
      const talkerIds = [...new Set([first, rng.next() < 0.6 ? rng.pick(people) : first])].sort((x, y) => x - y);
      const category = rng.pick(TALK_CATEGORIES);
      const text = TALKS[category];
      const stamp = clock.stamp(heldOn);
      const id = tables.talks.add({
        ...stamp,
        assignmentId: a.id,
        heldOn,
        talkerIds: asStored(talkerIds),
        intervieweePost: rng.pick(text.posts),
        intervieweeCategory: category,
        matters: rng.pick(text.matters),
        scopePath: a.team.scopePath,
      });
      this.phone += 1;
      tables.interviewees.add({
        ...stamp,
        talkId: id,
        assignmentId: a.id,
        name: personName(rng),
        contact:
          category === IntervieweeCategory.LEADING_BODY_MEMBER || rng.next() < 0.5
            ? ''
            : `138-0000-${String(this.phone % 10000).padStart(4, '0')}`,
        scopePath: a.team.scopePath,
      });
      return { id, heldOn };
    });
  }

  /**
   * Records asked of the target while on site. What was due before today was mostly received; of an
   * inspection still on site some are late, of one past it now and then a part was never handed over.
   */
  recordsRequests(a: Planned): void {
    const { rng, clock, asOf } = this;
    const onSite = a.stage === Stage.INQUIRY;
    for (const description of rng.shuffle(RECORDS).slice(0, rng.int(3, 7))) {
      const requestedOn = this.dayOnSite(a);
      const dueOn = addDays(requestedOn, rng.pick([3, 5, 7, 7, 10, 14]));
      let status: RecordsRequestStatus;
      if (dueOn >= asOf) status = rng.next() < 0.3 ? RecordsRequestStatus.RECEIVED : RecordsRequestStatus.REQUESTED;
      else if (onSite)
        status = [
          RecordsRequestStatus.RECEIVED,
          RecordsRequestStatus.PARTLY_RECEIVED,
          RecordsRequestStatus.RECEIVED,
          RecordsRequestStatus.REQUESTED,
        ][this.lateOpen++ % 4];
      else status = this.lateClosed++ % 12 === 11 ? RecordsRequestStatus.PARTLY_RECEIVED : RecordsRequestStatus.RECEIVED;
      const receivedOn =
        status === RecordsRequestStatus.REQUESTED
          ? null
          : minDay(addDays(requestedOn, rng.int(1, daysBetween(requestedOn, dueOn) + 2)), asOf);
      this.tables.recordsRequests.add({
        ...clock.stamp(requestedOn, receivedOn ?? requestedOn),
        assignmentId: a.id,
        description,
        requestedOn,
        dueOn,
        status,
        receivedOn,
        receivedNote:
          status === RecordsRequestStatus.RECEIVED
            ? `已全部调取，共${rng.int(3, 60)}册（件）。`
            : status === RecordsRequestStatus.PARTLY_RECEIVED
              ? '已收到部分材料，其余尚未移交，已催要。'
              : null,
        scopePath: a.team.scopePath,
      });
    }
  }

  /**
   * The department asked about a finding: the discipline commission or organisation department of the
   * committee that manages the cadre concerned, as a transfer would go; else the system's own audit
   * office (money), organisation department (appointments) or petition bureau.
   */
  private department(system: InspectionSystem, f: FindingDraft): SeedBody {
    if (f.subject) {
      const committee = this.roster.committees.get(f.subject.managingCommittee.id)!;
      return f.category === FindingCategory.PERSONNEL ? committee.organisationDepartment : committee.disciplineCommission;
    }
    if (f.category === FindingCategory.PERSONNEL) return system.committee.organisationDepartment;
    return f.category === FindingCategory.POLITICAL_DISCIPLINE ? system.petitionBureau : system.auditOffice;
  }

  /**
   * Now and then a deeper inquiry into a weighty finding about a cadre, opened by the leader; then
   * none to two requests for help, the first belonging to the inquiry when the leading group approved
   * it. Drafted by one of the staff; sent (by the leader) the day they are asked.
   */
  helpRequests(a: Planned, staffing: Staffing, found: FindingDraft[]): void {
    const { rng, clock, asOf, tables } = this;
    if (found.length === 0) return;
    const fieldwork = a.stage === Stage.INQUIRY || a.stage === Stage.REPORTING;
    const scope = { assignmentId: a.id, scopePath: a.team.scopePath };
    let inquiry: { id: number; finding: FindingDraft; decidedOn: string } | null = null;
    const weighty = found.filter((f) => f.subject !== null && f.severity !== Severity.MINOR);
    if (staffing.leaderId !== null && weighty.length > 0 && rng.next() < 0.2) {
      const finding = rng.pick(weighty);
      const openedOn = this.dayBetween(finding.recordedOn, fieldworkUntil(a, this.asOf));
      const decidedOn = addDays(openedOn, rng.int(1, 4));
      const decided = decidedOn <= asOf;
      const status = !decided
        ? DeeperInquiryStatus.PROPOSED
        : this.inquiries++ % 5 === 4
          ? DeeperInquiryStatus.REFUSED
          : DeeperInquiryStatus.APPROVED;
      const id = tables.deeperInquiries.add({
        ...clock.stamp(openedOn, decided ? decidedOn : openedOn),
        ...scope,
        findingId: finding.id,
        reason: rng.pick(INQUIRY_REASONS),
        status,
        openedOn,
        openedById: staffing.leaderId,
        decidedOn: decided ? decidedOn : null,
        decisionNote:
          status === DeeperInquiryStatus.APPROVED
            ? '同意深入了解，注意工作方式，不干预被巡视单位正常工作。'
            : status === DeeperInquiryStatus.REFUSED
              ? '现有材料已能说明问题，不再深入了解，按程序在巡视报告中反映。'
              : null,
      });
      if (status === DeeperInquiryStatus.APPROVED) inquiry = { id, finding, decidedOn };
    }
    const count = Math.max(inquiry ? 1 : 0, rng.pick([0, 0, 1, 1, 2]));
    for (let k = 0; k < count; k++) {
      const of = k === 0 ? inquiry : null;
      const finding = of?.finding ?? rng.pick(found);
      const recipient = this.department(a.system, finding);
      const text = HELP[recipient.kind]!;
      const askedOn = this.dayBetween(maxDay(finding.recordedOn, of?.decidedOn ?? finding.recordedOn), fieldworkUntil(a, this.asOf));
      const draft = fieldwork && this.helpDrafts++ % 5 === 0;
      const wantedBy = addDays(draft ? asOf : askedOn, rng.int(7, 20));
      let status: HelpRequestStatus;
      if (draft) status = HelpRequestStatus.DRAFT;
      else if (wantedBy >= asOf) status = rng.next() < 0.3 ? HelpRequestStatus.ANSWERED : HelpRequestStatus.SENT;
      else if (fieldwork)
        status = [HelpRequestStatus.ANSWERED, HelpRequestStatus.SENT, HelpRequestStatus.ANSWERED, HelpRequestStatus.DECLINED][
          this.helpLateOpen++ % 4
        ];
      else {
        const n = this.helpLateClosed++ % 10;
        status = n === 9 ? HelpRequestStatus.SENT : n === 4 ? HelpRequestStatus.DECLINED : HelpRequestStatus.ANSWERED;
      }
      const concluded = status === HelpRequestStatus.ANSWERED || status === HelpRequestStatus.DECLINED;
      const answeredOn = concluded ? minDay(addDays(askedOn, rng.int(2, daysBetween(askedOn, wantedBy) + 5)), asOf) : null;
      tables.helpRequests.add({
        ...clock.stamp(askedOn, answeredOn ?? askedOn),
        ...scope,
        findingId: finding.id,
        deeperInquiryId: of?.id ?? null,
        recipientId: recipient.id,
        recipientPath: recipient.scopePath,
        matter: text.matter,
        question: fill(text.question, { t: a.target.name }),
        wantedBy,
        status,
        askedOn: draft ? null : askedOn,
        draftedById: rng.pick(staffing.staffed).id,
        answer: status === HelpRequestStatus.ANSWERED ? fill(text.answer, { n: rng.int(2, 12), m: rng.int(1, 2) }) : null,
        declineReason: status === HelpRequestStatus.DECLINED ? DECLINE_REASON : null,
        answeredOn,
      });
    }
  }

  /**
   * One democratic evaluation of the leading body and a few of its members: closed before the team
   * left, or for an inspection still on site a fortnight or more, open with part of its ballots cast.
   * Each ballot rates every subject (or leaves it unrated) and now and then answers the free question;
   * its rows carry the day only, and the links used are scattered over the sheet.
   */
  evaluation(a: Planned): void {
    const { rng, clock, tables } = this;
    const open = a.stage === Stage.INQUIRY;
    const until = fieldworkUntil(a, this.asOf);
    const onSite = daysBetween(a.dates.start, until);
    if (onSite < 15) return;
    const personIds = rng
      .shuffle(this.roster.cadres.get(a.target.id) ?? [])
      .slice(0, rng.int(2, 4))
      .map((p) => p.id);
    const issuedOn = addDays(a.dates.start, rng.int(7, Math.min(onSite - 5, 25)));
    const closedOn = open ? null : minDay(addDays(issuedOn, rng.int(2, 7)), until);
    const issued = rng.int(20, 50);
    const cast = Math.round((issued * (open ? rng.int(30, 80) : rng.int(80, 95))) / 100);
    const evaluationId = tables.evaluations.add({
      ...clock.stamp(maxDay(a.dates.start, addDays(issuedOn, -2)), closedOn ?? issuedOn),
      assignmentId: a.id,
      title: `${a.target.name}领导班子和领导干部民主测评`,
      kind: EvaluationKind.DEMOCRATIC_EVALUATION,
      status: open ? EvaluationStatus.OPEN : EvaluationStatus.CLOSED,
      personIds: asStored(personIds),
      questions: asStored(['您对领导班子加强自身建设有何意见和建议？']),
      linksIssued: issued,
      closedOn,
      scopePath: a.team.scopePath,
    });
    const days = Array.from({ length: cast }, () => this.dayBetween(issuedOn, closedOn ?? until)).sort();
    const usedOn = new Map(
      rng
        .shuffle(Array.from({ length: issued }, (_, i) => i))
        .slice(0, cast)
        .map((position, i) => [position, days[i]]),
    );
    for (let i = 0; i < issued; i++) {
      tables.ballotLinks.add({
        evaluationId,
        // Drawn and thrown away, as the printed sheet would be: the one part not drawn from the seed.
        keyHash: createHash('sha256').update(randomBytes(24).toString('base64url')).digest('hex'),
        issuedOn,
        usedOn: usedOn.get(i) ?? null,
      });
    }
    // How harshly each subject is judged: most are well thought of, one in a few less so.
    const notCompetent = [LEADING_BODY_SUBJECT, ...personIds].map(() => rng.pick([0.02, 0.03, 0.05, 0.15]));
    for (const castOn of days) {
      [LEADING_BODY_SUBJECT, ...personIds].forEach((subjectId, s) => {
        const x = rng.next();
        const rating =
          x < 0.04
            ? null
            : x < 0.04 + notCompetent[s]
              ? Rating.NOT_COMPETENT
              : x < 0.26 + notCompetent[s]
                ? Rating.BASICALLY_COMPETENT
                : Rating.COMPETENT;
        tables.ballotAnswers.add({ evaluationId, subjectId, rating, castOn });
      });
      if (rng.next() < 0.3) tables.ballotTexts.add({ evaluationId, questionId: 1, text: rng.pick(BALLOT_ANSWERS), castOn });
    }
  }

  /** The office's assessment of each person who worked on the inspection, a few weeks after feedback. */
  assessments(a: Planned, staffing: Staffing): void {
    const { rng, clock, asOf } = this;
    if (!reached(a.stage, Stage.FEEDBACK)) return;
    const served: Array<[number, ServiceRole]> = [
      ...staffing.staffed.map((p): [number, ServiceRole] => [p.id, ServiceRole.MEMBER]),
      ...(staffing.leaderId === null ? [] : [[staffing.leaderId, ServiceRole.LEADER] as [number, ServiceRole]]),
    ];
    for (const [personId, servedAs] of served) {
      const grade = weightedPick(rng, GRADES);
      const assessedOn = minDay(addDays(a.dates.feedbackOn, rng.int(5, 30)), asOf);
      this.tables.assessments.add({
        ...clock.stamp(assessedOn),
        assignmentId: a.id,
        personId,
        servedAs,
        grade,
        comment: ASSESSMENT_COMMENTS[grade],
        assessedOn,
        scopePath: a.team.scopePath,
      });
    }
  }

  /** Courses taken by the system's staff (its teams' rosters and its leader pool), most years one each. */
  training(system: InspectionSystem, firstYear: number): void {
    const { rng, clock, asOf } = this;
    const staff = [...[...system.teamMembers.values()].flat(), ...system.pool];
    const lastYear = Number(asOf.slice(0, 4));
    for (const person of staff) {
      for (let year = firstYear; year <= lastYear; year++) {
        if (rng.next() >= 0.6) continue;
        const course = rng.pick(COURSES);
        const startsOn = addDays(`${year}-01-01`, rng.int(0, 364));
        const endsOn = addDays(startsOn, course.days - 1);
        if (endsOn > asOf) continue;
        this.tables.training.add({
          ...clock.stamp(endsOn),
          personId: person.id,
          leadingGroupId: system.leadingGroup.id,
          title: course.title,
          provider: course.provider,
          startsOn,
          endsOn,
          hours: course.hours,
          result: course.result,
          retiredOn: null,
          scopePath: system.leadingGroup.scopePath,
        });
      }
    }
  }
}
