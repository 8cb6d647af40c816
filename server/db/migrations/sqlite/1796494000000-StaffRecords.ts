import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffRecords1796494000000 implements MigrationInterface {
  name = 'StaffRecords1796494000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "staff_assessment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "servedAs" varchar CHECK( "servedAs" IN (\'MEMBER\',\'LEADER\') ) NOT NULL, "grade" varchar CHECK( "grade" IN (\'EXCELLENT\',\'COMPETENT\',\'BASICALLY_COMPETENT\',\'NOT_COMPETENT\') ) NOT NULL, "comment" text NOT NULL, "assessedOn" varchar(10) NOT NULL, "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_2084ca5fee0edb578bd1426a02f" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_98586caeefc50913691313b2988" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_staff_assessment_person" ON "staff_assessment" ("personId") ');
    await queryRunner.query('CREATE INDEX "IDX_staff_assessment_scopePath" ON "staff_assessment" ("scopePath", "assessedOn") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_staff_assessment_unique" ON "staff_assessment" ("assignmentId", "personId") ');
    await queryRunner.query(
      'CREATE TABLE "training_record" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "leadingGroupId" integer NOT NULL, "title" varchar(200) NOT NULL, "provider" varchar(200) NOT NULL DEFAULT (\'\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "hours" integer NOT NULL, "result" varchar(500) NOT NULL DEFAULT (\'\'), "retiredOn" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_5c2142691ed0ec846367912601a" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_21fbc5e0cd13050d310866b717b" FOREIGN KEY ("leadingGroupId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_training_record_person" ON "training_record" ("personId", "startsOn") ');
    await queryRunner.query('CREATE INDEX "IDX_training_record_scopePath" ON "training_record" ("scopePath", "startsOn") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_training_record_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_training_record_person"');
    await queryRunner.query('DROP TABLE "training_record"');
    await queryRunner.query('DROP INDEX "IDX_staff_assessment_unique"');
    await queryRunner.query('DROP INDEX "IDX_staff_assessment_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_staff_assessment_person"');
    await queryRunner.query('DROP TABLE "staff_assessment"');
  }
}
