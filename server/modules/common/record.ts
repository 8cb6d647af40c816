import { Field, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { today } from './calendar';

/** Date-only values are `YYYY-MM-DD` strings on every side: database, server and JSON. */
export const DATE_COLUMN = { type: 'varchar', length: 10 } as const;
/** Instants are ISO-8601 UTC strings, so that they compare and sort the same on both databases. */
export const INSTANT_COLUMN = { type: 'varchar', length: 24 } as const;

/** Today and now come from the calendar, so that every day the server derives is in the configured time zone. */
export { today, now } from './calendar';

/** A dated obligation is overdue the day after its deadline, until it is finished. */
export function isPastDeadline(deadline: string, finished: boolean, day = today()): boolean {
  return deadline < day && !finished;
}

/** Columns shared by every editable record. `version` guards against lost updates. */
@ObjectType()
export abstract class EditableRecord {
  @Field(() => Int, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => Int, {
    description: 'Incremented by every change; an update must send the version it was based on.',
  })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field({ description: 'When the record was created (ISO-8601, UTC).' })
  @Column(INSTANT_COLUMN)
  createdAt!: string;

  @Field({ description: 'When the record last changed (ISO-8601, UTC).' })
  @Column(INSTANT_COLUMN)
  updatedAt!: string;
}
