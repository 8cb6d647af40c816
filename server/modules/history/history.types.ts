import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'One field a change touched, as it was and as it became.' })
export class FieldChange {
  @Field({ description: 'The field, named as the record type names it in this schema.' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before the change; null on creation, and when redacted.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after the change; null on removal, and when redacted.' })
  after!: unknown;

  @Field({ description: 'Whether the field is protected: that it changed is shown, never its values.' })
  redacted!: boolean;
}

@ObjectType({ description: 'One change to a record, from the audit trail: who made it, when, and what it changed.' })
export class HistoryEntry {
  @Field(() => Int, { description: 'The entry of the audit trail.' })
  id!: number;

  @Field({ description: 'When the change was made (ISO-8601, UTC).' })
  at!: string;

  @Field({ description: 'What was done: create, update, retire, delete, or a workflow step such as approve or change-password.' })
  action!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The account that made the change; null for the system itself (demo load, operator tools).',
  })
  actorAccountId!: number | null;

  @Field(() => String, { nullable: true, description: 'The name of the person who made the change; null for the system itself.' })
  actorName!: string | null;

  @Field(() => [FieldChange], { description: 'The fields whose values differ, in the order the record stores them.' })
  changes!: FieldChange[];
}

@ObjectType({ description: "A page of a record's history, newest first, and how many entries it has in all." })
export class HistoryPage {
  @Field(() => [HistoryEntry], { description: 'The entries on this page.' })
  items!: HistoryEntry[];

  @Field(() => Int, { description: 'How many entries the history has, across all pages.' })
  totalCount!: number;
}
