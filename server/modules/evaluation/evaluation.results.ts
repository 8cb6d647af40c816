/**
 * The tally of an evaluation, counted in SQL (GROUP BY subject, rating), and the two rules of its
 * disclosure: nothing but the number of links used while it is OPEN (a tally read after each ballot
 * would give each ballot away by difference), and once CLOSED, no counts for a subject rated on
 * fewer ballots than the minimum group (Config.summaryMinimumGroup), no free answers for an
 * evaluation with fewer ballots than that.
 */
import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';
import { In, type DataSource } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
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

@ObjectType({ description: 'One subject of an evaluation: the leading body as a whole, or a person.' })
export class EvaluationSubject {
  @Field(() => Int, { description: 'The subject’s id within the evaluation: 0 for the leading body, else the person’s id.' })
  subjectId!: number;

  @Field(() => Int, { nullable: true, description: 'The person rated; null for the leading body.' })
  personId!: number | null;

  @Field({ description: 'The person’s name, or 领导班子 for the leading body.' })
  name!: string;
}

@ObjectType({ description: 'The tally of one subject. Counts are null when withheld.' })
export class SubjectResult extends EvaluationSubject {
  @Field(() => Int, { description: 'Ballots that rated this subject (not counting those that left it unrated).' })
  ballots!: number;

  @Field({ description: 'Whether the counts are withheld: fewer ballots rated this subject than the minimum group.' })
  withheld!: boolean;

  @Field(() => Int, { nullable: true, description: '称职: ballots rating it competent; null when withheld.' })
  competent!: number | null;

  @Field(() => Int, { nullable: true, description: '基本称职: ballots rating it basically competent; null when withheld.' })
  basicallyCompetent!: number | null;

  @Field(() => Int, { nullable: true, description: '不称职: ballots rating it not competent; null when withheld.' })
  notCompetent!: number | null;

  @Field(() => Int, { nullable: true, description: '弃权/不了解: ballots leaving it unrated; null when withheld.' })
  unrated!: number | null;
}

@ObjectType({ description: 'The answers to one free question, in an order that does not follow the order they were cast in.' })
export class QuestionAnswers {
  @Field(() => Int, { description: 'The question’s number, from 1.' })
  questionId!: number;

  @Field({ description: 'The question.' })
  question!: string;

  @Field(() => [String], { description: 'The answers given (blank ones are not kept), sorted by their text.' })
  answers!: string[];
}

@ObjectType({ description: 'What an evaluation’s ballots say, as far as may be shown.' })
export class EvaluationResults {
  @Field({ description: 'True while the evaluation is not CLOSED: only the numbers of links are shown.' })
  sealed!: boolean;

  @Field(() => Int, { description: 'Ballot links issued.' })
  linksIssued!: number;

  @Field(() => Int, { description: 'Ballot links used, that is ballots cast.' })
  linksUsed!: number;

  @Field(() => Int, { description: 'The fewest ballots a count is shown over (SUMMARY_MINIMUM_GROUP).' })
  minimumGroup!: number;

  @Field(() => [SubjectResult], { description: 'The tally per subject; empty while sealed.' })
  subjects!: SubjectResult[];

  @Field(() => [QuestionAnswers], {
    nullable: true,
    description: 'The free answers per question: null while sealed, or when fewer ballots than the minimum group were cast.',
  })
  answers!: QuestionAnswers[] | null;
}

