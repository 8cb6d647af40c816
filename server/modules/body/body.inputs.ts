import { IsEnum, IsOptional, Matches, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdsFilter, SortType } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { TextLength, atMost } from '../common/text-length';
import { BodyKind, BodyLevel } from './body.enums';

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const CODE_MESSAGE = 'may hold only letters, digits and hyphens, starting with a letter or digit';

@InputType({ description: 'Narrows a list of bodies; all given conditions must hold.' })
export class BodyFilter extends IdsFilter {
  @Field({ nullable: true, description: `Text found in the name, English name or code (${atMost(100)}).` })
  @IsOptional()
  @TextLength(1, 100)
  q?: string;

  @Field(() => [BodyKind], { nullable: true, description: 'Only bodies of these kinds.' })
  @IsOptional()
  kinds?: BodyKind[];

  @Field(() => [BodyLevel], { nullable: true, description: 'Only bodies at these levels.' })
  @IsOptional()
  levels?: BodyLevel[];

  @Field(() => Int, { nullable: true, description: 'Only bodies reporting directly to this body.' })
  @IsOptional()
  @Min(1)
  reportsToId?: number;

  @Field(() => Int, { nullable: true, description: 'Only this body and the bodies under it, transitively.' })
  @IsOptional()
  @Min(1)
  under?: number;

  @Field({ nullable: true, defaultValue: false, description: 'Include retired bodies.' })
  includeRetired?: boolean;
}

export enum BodySortField {
  /** In pinyin order (丁 ding before 严 yan), not by character code. */
  NAME = 'nameSortKey',
  CODE = 'code',
  PATH = 'scopePath',
  KIND = 'kind',
  LEVEL = 'level',
  CREATED_AT = 'createdAt',
}
export const BodySort = SortType(BodySortField, 'Body');
export type BodySort = InstanceType<typeof BodySort>;

@InputType({ description: 'A new body in the reporting tree.' })
export class CreateBodyInput {
  @Field({ description: `Stable short code, unique across all bodies (${atMost(40)}).` })
  @TextLength(1, 40)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: `Official name in Chinese (${atMost(120)}).` })
  @TextLength(1, 120)
  name!: string;

  @Field({ description: `Name in English (${atMost(200)}).` })
  @TextLength(1, 200)
  nameEn!: string;

  @Field(() => BodyKind, { description: 'What kind of organisation it is.' })
  @IsEnum(BodyKind)
  kind!: BodyKind;

  @Field(() => BodyLevel, { description: 'Administrative level.' })
  @IsEnum(BodyLevel)
  level!: BodyLevel;

  @Field(() => Int, { description: 'The body it reports to; must be one you administer.' })
  @Min(1)
  reportsToId!: number;

  @Field(() => Int, { nullable: true, description: 'The hosting body (informational; grants nothing).' })
  @IsOptional()
  @Min(1)
  hostedById?: number | null;
}

@InputType({ description: 'Changes to a body; omitted fields stay as they are. Moves go through moveBody.' })
export class UpdateBodyInput extends VersionedInput {
  @Field({ nullable: true, description: `Stable short code, unique across all bodies (${atMost(40)}).` })
  @IsOptional()
  @TextLength(1, 40)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true, description: `Official name in Chinese (${atMost(120)}).` })
  @IsOptional()
  @TextLength(1, 120)
  name?: string;

  @Field({ nullable: true, description: `Name in English (${atMost(200)}).` })
  @IsOptional()
  @TextLength(1, 200)
  nameEn?: string;

  @Field(() => BodyKind, { nullable: true, description: 'What kind of organisation it is.' })
  @IsOptional()
  @IsEnum(BodyKind)
  kind?: BodyKind;

  @Field(() => BodyLevel, { nullable: true, description: 'Administrative level.' })
  @IsOptional()
  @IsEnum(BodyLevel)
  level?: BodyLevel;

  @Field(() => Int, { nullable: true, description: 'Set to null to clear.' })
  @IsOptional()
  @Min(1)
  hostedById?: number | null;
}

@InputType({ description: 'Moves a body, with everything under it, to report to another body.' })
export class MoveBodyInput extends VersionedInput {
  @Field(() => Int, { description: 'The new parent; both the body and its new place must be in your scope.' })
  @Min(1)
  reportsToId!: number;
}
