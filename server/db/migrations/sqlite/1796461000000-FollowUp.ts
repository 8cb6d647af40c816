import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUp1796461000000 implements MigrationInterface {
  name = 'FollowUp1796461000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_assignment_scopePath_stage"');
    await queryRunner.query('DROP INDEX "IDX_assignment_round"');
    await queryRunner.query('DROP INDEX "IDX_assignment_intakeToken"');
    await queryRunner.query(
      'CREATE TABLE "temporary_assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "teamId" integer NOT NULL, "targetId" integer NOT NULL, "stage" varchar CHECK( "stage" IN (\'PREPARATION\',\'INQUIRY\',\'REPORTING\',\'FEEDBACK\',\'TRANSFER\',\'CLOSED\') ) NOT NULL DEFAULT (\'PREPARATION\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "workPlan" text NOT NULL, "noticeSentOn" varchar(10), "contactChannels" varchar(500) NOT NULL DEFAULT (\'\'), "intakeToken" varchar(64) NOT NULL, "closedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "targetPath" varchar(255) NOT NULL, "followsUpId" integer, CONSTRAINT "FK_3d63535ea4a7c2d5ffda1f91095" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4d1e407fd6b7064beeec246b555" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_fddfb313856b42889ca5fb5619d" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_assignment"("id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath" FROM "assignment"',
    );
    await queryRunner.query('DROP TABLE "assignment"');
    await queryRunner.query('ALTER TABLE "temporary_assignment" RENAME TO "assignment"');
    await queryRunner.query('CREATE INDEX "IDX_assignment_scopePath_stage" ON "assignment" ("scopePath", "stage") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_round" ON "assignment" ("roundId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_intakeToken" ON "assignment" ("intakeToken") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_followsUp" ON "assignment" ("followsUpId") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_scopePath_stage"');
    await queryRunner.query('DROP INDEX "IDX_assignment_round"');
    await queryRunner.query('DROP INDEX "IDX_assignment_intakeToken"');
    await queryRunner.query('DROP INDEX "IDX_assignment_followsUp"');
    await queryRunner.query(
      'CREATE TABLE "temporary_assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "teamId" integer NOT NULL, "targetId" integer NOT NULL, "stage" varchar CHECK( "stage" IN (\'PREPARATION\',\'INQUIRY\',\'REPORTING\',\'FEEDBACK\',\'TRANSFER\',\'CLOSED\') ) NOT NULL DEFAULT (\'PREPARATION\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "workPlan" text NOT NULL, "noticeSentOn" varchar(10), "contactChannels" varchar(500) NOT NULL DEFAULT (\'\'), "intakeToken" varchar(64) NOT NULL, "closedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "targetPath" varchar(255) NOT NULL, "followsUpId" integer, CONSTRAINT "FK_3d63535ea4a7c2d5ffda1f91095" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4d1e407fd6b7064beeec246b555" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_fddfb313856b42889ca5fb5619d" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c8d485fdad7287e618c9d5ec2e4" FOREIGN KEY ("followsUpId") REFERENCES "assignment" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_assignment"("id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath", "followsUpId") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath", "followsUpId" FROM "assignment"',
    );
    await queryRunner.query('DROP TABLE "assignment"');
    await queryRunner.query('ALTER TABLE "temporary_assignment" RENAME TO "assignment"');
    await queryRunner.query('CREATE INDEX "IDX_assignment_scopePath_stage" ON "assignment" ("scopePath", "stage") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_round" ON "assignment" ("roundId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_intakeToken" ON "assignment" ("intakeToken") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_followsUp" ON "assignment" ("followsUpId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_assignment_followsUp"');
    await queryRunner.query('DROP INDEX "IDX_assignment_intakeToken"');
    await queryRunner.query('DROP INDEX "IDX_assignment_round"');
    await queryRunner.query('DROP INDEX "IDX_assignment_scopePath_stage"');
    await queryRunner.query('ALTER TABLE "assignment" RENAME TO "temporary_assignment"');
    await queryRunner.query(
      'CREATE TABLE "assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "teamId" integer NOT NULL, "targetId" integer NOT NULL, "stage" varchar CHECK( "stage" IN (\'PREPARATION\',\'INQUIRY\',\'REPORTING\',\'FEEDBACK\',\'TRANSFER\',\'CLOSED\') ) NOT NULL DEFAULT (\'PREPARATION\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "workPlan" text NOT NULL, "noticeSentOn" varchar(10), "contactChannels" varchar(500) NOT NULL DEFAULT (\'\'), "intakeToken" varchar(64) NOT NULL, "closedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "targetPath" varchar(255) NOT NULL, "followsUpId" integer, CONSTRAINT "FK_3d63535ea4a7c2d5ffda1f91095" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4d1e407fd6b7064beeec246b555" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_fddfb313856b42889ca5fb5619d" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "assignment"("id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath", "followsUpId") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath", "followsUpId" FROM "temporary_assignment"',
    );
    await queryRunner.query('DROP TABLE "temporary_assignment"');
    await queryRunner.query('CREATE INDEX "IDX_assignment_followsUp" ON "assignment" ("followsUpId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_intakeToken" ON "assignment" ("intakeToken") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_round" ON "assignment" ("roundId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_scopePath_stage" ON "assignment" ("scopePath", "stage") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_followsUp"');
    await queryRunner.query('DROP INDEX "IDX_assignment_intakeToken"');
    await queryRunner.query('DROP INDEX "IDX_assignment_round"');
    await queryRunner.query('DROP INDEX "IDX_assignment_scopePath_stage"');
    await queryRunner.query('ALTER TABLE "assignment" RENAME TO "temporary_assignment"');
    await queryRunner.query(
      'CREATE TABLE "assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "teamId" integer NOT NULL, "targetId" integer NOT NULL, "stage" varchar CHECK( "stage" IN (\'PREPARATION\',\'INQUIRY\',\'REPORTING\',\'FEEDBACK\',\'TRANSFER\',\'CLOSED\') ) NOT NULL DEFAULT (\'PREPARATION\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "workPlan" text NOT NULL, "noticeSentOn" varchar(10), "contactChannels" varchar(500) NOT NULL DEFAULT (\'\'), "intakeToken" varchar(64) NOT NULL, "closedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "targetPath" varchar(255) NOT NULL, CONSTRAINT "FK_3d63535ea4a7c2d5ffda1f91095" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4d1e407fd6b7064beeec246b555" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_fddfb313856b42889ca5fb5619d" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "assignment"("id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath" FROM "temporary_assignment"',
    );
    await queryRunner.query('DROP TABLE "temporary_assignment"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_intakeToken" ON "assignment" ("intakeToken") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_round" ON "assignment" ("roundId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_scopePath_stage" ON "assignment" ("scopePath", "stage") ');
  }
}
