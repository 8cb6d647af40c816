import { createHash, randomBytes } from 'node:crypto';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { subject } from '@casl/ability';
import { AppError, badInput, forbidden } from '../../errors';
import { pageOf, SortDirection, type ListResult, type PageInput } from '../../graphql/list';
import { findScoped } from '../../scope/scoped-query';
import { retryTransient } from '../../db/transient';
import { transactionOnce } from '../../db/transaction';
import { readingFromPrimary } from '../../db/replication';
import { pathRange } from '../../scope/paths';
import { write, type WriteTransaction } from '../../write/write-service';
import { applyAssignmentRecordFilter } from '../common/inputs';
import { today } from '../common/record';
import { givenOnly, refuseNulls, requiredText } from '../common/text';
import { Assignment } from '../assignment/assignment.entity';
import { openAssignment } from '../assignment/assignment.service';
import { Stage } from '../assignment/stage';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import {
  BallotAnswer,
  BallotLink,
  BallotTextAnswer,
  Evaluation,
  EvaluationStatus,
  LEADING_BODY_SUBJECT,
  Rating,
} from './evaluation.entity';
import {
  ANSWER_MAX,
  QUESTION_MAX,
  type CreateEvaluationInput,
  type EvaluationFilter,
  type IssueBallotLinksInput,
  type UpdateEvaluationInput,
} from './evaluation.inputs';
import type { VersionedInput } from '../common/inputs';

/** The list filter, on the scoped query whose alias is `record`. */
export function applyEvaluationFilter(qb: SelectQueryBuilder<Evaluation>, f: EvaluationFilter): void {
  applyAssignmentRecordFilter(qb, f);
  if (f.statuses?.length) qb.andWhere('record.status IN (:...statuses)', { statuses: f.statuses });
}

/** The persons rated: each once, each employed at the inspected body or a body under it. */
async function subjectPersons(tx: WriteTransaction, assignment: Assignment, personIds: number[]): Promise<number[]> {
  if (new Set(personIds).size !== personIds.length) throw badInput('personIds', 'evaluation.personTwice');
  if (personIds.length === 0) return [];
  const target = await tx.manager.findOneByOrFail(Body, { id: assignment.targetId });
  const [low, high] = pathRange(target.scopePath);
  const people = await tx.manager.findBy(Person, { id: In(personIds) });
  for (const id of personIds) {
    const person = people.find((p) => p.id === id);
    // A person who does not exist and one employed elsewhere read the same: nothing about the roster leaks.
    if (!person || !(person.scopePath >= low && person.scopePath < high)) {
      throw badInput('personIds', 'evaluation.personNotOfTarget', { id });
    }
  }
  return personIds;
}

function questionTexts(questions: string[]): string[] {
  return questions.map((q, i) => {
    const text = requiredText(`questions.${i}`, q);
    if (text.length > QUESTION_MAX) throw badInput(`questions.${i}`, 'input.tooLong', { max: QUESTION_MAX, length: text.length });
    return text;
  });
}

export function createEvaluation(ctx: RequestContext, input: CreateEvaluationInput): Promise<Evaluation> {
  return write(ctx, async (tx) => {
    const assignment = await openAssignment(tx, input.assignmentId, 'read');
    const values = {
      assignmentId: assignment.id,
      scopePath: assignment.scopePath,
      title: requiredText('title', input.title),
      kind: input.kind,
      status: EvaluationStatus.DRAFT,
      personIds: [] as number[],
      questions: questionTexts(input.questions ?? []),
      linksIssued: 0,
      closedOn: null,
    };
    tx.assertAllowed('create', Evaluation, values);
    values.personIds = await subjectPersons(tx, assignment, input.personIds);
    return tx.insert(Evaluation, values);
  });
}

export function updateEvaluation(ctx: RequestContext, input: UpdateEvaluationInput): Promise<Evaluation> {
  refuseNulls(input);
  return write(ctx, async (tx) => {
    const evaluation = await tx.load(Evaluation, input.id, 'update');
    if (evaluation.status !== EvaluationStatus.DRAFT) throw badInput('id', 'evaluation.notDraft', { status: evaluation.status });
    const assignment = await openAssignment(tx, evaluation.assignmentId, 'read');
    const changes = givenOnly({
      title: input.title === undefined ? undefined : requiredText('title', input.title),
      kind: input.kind,
      questions: input.questions === undefined ? undefined : questionTexts(input.questions),
      personIds: input.personIds === undefined ? undefined : await subjectPersons(tx, assignment, input.personIds),
    });
    return tx.update(Evaluation, evaluation, input.version, changes);
  });
}

