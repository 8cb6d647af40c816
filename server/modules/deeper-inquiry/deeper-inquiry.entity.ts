import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { Assignment } from '../assignment/assignment.entity';
import { Finding } from '../finding/finding.entity';
import { Person } from '../person/person.entity';

export enum DeeperInquiryStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(DeeperInquiryStatus, {
  name: 'DeeperInquiryStatus',
  description: 'Where a deeper inquiry stands.',
  valuesConfig: {
    PROPOSED: { description: 'Opened by the team leader; awaiting the leading group.' },
    APPROVED: { description: 'Approved by the leading group: the team looks deeper into the matter.' },
    REFUSED: { description: 'Refused by the leading group, with its reason.' },
  },
});

@ObjectType({
  description:
    "A deeper inquiry (深入了解) into an important matter about the target's leading body or its members: opened on a finding by the team leader, approved or refused by the leading group.",
})
@Entity()
@Index('IDX_deeper_inquiry_findingId', ['findingId', 'status'])
export class DeeperInquiry extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => Int, { description: 'The finding it looks deeper into.' })
  @Column({ type: 'int' })
  findingId!: number;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'findingId' })
  finding?: Relation<Finding>;

  @Field({ description: 'Why the matter is important enough to look deeper into.' })
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => DeeperInquiryStatus, { description: 'Where it stands.' })
  @Column({ type: 'simple-enum', enum: DeeperInquiryStatus, default: DeeperInquiryStatus.PROPOSED })
  status!: DeeperInquiryStatus;

  @Field(() => String, { description: 'Day the team leader opened it (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  openedOn!: string;

  /** Who opened it: nobody decides on their own inquiry. */
  @Column({ type: 'int' })
  openedById!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'openedById' })
  openedBy?: Relation<Person>;

  @Field(() => String, { nullable: true, description: 'Day the leading group decided (YYYY-MM-DD); null until it does.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  decidedOn!: string | null;

  @Field(() => String, { nullable: true, description: "The leading group's note on its decision (required to refuse)." })
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote!: string | null;
}
