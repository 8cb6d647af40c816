import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { PathColumn } from '../../scope/path-column';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';

export enum SupervisionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(SupervisionStatus, {
  name: 'SupervisionStatus',
  description: 'Where a supervised matter stands.',
  valuesConfig: { OPEN: { description: 'Being handled.' }, DONE: { description: 'Handled, as checked by the office.' } },
});

@ObjectType({
  description: 'A matter the leading group decided, supervised by the office until the responsible body has handled it (督办).',
})
@Entity()
@Index('IDX_supervision_item_scopePath', ['scopePath', 'deadline'])
@Index('IDX_supervision_item_deadline', ['deadline', 'id', 'scopePath'])
export class SupervisionItem extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => Int, { nullable: true, description: 'The finding it follows up, if any.' })
  @Column({ type: 'int', nullable: true })
  findingId!: number | null;

  @ManyToOne(() => Finding, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'findingId' })
  finding?: Relation<Finding> | null;

  @Field({ description: 'The decided matter.' })
  @Column({ type: 'text' })
  matter!: string;

  @Field(() => Int, { description: 'The body responsible for handling it.' })
  @Column({ type: 'int' })
  responsibleBodyId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsibleBodyId' })
  responsibleBody?: Relation<Body>;

  @Field({ description: "The responsible body's reporting path." })
  @PathColumn()
  responsiblePath!: string;

  @Field({ description: 'Deadline (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  deadline!: string;

  @Field(() => SupervisionStatus, { description: 'Where it stands.' })
  @Column({ type: 'simple-enum', enum: SupervisionStatus, default: SupervisionStatus.OPEN })
  status!: SupervisionStatus;

  @Field({ description: 'Notes of the follow-up.' })
  @Column({ type: 'text' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'Day it was found handled (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  doneOn!: string | null;
}
