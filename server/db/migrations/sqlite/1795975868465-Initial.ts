import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795975868465 implements MigrationInterface {
  name = 'Initial1795975868465';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "body" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(120) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar CHECK( "kind" IN (\'PARTY_COMMITTEE\',\'LEADING_GROUP\',\'OFFICE\',\'INSPECTION_TEAM\',\'DISCIPLINE_COMMISSION\',\'ORGANISATION_DEPARTMENT\',\'AUDIT_OFFICE\',\'PETITION_BUREAU\',\'GOVERNMENT_PARTY_GROUP\',\'CONGRESS_PARTY_GROUP\',\'CPPCC_PARTY_GROUP\',\'FUNCTIONAL_DEPARTMENT\',\'OTHER_UNIT\') ) NOT NULL, "level" varchar CHECK( "level" IN (\'CENTRAL\',\'PROVINCIAL\',\'MUNICIPAL\',\'COUNTY\') ) NOT NULL, "reportsToId" integer, "hostedById" integer, "scopePath" varchar(255) NOT NULL, "retiredOn" varchar(10), CONSTRAINT "UQ_bdea64ee7b6528bfb7cedda6fd8" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_body_scopePath" ON "body" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_body_reportsTo_name" ON "body" ("reportsToId", "name") ');
    await queryRunner.query(
      'CREATE TABLE "person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "name" varchar(60) NOT NULL, "position" varchar(120) NOT NULL, "rank" varchar CHECK( "rank" IN (\'NATIONAL\',\'DEPUTY_NATIONAL\',\'MINISTERIAL\',\'DEPUTY_MINISTERIAL\',\'BUREAU\',\'DEPUTY_BUREAU\',\'DIVISION\',\'DEPUTY_DIVISION\',\'SECTION\',\'DEPUTY_SECTION\',\'STAFF\') ) NOT NULL, "employerId" integer NOT NULL, "managedById" integer NOT NULL, "idNumber" varchar(18), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_person_scopePath_name" ON "person" ("scopePath", "name") ');
    await queryRunner.query(
      'CREATE TABLE "account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "login" varchar(60) NOT NULL, "passwordHash" varchar(200) NOT NULL, "personId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" varchar(24), "scopePath" varchar(255) NOT NULL, CONSTRAINT "UQ_02ec5e354b7a10ffa2e1c0b70e3" UNIQUE ("login"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_account_scopePath" ON "account" ("scopePath") ');
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(24) NOT NULL, "accountId" integer, "action" varchar(40) NOT NULL, "subject" varchar(40) NOT NULL, "recordId" integer NOT NULL, "before" text, "after" text, "previousHash" varchar(64) NOT NULL, "hash" varchar(64) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_audit_entry_subject" ON "audit_entry" ("subject", "recordId") ');
    await queryRunner.query(
      'CREATE TABLE "audit_head" ("id" integer PRIMARY KEY NOT NULL, "lastEntryId" integer NOT NULL DEFAULT (0), "lastHash" varchar(64) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "bodyId" integer NOT NULL, "role" varchar CHECK( "role" IN (\'STAFF\',\'ROSTER_ADMIN\',\'ANALYST\',\'COMMITTEE_LEADER\',\'LEADING_GROUP_LEADER\',\'LEADING_GROUP_MEMBER\',\'OFFICE_COORDINATOR\',\'TEAM_MEMBER\',\'LIAISON\',\'RECEIVING_MEMBER\') ) NOT NULL, "since" varchar(10) NOT NULL, "until" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_membership_body" ON "membership" ("bodyId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_person" ON "membership" ("personId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_scopePath" ON "membership" ("scopePath") ');
    await queryRunner.query(
      'CREATE TABLE "pool_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "leadingGroupId" integer NOT NULL, "since" varchar(10) NOT NULL, "note" varchar(500) NOT NULL DEFAULT (\'\'), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_pool_entry_person_group" ON "pool_entry" ("personId", "leadingGroupId") ');
    await queryRunner.query('CREATE INDEX "IDX_pool_entry_scopePath" ON "pool_entry" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_body_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_body_reportsTo_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_body" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(120) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar CHECK( "kind" IN (\'PARTY_COMMITTEE\',\'LEADING_GROUP\',\'OFFICE\',\'INSPECTION_TEAM\',\'DISCIPLINE_COMMISSION\',\'ORGANISATION_DEPARTMENT\',\'AUDIT_OFFICE\',\'PETITION_BUREAU\',\'GOVERNMENT_PARTY_GROUP\',\'CONGRESS_PARTY_GROUP\',\'CPPCC_PARTY_GROUP\',\'FUNCTIONAL_DEPARTMENT\',\'OTHER_UNIT\') ) NOT NULL, "level" varchar CHECK( "level" IN (\'CENTRAL\',\'PROVINCIAL\',\'MUNICIPAL\',\'COUNTY\') ) NOT NULL, "reportsToId" integer, "hostedById" integer, "scopePath" varchar(255) NOT NULL, "retiredOn" varchar(10), CONSTRAINT "UQ_bdea64ee7b6528bfb7cedda6fd8" UNIQUE ("code"), CONSTRAINT "FK_59e5c06ce3a0a498b0629b38041" FOREIGN KEY ("reportsToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_eb40e00c0840718ee4adfa07f4b" FOREIGN KEY ("hostedById") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_body"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn" FROM "body"',
    );
    await queryRunner.query('DROP TABLE "body"');
    await queryRunner.query('ALTER TABLE "temporary_body" RENAME TO "body"');
    await queryRunner.query('CREATE INDEX "IDX_body_scopePath" ON "body" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_body_reportsTo_name" ON "body" ("reportsToId", "name") ');
    await queryRunner.query('DROP INDEX "IDX_person_scopePath_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "name" varchar(60) NOT NULL, "position" varchar(120) NOT NULL, "rank" varchar CHECK( "rank" IN (\'NATIONAL\',\'DEPUTY_NATIONAL\',\'MINISTERIAL\',\'DEPUTY_MINISTERIAL\',\'BUREAU\',\'DEPUTY_BUREAU\',\'DIVISION\',\'DEPUTY_DIVISION\',\'SECTION\',\'DEPUTY_SECTION\',\'STAFF\') ) NOT NULL, "employerId" integer NOT NULL, "managedById" integer NOT NULL, "idNumber" varchar(18), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_f21c1401cc39adfc6f0250cf00f" FOREIGN KEY ("employerId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_33ee55db7ed6fa25021f8ef1c5a" FOREIGN KEY ("managedById") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_person"("id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath" FROM "person"',
    );
    await queryRunner.query('DROP TABLE "person"');
    await queryRunner.query('ALTER TABLE "temporary_person" RENAME TO "person"');
    await queryRunner.query('CREATE INDEX "IDX_person_scopePath_name" ON "person" ("scopePath", "name") ');
    await queryRunner.query('DROP INDEX "IDX_account_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "login" varchar(60) NOT NULL, "passwordHash" varchar(200) NOT NULL, "personId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" varchar(24), "scopePath" varchar(255) NOT NULL, CONSTRAINT "UQ_02ec5e354b7a10ffa2e1c0b70e3" UNIQUE ("login"), CONSTRAINT "FK_7f69bc091c4e2b90db02f57f3b6" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_account"("id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath" FROM "account"',
    );
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('ALTER TABLE "temporary_account" RENAME TO "account"');
    await queryRunner.query('CREATE INDEX "IDX_account_scopePath" ON "account" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath" FROM "leader_grant"',
    );
    await queryRunner.query('DROP TABLE "leader_grant"');
    await queryRunner.query('ALTER TABLE "temporary_leader_grant" RENAME TO "leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_membership_body"');
    await queryRunner.query('DROP INDEX "IDX_membership_person"');
    await queryRunner.query('DROP INDEX "IDX_membership_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_membership" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "bodyId" integer NOT NULL, "role" varchar CHECK( "role" IN (\'STAFF\',\'ROSTER_ADMIN\',\'ANALYST\',\'COMMITTEE_LEADER\',\'LEADING_GROUP_LEADER\',\'LEADING_GROUP_MEMBER\',\'OFFICE_COORDINATOR\',\'TEAM_MEMBER\',\'LIAISON\',\'RECEIVING_MEMBER\') ) NOT NULL, "since" varchar(10) NOT NULL, "until" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_27596f83abf11927b07021ea2c8" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0dfdffa67d18242f26af04575d2" FOREIGN KEY ("bodyId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_membership"("id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath" FROM "membership"',
    );
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('ALTER TABLE "temporary_membership" RENAME TO "membership"');
    await queryRunner.query('CREATE INDEX "IDX_membership_body" ON "membership" ("bodyId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_person" ON "membership" ("personId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_scopePath" ON "membership" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_pool_entry_person_group"');
    await queryRunner.query('DROP INDEX "IDX_pool_entry_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_pool_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "leadingGroupId" integer NOT NULL, "since" varchar(10) NOT NULL, "note" varchar(500) NOT NULL DEFAULT (\'\'), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_87bd6a06c1577196768f46c8a5c" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_47e43e7260df850b80631d40d76" FOREIGN KEY ("leadingGroupId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_pool_entry"("id", "version", "createdAt", "updatedAt", "personId", "leadingGroupId", "since", "note", "retiredOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "leadingGroupId", "since", "note", "retiredOn", "scopePath" FROM "pool_entry"',
    );
    await queryRunner.query('DROP TABLE "pool_entry"');
    await queryRunner.query('ALTER TABLE "temporary_pool_entry" RENAME TO "pool_entry"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_pool_entry_person_group" ON "pool_entry" ("personId", "leadingGroupId") ');
    await queryRunner.query('CREATE INDEX "IDX_pool_entry_scopePath" ON "pool_entry" ("scopePath") ');
    // The audit chain starts from a genesis head; appends lock this row.
    await queryRunner.query(
      "INSERT INTO audit_head (id, lastEntryId, lastHash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_pool_entry_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_pool_entry_person_group"');
    await queryRunner.query('ALTER TABLE "pool_entry" RENAME TO "temporary_pool_entry"');
    await queryRunner.query(
      'CREATE TABLE "pool_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "leadingGroupId" integer NOT NULL, "since" varchar(10) NOT NULL, "note" varchar(500) NOT NULL DEFAULT (\'\'), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "pool_entry"("id", "version", "createdAt", "updatedAt", "personId", "leadingGroupId", "since", "note", "retiredOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "leadingGroupId", "since", "note", "retiredOn", "scopePath" FROM "temporary_pool_entry"',
    );
    await queryRunner.query('DROP TABLE "temporary_pool_entry"');
    await queryRunner.query('CREATE INDEX "IDX_pool_entry_scopePath" ON "pool_entry" ("scopePath") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_pool_entry_person_group" ON "pool_entry" ("personId", "leadingGroupId") ');
    await queryRunner.query('DROP INDEX "IDX_membership_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_membership_person"');
    await queryRunner.query('DROP INDEX "IDX_membership_body"');
    await queryRunner.query('ALTER TABLE "membership" RENAME TO "temporary_membership"');
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "bodyId" integer NOT NULL, "role" varchar CHECK( "role" IN (\'STAFF\',\'ROSTER_ADMIN\',\'ANALYST\',\'COMMITTEE_LEADER\',\'LEADING_GROUP_LEADER\',\'LEADING_GROUP_MEMBER\',\'OFFICE_COORDINATOR\',\'TEAM_MEMBER\',\'LIAISON\',\'RECEIVING_MEMBER\') ) NOT NULL, "since" varchar(10) NOT NULL, "until" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "membership"("id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "bodyId", "role", "since", "until", "scopePath" FROM "temporary_membership"',
    );
    await queryRunner.query('DROP TABLE "temporary_membership"');
    await queryRunner.query('CREATE INDEX "IDX_membership_scopePath" ON "membership" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_person" ON "membership" ("personId", "since") ');
    await queryRunner.query('CREATE INDEX "IDX_membership_body" ON "membership" ("bodyId", "since") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('ALTER TABLE "leader_grant" RENAME TO "temporary_leader_grant"');
    await queryRunner.query(
      'CREATE TABLE "leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath" FROM "temporary_leader_grant"',
    );
    await queryRunner.query('DROP TABLE "temporary_leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('DROP INDEX "IDX_account_scopePath"');
    await queryRunner.query('ALTER TABLE "account" RENAME TO "temporary_account"');
    await queryRunner.query(
      'CREATE TABLE "account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "login" varchar(60) NOT NULL, "passwordHash" varchar(200) NOT NULL, "personId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" varchar(24), "scopePath" varchar(255) NOT NULL, CONSTRAINT "UQ_02ec5e354b7a10ffa2e1c0b70e3" UNIQUE ("login"))',
    );
    await queryRunner.query(
      'INSERT INTO "account"("id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "login", "passwordHash", "personId", "active", "lastLoginAt", "scopePath" FROM "temporary_account"',
    );
    await queryRunner.query('DROP TABLE "temporary_account"');
    await queryRunner.query('CREATE INDEX "IDX_account_scopePath" ON "account" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_person_scopePath_name"');
    await queryRunner.query('ALTER TABLE "person" RENAME TO "temporary_person"');
    await queryRunner.query(
      'CREATE TABLE "person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "name" varchar(60) NOT NULL, "position" varchar(120) NOT NULL, "rank" varchar CHECK( "rank" IN (\'NATIONAL\',\'DEPUTY_NATIONAL\',\'MINISTERIAL\',\'DEPUTY_MINISTERIAL\',\'BUREAU\',\'DEPUTY_BUREAU\',\'DIVISION\',\'DEPUTY_DIVISION\',\'SECTION\',\'DEPUTY_SECTION\',\'STAFF\') ) NOT NULL, "employerId" integer NOT NULL, "managedById" integer NOT NULL, "idNumber" varchar(18), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "person"("id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath" FROM "temporary_person"',
    );
    await queryRunner.query('DROP TABLE "temporary_person"');
    await queryRunner.query('CREATE INDEX "IDX_person_scopePath_name" ON "person" ("scopePath", "name") ');
    await queryRunner.query('DROP INDEX "IDX_body_reportsTo_name"');
    await queryRunner.query('DROP INDEX "IDX_body_scopePath"');
    await queryRunner.query('ALTER TABLE "body" RENAME TO "temporary_body"');
    await queryRunner.query(
      'CREATE TABLE "body" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(120) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar CHECK( "kind" IN (\'PARTY_COMMITTEE\',\'LEADING_GROUP\',\'OFFICE\',\'INSPECTION_TEAM\',\'DISCIPLINE_COMMISSION\',\'ORGANISATION_DEPARTMENT\',\'AUDIT_OFFICE\',\'PETITION_BUREAU\',\'GOVERNMENT_PARTY_GROUP\',\'CONGRESS_PARTY_GROUP\',\'CPPCC_PARTY_GROUP\',\'FUNCTIONAL_DEPARTMENT\',\'OTHER_UNIT\') ) NOT NULL, "level" varchar CHECK( "level" IN (\'CENTRAL\',\'PROVINCIAL\',\'MUNICIPAL\',\'COUNTY\') ) NOT NULL, "reportsToId" integer, "hostedById" integer, "scopePath" varchar(255) NOT NULL, "retiredOn" varchar(10), CONSTRAINT "UQ_bdea64ee7b6528bfb7cedda6fd8" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "body"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn" FROM "temporary_body"',
    );
    await queryRunner.query('DROP TABLE "temporary_body"');
    await queryRunner.query('CREATE INDEX "IDX_body_reportsTo_name" ON "body" ("reportsToId", "name") ');
    await queryRunner.query('CREATE INDEX "IDX_body_scopePath" ON "body" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_pool_entry_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_pool_entry_person_group"');
    await queryRunner.query('DROP TABLE "pool_entry"');
    await queryRunner.query('DROP INDEX "IDX_membership_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_membership_person"');
    await queryRunner.query('DROP INDEX "IDX_membership_body"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('DROP TABLE "leader_grant"');
    await queryRunner.query('DROP TABLE "audit_head"');
    await queryRunner.query('DROP INDEX "IDX_audit_entry_subject"');
    await queryRunner.query('DROP TABLE "audit_entry"');
    await queryRunner.query('DROP INDEX "IDX_account_scopePath"');
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('DROP INDEX "IDX_person_scopePath_name"');
    await queryRunner.query('DROP TABLE "person"');
    await queryRunner.query('DROP INDEX "IDX_body_reportsTo_name"');
    await queryRunner.query('DROP INDEX "IDX_body_scopePath"');
    await queryRunner.query('DROP TABLE "body"');
  }
}
