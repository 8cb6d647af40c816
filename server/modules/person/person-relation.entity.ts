import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';
import { Person } from './person.entity';

@ObjectType({
  description:
    'A relative of a person who is a cadre of some body, recorded for recusal (回避): nobody inspects a body where a relative is a cadre.',
})
@Entity()
@Index('IDX_person_relation_person', ['personId'])
@Index('IDX_person_relation_scopePath', ['scopePath'])
export class PersonRelation extends EditableRecord {
  @Field(() => Int, { description: 'The person whose relative it is.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field({ description: 'Name of the relative.' })
  @Column({ type: 'varchar', length: 60 })
  relativeName!: string;

  @Field({ description: 'How they are related (配偶, 子女, 父母, 兄弟姐妹 …).' })
  @Column({ type: 'varchar', length: 40 })
  relation!: string;

  @Field(() => Int, { description: 'The body where the relative is a cadre.' })
  @Column({ type: 'int' })
  relativeBodyId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'relativeBodyId' })
  relativeBody?: Relation<Body>;

  @Field({ description: "The relative's body path; recusal compares it with the target's." })
  @PathColumn()
  relativeBodyPath!: string;

  @Field({ name: 'employerPath', description: "The person's employer path; decides who may see the record." })
  @PathColumn()
  scopePath!: string;
}
