import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRecord, INSTANT_COLUMN } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Person } from '../person/person.entity';
import { Secret } from '../../permissions/protected-fields';

@ObjectType({ description: 'A login for a person. Administered within the scope of the body that employs the person.' })
@Entity()
@Index('IDX_account_scopePath', ['scopePath'])
export class Account extends EditableRecord {
  @Field({ description: 'Login name, unique, case-insensitive (stored in lower case).' })
  @Column({ type: 'varchar', length: 60, unique: true })
  login!: string;

  /** Argon2id hash; never exposed through the API. */
  @Secret()
  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Field(() => Int, { description: 'The person.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field({ description: 'A deactivated account cannot sign in, and its tokens stop working at once.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => String, { nullable: true, description: 'Last successful sign-in (ISO-8601, UTC).' })
  @Column({ ...INSTANT_COLUMN, nullable: true })
  lastLoginAt!: string | null;

  /** Failed sign-ins since the last successful one; reaching the limit locks the account for a while. */
  @Column({ type: 'int', default: 0 })
  failedLogins!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Locked after repeated failed sign-ins until this instant (ISO-8601, UTC); resetting the password unlocks it at once.',
  })
  @Column({ ...INSTANT_COLUMN, nullable: true })
  lockedUntil!: string | null;

  @Field({
    description:
      'Set on an account whose password someone else chose (a first administrator, a reset): until its holder chooses a new one, it may do nothing else.',
  })
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** The person's employer path, copied here so that account lists are scoped by one index range. */
  @PathColumn()
  scopePath!: string;
}
