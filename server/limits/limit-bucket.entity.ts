import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../modules/common/record';

/**
 * What one limit knows about one key (a network address, a login): kept in the database so that
 * every server process, and every replica behind a load balancer, counts against the same limit.
 * Written only by a compare-and-set on `version` (rate-limit.ts), never held locked.
 */
@Entity()
@Index('IDX_limit_bucket_expiresAt', ['expiresAt'])
export class LimitBucket {
  /** Which limit the key is counted by, e.g. `sign-in address`. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  limiter!: string;

  /**
   * SHA-256 of the key, in hex: a fixed width for the key, compared byte for byte on both databases,
   * and no address or login written down in the clear.
   */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  keyDigest!: string;

  /** The limit's own record of the key, as JSON (for a rate limit: the times of the hits in its window). */
  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'int' })
  version!: number;

  /** From then on the row says nothing any more, and is deleted when next purged. */
  @Column(INSTANT_COLUMN)
  expiresAt!: string;
}
