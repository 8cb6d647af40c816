import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HelpRequests1796483000000 implements MigrationInterface {
  name = 'HelpRequests1796483000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "deeper_inquiry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer NOT NULL, "reason" text NOT NULL, "status" varchar CHECK( "status" IN (\'PROPOSED\',\'APPROVED\',\'REFUSED\') ) NOT NULL DEFAULT (\'PROPOSED\'), "openedOn" varchar(10) NOT NULL, "openedById" integer NOT NULL, "decidedOn" varchar(10), "decisionNote" varchar(500), CONSTRAINT "FK_93e42fcfb1c2e6fb6cc9e03e535" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_19bed08f9cce53347479e632c7f" FOREIGN KEY ("findingId") REFERENCES "finding" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ba966b34eaac47849637d85fbf4" FOREIGN KEY ("openedById") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_93e42fcfb1c2e6fb6cc9e03e53" ON "deeper_inquiry" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_deeper_inquiry_findingId" ON "deeper_inquiry" ("findingId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "help_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer, "deeperInquiryId" integer, "recipientId" integer NOT NULL, "recipientPath" varchar(255) NOT NULL, "matter" text NOT NULL, "question" text NOT NULL, "wantedBy" varchar(10) NOT NULL, "status" varchar CHECK( "status" IN (\'DRAFT\',\'SENT\',\'ANSWERED\',\'DECLINED\') ) NOT NULL DEFAULT (\'DRAFT\'), "askedOn" varchar(10), "draftedById" integer NOT NULL, "answer" text, "declineReason" varchar(500), "answeredOn" varchar(10), CONSTRAINT "FK_43ddf59a01505499ec0f5e323a6" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_50c05a291b744b71b081761b380" FOREIGN KEY ("findingId") REFERENCES "finding" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_631690897d49fb45792f8c23f81" FOREIGN KEY ("deeperInquiryId") REFERENCES "deeper_inquiry" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_1554adc340c426be2337925d9f4" FOREIGN KEY ("recipientId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_71a42a742dce075292ec53dd523" FOREIGN KEY ("draftedById") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_43ddf59a01505499ec0f5e323a" ON "help_request" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_help_request_wantedBy" ON "help_request" ("wantedBy", "status") ');
    await queryRunner.query('CREATE INDEX "IDX_help_request_findingId" ON "help_request" ("findingId") ');
    await queryRunner.query('CREATE INDEX "IDX_help_request_recipientPath" ON "help_request" ("recipientPath", "status") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_help_request_recipientPath"');
    await queryRunner.query('DROP INDEX "IDX_help_request_findingId"');
    await queryRunner.query('DROP INDEX "IDX_help_request_wantedBy"');
    await queryRunner.query('DROP INDEX "IDX_43ddf59a01505499ec0f5e323a"');
    await queryRunner.query('DROP TABLE "help_request"');
    await queryRunner.query('DROP INDEX "IDX_deeper_inquiry_findingId"');
    await queryRunner.query('DROP INDEX "IDX_93e42fcfb1c2e6fb6cc9e03e53"');
    await queryRunner.query('DROP TABLE "deeper_inquiry"');
  }
}
