import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';

export enum RoundStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}
registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description: 'Where a plan stands.',
  valuesConfig: {
    DRAFT: { description: 'Drafted by the office; nothing can be assigned from it yet.' },
    APPROVED: { description: 'Approved by the leading group; assignments can be made.' },
  },
});

@ObjectType({ description: "A leading group's plan (巡视计划) for a year or a phase: which bodies its teams will inspect." })
@Entity()
@Index('IDX_round_group_year_number', ['leadingGroupId', 'year', 'number'], { unique: true })
@Index('IDX_round_scopePath', ['scopePath'])
export class Round extends EditableRecord {
  @Field(() => Int, { description: 'The leading group whose plan it is.' })
  @Column({ type: 'int' })
  leadingGroupId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadingGroupId' })
  leadingGroup?: Relation<Body>;

  @Field(() => Int, { description: 'The year the plan is for.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, { description: 'The round number within the year (第几轮).' })
  @Column({ type: 'int' })
  number!: number;

  @Field({ description: 'Title of the plan.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => RoundStatus, { description: 'Draft or approved.' })
  @Column({ type: 'simple-enum', enum: RoundStatus, default: RoundStatus.DRAFT })
  status!: RoundStatus;

  @Field(() => String, { nullable: true, description: 'Day the leading group approved it (YYYY-MM-DD).' })
  @Column({ ...DATE_COLUMN, nullable: true })
  approvedOn!: string | null;

  @Field({ name: 'leadingGroupPath', description: "The leading group's reporting path; decides who may see the plan." })
  @PathColumn()
  scopePath!: string;
}

@ObjectType({ description: 'A body a plan names for inspection.' })
@Entity()
@Index('IDX_round_target_round_body', ['roundId', 'bodyId'], { unique: true })
@Index('IDX_round_target_scopePath', ['scopePath'])
export class RoundTarget extends EditableRecord {
  @Field(() => Int, { description: 'The plan.' })
  @Column({ type: 'int' })
  roundId!: number;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'roundId' })
  round?: Relation<Round>;

  @Field(() => Int, { description: 'The body to be inspected.' })
  @Column({ type: 'int' })
  bodyId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bodyId' })
  body?: Relation<Body>;

  @Field({ name: 'leadingGroupPath', description: "The plan's leading group path; decides who may see it." })
  @PathColumn()
  scopePath!: string;
}
