import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginLockout1795987490248 implements MigrationInterface {
  name = 'LoginLockout1795987490248';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_account_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "login" varchar(60) NOT NULL, "passwordHash" varchar(200) NOT NULL, "personId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" varchar(24), "scopePath" varchar(255) NOT NULL, "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" varchar(24), CONSTRAINT "UQ_02ec5e354b7a10ffa2e1c0b70e3" UNIQUE ("login"), CONSTRAINT "FK_7f69bc091c4e2b90db02f57f3b6" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_account"("id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath" FROM "account"',
    );
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('ALTER TABLE "temporary_account" RENAME TO "account"');
    await queryRunner.query('CREATE INDEX "IDX_account_scopePath" ON "account" ("scopePath") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_account_scopePath"');
    await queryRunner.query('ALTER TABLE "account" RENAME TO "temporary_account"');
    await queryRunner.query(
      'CREATE TABLE "account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "login" varchar(60) NOT NULL, "passwordHash" varchar(200) NOT NULL, "personId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" varchar(24), "scopePath" varchar(255) NOT NULL, CONSTRAINT "UQ_02ec5e354b7a10ffa2e1c0b70e3" UNIQUE ("login"), CONSTRAINT "FK_7f69bc091c4e2b90db02f57f3b6" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "account"("id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath" FROM "temporary_account"',
    );
    await queryRunner.query('DROP TABLE "temporary_account"');
    await queryRunner.query('CREATE INDEX "IDX_account_scopePath" ON "account" ("scopePath") ');
  }
}
