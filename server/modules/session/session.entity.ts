import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { INSTANT_COLUMN } from '../common/record';
import { Account } from '../account/account.entity';

/**
 * One sign-in: every token names its session, and a token is good only while its session is open.
 * Ending a session (signing out, a password reset, a deactivation, a role taken away) ends every
 * token issued for it on its next request; nothing revives an ended session.
 */
@ObjectType({ description: 'One sign-in of an account, and the tokens issued for it.' })
@Entity()
@Index('IDX_session_account', ['accountId', 'endedAt'])
export class Session {
  @Field(() => Int, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => Int, { description: 'The account signed in.' })
  @Column({ type: 'int' })
  accountId!: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId' })
  account?: Relation<Account>;

  @Field({ description: 'When the sign-in happened (ISO-8601, UTC).' })
  @Column(INSTANT_COLUMN)
  createdAt!: string;

  @Field({ description: 'When its tokens expire (ISO-8601, UTC).' })
  @Column(INSTANT_COLUMN)
  expiresAt!: string;

  @Field(() => String, { nullable: true, description: 'When the session was ended (ISO-8601, UTC); null while open.' })
  @Column({ ...INSTANT_COLUMN, nullable: true })
  endedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it ended: SIGNED_OUT, ENDED_BY_USER, PASSWORD_CHANGED, PASSWORD_RESET, DEACTIVATED, ROLE_REMOVED.',
  })
  @Column({ type: 'varchar', length: 40, nullable: true })
  endReason!: string | null;

  @Field({ description: 'The network address the sign-in came from.' })
  @Column({ type: 'varchar', length: 64, default: '' })
  clientAddress!: string;

  @Field({ description: 'The browser or program that signed in, as it named itself (cut to 200 characters).' })
  @Column({ type: 'varchar', length: 200, default: '' })
  userAgent!: string;
}
