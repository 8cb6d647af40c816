import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { Assignment } from '../assignment/assignment.entity';

/** 民主测评 or 问卷调查 (work method 7). */
export enum EvaluationKind {
  DEMOCRATIC_EVALUATION = 'DEMOCRATIC_EVALUATION',
  QUESTIONNAIRE = 'QUESTIONNAIRE',
}
registerEnumType(EvaluationKind, {
  name: 'EvaluationKind',
  description: 'What kind of survey an evaluation is.',
  valuesConfig: {
    DEMOCRATIC_EVALUATION: { description: '民主测评: participants rate the leading body and its members.' },
    QUESTIONNAIRE: { description: '问卷调查: a questionnaire, with ratings and free questions.' },
  },
});

export enum EvaluationStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'Where an evaluation stands: DRAFT → OPEN → CLOSED; closing is final.',
  valuesConfig: {
    DRAFT: { description: 'Being set up: it may still be edited; no ballot links yet.' },
    OPEN: { description: 'Ballot links are issued and used; results are sealed.' },
    CLOSED: { description: 'No more ballots; results are shown.' },
  },
});

export enum Rating {
  COMPETENT = 'COMPETENT',
  BASICALLY_COMPETENT = 'BASICALLY_COMPETENT',
  NOT_COMPETENT = 'NOT_COMPETENT',
}
registerEnumType(Rating, {
  name: 'Rating',
  description: 'A participant’s rating of one subject.',
  valuesConfig: {
    COMPETENT: { description: '称职' },
    BASICALLY_COMPETENT: { description: '基本称职' },
    NOT_COMPETENT: { description: '不称职' },
  },
});

/** A list kept as JSON text. */
const JSON_LIST = {
  to: (value: string[]) => JSON.stringify(value),
  from: (value: string | null) => (value ? (JSON.parse(value) as string[]) : []),
};

/** The subject id of the target's leading body (领导班子) as a whole; every other subject id is a person's. */
export const LEADING_BODY_SUBJECT = 0;

@ObjectType({
  description:
    'A democratic evaluation or questionnaire (民主测评、问卷调查) of the target’s leading body and its members, answered anonymously through one-time ballot links.',
})
@Entity()
@Index('IDX_evaluation_scopePath', ['scopePath', 'id'])
export class Evaluation extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field({ description: 'Title shown on the ballot page.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => EvaluationKind, { description: 'Democratic evaluation or questionnaire.' })
  @Column({ type: 'simple-enum', enum: EvaluationKind })
  kind!: EvaluationKind;

  @Field(() => EvaluationStatus, { description: 'DRAFT → OPEN → CLOSED.' })
  @Column({ type: 'simple-enum', enum: EvaluationStatus, default: EvaluationStatus.DRAFT })
  status!: EvaluationStatus;

  @Field(() => [Int], { description: 'The persons rated besides the leading body as a whole, in ballot order.' })
  @Column({ type: 'simple-json' })
  personIds!: number[];

  @Field(() => [String], { description: 'Free questions answered in text, in ballot order (question n is number n).' })
  // JSON in a TEXT column (as simple-json stores it), declared as text so that its capacity is known.
  @Column({ type: 'text', transformer: JSON_LIST })
  questions!: string[];

  @Field(() => Int, { description: 'How many one-time ballot links were issued.' })
  @Column({ type: 'int', default: 0 })
  linksIssued!: number;

  @Field(() => String, { nullable: true, description: 'Day it was closed (YYYY-MM-DD); null until then.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  closedOn!: string | null;
}

/** A row of what an evaluation's ballots leave behind: it goes when the evaluation does. */
abstract class BallotRow {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  evaluationId!: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluationId' })
  evaluation?: Relation<Evaluation>;
}

/**
 * One printed ballot link. Only the sha256 of its key is kept, so the printed sheet is the only copy
 * of the key; once used it keeps the day only, and nothing points from it to what was answered.
 */
@Entity()
@Index('IDX_ballot_link_keyHash', ['keyHash'], { unique: true })
@Index('IDX_ballot_link_evaluation', ['evaluationId', 'usedOn'])
export class BallotLink extends BallotRow {
  /** sha256 of the key, hex. */
  @Column({ type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ ...DATE_COLUMN })
  issuedOn!: string;

  @Column({ ...DATE_COLUMN, nullable: true })
  usedOn!: string | null;
}

/** One rating of one subject on one ballot: no ballot, link or time finer than the day. */
@Entity()
@Index('IDX_ballot_answer_tally', ['evaluationId', 'subjectId', 'rating'])
export class BallotAnswer extends BallotRow {
  /** LEADING_BODY_SUBJECT or a person's id. */
  @Column({ type: 'int' })
  subjectId!: number;

  /** Null: the participant left this subject unrated (弃权/不了解). */
  @Column({ type: 'simple-enum', enum: Rating, nullable: true })
  rating!: Rating | null;

  @Column({ ...DATE_COLUMN })
  castOn!: string;
}

/** One answer to a free question: no ballot, link or time finer than the day. */
@Entity()
@Index('IDX_ballot_text_answer_question', ['evaluationId', 'questionId'])
export class BallotTextAnswer extends BallotRow {
  /** The question's number, from 1. */
  @Column({ type: 'int' })
  questionId!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ ...DATE_COLUMN })
  castOn!: string;
}