export function openEvaluation(ctx: RequestContext, input: VersionedInput): Promise<Evaluation> {
  return write(ctx, async (tx) => {
    const evaluation = await tx.load(Evaluation, input.id, 'update');
    if (evaluation.status !== EvaluationStatus.DRAFT) throw badInput('id', 'evaluation.notDraft', { status: evaluation.status });
    const assignment = await openAssignment(tx, evaluation.assignmentId, 'read');
    if (assignment.stage !== Stage.INQUIRY) throw badInput('id', 'evaluation.onlyDuringInquiry');
    return tx.update(Evaluation, evaluation, input.version, { status: EvaluationStatus.OPEN });
  });
}

/** Closing is final: the results appear, and no ballot is taken any more. */
export function closeEvaluation(ctx: RequestContext, input: VersionedInput): Promise<Evaluation> {
  return write(ctx, async (tx) => {
    const evaluation = await tx.load(Evaluation, input.id, 'update');
    if (evaluation.status !== EvaluationStatus.OPEN) throw badInput('id', 'evaluation.notOpen', { status: evaluation.status });
    return tx.update(Evaluation, evaluation, input.version, { status: EvaluationStatus.CLOSED, closedOn: today() });
  });
}

/** The key of a ballot link as it is kept: its sha256, never the key itself. */
export const ballotKeyHash = (key: string) => createHash('sha256').update(key).digest('hex');
/** The form of a key: 32 characters of base64url (24 random bytes). */
export const BALLOT_KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export interface BallotLinkBatch {
  evaluationId: number;
  issuedOn: string;
  paths: string[];
}

/**
 * Issues `count` one-time links. The keys are returned once and kept nowhere: the printed sheet is
 * their only copy. The evaluation's count of issued links is the trail's record of the batch.
 */
export function issueBallotLinks(ctx: RequestContext, input: IssueBallotLinksInput): Promise<BallotLinkBatch> {
  return write(ctx, async (tx) => {
    const evaluation = await tx.load(Evaluation, input.evaluationId, 'update');
    if (evaluation.status !== EvaluationStatus.OPEN) throw badInput('evaluationId', 'evaluation.notOpen', { status: evaluation.status });
    const assignment = await openAssignment(tx, evaluation.assignmentId, 'read');
    if (assignment.stage !== Stage.INQUIRY) throw badInput('evaluationId', 'evaluation.onlyDuringInquiry');
    const issuedOn = today();
    const keys = Array.from({ length: input.count }, () => randomBytes(24).toString('base64url'));
    const rows = keys.map((key) => ({ evaluationId: evaluation.id, keyHash: ballotKeyHash(key), issuedOn, usedOn: null }));
    for (let i = 0; i < rows.length; i += 100) await tx.manager.insert(BallotLink, rows.slice(i, i + 100));
    await tx.update(Evaluation, evaluation, evaluation.version, { linksIssued: evaluation.linksIssued + input.count });
    return { evaluationId: evaluation.id, issuedOn, paths: keys.map((key) => `/ballot/${key}`) };
  });
}

/** What the ballot page needs to show: the evaluation, its target's name and the names of its subjects. */
export interface OpenBallot {
  evaluation: Evaluation;
  targetName: string;
  subjects: Array<{ subjectId: number; name: string; position: string }>;
}

/**
 * The evaluation a key opens, if it may still be used: the link unused, the evaluation OPEN and the
 * inspection in inquiry. Every other case reads as null, the same for each.
 */
export async function openBallot(db: DataSource, key: string): Promise<OpenBallot | null> {
  if (!BALLOT_KEY_PATTERN.test(key)) return null;
  const primary = readingFromPrimary(db);
  const link = await primary.getRepository(BallotLink).findOneBy({ keyHash: ballotKeyHash(key) });
  if (!link || link.usedOn !== null) return null;
  const evaluation = await primary.getRepository(Evaluation).findOneBy({ id: link.evaluationId });
  if (!evaluation || evaluation.status !== EvaluationStatus.OPEN) return null;
  const assignment = await primary.getRepository(Assignment).findOneBy({ id: evaluation.assignmentId });
  if (!assignment || assignment.stage !== Stage.INQUIRY) return null;
  const target = await primary.getRepository(Body).findOneByOrFail({ id: assignment.targetId });
  const people = evaluation.personIds.length ? await primary.getRepository(Person).findBy({ id: In(evaluation.personIds) }) : [];
  const subjects = [
    { subjectId: LEADING_BODY_SUBJECT, name: '领导班子', position: '' },
    ...evaluation.personIds.map((id) => {
      const p = people.find((x) => x.id === id);
      return { subjectId: id, name: p?.name ?? String(id), position: p?.position ?? '' };
    }),
  ];
  return { evaluation, targetName: target.name, subjects };
}

