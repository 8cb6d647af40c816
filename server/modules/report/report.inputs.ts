import { ArrayMaxSize, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { IsDay, VersionedInput } from '../common/inputs';
import { LONG_TEXT_MAX, NOTE_MAX, TextLength, atMost } from '../common/text-length';
import { FindingDecisionInput } from '../finding/finding.inputs';

@InputType({ description: "Drafts an inspection's report from what was recorded (its granted leader)." })
export class DraftReportInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;
}

@InputType({ description: 'Edits a report before it is submitted (its granted leader).' })
export class UpdateReportInput extends VersionedInput {
  @Field({ nullable: true, description: `The situation found (${atMost(LONG_TEXT_MAX)}).` })
  @IsOptional()
  @TextLength(1, LONG_TEXT_MAX)
  summary?: string;

  @Field({ nullable: true, description: `Suggestions to the leading group (${atMost(NOTE_MAX)}).` })
  @IsOptional()
  @TextLength(1, NOTE_MAX)
  suggestions?: string;
}

@InputType({ description: "Records the leading group's hearing of a report and its decision on each finding, all at once." })
export class HearReportInput extends VersionedInput {
  @Field({ description: 'Day of the hearing (YYYY-MM-DD).' })
  @IsDay()
  heardOn!: string;

  @Field({ description: `Notes of the hearing (${atMost(NOTE_MAX)}).` })
  @TextLength(1, NOTE_MAX)
  hearingNote!: string;

  @Field(() => [FindingDecisionInput], { description: 'A decision on each finding of the inspection (at most 500).' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  decisions!: FindingDecisionInput[];
}

export enum ReportSortField {
  CREATED_AT = 'createdAt',
  SUBMITTED_ON = 'submittedOn',
  HEARD_ON = 'heardOn',
}
export const ReportSort = SortType(ReportSortField, 'Report');
