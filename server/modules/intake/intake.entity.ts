import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { ProtectedIdentity } from '../common/protected-identity';
import { Assignment } from '../assignment/assignment.entity';

export enum IntakeChannel {
  LETTER = 'LETTER',
  CALL = 'CALL',
  VISIT = 'VISIT',
  ONLINE = 'ONLINE',
}
registerEnumType(IntakeChannel, {
  name: 'IntakeChannel',
  description: 'How a report reached the team.',
  valuesConfig: {
    LETTER: { description: '来信' },
    CALL: { description: '来电' },
    VISIT: { description: '来访' },
    ONLINE: { description: 'Through the public intake link.' },
  },
});

@ObjectType({ description: "A letter, call, visit or online report received by a team. The informant's identity is stored apart." })
@Entity()
@Index('IDX_intake_item_scopePath_receivedOn', ['scopePath', 'receivedOn'])
@Index('IDX_intake_item_receivedOn', ['receivedOn', 'id', 'scopePath'])
export class IntakeItem extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => IntakeChannel, { description: 'How it arrived.' })
  @Column({ type: 'simple-enum', enum: IntakeChannel })
  channel!: IntakeChannel;

  @Field({ description: 'Day it arrived (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  receivedOn!: string;

  @Field({ description: 'What it reports.' })
  @Column({ type: 'text' })
  content!: string;

  @Field({ description: 'Whether the informant gave no name.' })
  @Column({ type: 'boolean', default: true })
  anonymous!: boolean;
}

/**
 * Who made a report, kept in a table of its own: only the staff of the open inspection read it,
 * and every read is recorded.
 */
@ObjectType({ description: 'The identity of an informant. Protected: readable only by the staff of the open inspection.' })
@Entity()
@Index('IDX_intake_informant_item', ['intakeItemId'], { unique: true })
export class IntakeInformant extends ProtectedIdentity({
  subject: 'IntakeInformant',
  parent: { id: 'intakeItemId', link: 'intakeItem', type: () => IntakeItem, description: 'The report it belongs to.' },
  describe: { name: 'Name the informant gave. Protected.', contact: 'How to reach the informant. Protected.' },
}) {}
