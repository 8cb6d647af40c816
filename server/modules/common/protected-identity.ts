import { Field, Int, ObjectType } from 'type-graphql';
import { Column, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { Protected } from '../../graphql/protected-field';
import { PathColumn } from '../../scope/path-column';
import { EditableRecord } from './record';

interface IdentityOf<Id extends string, Link extends string, Parent> {
  /** The record type the rules and the audit trail know the identity as: the entity's own name. */
  subject: string;
  /** The record the identity belongs to: the property of its id, the relation, its class. */
  parent: { id: Id; link: Link; type: () => abstract new (...args: never[]) => Parent; description: string };
  /** The protected fields speak of the person by their part (informant, interviewee). */
  describe: { name: string; contact: string };
}

/**
 * The identity of a person a record names (who reported, who was talked to), kept in a table of
 * its own beside the record, one each, and deleted with it. Its name and contact are protected:
 * only a rule naming them reads them, and every read is recorded. The inspection and the team's
 * path are copied from the record so that the rules decide who reads it in SQL.
 */
export function ProtectedIdentity<Id extends string, Link extends string, Parent>(of: IdentityOf<Id, Link, Parent>) {
  // Each table names the id and relation of its record in its own way, so they are declared by
  // name; a level of their own keeps the columns in the order the tables were created in.
  @ObjectType()
  abstract class BelongsTo extends EditableRecord {}
  Field(() => Int, { description: of.parent.description })(BelongsTo.prototype, of.parent.id);
  Column({ type: 'int' })(BelongsTo.prototype, of.parent.id);
  JoinColumn({ name: of.parent.id })(BelongsTo.prototype, of.parent.link);
  OneToOne(of.parent.type, { onDelete: 'CASCADE' })(BelongsTo.prototype, of.parent.link);

  @ObjectType()
  abstract class Identity extends BelongsTo {
    @Field(() => Int, { description: 'The inspection it belongs to.' })
    @Column({ type: 'int' })
    assignmentId!: number;

    @Field(() => String, { nullable: true, description: of.describe.name })
    @Protected(of.subject)
    @Column({ type: 'varchar', length: 60 })
    name!: string;

    @Field(() => String, { nullable: true, description: of.describe.contact })
    @Protected(of.subject)
    @Column({ type: 'varchar', length: 200, default: '' })
    contact!: string;

    @Field({ name: 'teamPath', description: "The team's reporting path." })
    @PathColumn()
    scopePath!: string;
  }
  return Identity as unknown as abstract new () => Identity & Record<Id, number> & Partial<Record<Link, Relation<Parent>>>;
}
