/**
 * One run of a transaction, and what its failure tells. Every write goes through here: the
 * mutations (write/write-service.ts) and the ballots cast without a caller
 * (modules/evaluation/evaluation.service.ts).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { isDatabaseUnavailable, OutcomeUnknownError } from './outage';

/**
 * Runs `work` in one transaction on `db`, once.
 *
 * A failure during COMMIT on a database server (the work was done, the answer never came) is
 * OutcomeUnknownError: the change may have been applied. Anything earlier wrote nothing. On SQLite
 * the commit is in-process and atomic: a failed COMMIT applied nothing.
 *
 * A COMMIT refused as a conflict (a deadlock, a Galera certification failure) is an answer, not a
 * lost one, and is passed on as it is for the caller to run the transaction again.
 */
export async function transactionOnce<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const commitCanBeLost = db.options.type !== 'better-sqlite3';
  let committing = false;
  try {
    return await db.transaction(async (manager) => {
      const done = await work(manager);
      committing = true;
      return done;
    });
  } catch (error) {
    if (committing && commitCanBeLost && isDatabaseUnavailable(error)) throw new OutcomeUnknownError(error);
    throw error;
  }
}
