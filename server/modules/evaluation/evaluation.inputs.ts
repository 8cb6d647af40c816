import { ArrayMaxSize, IsEnum, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { AssignmentRecordFilter, VersionedInput } from '../common/inputs';
import { TEXT_LENGTH, TextLength, atMost } from '../common/text-length';
import { EvaluationKind, EvaluationStatus } from './evaluation.entity';

/** The most persons one evaluation rates, free questions it asks, and characters a question or an answer holds. */
export const MAX_SUBJECT_PERSONS = 60;
export const MAX_QUESTIONS = 20;
export const QUESTION_MAX = 500;
export const ANSWER_MAX = 1000;
/** The most ballot links issued at once. */
export const MAX_LINKS_PER_BATCH = 500;

// eslint-disable-next-line no-control-regex -- matching control characters is the point: text holding one is refused
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A list of texts, each of `min` to `max` UTF-16 units (TextLength, for every item). */
function EachTextLength(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: TEXT_LENGTH,
    constraints: [min, max],
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) &&
        value.every((v) => typeof v === 'string' && v.length >= min && v.length <= max && !CONTROL_CHARACTER.test(v)),
      defaultMessage: () => `must each be ${min} to ${max} characters, without control characters`,
    },
  });
}

@InputType({ description: 'Narrows a list of evaluations.' })
export class EvaluationFilter extends AssignmentRecordFilter {
  @Field(() => [EvaluationStatus], { nullable: true, description: 'Only evaluations in these states.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(EvaluationStatus, { each: true })
  statuses?: EvaluationStatus[];
}

@InputType({ description: 'Sets up an evaluation of the target’s leading body and its members (the staff of the open inspection).' })
export class CreateEvaluationInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field({ description: `Title shown on the ballot page (${atMost(200)}).` })
  @TextLength(1, 200)
  title!: string;

  @Field(() => EvaluationKind, { description: 'Democratic evaluation or questionnaire.' })
  @IsEnum(EvaluationKind)
  kind!: EvaluationKind;

  @Field(() => [Int], {
    description: `The persons to rate besides the leading body as a whole (at most ${MAX_SUBJECT_PERSONS}), each employed at the target or a body under it.`,
  })
  @ArrayMaxSize(MAX_SUBJECT_PERSONS)
  @Min(1, { each: true })
  personIds!: number[];

  @Field(() => [String], {
    nullable: true,
    description: `Free questions answered in text (at most ${MAX_QUESTIONS}, each ${atMost(QUESTION_MAX)}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_QUESTIONS)
  @EachTextLength(1, QUESTION_MAX)
  questions?: string[];
}

@InputType({ description: 'Changes an evaluation while it is a draft; fields left out stay as they are.' })
export class UpdateEvaluationInput extends VersionedInput {
  @Field({ nullable: true, description: `Title (${atMost(200)}).` })
  @IsOptional()
  @TextLength(1, 200)
  title?: string;

  @Field(() => EvaluationKind, { nullable: true, description: 'Democratic evaluation or questionnaire.' })
  @IsOptional()
  @IsEnum(EvaluationKind)
  kind?: EvaluationKind;

  @Field(() => [Int], { nullable: true, description: 'The persons to rate besides the leading body, replacing the list.' })
  @IsOptional()
  @ArrayMaxSize(MAX_SUBJECT_PERSONS)
  @Min(1, { each: true })
  personIds?: number[];

  @Field(() => [String], { nullable: true, description: `Free questions, replacing the list (each ${atMost(QUESTION_MAX)}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_QUESTIONS)
  @EachTextLength(1, QUESTION_MAX)
  questions?: string[];
}

@InputType({ description: 'Issues one-time ballot links for an open evaluation.' })
export class IssueBallotLinksInput {
  @Field(() => Int, { description: 'The evaluation.' })
  @Min(1)
  evaluationId!: number;

  @Field(() => Int, { description: `How many links (1 to ${MAX_LINKS_PER_BATCH}).` })
  @Min(1)
  @Max(MAX_LINKS_PER_BATCH)
  count!: number;
}

export enum EvaluationSortField {
  CREATED_AT = 'createdAt',
  TITLE = 'title',
  STATUS = 'status',
}
export const EvaluationSort = SortType(EvaluationSortField, 'Evaluation');
