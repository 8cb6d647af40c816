/**
 * `npm run audit:verify`: checks the whole audit trail of the configured database (DATABASE_URL,
 * or the embedded default under DATA_DIR) and names the first broken entry. Exit code 0 when the
 * chain holds, 1 when it does not, 2 when the database cannot be read.
 */
import 'reflect-metadata';
import { loadDatabaseConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { verifyAuditChain } from '../modules/audit/audit.service';

async function main(): Promise<number> {
  const db = createDataSource(loadDatabaseConfig().database);
  await db.initialize();
  try {
    const started = Date.now();
    const result = await verifyAuditChain(db.manager);
    const took = `${Date.now() - started} ms`;
    if (result.broken) {
      process.stdout.write(`audit trail BROKEN at entry ${result.broken.id}: ${result.broken.reason} (${result.entries} entries before it hold; ${took})\n`);
      return 1;
    }
    process.stdout.write(`audit trail holds: ${result.entries} entries verified in ${took}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`cannot verify the audit trail: ${(error as Error).message ?? error}\n`);
    process.exit(2);
  },
);
