import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_COLUMN, EditableRecord } from '../common/record';
import { PathColumn } from '../../scope/path-column';
import { BodyKind, BodyLevel } from './body.enums';

@ObjectType({
  description:
    'An organisation (机构) in the reporting tree. Every permission follows this tree: a role held in a body reaches that body and every body reporting to it, transitively.',
})
@Entity()
@Index('IDX_body_reportsTo_name', ['reportsToId', 'name'])
@Index('IDX_body_reportsTo_nameSortKey', ['reportsToId', 'nameSortKey'])
export class Body extends EditableRecord {
  @Field({ description: 'Stable short code, unique across all bodies (e.g. `C-LG` for the central leading group).' })
  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Field({ description: 'Official name in Chinese.' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** The name's pinyin, set whenever the name is written (common/name-sort-key.ts): sorting by name sorts by it. */
  @Column({ type: 'varchar', length: 255, default: '' })
  nameSortKey?: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Field(() => BodyKind, { description: 'What kind of organisation it is.' })
  @Column({ type: 'simple-enum', enum: BodyKind })
  kind!: BodyKind;

  @Field(() => BodyLevel, { description: 'Administrative level.' })
  @Column({ type: 'simple-enum', enum: BodyLevel })
  level!: BodyLevel;

  @Field(() => Int, { nullable: true, description: 'The body this one reports to; null for a root such as the Central Committee.' })
  @Column({ type: 'int', nullable: true })
  reportsToId!: number | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reportsToId' })
  reportsTo?: Relation<Body> | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The body that hosts this one (an office is hosted by the discipline commission). Informational: it grants nothing.',
  })
  @Column({ type: 'int', nullable: true })
  hostedById!: number | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hostedById' })
  hostedBy?: Relation<Body> | null;

  @Field({
    name: 'path',
    description: 'Ids of the reporting line from the root down to this body, e.g. `/1/4/17/`.',
  })
  @Index('IDX_body_scopePath')
  @PathColumn()
  scopePath!: string;

  @Field(() => String, { nullable: true, description: 'Day the body was retired (YYYY-MM-DD); null while it is in service.' })
  @Column({ ...DATE_COLUMN, nullable: true })
  retiredOn!: string | null;
}
