/**
 * Demo individual talks (个别谈话) and records requests (调阅资料) for the inspections in inquiry,
 * written after demo-inspections.ts: talks held by each inspection's staff, one of them the source of
 * a finding, and records asked of the target, one of them late. Every date is an offset from
 * `today`; all names are fictional.
 */
import type { EntityManager } from 'typeorm';
import { WorkMethod } from '../modules/activity/activity.entity';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { Stage } from '../modules/assignment/stage';
import { addDays } from '../modules/common/calendar';
import { Finding } from '../modules/finding/finding.entity';
import { RecordsRequest, RecordsRequestStatus } from '../modules/records-request/records-request.entity';
import { IntervieweeCategory, Talk, TalkInterviewee } from '../modules/talk/talk.entity';

const TALKS: Array<{ post: string; category: IntervieweeCategory; name: string; matters: string }> = [
  {
    post: '党组成员、副主任',
    category: IntervieweeCategory.LEADING_BODY_MEMBER,
    name: '郑立群',
    matters: '谈及班子民主集中制执行情况，反映个别重大事项决策前酝酿不充分。',
  },
  {
    post: '办公室主任',
    category: IntervieweeCategory.OTHER_CADRE,
    name: '钱晓岚',
    matters: '反映近两年公务接待标准执行不严，存在超标准接待的情况。',
  },
  {
    post: '基层站所工作人员',
    category: IntervieweeCategory.STAFF_OR_MASSES,
    name: '孔德胜',
    matters: '反映干部选拔任用中个别岗位存在"带病提拔"的议论。',
  },
];

const REQUESTS: Array<{ description: string; asked: number; due: number; status: RecordsRequestStatus; note: string | null }> = [
  {
    description: '近三年党组会议纪要及"三重一大"事项决策记录',
    asked: -20,
    due: -13,
    status: RecordsRequestStatus.RECEIVED,
    note: '已全部调取，共 36 册。',
  },
  {
    description: '近三年干部选拔任用工作档案（含动议、民主推荐、考察材料）',
    asked: -12,
    due: -3,
    status: RecordsRequestStatus.PARTLY_RECEIVED,
    note: '已收到 2024 年度材料，其余年度尚未移交。',
  },
  { description: '公务接待审批单及报销凭证（近两年）', asked: -2, due: 5, status: RecordsRequestStatus.REQUESTED, note: null },
];

export async function loadDemoTalks(m: EntityManager, today: string): Promise<void> {
  const stamp = { version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  const open = await m.find(Assignment, { where: { stage: Stage.INQUIRY }, order: { id: 'ASC' } });
  for (const assignment of open) {
    const staff = await m.find(AssignmentMember, { where: { assignmentId: assignment.id }, order: { id: 'ASC' } });
    if (staff.length === 0) continue;
    const scope = { assignmentId: assignment.id, scopePath: assignment.scopePath };
    const talkIds: number[] = [];
    for (const [i, talk] of TALKS.entries()) {
      const heldOn = addDays(today, -10 + 3 * i);
      const talkers = [staff[i % staff.length].personId, staff[(i + 1) % staff.length].personId];
      const { identifiers } = await m.insert(Talk, {
        ...stamp,
        ...scope,
        heldOn: heldOn < assignment.startsOn ? assignment.startsOn : heldOn,
        talkerIds: [...new Set(talkers)].sort((a, b) => a - b),
        intervieweePost: talk.post,
        intervieweeCategory: talk.category,
        matters: talk.matters,
      });
      const talkId = Number(identifiers[0].id);
      talkIds.push(talkId);
      await m.insert(TalkInterviewee, {
        ...stamp,
        talkId,
        assignmentId: assignment.id,
        name: talk.name,
        contact: '',
        scopePath: assignment.scopePath,
      });
    }
    // A finding that came to light in a talk names the talk as its source.
    const fromTalk = await m.findOne(Finding, {
      where: { assignmentId: assignment.id, sourceMethod: WorkMethod.INDIVIDUAL_TALK },
      order: { id: 'ASC' },
    });
    if (fromTalk) await m.update(Finding, { id: fromTalk.id }, { sourceTalkId: talkIds[0] });
    for (const request of REQUESTS) {
      const requestedOn = addDays(today, request.asked);
      await m.insert(RecordsRequest, {
        ...stamp,
        ...scope,
        description: request.description,
        requestedOn,
        dueOn: addDays(today, request.due),
        status: request.status,
        receivedOn: request.status === RecordsRequestStatus.REQUESTED ? null : addDays(today, request.due - 1),
        receivedNote: request.note,
      });
    }
  }
}
