import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedQuery1795986371487 implements MigrationInterface {
  name = 'SavedQuery1795986371487';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "saved_query" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "accountId" integer NOT NULL, "name" varchar(100) NOT NULL, "query" text NOT NULL, "variables" text)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_saved_query_account_name" ON "saved_query" ("accountId", "name") ');
    await queryRunner.query('DROP INDEX "IDX_saved_query_account_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_saved_query" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "accountId" integer NOT NULL, "name" varchar(100) NOT NULL, "query" text NOT NULL, "variables" text, CONSTRAINT "FK_a2e400a57000ce8ec4ab64cbcb5" FOREIGN KEY ("accountId") REFERENCES "account" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_saved_query"("id", "version", "createdAt", "updatedAt", "accountId", "name", "query", "variables") SELECT "id", "version", "createdAt", "updatedAt", "accountId", "name", "query", "variables" FROM "saved_query"',
    );
    await queryRunner.query('DROP TABLE "saved_query"');
    await queryRunner.query('ALTER TABLE "temporary_saved_query" RENAME TO "saved_query"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_saved_query_account_name" ON "saved_query" ("accountId", "name") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_saved_query_account_name"');
    await queryRunner.query('ALTER TABLE "saved_query" RENAME TO "temporary_saved_query"');
    await queryRunner.query(
      'CREATE TABLE "saved_query" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "accountId" integer NOT NULL, "name" varchar(100) NOT NULL, "query" text NOT NULL, "variables" text)',
    );
    await queryRunner.query(
      'INSERT INTO "saved_query"("id", "version", "createdAt", "updatedAt", "accountId", "name", "query", "variables") SELECT "id", "version", "createdAt", "updatedAt", "accountId", "name", "query", "variables" FROM "temporary_saved_query"',
    );
    await queryRunner.query('DROP TABLE "temporary_saved_query"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_saved_query_account_name" ON "saved_query" ("accountId", "name") ');
    await queryRunner.query('DROP INDEX "IDX_saved_query_account_name"');
    await queryRunner.query('DROP TABLE "saved_query"');
  }
}
