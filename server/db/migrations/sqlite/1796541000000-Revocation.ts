import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Revocation1796541000000 implements MigrationInterface {
  name = 'Revocation1796541000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_assignment_member_unique"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_person"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_assignment_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "recusalException" varchar(500), "scopePath" varchar(255) NOT NULL, "removedOn" varchar(10), "removedReason" varchar(500), "removedById" integer, CONSTRAINT "FK_ea0cc06a2eb6e9446cfbeea8489" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4b75cea5420816588d63536bbcb" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_assignment_member"("id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath" FROM "assignment_member"',
    );
    await queryRunner.query('DROP TABLE "assignment_member"');
    await queryRunner.query('ALTER TABLE "temporary_assignment_member" RENAME TO "assignment_member"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_member_unique" ON "assignment_member" ("assignmentId", "personId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_person" ON "assignment_member" ("personId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_scopePath" ON "assignment_member" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "assignmentId" integer, "revokedReason" varchar(500), "revokedById" integer, CONSTRAINT "FK_00e955c501c7463f173a612a50d" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId" FROM "leader_grant"',
    );
    await queryRunner.query('DROP TABLE "leader_grant"');
    await queryRunner.query('ALTER TABLE "temporary_leader_grant" RENAME TO "leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_unique"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_person"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_assignment_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "recusalException" varchar(500), "scopePath" varchar(255) NOT NULL, "removedOn" varchar(10), "removedReason" varchar(500), "removedById" integer, CONSTRAINT "FK_ea0cc06a2eb6e9446cfbeea8489" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4b75cea5420816588d63536bbcb" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ef0de90f34a1170cda0071e3bdc" FOREIGN KEY ("removedById") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_assignment_member"("id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath", "removedOn", "removedReason", "removedById") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath", "removedOn", "removedReason", "removedById" FROM "assignment_member"',
    );
    await queryRunner.query('DROP TABLE "assignment_member"');
    await queryRunner.query('ALTER TABLE "temporary_assignment_member" RENAME TO "assignment_member"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_member_unique" ON "assignment_member" ("assignmentId", "personId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_person" ON "assignment_member" ("personId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_scopePath" ON "assignment_member" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "assignmentId" integer, "revokedReason" varchar(500), "revokedById" integer, CONSTRAINT "FK_00e955c501c7463f173a612a50d" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_bf4f3c6884ca6b38e31de0b65ae" FOREIGN KEY ("revokedById") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId", "revokedReason", "revokedById") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId", "revokedReason", "revokedById" FROM "leader_grant"',
    );
    await queryRunner.query('DROP TABLE "leader_grant"');
    await queryRunner.query('ALTER TABLE "temporary_leader_grant" RENAME TO "leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('ALTER TABLE "leader_grant" RENAME TO "temporary_leader_grant"');
    await queryRunner.query(
      'CREATE TABLE "leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "assignmentId" integer, "revokedReason" varchar(500), "revokedById" integer, CONSTRAINT "FK_00e955c501c7463f173a612a50d" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId", "revokedReason", "revokedById") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId", "revokedReason", "revokedById" FROM "temporary_leader_grant"',
    );
    await queryRunner.query('DROP TABLE "temporary_leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_person"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_unique"');
    await queryRunner.query('ALTER TABLE "assignment_member" RENAME TO "temporary_assignment_member"');
    await queryRunner.query(
      'CREATE TABLE "assignment_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "recusalException" varchar(500), "scopePath" varchar(255) NOT NULL, "removedOn" varchar(10), "removedReason" varchar(500), "removedById" integer, CONSTRAINT "FK_ea0cc06a2eb6e9446cfbeea8489" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4b75cea5420816588d63536bbcb" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "assignment_member"("id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath", "removedOn", "removedReason", "removedById") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath", "removedOn", "removedReason", "removedById" FROM "temporary_assignment_member"',
    );
    await queryRunner.query('DROP TABLE "temporary_assignment_member"');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_scopePath" ON "assignment_member" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_person" ON "assignment_member" ("personId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_member_unique" ON "assignment_member" ("assignmentId", "personId") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('ALTER TABLE "leader_grant" RENAME TO "temporary_leader_grant"');
    await queryRunner.query(
      'CREATE TABLE "leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "assignmentId" integer, CONSTRAINT "FK_00e955c501c7463f173a612a50d" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId" FROM "temporary_leader_grant"',
    );
    await queryRunner.query('DROP TABLE "temporary_leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_person"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_unique"');
    await queryRunner.query('ALTER TABLE "assignment_member" RENAME TO "temporary_assignment_member"');
    await queryRunner.query(
      'CREATE TABLE "assignment_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "recusalException" varchar(500), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_ea0cc06a2eb6e9446cfbeea8489" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4b75cea5420816588d63536bbcb" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "assignment_member"("id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath" FROM "temporary_assignment_member"',
    );
    await queryRunner.query('DROP TABLE "temporary_assignment_member"');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_scopePath" ON "assignment_member" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_person" ON "assignment_member" ("personId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_member_unique" ON "assignment_member" ("assignmentId", "personId") ');
  }
}