export interface CastBallot {
  /** A rating per subject id; a subject left out is unrated (弃权/不了解). */
  ratings: Map<number, Rating>;
  /** An answer per question number (from 1); blank ones are left out. */
  texts: Map<number, string>;
}

/**
 * Casts a ballot through a link. In one transaction: the link is marked used by a conditional
 * UPDATE (so that of a burst of the same link exactly one counts), and the answers are written
 * without any reference to the link, the address or a time finer than the day.
 *
 * Nothing is put on the audit trail: its entries carry record ids and instants, which, beside the
 * link's use, would tie a link (and so a printed sheet's position) to the answers. Whoever issued
 * the links is on the trail (the evaluation's count of issued links), and the count of used links
 * is in the link table by day.
 */
export async function castBallot(db: DataSource, key: string, ballot: CastBallot): Promise<{ castOn: string }> {
  const refused = () => new AppError('NOT_FOUND', 'ballot.linkNotFound');
  if (!BALLOT_KEY_PATTERN.test(key)) throw refused();
  for (const text of ballot.texts.values())
    if (text.length > ANSWER_MAX) throw badInput('text', 'input.tooLong', { max: ANSWER_MAX, length: text.length });
  const keyHash = ballotKeyHash(key);
  return retryTransient(() =>
    transactionOnce(readingFromPrimary(db), async (manager) => {
      const link = await manager.findOneBy(BallotLink, { keyHash });
      if (!link) throw refused();
      const evaluation = await manager.findOneBy(Evaluation, { id: link.evaluationId });
      if (!evaluation || evaluation.status !== EvaluationStatus.OPEN) throw refused();
      const assignment = await manager.findOneBy(Assignment, { id: evaluation.assignmentId });
      if (!assignment || assignment.stage !== Stage.INQUIRY) throw refused();
      const castOn = today();
      const { affected } = await manager
        .createQueryBuilder()
        .update(BallotLink)
        .set({ usedOn: castOn })
        .where('id = :id AND usedOn IS NULL', { id: link.id })
        .execute();
      if (!affected) throw refused();
      const subjects = [LEADING_BODY_SUBJECT, ...evaluation.personIds];
      await manager.insert(
        BallotAnswer,
        subjects.map((subjectId) => ({ evaluationId: evaluation.id, subjectId, rating: ballot.ratings.get(subjectId) ?? null, castOn })),
      );
      const texts = evaluation.questions
        .map((_q, i) => ({ questionId: i + 1, text: (ballot.texts.get(i + 1) ?? '').trim() }))
        .filter((a) => a.text.length > 0)
        .map((a) => ({ ...a, evaluationId: evaluation.id, castOn }));
      if (texts.length) await manager.insert(BallotTextAnswer, texts);
      return { castOn };
    }),
  );
}

/** A person an evaluation may rate, as its subject. */
export interface EvaluationCandidate {
  subjectId: number;
  personId: number;
  name: string;
}

/**
 * The persons an evaluation of this inspection may rate (employed at the target or a body under
 * it, still on the roster), for those who may set one up: its staff need them without reading the
 * roster itself. A page at a time in pinyin order, like every other list of people.
 */
export async function evaluationCandidates(
  ctx: RequestContext,
  assignmentId: number,
  page?: PageInput,
): Promise<ListResult<EvaluationCandidate>> {
  const assignment = await findScoped(ctx, Assignment, assignmentId, 'read');
  if (!ctx.ability.can('create', subject('Evaluation', { assignmentId: assignment.id, scopePath: assignment.scopePath }) as never)) {
    throw forbidden('create', 'Evaluation');
  }
  const target = await ctx.db.getRepository(Body).findOneByOrFail({ id: assignment.targetId });
  const [low, high] = pathRange(target.scopePath);
  const people = ctx.db
    .getRepository(Person)
    .createQueryBuilder('p')
    .where('p.scopePath >= :low AND p.scopePath < :high', { low, high })
    .andWhere('p.retiredOn IS NULL');
  // Only the id and the name are read: the page never touches a person's protected columns.
  const found = await pageOf(people, [{ field: 'nameSortKey', direction: SortDirection.ASC }], page, new Set(['name']));
  return {
    items: found.items.map((p) => ({ subjectId: p.id, personId: p.id, name: p.name })),
    get totalCount() {
      return found.totalCount;
    },
  };
}
