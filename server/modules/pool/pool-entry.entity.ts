import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';

@ObjectType({
  description:
    "An entry in a leading group's team-leader pool (组长库). Being in the pool makes nobody a leader: leadership is granted for one inspection at a time.",
})
@Entity()
@Index('IDX_pool_entry_scopePath', ['scopePath'])
@Index('IDX_pool_entry_person_group', ['personId', 'leadingGroupId'], { unique: true })
export class PoolEntry extends EditableRecord {
  @Field(() => Int, { description: 'The person.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field(() => Int, { description: 'The leading group that keeps this pool.' })
  @Column({ type: 'int' })
  leadingGroupId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadingGroupId' })
  leadingGroup?: Relation<Body>;

  @Field({ description: 'Day the person entered the pool (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  since!: string;

  @Field({ description: 'Qualifications and remarks.' })
  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'Day the entry was retired (YYYY-MM-DD); null while in the pool.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  retiredOn!: string | null;

  @Field({ name: 'leadingGroupPath', description: "The leading group's reporting path; decides who may see this entry." })
  @PathColumn()
  scopePath!: string;
}
