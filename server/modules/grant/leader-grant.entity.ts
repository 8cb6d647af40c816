import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { Body } from '../body/body.entity';
import { Person } from '../person/person.entity';
import { Assignment } from '../assignment/assignment.entity';

@ObjectType({
  description:
    'Leadership of an inspection team granted to one person for one inspection (一次一授权), valid from `validFrom` to `validUntil` inclusive. The only way anyone is a team leader.',
})
@Entity()
@Index('IDX_leader_grant_scopePath', ['scopePath'])
@Index('IDX_leader_grant_person', ['personId', 'validUntil'])
export class LeaderGrant extends EditableRecord {
  @Field(() => Int, { description: 'The person.' })
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Field(() => Int, { description: 'The team the person leads under this grant.' })
  @Column({ type: 'int' })
  teamId!: number;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teamId' })
  team?: Relation<Body>;

  @Field(() => Int, { nullable: true, description: 'The inspection the leadership is granted for.' })
  @Column({ type: 'int', nullable: true })
  assignmentId!: number | null;

  @ManyToOne(() => Assignment, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: Relation<Assignment> | null;

  @Field({ description: 'First day of the grant (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  validFrom!: string;

  @Field({ description: 'Last day of the grant (YYYY-MM-DD).' })
  @Column(DATE_COLUMN)
  validUntil!: string;

  @Field(() => String, { nullable: true, description: 'Day the grant was revoked early (YYYY-MM-DD); null unless revoked.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  revokedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the grant was revoked, as its revoker recorded it; null unless revoked.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  revokedReason!: string | null;

  @Field(() => Int, { nullable: true, description: 'The person who revoked the grant; null unless revoked.' })
  @Column({ type: 'int', nullable: true })
  revokedById!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revokedById' })
  revokedBy?: Relation<Person> | null;

  @Field({ name: 'teamPath', description: "The team's reporting path; decides who may see this grant." })
  @PathColumn()
  scopePath!: string;
}
