/**
 * Demo evaluations (民主测评、问卷调查) for the first staffed inspection in inquiry, written after
 * demo-inspections.ts: one closed democratic evaluation with its ballots (one member rated on too
 * few of them, so withheld), and one open questionnaire whose results are still sealed. The links'
 * keys are drawn and thrown away, as the printed sheet would be; all names are fictional.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { Stage } from '../modules/assignment/stage';
import { Body } from '../modules/body/body.entity';
import { addDays } from '../modules/common/calendar';
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
import { Person } from '../modules/person/person.entity';
import { pathRange } from '../scope/paths';

const { COMPETENT: C, BASICALLY_COMPETENT: B, NOT_COMPETENT: N } = Rating;
/** One row per ballot: the leading body, the first member, and whether the second member was rated. */
const CLOSED_BALLOTS: Array<[Rating, Rating, Rating | null]> = [
  [C, C, null],
  [C, C, C],
  [C, B, null],
  [B, C, null],
  [C, C, null],
  [B, B, B],
  [C, C, null],
  [N, B, null],
  [C, C, null],
  [C, C, null],
  [B, C, null],
  [C, N, null],
];
const CLOSED_ANSWERS = [
  '班子团结，但重大事项决策前征求意见还不够充分。',
  '希望进一步加强对下属单位的监督管理。',
  '公务接待标准执行不够严格。',
  '干部交流轮岗力度偏小。',
];

async function ballots(
  m: EntityManager,
  evaluation: Evaluation,
  issuedOn: string,
  issued: number,
  cast: Array<{ ratings: Array<[number, Rating | null]>; text?: string; on: string }>,
): Promise<void> {
  const links = Array.from({ length: issued }, (_, i) => ({
    evaluationId: evaluation.id,
    keyHash: createHash('sha256').update(randomBytes(24).toString('base64url')).digest('hex'),
    issuedOn,
    usedOn: cast[i]?.on ?? null,
  }));
  await m.insert(BallotLink, links);
  for (const ballot of cast) {
    await m.insert(
      BallotAnswer,
      ballot.ratings.map(([subjectId, rating]) => ({ evaluationId: evaluation.id, subjectId, rating, castOn: ballot.on })),
    );
    if (ballot.text) await m.insert(BallotTextAnswer, { evaluationId: evaluation.id, questionId: 1, text: ballot.text, castOn: ballot.on });
  }
}

export async function loadDemoEvaluations(m: EntityManager, today: string): Promise<void> {
  const stamp = { version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  for (const assignment of await m.find(Assignment, { where: { stage: Stage.INQUIRY }, order: { id: 'ASC' } })) {
    if ((await m.count(AssignmentMember, { where: { assignmentId: assignment.id } })) === 0) continue;
    const target = await m.findOneByOrFail(Body, { id: assignment.targetId });
    const [low, high] = pathRange(target.scopePath);
    const people = (await m.find(Person, { order: { id: 'ASC' } })).filter((p) => p.scopePath >= low && p.scopePath < high).slice(0, 2);
    if (people.length < 2) continue;
    const [first, second] = people.map((p) => p.id);
    const scope = { assignmentId: assignment.id, scopePath: assignment.scopePath };
    const day = (offset: number) => {
      const d = addDays(today, offset);
      return d < assignment.startsOn ? assignment.startsOn : d;
    };

    const closedOn = day(-3);
    const { identifiers: closedIds } = await m.insert(Evaluation, {
      ...stamp,
      ...scope,
      title: '领导班子和领导干部民主测评',
      kind: EvaluationKind.DEMOCRATIC_EVALUATION,
      status: EvaluationStatus.CLOSED,
      personIds: [first, second],
      questions: ['您对领导班子加强自身建设有何意见和建议？'],
      linksIssued: CLOSED_BALLOTS.length + 3,
      closedOn,
    });
    const closed = await m.findOneByOrFail(Evaluation, { id: Number(closedIds[0].id) });
    await ballots(
      m,
      closed,
      day(-8),
      CLOSED_BALLOTS.length + 3,
      CLOSED_BALLOTS.map(([leading, a, b], i) => ({
        ratings: [
          [LEADING_BODY_SUBJECT, leading],
          [first, a],
          [second, b],
        ],
        text: CLOSED_ANSWERS[i],
        on: day(-7 + (i % 3)),
      })),
    );

    const { identifiers: openIds } = await m.insert(Evaluation, {
      ...stamp,
      ...scope,
      title: '选人用人工作满意度问卷调查',
      kind: EvaluationKind.QUESTIONNAIRE,
      status: EvaluationStatus.OPEN,
      personIds: [],
      questions: ['您对本单位选人用人工作有何意见？'],
      linksIssued: 20,
      closedOn: null,
    });
    const open = await m.findOneByOrFail(Evaluation, { id: Number(openIds[0].id) });
    await ballots(
      m,
      open,
      day(-2),
      20,
      [C, B, C, C, N].map((rating, i) => ({
        ratings: [[LEADING_BODY_SUBJECT, rating]],
        text: i === 1 ? '希望提拔任用更加公开透明。' : undefined,
        on: day(-1),
      })),
    );
    return;
  }
}
