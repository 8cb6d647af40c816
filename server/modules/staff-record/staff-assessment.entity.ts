import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Assignment } from '../assignment/assignment.entity';
import { Person } from '../person/person.entity';

/** The grade of an assessment of one person's work on one inspection. */
export enum AssessmentGrade {
  EXCELLENT = 'EXCELLENT',
  COMPETENT = 'COMPETENT',
  BASICALLY_COMPETENT = 'BASICALLY_COMPETENT',
  NOT_COMPETENT = 'NOT_COMPETENT',
}
registerEnumType(AssessmentGrade, {
  name: 'AssessmentGrade',
  description: "The grade the office gives a person's work on one inspection.",
  valuesConfig: {
    EXCELLENT: { description: '优秀: excellent.' },
    COMPETENT: { description: '称职: competent.' },
    BASICALLY_COMPETENT: { description: '基本称职: basically competent.' },
    NOT_COMPETENT: { description: '不称职: not competent.' },
  },
});

/** How a person served on an inspection. */
export enum ServiceRole {
  MEMBER = 'MEMBER',
  LEADER = 'LEADER',
}
registerEnumType(ServiceRole, {
  name: 'ServiceRole',
  description: 'How a person served on an inspection.',
  valuesConfig: {
    MEMBER: { description: 'Staffed on it as a member of its team.' },
    LEADER: { description: 'Its team leader, by a grant for this inspection (一次一授权).' },
  },
});

@ObjectType({
  description:
    "The office's assessment (考核) of one person's work on one inspection they served on, as staff or as its granted leader: at most one per person and inspection, made once the inspection has reached REPORTING. Read by the office and the leading group only; never by the person assessed or their peers.",
})
@Entity()
@Index('IDX_staff_assessment_unique', ['assignmentId', 'personId'], { unique: true })
@Index('IDX_staff_assessment_scopePath', ['scopePath', 'assessedOn'])
@Index('IDX_staff_assessment_person', ['personId'])
export class StaffAssessment extends EditableRecord {
  @Field(() => Int, { description: 'The inspection the work was done on.' })
  @Column({ type: 'int' })
  assignmentId!: number;

  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => Int, { description: 'The person assessed.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field(() => ServiceRole, { description: 'How the person served on the inspection (the leader when they held its grant).' })
  @Column({ type: 'simple-enum', enum: ServiceRole })
  servedAs!: ServiceRole;

  @Field(() => AssessmentGrade, { description: 'The grade.' })
  @Column({ type: 'simple-enum', enum: AssessmentGrade })
  grade!: AssessmentGrade;

  @Field({ description: 'The comment that explains the grade.' })
  @Column({ type: 'text' })
  comment!: string;

  @Field({ description: 'Day of the assessment (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  assessedOn!: string;

  @Field({
    name: 'teamPath',
    description: "The inspection team's reporting path (under its leading group); decides who may see the record.",
  })
  @PathColumn()
  scopePath!: string;
}
