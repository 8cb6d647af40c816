import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { write } from '../../write/write-service';
import { today } from '../common/record';
import { givenOnly, optionalText, refuseNulls, requiredText } from '../common/text';
import { Activity, WorkMethod } from '../activity/activity.entity';
import { Assignment } from '../assignment/assignment.entity';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';
import { FindingCategory } from '../finding/finding.enums';
import { decide } from '../finding/finding.service';
import { CATEGORY_HEADINGS } from '../../documents/inspection-documents';
import { Report } from './report.entity';
import type { DraftReportInput, HearReportInput, UpdateReportInput } from './report.inputs';

const METHOD_NAMES: Record<WorkMethod, string> = {
  [WorkMethod.HEARING_REPORTS]: '听取汇报',
  [WorkMethod.ATTENDING_MEETINGS]: '列席会议',
  [WorkMethod.LETTERS_CALLS_VISITS]: '受理来信来电来访',
  [WorkMethod.SYMPOSIUM]: '召开座谈会',
  [WorkMethod.INDIVIDUAL_TALK]: '个别谈话',
  [WorkMethod.DOCUMENT_REVIEW]: '调阅资料',
  [WorkMethod.DEMOCRATIC_EVALUATION]: '民主测评和问卷调查',
  [WorkMethod.FIELD_VISIT]: '走访调研',
  [WorkMethod.EXPERT_ASSISTANCE]: '商请有关部门协助',
};

/** The report's text, written from what the team recorded (enter once, use many times). */
export function draftText(
  target: Pick<Body, 'name'>,
  activities: Pick<Activity, 'method' | 'peopleReached'>[],
  findings: Pick<Finding, 'category' | 'evidenceSummary'>[],
): { summary: string; suggestions: string } {
  const byMethod = new Map<WorkMethod, { count: number; people: number }>();
  for (const a of activities) {
    const entry = byMethod.get(a.method) ?? { count: 0, people: 0 };
    byMethod.set(a.method, { count: entry.count + 1, people: entry.people + a.peopleReached });
  }
  const work = [...byMethod.entries()].map(([m, e]) => `${METHOD_NAMES[m]}${e.count}次（涉及${e.people}人次）`).join('，');
  const sections = (Object.keys(CATEGORY_HEADINGS) as FindingCategory[])
    .map((category) => {
      const items = findings.filter((f) => f.category === category);
      if (items.length === 0) return null;
      return `${CATEGORY_HEADINGS[category]}：\n${items.map((f, i) => `${i + 1}. ${f.evidenceSummary}`).join('\n')}`;
    })
    .filter(Boolean);
  const summary = [
    `巡视组对${target.name}进行了巡视。巡视期间，${work || '开展了有关工作'}。`,
    sections.length ? `发现的主要问题：\n${sections.join('\n')}` : '未发现需要报告的问题。',
  ].join('\n');
  const suggestions = findings.length
    ? `建议${target.name}针对上述${findings.length}个问题认真整改；对涉及的问题线索，按照干部管理权限移交有关部门处理。`
    : `建议${target.name}继续加强党的建设。`;
  return { summary, suggestions };
}

export function draftReport(ctx: RequestContext, input: DraftReportInput): Promise<Report> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    if (assignment.stage !== Stage.REPORTING) throw badInput('assignmentId', 'report.onlyInReporting');
    if (await tx.manager.findOneBy(Report, { assignmentId: assignment.id })) throw badInput('assignmentId', 'report.exists');
    const target = await tx.manager.findOneByOrFail(Body, { id: assignment.targetId });
    const activities = await tx.manager.find(Activity, { where: { assignmentId: assignment.id }, order: { heldOn: 'ASC', id: 'ASC' } });
    const findings = await tx.manager.find(Finding, { where: { assignmentId: assignment.id }, order: { id: 'ASC' } });
    const values = {
      assignmentId: assignment.id,
      ...draftText(target, activities, findings),
      submittedOn: null,
      submittedById: null,
      heardOn: null,
      hearingNote: null,
      scopePath: assignment.scopePath,
    };
    tx.assertAllowed('create', Report, values);
    return tx.insert(Report, values);
  });
}

export function updateReport(ctx: RequestContext, input: UpdateReportInput): Promise<Report> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const report = await tx.load(Report, input.id, 'update');
    if (report.submittedOn) throw badInput('id', 'report.submittedLocked');
    const changes = givenOnly<Partial<Report>>({
      summary: optionalText('summary', input.summary),
      suggestions: optionalText('suggestions', input.suggestions),
    });
    return tx.update(Report, report, input.version, changes);
  });
}

export function submitReport(ctx: RequestContext, input: { id: number; version: number }): Promise<Report> {
  return write(ctx, async (tx) => {
    const report = await tx.load(Report, input.id, 'submit');
    if (report.submittedOn) throw badInput('id', 'report.alreadySubmitted');
    const assignment = await tx.manager.findOneByOrFail(Assignment, { id: report.assignmentId });
    if (assignment.stage !== Stage.REPORTING) throw badInput('id', 'report.submitInReporting');
    return tx.update(Report, report, input.version, { submittedOn: today(), submittedById: ctx.caller!.personId }, 'submit');
  });
}

/** The hearing and every decision in one transaction: all of them are recorded, or none. */
export function hearReport(ctx: RequestContext, input: HearReportInput): Promise<Report> {
  return write(ctx, async (tx) => {
    const report = await tx.load(Report, input.id, 'hear');
    if (!report.submittedOn) throw badInput('id', 'report.notSubmitted');
    if (report.heardOn) throw badInput('id', 'report.alreadyHeard', { on: report.heardOn });
    if (input.heardOn < report.submittedOn) throw badInput('heardOn', 'report.heardBeforeSubmitted', { on: report.submittedOn });
    const findings = await tx.manager.findBy(Finding, { assignmentId: report.assignmentId });
    for (const decision of input.decisions) {
      if (!findings.some((f) => f.id === decision.id)) throw badInput('decisions', 'finding.notOfInspection', { id: decision.id });
      await decide(tx, decision);
    }
    return tx.update(
      Report,
      report,
      input.version,
      { heardOn: input.heardOn, hearingNote: requiredText('hearingNote', input.hearingNote) },
      'hear',
    );
  });
}
