/**
 * `npm run migration:run`: brings the configured database (DATABASE_URL, or the embedded default
 * under DATA_DIR) up to date with the migrations, as every server process does at start-up; for a
 * release that should migrate once before its processes start.
 */
import 'reflect-metadata';
import { loadDatabaseConfig } from '../config';
import { createDataSource } from '../db/data-source';

async function main(): Promise<void> {
  const db = createDataSource(loadDatabaseConfig().database);
  await db.initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    process.stdout.write(
      applied.length
        ? `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n`
        : 'the database is up to date\n',
    );
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migrations failed: ${(error as Error).message ?? error}\n`);
  process.exit(1);
});
