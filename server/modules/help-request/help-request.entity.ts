import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { PathColumn } from '../../scope/path-column';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';
import { Person } from '../person/person.entity';
import { DeeperInquiry } from '../deeper-inquiry/deeper-inquiry.entity';

export enum HelpRequestStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ANSWERED = 'ANSWERED',
  DECLINED = 'DECLINED',
}
registerEnumType(HelpRequestStatus, {
  name: 'HelpRequestStatus',
  description: 'Where a request for help stands.',
  valuesConfig: {
    DRAFT: { description: 'Drafted by the team; the department does not see it yet.' },
    SENT: { description: 'Sent to the department (by the team leader or the office, never by its drafter alone); awaiting the answer.' },
    ANSWERED: { description: 'The department answered it.' },
    DECLINED: { description: 'The department declined it, with its reason.' },
  },
});

/** The statuses in which the department it is addressed to sees a request. */
export const SENT_STATUSES = [HelpRequestStatus.SENT, HelpRequestStatus.ANSWERED, HelpRequestStatus.DECLINED];

/**
 * A request for help (商请协助, work method 9): the team of an open inspection asks a functional
 * department or professional body about a matter, usually a finding. The department sees the
 * request itself, never the finding or the deeper inquiry it belongs to.
 */
@ObjectType({
  description:
    'A request for help (商请协助) from an inspection team to a functional department or professional body, about a matter (usually a finding), and its answer.',
})
@Entity()
@Index('IDX_help_request_recipientPath', ['recipientPath', 'status'])
@Index('IDX_help_request_findingId', ['findingId'])
@Index('IDX_help_request_wantedBy', ['wantedBy', 'status'])
export class HelpRequest extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  /** The finding it is about, if any; the GraphQL field is the team's only (see the resolver). */
  @Column({ type: 'int', nullable: true })
  findingId!: number | null;

  @ManyToOne(() => Finding, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'findingId' })
  finding?: Relation<Finding> | null;

  /** The approved deeper inquiry it belongs to, if any; the team's only, like the finding. */
  @Column({ type: 'int', nullable: true })
  deeperInquiryId!: number | null;

  @ManyToOne(() => DeeperInquiry, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deeperInquiryId' })
  deeperInquiry?: Relation<DeeperInquiry> | null;

  @Field(() => Int, { description: 'The department or professional body asked.' })
  @Column({ type: 'int' })
  recipientId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipientId' })
  recipient?: Relation<Body>;

  @Field({ description: "The department's reporting path; its receiving members read the requests sent to it." })
  @PathColumn()
  recipientPath!: string;

  @Field({ description: 'The matter, as the department needs to know it (written for it; not the finding itself).' })
  @Column({ type: 'text' })
  matter!: string;

  @Field({ description: 'What the team asks the department.' })
  @Column({ type: 'text' })
  question!: string;

  @Field({ description: 'Day by which an answer is wanted (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  wantedBy!: string;

  @Field(() => HelpRequestStatus, { description: 'Where it stands.' })
  @Column({ type: 'simple-enum', enum: HelpRequestStatus, default: HelpRequestStatus.DRAFT })
  status!: HelpRequestStatus;

  @Field(() => String, { nullable: true, description: 'Day it was sent to the department (YYYY-MM-DD); null while a draft.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  askedOn!: string | null;

  /** Who drafted it: never the one who sends it. */
  @Column({ type: 'int' })
  draftedById!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'draftedById' })
  draftedBy?: Relation<Person>;

  @Field(() => String, { nullable: true, description: "The department's answer; null until it answers." })
  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the department declined; null unless it declined.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Day the department answered or declined (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  answeredOn!: string | null;
}
