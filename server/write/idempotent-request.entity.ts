import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../modules/common/record';

/**
 * A mutation sent with an `Idempotency-Key`, remembered so that sending it again applies nothing
 * twice (see idempotency.ts). The row is inserted in the transaction of the change it names, so it
 * exists exactly when the change does.
 */
@Entity()
@Index('UQ_idempotent_request_key', ['accountId', 'keyDigest'], { unique: true })
@Index('IDX_idempotent_request_createdAt', ['createdAt'])
export class IdempotentRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Keys are the caller's own: the same key from two accounts names two requests. */
  @Column({ type: 'int' })
  accountId!: number;

  /**
   * SHA-256 of the key, in hex: compared byte for byte on both databases (MariaDB's default
   * collation would take `abc` and `ABC` for one key) and of a fixed width for the index.
   */
  @Column({ type: 'varchar', length: 64 })
  keyDigest!: string;

  /** SHA-256 of the operation text and its variables in canonical form: what the key was used for. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  /** What the write returned, as idempotency.ts encodes it; written before the change commits. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** The whole GraphQL response the first request was answered with, once it was sent. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column(INSTANT_COLUMN)
  createdAt!: string;
}
