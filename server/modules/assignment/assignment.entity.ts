import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Secret } from '../../permissions/protected-fields';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { Round } from '../round/round.entity';
import { Stage } from './stage';

@ObjectType({ description: 'One inspection: a team inspecting a target within an approved plan (巡视任务).' })
@Entity()
@Index('IDX_assignment_scopePath_stage', ['scopePath', 'stage'])
@Index('IDX_assignment_round', ['roundId'])
@Index('IDX_assignment_intakeToken', ['intakeToken'], { unique: true })
@Index('IDX_assignment_followsUp', ['followsUpId'])
export class Assignment extends EditableRecord {
  @Field(() => Int, { description: 'The approved plan it belongs to.' })
  @Column({ type: 'int' })
  roundId!: number;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'roundId' })
  round?: Relation<Round>;

  @Field(() => Int, { description: 'The inspection team.' })
  @Column({ type: 'int' })
  teamId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teamId' })
  team?: Relation<Body>;

  @Field(() => Int, { description: 'The inspected body (被巡视党组织).' })
  @Column({ type: 'int' })
  targetId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'targetId' })
  target?: Relation<Body>;

  @Field(() => Stage, { description: 'Where the inspection stands.' })
  @Column({ type: 'simple-enum', enum: Stage, default: Stage.PREPARATION })
  stage!: Stage;

  @Field({ description: 'Planned first day on site (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  startsOn!: string;

  @Field({ description: 'Planned last day on site (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  endsOn!: string;

  @Field({ description: 'The work plan (工作方案).' })
  @Column({ type: 'text' })
  workPlan!: string;

  @Field(() => String, { nullable: true, description: 'Day the notice was sent to the target (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  noticeSentOn!: string | null;

  @Field({ description: 'Announced contact channels (phone, mailbox, post box), as published to the target.' })
  @Column({ type: 'varchar', length: 500, default: '' })
  contactChannels!: string;

  /** Unguessable key of the public intake link; readable only through `publicIntakeLink`. */
  @Secret()
  @Column({ type: 'varchar', length: 64 })
  intakeToken!: string;

  @Field(() => String, { nullable: true, description: 'Day the assignment closed (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  closedOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The earlier inspection of the same target this one follows up (回头看): one past feedback or closed; null when it is not a follow-up.',
  })
  @Column({ type: 'int', nullable: true })
  followsUpId!: number | null;

  @ManyToOne(() => Assignment, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'followsUpId' })
  followsUp?: Relation<Assignment> | null;

  @Field({ name: 'teamPath', description: "The team's reporting path; decides who may see the inspection's records." })
  @PathColumn()
  scopePath!: string;

  @Field({ description: "The target's reporting path." })
  @PathColumn()
  targetPath!: string;
}

export enum StaffRole {
  MEMBER = 'MEMBER',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'Role on one inspection.',
  valuesConfig: { MEMBER: { description: 'Team member on this inspection.' } },
});

@ObjectType({ description: 'A person staffed on one inspection. Leadership comes only from a LeaderGrant.' })
@Entity()
@Index('IDX_assignment_member_unique', ['assignmentId', 'personId'], { unique: true })
@Index('IDX_assignment_member_person', ['personId'])
@Index('IDX_assignment_member_scopePath', ['scopePath'])
export class AssignmentMember extends EditableRecord {
  @Field(() => Int, { description: 'The inspection.' })
  @Column({ type: 'int' })
  assignmentId!: number;

  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment>;

  @Field(() => Int, { description: 'The person.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field(() => String, {
    nullable: true,
    description:
      'The justification the office recorded when it staffed this person despite a recusal ground (回避例外); null when none was needed.',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  recusalException!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Day the office took the person off the inspection (YYYY-MM-DD); null while they serve on it.',
  })
  @Column({ ...DATE_COLUMN, nullable: true })
  removedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the person was taken off, as the office recorded it; null while they serve.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  removedReason!: string | null;

  @Field(() => Int, { nullable: true, description: 'The person who took them off; null while they serve.' })
  @Column({ type: 'int', nullable: true })
  removedById!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'removedById' })
  removedBy?: Relation<Person> | null;

  @Field({ name: 'teamPath', description: "The team's reporting path; decides who may see it." })
  @PathColumn()
  scopePath!: string;
}
