/**
 * Writes a migration for each dialect from the difference between the entities and the schema that
 * the existing migrations build: `npm run migration:generate -- AddSomething`.
 * SQLite runs on a scratch file; MySQL/MariaDB on a scratch database of MIGRATION_MYSQL_URL
 * (default: the local MariaDB), dropped afterwards.
 */
import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, migrationsDir } from '../db/data-source';
import type { DatabaseConfig } from '../config';
import { withScratchDatabase } from '../db/scratch';

async function pendingChanges(db: DataSource) {
  await db.runMigrations({ transaction: 'each' });
  return db.driver.createSchemaBuilder().log();
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function generate(database: DatabaseConfig, name: string, stamp: number): Promise<void> {
  const db = createDataSource(database);
  await db.initialize();
  try {
    const sql = await pendingChanges(db);
    if (sql.upQueries.length === 0) {
      console.log(`${database.kind}: no changes`);
      return;
    }
    const className = `${name}${stamp}`;
    const file = join(migrationsDir(database.kind).replace(/dist[\\/]/, ''), `${stamp}-${name}.ts`);
    const up = sql.upQueries.map((q) => q.query);
    const down = sql.downQueries.map((q) => q.query).reverse();
    writeFileSync(file, render(className, up, down));
    console.log(`${database.kind}: wrote ${file} (${up.length} statements)`);
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- NameInPascalCase');
  }
  const stamp = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'migration-'));
  await generate({ kind: 'sqlite', url: join(dir, 'scratch.sqlite') }, name, stamp);
  const serverUrl = process.env.MIGRATION_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306/test';
  await withScratchDatabase(serverUrl, (database) => generate(database, name, stamp));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
