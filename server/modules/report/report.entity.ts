import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { Assignment } from '../assignment/assignment.entity';
import { Person } from '../person/person.entity';

@ObjectType({ description: "An inspection's report to the leading group (巡视汇报), and the hearing of it." })
@Entity()
@Index('IDX_report_assignment', ['assignmentId'], { unique: true })
@Index('IDX_report_scopePath', ['scopePath'])
export class Report extends AssignmentRecord {
  @OneToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field({ description: 'The situation found, drafted from the recorded findings and activities.' })
  @Column({ type: 'text' })
  summary!: string;

  @Field({ description: 'Suggestions to the leading group.' })
  @Column({ type: 'text' })
  suggestions!: string;

  @Field(() => String, { nullable: true, description: 'Day the granted leader submitted it (YYYY-MM-DD); null while a draft.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  submittedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Who submitted it.' })
  @Column({ type: 'int', nullable: true })
  submittedById!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submittedById' })
  submittedBy?: Relation<Person> | null;

  @Field(() => String, { nullable: true, description: 'Day the leading group heard it (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  heardOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Notes of the hearing.' })
  @Column({ type: 'text', nullable: true })
  hearingNote!: string | null;
}
