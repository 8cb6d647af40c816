import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { PathColumn } from '../../scope/path-column';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { WorkMethod } from '../activity/activity.entity';
import { Talk } from '../talk/talk.entity';
import { Decision, FindingCategory, FindingStatus, Severity } from './finding.enums';

@ObjectType({
  description:
    'A problem or lead an inspection found (问题线索). Teams record, report and recommend; only the receiving department decides the outcome.',
})
@Entity()
@Index('IDX_finding_scopePath_category', ['scopePath', 'category', 'createdAt'])
// A wide scope holds most rows: its newest page is read off these in order, the scope checked in the index (see INDEXES.md).
@Index('IDX_finding_createdAt', ['createdAt', 'id', 'scopePath'])
@Index('IDX_finding_category_createdAt', ['category', 'createdAt', 'id', 'scopePath'])
@Index('IDX_finding_transferredToPath', ['transferredToPath'])
@Index('IDX_finding_urgent', ['urgent', 'scopePath'])
// A count-only summary groups a wide scope by atom straight off this index (see INDEXES.md).
@Index('IDX_finding_atom', ['assignmentId', 'targetId', 'category', 'scopePath', 'transferredOn', 'subjectPersonId', 'createdAt'])
export class Finding extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => Int, { description: 'The inspected body.' })
  @Column({ type: 'int' })
  targetId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'targetId' })
  target?: Relation<Body>;

  @Field(() => Int, { nullable: true, description: 'The cadre it concerns, if any.' })
  @Column({ type: 'int', nullable: true })
  subjectPersonId!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subjectPersonId' })
  subjectPerson?: Relation<Person> | null;

  @Field(() => FindingCategory, { description: 'Which of the four focus areas.' })
  @Column({ type: 'simple-enum', enum: FindingCategory })
  category!: FindingCategory;

  @Field({ description: 'The sub-kind within the category (see SUB_KINDS in the guide).' })
  @Column({ type: 'varchar', length: 40 })
  subKind!: string;

  @Field(() => WorkMethod, { description: 'The work method through which it came to light.' })
  @Column({ type: 'simple-enum', enum: WorkMethod })
  sourceMethod!: WorkMethod;

  @Field(() => Severity, { description: 'How serious it is.' })
  @Column({ type: 'simple-enum', enum: Severity })
  severity!: Severity;

  @Field({ description: 'Summary of the evidence.' })
  @Column({ type: 'text' })
  evidenceSummary!: string;

  @Field({ description: 'Flagged for the leading group at once (发现严重违纪违法问题及时报告).' })
  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  @Field(() => String, { nullable: true, description: 'Day it was flagged urgent (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  urgentOn!: string | null;

  @Field(() => FindingStatus, { description: 'Where it stands.' })
  @Column({ type: 'simple-enum', enum: FindingStatus, default: FindingStatus.RECORDED })
  status!: FindingStatus;

  @Field(() => Decision, { nullable: true, description: "The leading group's decision; null until it decides." })
  @Column({ type: 'simple-enum', enum: Decision, nullable: true })
  decision!: Decision | null;

  @Field(() => String, { nullable: true, description: 'Why the leading group decided so.' })
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Day of the decision (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  decidedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'The department it was transferred to.' })
  @Column({ type: 'int', nullable: true })
  transferredToId!: number | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transferredToId' })
  transferredTo?: Relation<Body> | null;

  /** The receiving department's path ('' until transferred); lets it see what was sent to it. */
  @PathColumn()
  transferredToPath!: string;

  @Field(() => String, { nullable: true, description: "The office's stated reason when it overrode the routing table." })
  @Column({ type: 'varchar', length: 500, nullable: true })
  routingOverride!: string | null;

  @Field(() => String, { nullable: true, description: 'Day it was transferred (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  transferredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The outcome recorded by the receiving department.' })
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true, description: 'Day the outcome was recorded (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  outcomeOn!: string | null;

  @Field({ description: "The target's reporting path." })
  @PathColumn()
  targetPath!: string;

  @Field(() => Int, { nullable: true, description: 'The individual talk it came to light in, if any (source method INDIVIDUAL_TALK).' })
  @Column({ type: 'int', nullable: true })
  sourceTalkId!: number | null;

  @ManyToOne(() => Talk, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sourceTalkId' })
  sourceTalk?: Relation<Talk> | null;
}