/** The names of an evaluation's subjects, read by the ids the evaluation carries, as a label is. */
export async function subjectsOf(db: DataSource, evaluations: Evaluation[]): Promise<Map<number, EvaluationSubject[]>> {
  const ids = [...new Set(evaluations.flatMap((e) => e.personIds))];
  const people = ids.length ? await db.getRepository(Person).find({ select: { id: true, name: true }, where: { id: In(ids) } }) : [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  return new Map(
    evaluations.map((e) => [
      e.id,
      [
        { subjectId: LEADING_BODY_SUBJECT, personId: null, name: '领导班子' },
        ...e.personIds.map((id) => ({ subjectId: id, personId: id, name: names.get(id) ?? String(id) })),
      ],
    ]),
  );
}

interface TallyRow {
  evaluationId: number;
  subjectId: number;
  rating: Rating | null;
  n: number;
}

/** The results of several evaluations, in a few statements whatever their number. */
export async function resultsOf(db: DataSource, evaluations: readonly Evaluation[], minimumGroup: number): Promise<EvaluationResults[]> {
  const ids = evaluations.map((e) => e.id);
  const used = await db
    .getRepository(BallotLink)
    .createQueryBuilder('l')
    .select('l.evaluationId', 'evaluationId')
    .addSelect('COUNT(*)', 'n')
    .where('l.evaluationId IN (:...ids)', { ids })
    .andWhere('l.usedOn IS NOT NULL')
    .groupBy('l.evaluationId')
    .getRawMany<{ evaluationId: number; n: number }>();
  const usedOf = new Map(used.map((r) => [Number(r.evaluationId), Number(r.n)]));
  const closed = evaluations.filter((e) => e.status === EvaluationStatus.CLOSED);
  const closedIds = closed.map((e) => e.id);
  const tally: TallyRow[] = closedIds.length
    ? (
        await db
          .getRepository(BallotAnswer)
          .createQueryBuilder('a')
          .select('a.evaluationId', 'evaluationId')
          .addSelect('a.subjectId', 'subjectId')
          .addSelect('a.rating', 'rating')
          .addSelect('COUNT(*)', 'n')
          .where('a.evaluationId IN (:...closedIds)', { closedIds })
          .groupBy('a.evaluationId')
          .addGroupBy('a.subjectId')
          .addGroupBy('a.rating')
          .getRawMany<TallyRow>()
      ).map((r) => ({ ...r, evaluationId: Number(r.evaluationId), subjectId: Number(r.subjectId), n: Number(r.n) }))
    : [];
  const answerable = closed.filter((e) => e.questions.length > 0 && (usedOf.get(e.id) ?? 0) >= minimumGroup).map((e) => e.id);
  const texts = answerable.length
    ? await db
        .getRepository(BallotTextAnswer)
        .createQueryBuilder('t')
        .select(['t.evaluationId', 't.questionId', 't.text'])
        .where('t.evaluationId IN (:...answerable)', { answerable })
        .getMany()
    : [];
  const subjects = await subjectsOf(db, [...evaluations]);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return evaluations.map((e) => {
    const sealed = e.status !== EvaluationStatus.CLOSED;
    const linksUsed = usedOf.get(e.id) ?? 0;
    const base = { sealed, linksIssued: e.linksIssued, linksUsed, minimumGroup };
    if (sealed) return { ...base, subjects: [], answers: null };
    const count = (subjectId: number, rating: Rating | null) =>
      tally.find((r) => r.evaluationId === e.id && r.subjectId === subjectId && (r.rating ?? null) === rating)?.n ?? 0;
    const results = subjects.get(e.id)!.map((s) => {
      const competent = count(s.subjectId, Rating.COMPETENT);
      const basicallyCompetent = count(s.subjectId, Rating.BASICALLY_COMPETENT);
      const notCompetent = count(s.subjectId, Rating.NOT_COMPETENT);
      const ballots = competent + basicallyCompetent + notCompetent;
      const withheld = ballots < minimumGroup;
      return withheld
        ? { ...s, ballots, withheld, competent: null, basicallyCompetent: null, notCompetent: null, unrated: null }
        : { ...s, ballots, withheld, competent, basicallyCompetent, notCompetent, unrated: count(s.subjectId, null) };
    });
    const answers = answerable.includes(e.id)
      ? e.questions.map((question, i) => ({
          questionId: i + 1,
          question,
          answers: texts
            .filter((t) => t.evaluationId === e.id && t.questionId === i + 1)
            .map((t) => t.text)
            .sort(byText),
        }))
      : e.questions.length === 0
        ? []
        : null;
    return { ...base, subjects: results, answers };
  });
}

/** The results field through the request's loaders: one batch for every evaluation of a page. */
export function resultsLoader(ctx: RequestContext): DataLoader<Evaluation, EvaluationResults, number> {
  return ctx.loaders.custom(
    'evaluationResults',
    () =>
      new DataLoader<Evaluation, EvaluationResults, number>((evaluations) => resultsOf(ctx.db, evaluations, ctx.summaryMinimumGroup), {
        cacheKeyFn: (e) => e.id,
      }),
  );
}

export function subjectsLoader(ctx: RequestContext): DataLoader<Evaluation, EvaluationSubject[], number> {
  return ctx.loaders.custom(
    'evaluationSubjects',
    () =>
      new DataLoader<Evaluation, EvaluationSubject[], number>(
        async (evaluations) => {
          const map = await subjectsOf(ctx.db, [...evaluations]);
          return evaluations.map((e) => map.get(e.id)!);
        },
        { cacheKeyFn: (e) => e.id },
      ),
  );
}
