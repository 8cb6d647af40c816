import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { Assignment } from '../assignment/assignment.entity';

/** The nine work methods (工作方式) through which a team learns things. */
export enum WorkMethod {
  HEARING_REPORTS = 'HEARING_REPORTS',
  ATTENDING_MEETINGS = 'ATTENDING_MEETINGS',
  LETTERS_CALLS_VISITS = 'LETTERS_CALLS_VISITS',
  SYMPOSIUM = 'SYMPOSIUM',
  INDIVIDUAL_TALK = 'INDIVIDUAL_TALK',
  DOCUMENT_REVIEW = 'DOCUMENT_REVIEW',
  DEMOCRATIC_EVALUATION = 'DEMOCRATIC_EVALUATION',
  FIELD_VISIT = 'FIELD_VISIT',
  EXPERT_ASSISTANCE = 'EXPERT_ASSISTANCE',
}
registerEnumType(WorkMethod, {
  name: 'WorkMethod',
  description: 'The nine work methods of an inspection team.',
  valuesConfig: {
    HEARING_REPORTS: { description: '(一) 听取工作汇报和专题汇报' },
    ATTENDING_MEETINGS: { description: '(二) 列席有关会议、民主生活会和述职述廉会' },
    LETTERS_CALLS_VISITS: { description: '(三) 受理来信、来电、来访' },
    SYMPOSIUM: { description: '(四) 召开听取意见座谈会' },
    INDIVIDUAL_TALK: { description: '(五) 个别谈话' },
    DOCUMENT_REVIEW: { description: '(六) 调阅、复制文件、档案、会议记录' },
    DEMOCRATIC_EVALUATION: { description: '(七) 民主测评、问卷调查' },
    FIELD_VISIT: { description: '(八) 走访调研下属单位或者部门' },
    EXPERT_ASSISTANCE: { description: '(九) 商请有关职能部门或者专业机构协助' },
  },
});

@ObjectType({ description: 'Something a team did during inquiry, by one of the nine methods.' })
@Entity()
@Index('IDX_activity_scopePath_heldOn', ['scopePath', 'heldOn'])
@Index('IDX_activity_heldOn', ['heldOn', 'id', 'scopePath'])
export class Activity extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => WorkMethod, { description: 'Which of the nine methods.' })
  @Column({ type: 'simple-enum', enum: WorkMethod })
  method!: WorkMethod;

  @Field({ description: 'Day it took place (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  heldOn!: string;

  @Field({ description: 'What was done.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: 'How many people were talked to or took part.' })
  @Column({ type: 'int', default: 0 })
  peopleReached!: number;
}
