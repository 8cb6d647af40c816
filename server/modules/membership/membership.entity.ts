import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord, INSTANT_COLUMN } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { MembershipRole, MembershipStatus } from './membership-role';

@ObjectType({
  description:
    'A person holding a role in a body from `since` until `until` (inclusive). Roles give permissions only while the membership is current.',
})
@Entity()
@Index('IDX_membership_scopePath', ['scopePath'])
@Index('IDX_membership_person', ['personId', 'since'])
@Index('IDX_membership_body', ['bodyId', 'since'])
@Index('IDX_membership_status', ['status', 'scopePath'])
export class Membership extends EditableRecord {
  @Field(() => Int, { description: 'The person.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field(() => Int, { description: 'The body.' })
  @Column({ type: 'int' })
  bodyId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bodyId' })
  body?: Relation<Body>;

  @Field(() => MembershipRole, { description: 'The role held.' })
  @Column({ type: 'simple-enum', enum: MembershipRole })
  role!: MembershipRole;

  @Field({ description: 'First day of the membership (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  since!: string;

  @Field(() => String, { nullable: true, description: 'Last day of the membership (YYYY-MM-DD); null while open-ended.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  until!: string | null;

  @Field(() => MembershipStatus, { description: 'Whether the membership is in force; only an approved one gives its role.' })
  @Column({ type: 'simple-enum', enum: MembershipStatus, default: MembershipStatus.APPROVED })
  status!: MembershipStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'The account that created (proposed) the membership; null for memberships loaded with the roster.',
  })
  @Column({ type: 'int', nullable: true })
  proposedByAccountId!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The account that approved or refused it; null while pending or when no approval was needed.',
  })
  @Column({ type: 'int', nullable: true })
  decidedByAccountId!: number | null;

  @Field(() => String, { nullable: true, description: 'When it was approved or refused (ISO-8601, UTC).' })
  @Column({ ...INSTANT_COLUMN, nullable: true })
  decidedAt!: string | null;

  @Field({ description: 'The reason given with a refusal (or a note with an approval); empty when none.' })
  @Column({ type: 'varchar', length: 500, default: '' })
  decisionNote!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'When the membership was ended with immediate effect (ISO-8601, UTC); from then on it gives nothing, even on its last day.',
  })
  @Column({ ...INSTANT_COLUMN, nullable: true })
  endedAt!: string | null;

  @Field({ name: 'bodyPath', description: "The body's reporting path; decides who may see this membership." })
  @PathColumn()
  scopePath!: string;
}
