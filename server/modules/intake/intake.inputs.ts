import { IsEnum, IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DATE_MESSAGE, DATE_PATTERN } from '../common/inputs';
import { IntakeChannel } from './intake.entity';

@InputType({ description: 'Who made a report, when they gave their name.' })
export class InformantInput {
  @Field({ description: 'Name the informant gave.' })
  @Length(1, 60)
  name!: string;

  @Field({ nullable: true, description: 'How to reach the informant.' })
  @IsOptional()
  @Length(0, 200)
  contact?: string;
}

@InputType({ description: 'Records a letter, call or visit (the staff of the inspection, during inquiry).' })
export class CreateIntakeItemInput {
  @Field(() => Int, { description: 'The inspection.' })
  @Min(1)
  assignmentId!: number;

  @Field(() => IntakeChannel, { description: 'How it arrived.' })
  @IsEnum(IntakeChannel)
  channel!: IntakeChannel;

  @Field({ description: 'Day it arrived (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  receivedOn!: string;

  @Field({ description: 'What it reports.' })
  @Length(1, 20000)
  content!: string;

  @Field(() => InformantInput, { nullable: true, description: 'The informant; omit for an anonymous report.' })
  @IsOptional()
  informant?: InformantInput;
}

@InputType({ description: 'A report made through the public intake link, by anyone, without an account.' })
export class PublicReportInput {
  @Field({ description: 'The key of the public intake link.' })
  @Length(16, 64)
  intakeKey!: string;

  @Field({ description: 'What you want to report.' })
  @Length(10, 10000)
  content!: string;

  @Field(() => InformantInput, { nullable: true, description: 'Your name and contact; omit to report anonymously.' })
  @IsOptional()
  informant?: InformantInput;
}
