import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Index } from 'typeorm';
import { PathColumn } from '../../scope/path-column';
import { EditableRecord } from './record';

/**
 * A record made within one inspection. It carries the team's path, which decides who may see it,
 * and the inspection's id, which decides who may work on it (the staff of open inspections).
 */
@ObjectType()
export abstract class AssignmentRecord extends EditableRecord {
  @Field(() => Int, { description: 'The inspection it belongs to.' })
  @Index()
  @Column({ type: 'int' })
  assignmentId!: number;

  @Field({ name: 'teamPath', description: "The team's reporting path; decides who may see the record." })
  @PathColumn()
  scopePath!: string;
}
