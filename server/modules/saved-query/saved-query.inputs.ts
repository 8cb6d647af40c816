import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SortType } from '../../graphql/list';
import { VersionedInput } from '../common/inputs';
import { TextLength } from '../common/text-length';
import { SAVED_QUERY_LIMITS } from './saved-query.entity';

const NAME = `Its name, unique among your saved queries (1 to ${SAVED_QUERY_LIMITS.name} characters).`;
const QUERY = `The GraphQL document (at most ${SAVED_QUERY_LIMITS.query} characters).`;
const VARIABLES = `The variables as a JSON object (at most ${SAVED_QUERY_LIMITS.variables} characters)`;

@InputType({ description: 'A query to keep in your query workbench.' })
export class CreateSavedQueryInput {
  @Field({ description: NAME })
  @TextLength(0, SAVED_QUERY_LIMITS.name)
  name!: string;

  @Field({ description: QUERY })
  @TextLength(0, SAVED_QUERY_LIMITS.query)
  query!: string;

  @Field(() => String, { nullable: true, description: `${VARIABLES}; none when omitted or blank.` })
  @IsOptional()
  @TextLength(0, SAVED_QUERY_LIMITS.variables)
  variables?: string | null;
}

@InputType({ description: 'Changes to one of your saved queries; omitted fields stay as they are.' })
export class UpdateSavedQueryInput extends VersionedInput {
  @Field({ nullable: true, description: NAME })
  @IsOptional()
  @TextLength(0, SAVED_QUERY_LIMITS.name)
  name?: string;

  @Field({ nullable: true, description: QUERY })
  @IsOptional()
  @TextLength(0, SAVED_QUERY_LIMITS.query)
  query?: string;

  @Field(() => String, { nullable: true, description: `${VARIABLES}; null or blank removes them.` })
  @IsOptional()
  @TextLength(0, SAVED_QUERY_LIMITS.variables)
  variables?: string | null;
}

export enum SavedQuerySortField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
export const SavedQuerySort = SortType(SavedQuerySortField, 'SavedQuery');
