/**
 * Demo staff records (office duty 3), written after demo-inspections.ts: a training course for each
 * person on the staff of a leading group (its teams' members and its team-leader pool), and the
 * office's assessment of everyone who served on an inspection past feedback, as staff or as its
 * leader. Inspections still in reporting are left unassessed. Every date is an offset from `today`;
 * all text is fictional.
 */
import type { EntityManager } from 'typeorm';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { Stage } from '../modules/assignment/stage';
import { Body } from '../modules/body/body.entity';
import { BodyKind } from '../modules/body/body.enums';
import { addDays, now } from '../modules/common/calendar';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { Membership } from '../modules/membership/membership.entity';
import { MembershipRole, MembershipStatus } from '../modules/membership/membership-role';
import { PoolEntry } from '../modules/pool/pool-entry.entity';
import { AssessmentGrade, ServiceRole, StaffAssessment } from '../modules/staff-record/staff-assessment.entity';
import { TrainingRecord } from '../modules/staff-record/training-record.entity';
import { pathRange } from '../scope/paths';

const COURSES = [
  { title: '巡视工作业务培训班', provider: '领导小组办公室', hours: 40, result: '结业' },
  { title: '政治监督专题研讨班', provider: '党校（行政学院）', hours: 32, result: '结业，撰写心得体会一篇' },
  { title: '财务审计与问题线索发现实务', provider: '审计机关培训中心', hours: 24, result: '考核合格' },
];

const GRADES: AssessmentGrade[] = [
  AssessmentGrade.COMPETENT,
  AssessmentGrade.EXCELLENT,
  AssessmentGrade.COMPETENT,
  AssessmentGrade.COMPETENT,
  AssessmentGrade.BASICALLY_COMPETENT,
  AssessmentGrade.COMPETENT,
  AssessmentGrade.EXCELLENT,
];

const COMMENTS: Record<AssessmentGrade, string> = {
  [AssessmentGrade.EXCELLENT]: '政治站位高，谈话和调阅资料扎实细致，发现问题线索质量高，严守工作纪律。',
  [AssessmentGrade.COMPETENT]: '能够按照工作方案完成分工任务，工作作风严谨，遵守巡视工作纪律。',
  [AssessmentGrade.BASICALLY_COMPETENT]: '基本完成分工任务，但材料整理不够及时，个别问题底稿不够完整，需加强业务学习。',
  [AssessmentGrade.NOT_COMPETENT]: '未能完成分工任务。',
};

const stamp = () => ({ version: 1, createdAt: now(), updatedAt: now() });

export async function loadDemoStaffRecords(m: EntityManager, today: string): Promise<void> {
  const groups = await m.findBy(Body, { kind: BodyKind.LEADING_GROUP });
  let n = 0;
  for (const group of groups) {
    const [low, high] = pathRange(group.scopePath);
    const teamMembers: Array<{ personId: number }> = await m
      .createQueryBuilder(Membership, 'ms')
      .innerJoin(Body, 'b', 'b.id = ms.bodyId')
      .select('DISTINCT ms.personId', 'personId')
      .where('ms.role = :role AND ms.status = :status', { role: MembershipRole.TEAM_MEMBER, status: MembershipStatus.APPROVED })
      .andWhere('b.kind = :kind AND b.scopePath >= :low AND b.scopePath < :high', { kind: BodyKind.INSPECTION_TEAM, low, high })
      .getRawMany();
    const pool = await m.findBy(PoolEntry, { leadingGroupId: group.id });
    const staff = [...new Set([...teamMembers.map((t) => Number(t.personId)), ...pool.map((p) => p.personId)])].sort((a, b) => a - b);
    for (const personId of staff) {
      const course = COURSES[n % COURSES.length];
      const startsOn = addDays(today, -400 + (n % 9) * 30);
      await m.insert(TrainingRecord, {
        ...stamp(),
        personId,
        leadingGroupId: group.id,
        title: course.title,
        provider: course.provider,
        startsOn,
        endsOn: addDays(startsOn, 4),
        hours: course.hours,
        result: course.result,
        retiredOn: null,
        scopePath: group.scopePath,
      });
      n++;
    }
  }

  const assessed = await m
    .createQueryBuilder(Assignment, 'a')
    .where('a.stage IN (:...stages)', { stages: [Stage.FEEDBACK, Stage.TRANSFER, Stage.CLOSED] })
    .orderBy('a.id')
    .getMany();
  let g = 0;
  for (const assignment of assessed) {
    const served = new Map<number, ServiceRole>();
    for (const member of await m.findBy(AssignmentMember, { assignmentId: assignment.id })) served.set(member.personId, ServiceRole.MEMBER);
    for (const grant of await m.findBy(LeaderGrant, { assignmentId: assignment.id })) served.set(grant.personId, ServiceRole.LEADER);
    for (const [personId, servedAs] of served) {
      const grade = GRADES[g++ % GRADES.length];
      await m.insert(StaffAssessment, {
        ...stamp(),
        assignmentId: assignment.id,
        personId,
        servedAs,
        grade,
        comment: COMMENTS[grade],
        assessedOn: addDays(assignment.endsOn, 20) < today ? addDays(assignment.endsOn, 20) : today,
        scopePath: assignment.scopePath,
      });
    }
  }
}
