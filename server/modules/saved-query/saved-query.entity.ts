import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRecord } from '../common/record';
import { Account } from '../account/account.entity';

/**
 * The audit trail keeps each change as a JSON copy of the record in one TEXT column (65,535 bytes on
 * MariaDB): a name, a query and variables at their longest, 3 bytes a unit, must fit in it together.
 */
export const SAVED_QUERY_LIMITS = { name: 100, query: 15_000, variables: 5_000 } as const;

@ObjectType({ description: "A query kept in the caller's query workbench. Only the account that saved it sees it." })
@Entity()
@Index('IDX_saved_query_account_name', ['accountId', 'name'], { unique: true })
export class SavedQuery extends EditableRecord {
  @Field(() => Int, { description: 'The account that saved it.' })
  @Column({ type: 'int' })
  accountId!: number;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accountId' })
  account?: Relation<Account>;

  @Field({ description: `Its name, unique among your saved queries (at most ${SAVED_QUERY_LIMITS.name} characters).` })
  @Column({ type: 'varchar', length: SAVED_QUERY_LIMITS.name })
  name!: string;

  @Field({ description: 'The GraphQL document.' })
  @Column({ type: 'text' })
  query!: string;

  @Field(() => String, { nullable: true, description: 'The variables as a JSON object, as written; null when there are none.' })
  @Column({ type: 'text', nullable: true })
  variables!: string | null;
}
