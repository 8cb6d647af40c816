import { ArrayMaxSize, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DATE_MESSAGE, DATE_PATTERN, VersionedInput } from '../common/inputs';
import { FindingDecisionInput } from '../finding/finding.inputs';

@InputType({ description: "Drafts an inspection's report from what was recorded (its granted leader)." })
export class DraftReportInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;
}

@InputType({ description: 'Edits a report before it is submitted (its granted leader).' })
export class UpdateReportInput extends VersionedInput {
  @Field({ nullable: true, description: 'The situation found.' })
  @IsOptional()
  @Length(1, 100000)
  summary?: string;

  @Field({ nullable: true, description: 'Suggestions to the leading group.' })
  @IsOptional()
  @Length(1, 100000)
  suggestions?: string;
}

@InputType({ description: "Records the leading group's hearing of a report and its decision on each finding, all at once." })
export class HearReportInput extends VersionedInput {
  @Field({ description: 'Day of the hearing (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  heardOn!: string;

  @Field({ description: 'Notes of the hearing.' })
  @Length(1, 20000)
  hearingNote!: string;

  @Field(() => [FindingDecisionInput], { description: 'A decision on each finding of the inspection (at most 500).' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  decisions!: FindingDecisionInput[];
}
