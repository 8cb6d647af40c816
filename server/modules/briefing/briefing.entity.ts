import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN } from '../common/record';
import { AssignmentRecord } from '../common/assignment-record';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';

@ObjectType({
  description:
    "Background on the target's leadership requested during preparation from the discipline commission, organisation department, audit office or petition bureau.",
})
@Entity()
@Index('IDX_briefing_scopePath', ['scopePath'])
export class Briefing extends AssignmentRecord {
  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => Int, { description: 'The body asked for background.' })
  @Column({ type: 'int' })
  sourceBodyId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sourceBodyId' })
  sourceBody?: Relation<Body>;

  @Field({ description: 'Day it was requested (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  requestedOn!: string;

  @Field(() => String, { nullable: true, description: 'Day the background arrived (YYYY-MM-DD); null while awaited.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  receivedOn!: string | null;

  @Field({ description: 'What the background says.' })
  @Column({ type: 'text' })
  summary!: string;
}
