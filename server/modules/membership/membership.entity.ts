import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { MembershipRole } from './membership-role';

@ObjectType({
  description: 'A person holding a role in a body from `since` until `until` (inclusive). Roles give permissions only while the membership is current.',
})
@Entity()
@Index('IDX_membership_scopePath', ['scopePath'])
@Index('IDX_membership_person', ['personId', 'since'])
@Index('IDX_membership_body', ['bodyId', 'since'])
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

  @Field({ name: 'bodyPath', description: "The body's reporting path; decides who may see this membership." })
  @PathColumn()
  scopePath!: string;
}
