import 'reflect-metadata';
import { connect } from '../server/db/connect';
import { freshDatabase } from './support/harness';

describe('migrations', () => {
  it('build exactly the schema the entities describe (no drift)', async () => {
    const scratch = await freshDatabase();
    const db = await connect(scratch.database, { attempts: 1 });
    try {
      const pending = await db.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await db.showMigrations()).toBe(false);
    } finally {
      await db.destroy();
      await scratch.drop();
    }
  });

  it('can be reverted to an empty database and applied again', async () => {
    const scratch = await freshDatabase();
    const db = await connect(scratch.database, { attempts: 1 });
    try {
      const applied = db.migrations.length;
      for (let i = 0; i < applied; i++) await db.undoLastMigration({ transaction: 'each' });
      const tables = await db.createQueryRunner().getTables(['body', 'person', 'audit_entry']);
      expect(tables).toHaveLength(0);
      await db.runMigrations({ transaction: 'each' });
      expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await db.destroy();
      await scratch.drop();
    }
    // Every migration down and up again is a few hundred DDL statements: on MariaDB, each commits.
  }, 120_000);
});
