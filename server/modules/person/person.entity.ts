import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';
import { CadreRank } from './person.enums';
import { Protected } from '../../graphql/protected-field';

@ObjectType({
  description:
    'A person on a roster: a cadre of a body, a member of inspection staff, or both. Visible within the scope of the body that employs them.',
})
@Entity()
@Index('IDX_person_scopePath_name', ['scopePath', 'name'])
@Index('IDX_person_scopePath_nameSortKey', ['scopePath', 'nameSortKey'])
export class Person extends EditableRecord {
  @Field({ description: 'Full name.' })
  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** The name's pinyin, surname read as a surname, set whenever the name is written (common/name-sort-key.ts): sorting by name sorts by it. */
  @Column({ type: 'varchar', length: 255, default: '' })
  nameSortKey?: string;

  @Field({ description: 'Current position (职务), e.g. 副主任.' })
  @Column({ type: 'varchar', length: 120 })
  position!: string;

  @Field(() => CadreRank, { description: 'Cadre rank (职级).' })
  @Column({ type: 'simple-enum', enum: CadreRank })
  rank!: CadreRank;

  @Field(() => Int, { description: 'The body that employs this person.' })
  @Column({ type: 'int' })
  employerId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employerId' })
  employer?: Relation<Body>;

  @Field(() => Int, {
    description:
      'The body holding cadre management authority (干部管理权限) over this person; decides where matters about them are transferred.',
  })
  @Column({ type: 'int' })
  managedById!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'managedById' })
  managedBy?: Relation<Body>;

  @Field(() => String, {
    nullable: true,
    description: 'Resident identity card number. Protected: null unless you administer the roster this person is on, or it is your own.',
  })
  @Protected()
  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Day the person left the roster (YYYY-MM-DD); null while active.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  retiredOn!: string | null;

  @Field({ name: 'employerPath', description: "The employer's reporting path; decides who may see this person." })
  @PathColumn()
  scopePath!: string;
}
