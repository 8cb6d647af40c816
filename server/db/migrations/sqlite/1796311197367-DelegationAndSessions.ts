import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DelegationAndSessions1796311197367 implements MigrationInterface {
  name = 'DelegationAndSessions1796311197367';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "createdAt" varchar(24) NOT NULL, "expiresAt" varchar(24) NOT NULL, "endedAt" varchar(24), "endReason" varchar(40), "clientAddress" varchar(64) NOT NULL DEFAULT (\'\'), "userAgent" varchar(200) NOT NULL DEFAULT (\'\'))',
    );
    await queryRunner.query('CREATE INDEX "IDX_session_account" ON "session" ("accountId", "endedAt") ');
    await queryRunner.query('DROP INDEX "IDX_account_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "login" varchar(60) NOT NULL, "passwordHash" varchar(200) NOT NULL, "personId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" varchar(24), "scopePath" varchar(255) NOT NULL, "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" varchar(24), "mustChangePassword" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_02ec5e354b7a10ffa2e1c0b70e3" UNIQUE ("login"), CONSTRAINT "FK_7f69bc091c4e2b90db02f57f3b6" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_account"("id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath", "failedLogins", "lockedUntil") SELECT "id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath", "failedLogins", "lockedUntil" FROM "account"',
    );
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('ALTER TABLE "temporary_account" RENAME TO "account"');
    await queryRunner.query('CREATE INDEX "IDX_account_scopePath" ON "account" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_membership_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_membership_person"');
    await queryRunner.query('DROP INDEX "IDX_membership_body"');
    await queryRunner.query(
      'CREATE TABLE "temporary_membership" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "bodyId" integer NOT NULL, "role" varchar CHECK( "role" IN (\'STAFF\',\'ROSTER_ADMIN\',\'ANALYST\',\'COMMITTEE_LEADER\',\'LEADING_GROUP_LEADER\',\'LEADING_GROUP_MEMBER\',\'OFFICE_COORDINATOR\',\'TEAM_MEMBER\',\'LIAISON\',\'RECEIVING_MEMBER\') ) NOT NULL, "since" varchar(10) NOT NULL, "until" varchar(10), "scopePath" varchar(255) NOT NULL, "status" varchar CHECK( "status" IN (\'PENDING\',\'APPROVED\',\'REFUSED\') ) NOT NULL DEFAULT (\'APPROVED\'), "proposedByAccountId" integer, "decidedByAccountId" integer, "decidedAt" varchar(24), "decisionNote" varchar(500) NOT NULL DEFAULT (\'\'), "endedAt" varchar(24), CONSTRAINT "FK_0dfdffa67d18242f26af04575d2" FOREIGN KEY ("bodyId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_27596f83abf11927b07021ea2c8" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_membership"("id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath" FROM "membership"',
    );
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('ALTER TABLE "temporary_membership" RENAME TO "membership"');
    await queryRunner.query('CREATE INDEX "IDX_membership_scopePath" ON "membership" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_person" ON "membership" ("personId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_body" ON "membership" ("bodyId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_status" ON "membership" ("status", "scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_session_account"');
    await queryRunner.query(
      'CREATE TABLE "temporary_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "createdAt" varchar(24) NOT NULL, "expiresAt" varchar(24) NOT NULL, "endedAt" varchar(24), "endReason" varchar(40), "clientAddress" varchar(64) NOT NULL DEFAULT (\'\'), "userAgent" varchar(200) NOT NULL DEFAULT (\'\'), CONSTRAINT "FK_db27ab5fcaee7b52324fe2c8a24" FOREIGN KEY ("accountId") REFERENCES "account" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_session"("id", "accountId", "createdAt", "expiresAt", "endedAt", "endReason", "clientAddress", "userAgent") SELECT "id", "accountId", "createdAt", "expiresAt", "endedAt", "endReason", "clientAddress", "userAgent" FROM "session"',
    );
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('ALTER TABLE "temporary_session" RENAME TO "session"');
    await queryRunner.query('CREATE INDEX "IDX_session_account" ON "session" ("accountId", "endedAt") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_session_account"');
    await queryRunner.query('ALTER TABLE "session" RENAME TO "temporary_session"');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "createdAt" varchar(24) NOT NULL, "expiresAt" varchar(24) NOT NULL, "endedAt" varchar(24), "endReason" varchar(40), "clientAddress" varchar(64) NOT NULL DEFAULT (\'\'), "userAgent" varchar(200) NOT NULL DEFAULT (\'\'))',
    );
    await queryRunner.query(
      'INSERT INTO "session"("id", "accountId", "createdAt", "expiresAt", "endedAt", "endReason", "clientAddress", "userAgent") SELECT "id", "accountId", "createdAt", "expiresAt", "endedAt", "endReason", "clientAddress", "userAgent" FROM "temporary_session"',
    );
    await queryRunner.query('DROP TABLE "temporary_session"');
    await queryRunner.query('CREATE INDEX "IDX_session_account" ON "session" ("accountId", "endedAt") ');
    await queryRunner.query('DROP INDEX "IDX_membership_status"');
    await queryRunner.query('DROP INDEX "IDX_membership_body"');
    await queryRunner.query('DROP INDEX "IDX_membership_person"');
    await queryRunner.query('DROP INDEX "IDX_membership_scopePath"');
    await queryRunner.query('ALTER TABLE "membership" RENAME TO "temporary_membership"');
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "bodyId" integer NOT NULL, "role" varchar CHECK( "role" IN (\'STAFF\',\'ROSTER_ADMIN\',\'ANALYST\',\'COMMITTEE_LEADER\',\'LEADING_GROUP_LEADER\',\'LEADING_GROUP_MEMBER\',\'OFFICE_COORDINATOR\',\'TEAM_MEMBER\',\'LIAISON\',\'RECEIVING_MEMBER\') ) NOT NULL, "since" varchar(10) NOT NULL, "until" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_0dfdffa67d18242f26af04575d2" FOREIGN KEY ("bodyId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_27596f83abf11927b07021ea2c8" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "membership"("id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath" FROM "temporary_membership"',
    );
    await queryRunner.query('DROP TABLE "temporary_membership"');
    await queryRunner.query('CREATE INDEX "IDX_membership_body" ON "membership" ("bodyId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_person" ON "membership" ("personId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_scopePath" ON "membership" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_account_scopePath"');
    await queryRunner.query('ALTER TABLE "account" RENAME TO "temporary_account"');
    await queryRunner.query(
      'CREATE TABLE "account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "login" varchar(60) NOT NULL, "passwordHash" varchar(200) NOT NULL, "personId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" varchar(24), "scopePath" varchar(255) NOT NULL, "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" varchar(24), CONSTRAINT "UQ_02ec5e354b7a10ffa2e1c0b70e3" UNIQUE ("login"), CONSTRAINT "FK_7f69bc091c4e2b90db02f57f3b6" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "account"("id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath", "failedLogins", "lockedUntil") SELECT "id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath", "failedLogins", "lockedUntil" FROM "temporary_account"',
    );
    await queryRunner.query('DROP TABLE "temporary_account"');
    await queryRunner.query('CREATE INDEX "IDX_account_scopePath" ON "account" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_session_account"');
    await queryRunner.query('DROP TABLE "session"');
  }
}
