/**
 * Reads from replicas, and read-your-writes. With DATABASE_REPLICA_URLS set, TypeORM sends every
 * query-builder SELECT made outside a transaction to a replica, and everything else (writes,
 * transactions, raw queries) to the primary. A replica lags behind the primary, so a request that
 * has written must not read from one afterwards: it would answer a mutation with the record as it
 * was before.
 */
import type { DataSource, ReplicationMode } from 'typeorm';

const primaryViews = new WeakMap<DataSource, DataSource>();

function isReplicated(db: DataSource): boolean {
  return (db.driver as { isReplicated?: boolean }).isReplicated === true;
}

/**
 * The same data source, except that its SELECTs take connections to the primary. It shares the
 * pools, metadata and driver; only the choice of server differs. Query builders, managers and
 * repositories made from it (including `manager` and `getRepository`) carry the choice along,
 * because TypeORM asks the data source they were made from which server a read goes to.
 */
export function readingFromPrimary(db: DataSource): DataSource {
  if (!isReplicated(db)) return db;
  let view = primaryViews.get(db);
  if (!view) {
    const primaryOnly: ReplicationMode = 'master';
    view = Object.create(db, { defaultReplicationModeForReads: { value: () => primaryOnly } }) as DataSource;
    Object.defineProperty(view, 'manager', { value: view.createEntityManager() });
    primaryViews.set(db, view);
  }
  return view;
}
