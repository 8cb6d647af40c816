/**
 * Demo requests for help (商请协助) and a deeper inquiry (深入了解), written after
 * demo-inspections.ts, on the central inspection in inquiry that the demo logins team1 and teamlead
 * work on: one request answered by the discipline commission (the demo login receiver reads it), one
 * sent to the audit office and overdue, belonging to a deeper inquiry the leading group approved.
 * Every date is an offset from `today`; all text is fictional.
 */
import type { EntityManager } from 'typeorm';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { Stage } from '../modules/assignment/stage';
import { Body } from '../modules/body/body.entity';
import { addDays } from '../modules/common/calendar';
import { DeeperInquiry, DeeperInquiryStatus } from '../modules/deeper-inquiry/deeper-inquiry.entity';
import { Finding } from '../modules/finding/finding.entity';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { HelpRequest, HelpRequestStatus } from '../modules/help-request/help-request.entity';

export async function loadDemoHelpRequests(m: EntityManager, today: string): Promise<void> {
  const stamp = { version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  const code = async (c: string) => m.findOneByOrFail(Body, { code: c });
  const [team, target, cdi, audit] = await Promise.all([code('C-T01'), code('P-QC-GOV'), code('C-CDI'), code('C-AUD')]);
  const assignment = await m.findOneBy(Assignment, { teamId: team.id, targetId: target.id, stage: Stage.INQUIRY });
  if (!assignment) return;
  const staff = await m.findOne(AssignmentMember, { where: { assignmentId: assignment.id }, order: { id: 'ASC' } });
  const grant = await m.findOne(LeaderGrant, { where: { assignmentId: assignment.id }, order: { id: 'ASC' } });
  const finding = await m.findOne(Finding, { where: { assignmentId: assignment.id }, order: { id: 'ASC' } });
  if (!staff || !grant) return;
  const common = { assignmentId: assignment.id, scopePath: assignment.scopePath };

  let inquiryId: number | null = null;
  if (finding) {
    const { identifiers } = await m.insert(DeeperInquiry, {
      ...stamp,
      ...common,
      findingId: finding.id,
      reason: '反映问题涉及被巡视单位党组主要负责人，线索具体、可查性强，需进一步深入了解。',
      status: DeeperInquiryStatus.APPROVED,
      openedOn: addDays(today, -12),
      openedById: grant.personId,
      decidedOn: addDays(today, -11),
      decisionNote: '同意深入了解，注意工作方式，不干预被巡视单位正常工作。',
    });
    inquiryId = Number(identifiers[0].id);
  }

  await m.insert(HelpRequest, [
    {
      ...stamp,
      ...common,
      findingId: finding?.id ?? null,
      deeperInquiryId: null,
      recipientId: cdi.id,
      recipientPath: cdi.scopePath,
      matter: '群众反映被巡视单位有关领导干部在工程项目审批中存在违规干预问题。',
      question: '请提供该单位领导班子成员近五年被反映问题线索及处置情况。',
      wantedBy: addDays(today, -5),
      status: HelpRequestStatus.ANSWERED,
      askedOn: addDays(today, -15),
      draftedById: staff.personId,
      answer: '经查，近五年共收到反映该单位领导班子成员的问题线索3件，均已办结，其中谈话函询2件、予以了结1件。',
      declineReason: null,
      answeredOn: addDays(today, -7),
    },
    {
      ...stamp,
      ...common,
      findingId: finding?.id ?? null,
      deeperInquiryId: inquiryId,
      recipientId: audit.id,
      recipientPath: audit.scopePath,
      matter: '有关工程项目资金拨付与合同约定不一致，需专业审计力量协助核实。',
      question: '请协助核查该工程项目近三年资金拨付及结算情况，并提出专业意见。',
      wantedBy: addDays(today, -2),
      status: HelpRequestStatus.SENT,
      askedOn: addDays(today, -10),
      draftedById: staff.personId,
      answer: null,
      declineReason: null,
      answeredOn: null,
    },
  ]);
}
