import { createHmac, hkdfSync } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * The keys that seal the audit trail of one database. They are derived from the audit key, which
 * is kept outside the database (AUDIT_KEY, or DATA_DIR/audit-key for the embedded default): someone
 * who can change rows but does not hold the key cannot compute an entry's MAC or sign a checkpoint.
 * Entries and checkpoints use separate keys, so a value made for one is never valid as the other.
 */
export interface AuditKeys {
  entry: Buffer;
  checkpoint: Buffer;
}

const SALT = 'inspection-registry audit trail';

export function deriveAuditKeys(secret: string): AuditKeys {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', secret, SALT, purpose, 32));
  return { entry: derive('entry mac v1'), checkpoint: derive('checkpoint signature v1') };
}

export function macOf(key: Buffer, content: unknown): string {
  return createHmac('sha256', key).update(JSON.stringify(content)).digest('hex');
}

// Keyed by the DataSource object, so that the key lives exactly as long as the connection it seals.
const keysBySource = new WeakMap<DataSource, AuditKeys>();

/** Seals everything this DataSource appends to the audit trail with `secret` (called where it is created). */
export function useAuditKey(db: DataSource, secret: string): void {
  keysBySource.set(db, deriveAuditKeys(secret));
}

export class AuditKeyMissing extends Error {
  constructor() {
    super('no audit key was given for this database: set AUDIT_KEY (or create the connection from loadDatabaseConfig, which resolves it)');
  }
}

export function auditKeysOf(db: DataSource): AuditKeys {
  // A view of the DataSource that reads from the primary (server/db/replication.ts) inherits from it.
  for (let source: object | null = db; source; source = Object.getPrototypeOf(source)) {
    const keys = keysBySource.get(source as DataSource);
    if (keys) return keys;
  }
  throw new AuditKeyMissing();
}
