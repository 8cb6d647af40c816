import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { ProtectedIdentity } from '../common/protected-identity';
import { Assignment } from '../assignment/assignment.entity';

/** Who was talked to, by their place at the target (个别谈话的对象). */
export enum IntervieweeCategory {
  LEADING_BODY_MEMBER = 'LEADING_BODY_MEMBER',
  OTHER_CADRE = 'OTHER_CADRE',
  STAFF_OR_MASSES = 'STAFF_OR_MASSES',
}
registerEnumType(IntervieweeCategory, {
  name: 'IntervieweeCategory',
  description: "The interviewee's place at the inspected body.",
  valuesConfig: {
    LEADING_BODY_MEMBER: { description: '被巡视党组织领导班子成员' },
    OTHER_CADRE: { description: '其他干部' },
    STAFF_OR_MASSES: { description: '职工群众' },
  },
});

@ObjectType({
  description: "An individual talk (个别谈话) held by the staff of an inspection. The interviewee's identity is stored apart.",
})
@Entity()
@Index('IDX_talk_scopePath_heldOn', ['scopePath', 'heldOn'])
@Index('IDX_talk_heldOn', ['heldOn', 'id', 'scopePath'])
export class Talk extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field({ description: 'Day the talk was held (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  heldOn!: string;

  @Field(() => [Int], { description: 'The people who held the talk: staff of the inspection or its granted leader.' })
  @Column({ type: 'simple-json' })
  talkerIds!: number[];

  @Field({ description: "The interviewee's position or post at the inspected body." })
  @Column({ type: 'varchar', length: 100 })
  intervieweePost!: string;

  @Field(() => IntervieweeCategory, { description: "The interviewee's place at the inspected body." })
  @Column({ type: 'simple-enum', enum: IntervieweeCategory })
  intervieweeCategory!: IntervieweeCategory;

  @Field({ description: 'The matters the interviewee raised.' })
  @Column({ type: 'text' })
  matters!: string;
}

/**
 * Who was talked to, kept in a table of its own like an informant: only the staff of the open
 * inspection read it, and every read is recorded.
 */
@ObjectType({ description: 'The identity of an interviewee. Protected: readable only by the staff of the open inspection.' })
@Entity()
@Index('IDX_talk_interviewee_talk', ['talkId'], { unique: true })
export class TalkInterviewee extends ProtectedIdentity({
  subject: 'TalkInterviewee',
  parent: { id: 'talkId', link: 'talk', type: () => Talk, description: 'The talk it belongs to.' },
  describe: { name: "The interviewee's name. Protected.", contact: 'How to reach the interviewee. Protected.' },
}) {}
