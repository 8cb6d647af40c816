import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { Assignment } from '../assignment/assignment.entity';

export enum RecordsRequestStatus {
  REQUESTED = 'REQUESTED',
  PARTLY_RECEIVED = 'PARTLY_RECEIVED',
  RECEIVED = 'RECEIVED',
}
registerEnumType(RecordsRequestStatus, {
  name: 'RecordsRequestStatus',
  description: 'How much of what was asked for the target has handed over.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; nothing received yet.' },
    PARTLY_RECEIVED: { description: 'Part of it received.' },
    RECEIVED: { description: 'All of it received.' },
  },
});

@ObjectType({
  description: 'Documents, archives or minutes the team asked the target for (调阅、复制文件、档案、会议记录), and what it received.',
})
@Entity()
@Index('IDX_records_request_scopePath_dueOn', ['scopePath', 'dueOn'])
@Index('IDX_records_request_dueOn', ['dueOn', 'id', 'scopePath'])
export class RecordsRequest extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field({ description: 'What was asked for.' })
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'Day it was asked for (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  requestedOn!: string;

  @Field({ description: 'Day it is due (YYYY-MM-DD); overdue from the day after, until all of it is received.' })
  @Column(DATE_COLUMN)
  dueOn!: string;

  @Field(() => RecordsRequestStatus, { description: 'How much of it was received.' })
  @Column({ type: 'simple-enum', enum: RecordsRequestStatus, default: RecordsRequestStatus.REQUESTED })
  status!: RecordsRequestStatus;

  @Field(() => String, { nullable: true, description: 'Day the last of what was received came (YYYY-MM-DD); null while nothing has.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  receivedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'What was received, and what is still missing.' })
  @Column({ type: 'text', nullable: true })
  receivedNote!: string | null;
}
