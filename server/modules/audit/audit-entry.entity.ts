import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../common/record';

/**
 * One change, appended in the transaction that made it. Each entry's hash is a MAC, under the audit
 * key kept outside the database, of its id, its content and the previous entry's hash, so that any
 * edit, removal or reordering breaks the chain from there on, and nobody without the key can mend
 * it. Signed checkpoints kept outside the database (checkpoint.ts) show that the chain was not cut.
 */
@Entity()
@Index('IDX_audit_entry_subject', ['subject', 'recordId'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column(INSTANT_COLUMN)
  at!: string;

  /** The signed-in account that made the change; null for the system itself (demo load, migrations). */
  @Column({ type: 'int', nullable: true })
  accountId!: number | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 40 })
  subject!: string;

  @Column({ type: 'int' })
  recordId!: number;

  /** JSON of the record before the change, protected fields redacted; null on create. */
  @Column({ type: 'text', nullable: true })
  before!: string | null;

  /** JSON of the record after the change, protected fields redacted. */
  @Column({ type: 'text', nullable: true })
  after!: string | null;

  @Column({ type: 'varchar', length: 64 })
  previousHash!: string;

  /** HMAC-SHA256 under the audit key; plain SHA-256 for the entries of an older trail written before it had one. */
  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}

/** The single row that holds the chain's head; appends lock it so the chain cannot fork. */
@Entity()
export class AuditHead {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'int', default: 0 })
  lastEntryId!: number;

  @Column({ type: 'varchar', length: 64 })
  lastHash!: string;
}
