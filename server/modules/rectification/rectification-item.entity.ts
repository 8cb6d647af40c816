import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { PathColumn } from '../../scope/path-column';
import { Assignment } from '../assignment/assignment.entity';
import { Finding } from '../finding/finding.entity';

export enum RectificationStatus {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  CLOSED = 'CLOSED',
}
registerEnumType(RectificationStatus, {
  name: 'RectificationStatus',
  description: 'Where a rectification item stands.',
  valuesConfig: {
    OPEN: { description: 'Being worked on by the target (or sent back by the office).' },
    SUBMITTED: { description: 'The liaison reported it done; awaiting the office check.' },
    CLOSED: { description: 'Checked and closed off by the office (销号).' },
  },
});

@ObjectType({ description: 'A rectification item (整改事项) sent to the target with the feedback, with a deadline.' })
@Entity()
@Index('IDX_rectification_item_targetPath', ['targetPath', 'deadline'])
@Index('IDX_rectification_item_scopePath', ['scopePath', 'deadline'])
@Index('IDX_rectification_item_deadline', ['deadline', 'id', 'scopePath'])
export class RectificationItem extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => Int, { nullable: true, description: 'The finding it answers, if any.' })
  @Column({ type: 'int', nullable: true })
  findingId!: number | null;

  @ManyToOne(() => Finding, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'findingId' })
  finding?: Relation<Finding> | null;

  @Field({ description: 'What must be rectified.' })
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'Deadline (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  deadline!: string;

  @Field({ description: 'Progress as recorded by the target’s liaison.' })
  @Column({ type: 'text' })
  progress!: string;

  @Field(() => RectificationStatus, { description: 'Where it stands.' })
  @Column({ type: 'simple-enum', enum: RectificationStatus, default: RectificationStatus.OPEN })
  status!: RectificationStatus;

  @Field(() => String, { nullable: true, description: 'Day the office closed it off (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the office sent it back, the last time it did.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  returnNote!: string | null;

  @Field({ description: "The target's reporting path; its liaisons see the items addressed to it." })
  @PathColumn()
  targetPath!: string;
}
