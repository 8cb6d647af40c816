import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillNameSortKeys } from '../../name-sort-key-backfill';

export class NameSortKeys1796450000000 implements MigrationInterface {
  name = 'NameSortKeys1796450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_body_reportsTo_name"');
    await queryRunner.query('DROP INDEX "IDX_body_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_body" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(120) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar CHECK( "kind" IN (\'PARTY_COMMITTEE\',\'LEADING_GROUP\',\'OFFICE\',\'INSPECTION_TEAM\',\'DISCIPLINE_COMMISSION\',\'ORGANISATION_DEPARTMENT\',\'AUDIT_OFFICE\',\'PETITION_BUREAU\',\'GOVERNMENT_PARTY_GROUP\',\'CONGRESS_PARTY_GROUP\',\'CPPCC_PARTY_GROUP\',\'FUNCTIONAL_DEPARTMENT\',\'OTHER_UNIT\') ) NOT NULL, "level" varchar CHECK( "level" IN (\'CENTRAL\',\'PROVINCIAL\',\'MUNICIPAL\',\'COUNTY\') ) NOT NULL, "reportsToId" integer, "hostedById" integer, "scopePath" varchar(255) NOT NULL, "retiredOn" varchar(10), "nameSortKey" varchar(255) NOT NULL DEFAULT (\'\'), CONSTRAINT "UQ_bdea64ee7b6528bfb7cedda6fd8" UNIQUE ("code"), CONSTRAINT "FK_eb40e00c0840718ee4adfa07f4b" FOREIGN KEY ("hostedById") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_59e5c06ce3a0a498b0629b38041" FOREIGN KEY ("reportsToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_body"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn" FROM "body"',
    );
    await queryRunner.query('DROP TABLE "body"');
    await queryRunner.query('ALTER TABLE "temporary_body" RENAME TO "body"');
    await queryRunner.query('CREATE INDEX "IDX_body_reportsTo_name" ON "body" ("reportsToId", "name") ');
    await queryRunner.query('CREATE INDEX "IDX_body_scopePath" ON "body" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_person_scopePath_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "name" varchar(60) NOT NULL, "position" varchar(120) NOT NULL, "rank" varchar CHECK( "rank" IN (\'NATIONAL\',\'DEPUTY_NATIONAL\',\'MINISTERIAL\',\'DEPUTY_MINISTERIAL\',\'BUREAU\',\'DEPUTY_BUREAU\',\'DIVISION\',\'DEPUTY_DIVISION\',\'SECTION\',\'DEPUTY_SECTION\',\'STAFF\') ) NOT NULL, "employerId" integer NOT NULL, "managedById" integer NOT NULL, "idNumber" varchar(18), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL, "nameSortKey" varchar(255) NOT NULL DEFAULT (\'\'), CONSTRAINT "FK_33ee55db7ed6fa25021f8ef1c5a" FOREIGN KEY ("managedById") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f21c1401cc39adfc6f0250cf00f" FOREIGN KEY ("employerId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_person"("id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath" FROM "person"',
    );
    await queryRunner.query('DROP TABLE "person"');
    await queryRunner.query('ALTER TABLE "temporary_person" RENAME TO "person"');
    await queryRunner.query('CREATE INDEX "IDX_person_scopePath_name" ON "person" ("scopePath", "name") ');
    await queryRunner.query('CREATE INDEX "IDX_body_reportsTo_nameSortKey" ON "body" ("reportsToId", "nameSortKey") ');
    await queryRunner.query('CREATE INDEX "IDX_person_scopePath_nameSortKey" ON "person" ("scopePath", "nameSortKey") ');
    await backfillNameSortKeys(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_person_scopePath_nameSortKey"');
    await queryRunner.query('DROP INDEX "IDX_body_reportsTo_nameSortKey"');
    await queryRunner.query('DROP INDEX "IDX_person_scopePath_name"');
    await queryRunner.query('ALTER TABLE "person" RENAME TO "temporary_person"');
    await queryRunner.query(
      'CREATE TABLE "person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "name" varchar(60) NOT NULL, "position" varchar(120) NOT NULL, "rank" varchar CHECK( "rank" IN (\'NATIONAL\',\'DEPUTY_NATIONAL\',\'MINISTERIAL\',\'DEPUTY_MINISTERIAL\',\'BUREAU\',\'DEPUTY_BUREAU\',\'DIVISION\',\'DEPUTY_DIVISION\',\'SECTION\',\'DEPUTY_SECTION\',\'STAFF\') ) NOT NULL, "employerId" integer NOT NULL, "managedById" integer NOT NULL, "idNumber" varchar(18), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_33ee55db7ed6fa25021f8ef1c5a" FOREIGN KEY ("managedById") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f21c1401cc39adfc6f0250cf00f" FOREIGN KEY ("employerId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "person"("id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "name", "position", "rank", "employerId", "managedById", "idNumber", "retiredOn", "scopePath" FROM "temporary_person"',
    );
    await queryRunner.query('DROP TABLE "temporary_person"');
    await queryRunner.query('CREATE INDEX "IDX_person_scopePath_name" ON "person" ("scopePath", "name") ');
    await queryRunner.query('DROP INDEX "IDX_body_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_body_reportsTo_name"');
    await queryRunner.query('ALTER TABLE "body" RENAME TO "temporary_body"');
    await queryRunner.query(
      'CREATE TABLE "body" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(120) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar CHECK( "kind" IN (\'PARTY_COMMITTEE\',\'LEADING_GROUP\',\'OFFICE\',\'INSPECTION_TEAM\',\'DISCIPLINE_COMMISSION\',\'ORGANISATION_DEPARTMENT\',\'AUDIT_OFFICE\',\'PETITION_BUREAU\',\'GOVERNMENT_PARTY_GROUP\',\'CONGRESS_PARTY_GROUP\',\'CPPCC_PARTY_GROUP\',\'FUNCTIONAL_DEPARTMENT\',\'OTHER_UNIT\') ) NOT NULL, "level" varchar CHECK( "level" IN (\'CENTRAL\',\'PROVINCIAL\',\'MUNICIPAL\',\'COUNTY\') ) NOT NULL, "reportsToId" integer, "hostedById" integer, "scopePath" varchar(255) NOT NULL, "retiredOn" varchar(10), CONSTRAINT "UQ_bdea64ee7b6528bfb7cedda6fd8" UNIQUE ("code"), CONSTRAINT "FK_eb40e00c0840718ee4adfa07f4b" FOREIGN KEY ("hostedById") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_59e5c06ce3a0a498b0629b38041" FOREIGN KEY ("reportsToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "body"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "kind", "level", "reportsToId", "hostedById", "scopePath", "retiredOn" FROM "temporary_body"',
    );
    await queryRunner.query('DROP TABLE "temporary_body"');
    await queryRunner.query('CREATE INDEX "IDX_body_scopePath" ON "body" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_body_reportsTo_name" ON "body" ("reportsToId", "name") ');
  }
}
