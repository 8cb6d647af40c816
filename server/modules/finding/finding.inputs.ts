import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { RecordSearchFilter } from '../common/record-search';
import { LONG_TEXT_MAX, NOTE_MAX, TextLength, atMost } from '../common/text-length';
import { WorkMethod } from '../activity/activity.entity';
import { Decision, FindingCategory, FindingStatus, Severity } from './finding.enums';

@InputType({
  description: 'Narrows a list of findings: `q` searches the evidence, decision note and outcome; `from` and `to` the day it was recorded.',
})
export class FindingFilter extends RecordSearchFilter {
  @Field(() => [FindingCategory], { nullable: true, description: 'Only these categories.' })
  @IsOptional()
  @ArrayMaxSize(4)
  categories?: FindingCategory[];

  @Field(() => [FindingStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: FindingStatus[];

  @Field(() => [Severity], { nullable: true, description: 'Only these severities.' })
  @IsOptional()
  @ArrayMaxSize(3)
  severities?: Severity[];

  @Field({ nullable: true, description: 'Only urgent (true) or only ordinary (false) findings.' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
}

export enum FindingSortField {
  CREATED_AT = 'createdAt',
  CATEGORY = 'category',
  SEVERITY = 'severity',
  STATUS = 'status',
  DECIDED_ON = 'decidedOn',
  TRANSFERRED_ON = 'transferredOn',
}
export const FindingSort = SortType(FindingSortField, 'Finding');

/**
 * What a new finding says, however it is raised: on its own (CreateFindingInput) or from a talk
 * (RaiseFindingFromTalkInput), so that both take the same fields with the same limits.
 */
@InputType({ description: 'The subject, category, sub-kind and severity of a new finding.' })
export class FindingDetailsInput {
  @Field(() => Int, { nullable: true, description: 'The cadre it concerns, if any.' })
  @IsOptional()
  @Min(1)
  subjectPersonId?: number;

  @Field(() => FindingCategory, { description: 'Which of the four focus areas.' })
  @IsEnum(FindingCategory)
  category!: FindingCategory;

  @Field({ description: `The sub-kind within the category (${atMost(40)}).` })
  @TextLength(1, 40)
  subKind!: string;

  @Field(() => Severity, { description: 'How serious it is.' })
  @IsEnum(Severity)
  severity!: Severity;
}

@InputType({ description: 'Records a finding (the staff of the inspection).' })
export class CreateFindingInput extends FindingDetailsInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => WorkMethod, { description: 'The work method through which it came to light.' })
  @IsEnum(WorkMethod)
  sourceMethod!: WorkMethod;

  @Field({ description: `Summary of the evidence (${atMost(LONG_TEXT_MAX)}).` })
  @TextLength(1, LONG_TEXT_MAX)
  evidenceSummary!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The individual talk of the same inspection it came from, if any; then the source method is INDIVIDUAL_TALK.',
  })
  @IsOptional()
  @Min(1)
  sourceTalkId?: number;
}

@InputType({ description: 'Changes to a finding not yet decided (its staff); omitted fields stay as they are.' })
export class UpdateFindingInput extends VersionedInput {
  @Field(() => Severity, { nullable: true, description: 'How serious it is.' })
  @IsOptional()
  @IsEnum(Severity)
  severity?: Severity;

  @Field({ nullable: true, description: `Summary of the evidence (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  evidenceSummary?: string;
}

@InputType({ description: "The leading group's decision on one finding." })
export class FindingDecisionInput extends VersionedInput {
  @Field(() => Decision, { description: 'What to do with it.' })
  @IsEnum(Decision)
  decision!: Decision;

  @Field({ description: `Why (${atMost(2000)}).` })
  @TextLength(1, 2000)
  note!: string;
}

@InputType({ description: 'Transfers a decided finding (the office). Routed by the routing table unless overridden with a reason.' })
export class TransferFindingInput extends VersionedInput {
  @Field(() => Int, { nullable: true, description: 'Another receiving department than the routing table names; needs a reason.' })
  @IsOptional()
  @Min(1)
  overrideRecipientId?: number;

  @Field({ nullable: true, description: 'Why the routing table is overridden (10 to 500 characters).' })
  @IsOptional()
  @TextLength(10, 500)
  overrideReason?: string;
}

@InputType({ description: 'The outcome a receiving department records for a transferred finding.' })
export class ConcludeFindingInput extends VersionedInput {
  @Field({ description: `The outcome (${atMost(NOTE_MAX)}).` })
  @TextLength(1, NOTE_MAX)
  outcome!: string;
}
