import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';

@ObjectType({
  description:
    'A course of training one of the inspection staff took (培训), kept by the office of the leading group whose staff they are: a member of one of its teams or of its team-leader pool. Read by that office and that leading group, and by the person themselves.',
})
@Entity()
@Index('IDX_training_record_scopePath', ['scopePath', 'startsOn'])
@Index('IDX_training_record_person', ['personId', 'startsOn'])
export class TrainingRecord extends EditableRecord {
  @Field(() => Int, { description: 'The person trained.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field(() => Int, { description: 'The leading group whose inspection staff the person is, and whose office keeps the record.' })
  @Column({ type: 'int' })
  leadingGroupId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadingGroupId' })
  leadingGroup?: Relation<Body>;

  @Field({ description: 'The course or its title.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'Who gave it (a party school, the office itself, …); empty when not recorded.' })
  @Column({ type: 'varchar', length: 200, default: '' })
  provider!: string;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  startsOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  endsOn!: string;

  @Field(() => Int, { description: 'Hours of instruction (学时).' })
  @Column({ type: 'int' })
  hours!: number;

  @Field({ description: 'The result (passed, a certificate, …) and remarks; empty when none.' })
  @Column({ type: 'varchar', length: 500, default: '' })
  result!: string;

  @Field(() => String, { nullable: true, description: 'Day the record was retired (YYYY-MM-DD); null while in force.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  retiredOn!: string | null;

  @Field({ name: 'leadingGroupPath', description: "The leading group's reporting path; decides who may see the record." })
  @PathColumn()
  scopePath!: string;
}
