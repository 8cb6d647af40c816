import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TalksRecords1796530000000 implements MigrationInterface {
  name = 'TalksRecords1796530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "talk" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "heldOn" varchar(10) NOT NULL, "talkerIds" text NOT NULL, "intervieweePost" varchar(100) NOT NULL, "intervieweeCategory" varchar CHECK( "intervieweeCategory" IN (\'LEADING_BODY_MEMBER\',\'OTHER_CADRE\',\'STAFF_OR_MASSES\') ) NOT NULL, "matters" text NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_052f2f35ecf3bc94244988b326" ON "talk" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_talk_heldOn" ON "talk" ("heldOn", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_talk_scopePath_heldOn" ON "talk" ("scopePath", "heldOn") ');
    await queryRunner.query(
      'CREATE TABLE "talk_interviewee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "talkId" integer NOT NULL, "assignmentId" integer NOT NULL, "name" varchar(60) NOT NULL, "contact" varchar(200) NOT NULL DEFAULT (\'\'), "scopePath" varchar(255) NOT NULL, CONSTRAINT "REL_370ccb1d309de3bc0650940777" UNIQUE ("talkId"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_talk_interviewee_talk" ON "talk_interviewee" ("talkId") ');
    await queryRunner.query(
      'CREATE TABLE "records_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "description" text NOT NULL, "requestedOn" varchar(10) NOT NULL, "dueOn" varchar(10) NOT NULL, "status" varchar CHECK( "status" IN (\'REQUESTED\',\'PARTLY_RECEIVED\',\'RECEIVED\') ) NOT NULL DEFAULT (\'REQUESTED\'), "receivedOn" varchar(10), "receivedNote" text)',
    );
    await queryRunner.query('CREATE INDEX "IDX_62d85f4a09a1976695fc4480e4" ON "records_request" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_records_request_dueOn" ON "records_request" ("dueOn", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_records_request_scopePath_dueOn" ON "records_request" ("scopePath", "dueOn") ');
    await queryRunner.query('DROP INDEX "IDX_finding_atom"');
    await queryRunner.query('DROP INDEX "IDX_finding_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_category_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_scopePath_category"');
    await queryRunner.query('DROP INDEX "IDX_finding_transferredToPath"');
    await queryRunner.query('DROP INDEX "IDX_finding_urgent"');
    await queryRunner.query('DROP INDEX "IDX_99303f96a6e2cb16f0bb64486f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "targetId" integer NOT NULL, "subjectPersonId" integer, "category" varchar CHECK( "category" IN (\'CORRUPTION\',\'WORK_STYLE\',\'POLITICAL_DISCIPLINE\',\'PERSONNEL\') ) NOT NULL, "subKind" varchar(40) NOT NULL, "sourceMethod" varchar CHECK( "sourceMethod" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "severity" varchar CHECK( "severity" IN (\'MINOR\',\'SERIOUS\',\'GRAVE\') ) NOT NULL, "evidenceSummary" text NOT NULL, "urgent" boolean NOT NULL DEFAULT (0), "urgentOn" varchar(10), "status" varchar CHECK( "status" IN (\'RECORDED\',\'DECIDED\',\'TRANSFERRED\',\'CONCLUDED\') ) NOT NULL DEFAULT (\'RECORDED\'), "decision" varchar CHECK( "decision" IN (\'TRANSFER\',\'RECTIFY\',\'NO_FURTHER_ACTION\') ), "decisionNote" text, "decidedOn" varchar(10), "transferredToId" integer, "transferredToPath" varchar(255) NOT NULL, "routingOverride" varchar(500), "transferredOn" varchar(10), "outcome" text, "outcomeOn" varchar(10), "targetPath" varchar(255) NOT NULL, "sourceTalkId" integer, CONSTRAINT "FK_2f334bfe520d2753c483fd82ecd" FOREIGN KEY ("transferredToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_19bbe3299a4127ec6dab576d21c" FOREIGN KEY ("subjectPersonId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1330b89fb41f1ccc190828a360" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_99303f96a6e2cb16f0bb64486fe" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_finding"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath" FROM "finding"',
    );
    await queryRunner.query('DROP TABLE "finding"');
    await queryRunner.query('ALTER TABLE "temporary_finding" RENAME TO "finding"');
    await queryRunner.query(
      'CREATE INDEX "IDX_finding_atom" ON "finding" ("assignmentId", "targetId", "category", "scopePath", "transferredOn", "subjectPersonId", "createdAt") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_finding_createdAt" ON "finding" ("createdAt", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_category_createdAt" ON "finding" ("category", "createdAt", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_scopePath_category" ON "finding" ("scopePath", "category", "createdAt") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_transferredToPath" ON "finding" ("transferredToPath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_urgent" ON "finding" ("urgent", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_99303f96a6e2cb16f0bb64486f" ON "finding" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_052f2f35ecf3bc94244988b326"');
    await queryRunner.query('DROP INDEX "IDX_talk_heldOn"');
    await queryRunner.query('DROP INDEX "IDX_talk_scopePath_heldOn"');
    await queryRunner.query(
      'CREATE TABLE "temporary_talk" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "heldOn" varchar(10) NOT NULL, "talkerIds" text NOT NULL, "intervieweePost" varchar(100) NOT NULL, "intervieweeCategory" varchar CHECK( "intervieweeCategory" IN (\'LEADING_BODY_MEMBER\',\'OTHER_CADRE\',\'STAFF_OR_MASSES\') ) NOT NULL, "matters" text NOT NULL, CONSTRAINT "FK_052f2f35ecf3bc94244988b3267" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_talk"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "heldOn", "talkerIds", "intervieweePost", "intervieweeCategory", "matters") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "heldOn", "talkerIds", "intervieweePost", "intervieweeCategory", "matters" FROM "talk"',
    );
    await queryRunner.query('DROP TABLE "talk"');
    await queryRunner.query('ALTER TABLE "temporary_talk" RENAME TO "talk"');
    await queryRunner.query('CREATE INDEX "IDX_052f2f35ecf3bc94244988b326" ON "talk" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_talk_heldOn" ON "talk" ("heldOn", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_talk_scopePath_heldOn" ON "talk" ("scopePath", "heldOn") ');
    await queryRunner.query('DROP INDEX "IDX_talk_interviewee_talk"');
    await queryRunner.query(
      'CREATE TABLE "temporary_talk_interviewee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "talkId" integer NOT NULL, "assignmentId" integer NOT NULL, "name" varchar(60) NOT NULL, "contact" varchar(200) NOT NULL DEFAULT (\'\'), "scopePath" varchar(255) NOT NULL, CONSTRAINT "REL_370ccb1d309de3bc0650940777" UNIQUE ("talkId"), CONSTRAINT "FK_370ccb1d309de3bc0650940777b" FOREIGN KEY ("talkId") REFERENCES "talk" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_talk_interviewee"("id", "version", "createdAt", "updatedAt", "talkId", "assignmentId", "name", "contact", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "talkId", "assignmentId", "name", "contact", "scopePath" FROM "talk_interviewee"',
    );
    await queryRunner.query('DROP TABLE "talk_interviewee"');
    await queryRunner.query('ALTER TABLE "temporary_talk_interviewee" RENAME TO "talk_interviewee"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_talk_interviewee_talk" ON "talk_interviewee" ("talkId") ');
    await queryRunner.query('DROP INDEX "IDX_finding_atom"');
    await queryRunner.query('DROP INDEX "IDX_finding_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_category_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_scopePath_category"');
    await queryRunner.query('DROP INDEX "IDX_finding_transferredToPath"');
    await queryRunner.query('DROP INDEX "IDX_finding_urgent"');
    await queryRunner.query('DROP INDEX "IDX_99303f96a6e2cb16f0bb64486f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "targetId" integer NOT NULL, "subjectPersonId" integer, "category" varchar CHECK( "category" IN (\'CORRUPTION\',\'WORK_STYLE\',\'POLITICAL_DISCIPLINE\',\'PERSONNEL\') ) NOT NULL, "subKind" varchar(40) NOT NULL, "sourceMethod" varchar CHECK( "sourceMethod" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "severity" varchar CHECK( "severity" IN (\'MINOR\',\'SERIOUS\',\'GRAVE\') ) NOT NULL, "evidenceSummary" text NOT NULL, "urgent" boolean NOT NULL DEFAULT (0), "urgentOn" varchar(10), "status" varchar CHECK( "status" IN (\'RECORDED\',\'DECIDED\',\'TRANSFERRED\',\'CONCLUDED\') ) NOT NULL DEFAULT (\'RECORDED\'), "decision" varchar CHECK( "decision" IN (\'TRANSFER\',\'RECTIFY\',\'NO_FURTHER_ACTION\') ), "decisionNote" text, "decidedOn" varchar(10), "transferredToId" integer, "transferredToPath" varchar(255) NOT NULL, "routingOverride" varchar(500), "transferredOn" varchar(10), "outcome" text, "outcomeOn" varchar(10), "targetPath" varchar(255) NOT NULL, "sourceTalkId" integer, CONSTRAINT "FK_2f334bfe520d2753c483fd82ecd" FOREIGN KEY ("transferredToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_19bbe3299a4127ec6dab576d21c" FOREIGN KEY ("subjectPersonId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1330b89fb41f1ccc190828a360" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_99303f96a6e2cb16f0bb64486fe" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_87025bd41dfc61737241e3fb6c8" FOREIGN KEY ("sourceTalkId") REFERENCES "talk" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_finding"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath", "sourceTalkId") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath", "sourceTalkId" FROM "finding"',
    );
    await queryRunner.query('DROP TABLE "finding"');
    await queryRunner.query('ALTER TABLE "temporary_finding" RENAME TO "finding"');
    await queryRunner.query(
      'CREATE INDEX "IDX_finding_atom" ON "finding" ("assignmentId", "targetId", "category", "scopePath", "transferredOn", "subjectPersonId", "createdAt") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_finding_createdAt" ON "finding" ("createdAt", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_category_createdAt" ON "finding" ("category", "createdAt", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_scopePath_category" ON "finding" ("scopePath", "category", "createdAt") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_transferredToPath" ON "finding" ("transferredToPath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_urgent" ON "finding" ("urgent", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_99303f96a6e2cb16f0bb64486f" ON "finding" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_62d85f4a09a1976695fc4480e4"');
    await queryRunner.query('DROP INDEX "IDX_records_request_dueOn"');
    await queryRunner.query('DROP INDEX "IDX_records_request_scopePath_dueOn"');
    await queryRunner.query(
      'CREATE TABLE "temporary_records_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "description" text NOT NULL, "requestedOn" varchar(10) NOT NULL, "dueOn" varchar(10) NOT NULL, "status" varchar CHECK( "status" IN (\'REQUESTED\',\'PARTLY_RECEIVED\',\'RECEIVED\') ) NOT NULL DEFAULT (\'REQUESTED\'), "receivedOn" varchar(10), "receivedNote" text, CONSTRAINT "FK_62d85f4a09a1976695fc4480e4e" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_records_request"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "description", "requestedOn", "dueOn", "status", "receivedOn", "receivedNote") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "description", "requestedOn", "dueOn", "status", "receivedOn", "receivedNote" FROM "records_request"',
    );
    await queryRunner.query('DROP TABLE "records_request"');
    await queryRunner.query('ALTER TABLE "temporary_records_request" RENAME TO "records_request"');
    await queryRunner.query('CREATE INDEX "IDX_62d85f4a09a1976695fc4480e4" ON "records_request" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_records_request_dueOn" ON "records_request" ("dueOn", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_records_request_scopePath_dueOn" ON "records_request" ("scopePath", "dueOn") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_records_request_scopePath_dueOn"');
    await queryRunner.query('DROP INDEX "IDX_records_request_dueOn"');
    await queryRunner.query('DROP INDEX "IDX_62d85f4a09a1976695fc4480e4"');
    await queryRunner.query('ALTER TABLE "records_request" RENAME TO "temporary_records_request"');
    await queryRunner.query(
      'CREATE TABLE "records_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "description" text NOT NULL, "requestedOn" varchar(10) NOT NULL, "dueOn" varchar(10) NOT NULL, "status" varchar CHECK( "status" IN (\'REQUESTED\',\'PARTLY_RECEIVED\',\'RECEIVED\') ) NOT NULL DEFAULT (\'REQUESTED\'), "receivedOn" varchar(10), "receivedNote" text)',
    );
    await queryRunner.query(
      'INSERT INTO "records_request"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "description", "requestedOn", "dueOn", "status", "receivedOn", "receivedNote") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "description", "requestedOn", "dueOn", "status", "receivedOn", "receivedNote" FROM "temporary_records_request"',
    );
    await queryRunner.query('DROP TABLE "temporary_records_request"');
    await queryRunner.query('CREATE INDEX "IDX_records_request_scopePath_dueOn" ON "records_request" ("scopePath", "dueOn") ');
    await queryRunner.query('CREATE INDEX "IDX_records_request_dueOn" ON "records_request" ("dueOn", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_62d85f4a09a1976695fc4480e4" ON "records_request" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_99303f96a6e2cb16f0bb64486f"');
    await queryRunner.query('DROP INDEX "IDX_finding_urgent"');
    await queryRunner.query('DROP INDEX "IDX_finding_transferredToPath"');
    await queryRunner.query('DROP INDEX "IDX_finding_scopePath_category"');
    await queryRunner.query('DROP INDEX "IDX_finding_category_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_atom"');
    await queryRunner.query('ALTER TABLE "finding" RENAME TO "temporary_finding"');
    await queryRunner.query(
      'CREATE TABLE "finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "targetId" integer NOT NULL, "subjectPersonId" integer, "category" varchar CHECK( "category" IN (\'CORRUPTION\',\'WORK_STYLE\',\'POLITICAL_DISCIPLINE\',\'PERSONNEL\') ) NOT NULL, "subKind" varchar(40) NOT NULL, "sourceMethod" varchar CHECK( "sourceMethod" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "severity" varchar CHECK( "severity" IN (\'MINOR\',\'SERIOUS\',\'GRAVE\') ) NOT NULL, "evidenceSummary" text NOT NULL, "urgent" boolean NOT NULL DEFAULT (0), "urgentOn" varchar(10), "status" varchar CHECK( "status" IN (\'RECORDED\',\'DECIDED\',\'TRANSFERRED\',\'CONCLUDED\') ) NOT NULL DEFAULT (\'RECORDED\'), "decision" varchar CHECK( "decision" IN (\'TRANSFER\',\'RECTIFY\',\'NO_FURTHER_ACTION\') ), "decisionNote" text, "decidedOn" varchar(10), "transferredToId" integer, "transferredToPath" varchar(255) NOT NULL, "routingOverride" varchar(500), "transferredOn" varchar(10), "outcome" text, "outcomeOn" varchar(10), "targetPath" varchar(255) NOT NULL, "sourceTalkId" integer, CONSTRAINT "FK_2f334bfe520d2753c483fd82ecd" FOREIGN KEY ("transferredToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_19bbe3299a4127ec6dab576d21c" FOREIGN KEY ("subjectPersonId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1330b89fb41f1ccc190828a360" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_99303f96a6e2cb16f0bb64486fe" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "finding"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath", "sourceTalkId") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath", "sourceTalkId" FROM "temporary_finding"',
    );
    await queryRunner.query('DROP TABLE "temporary_finding"');
    await queryRunner.query('CREATE INDEX "IDX_99303f96a6e2cb16f0bb64486f" ON "finding" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_urgent" ON "finding" ("urgent", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_transferredToPath" ON "finding" ("transferredToPath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_scopePath_category" ON "finding" ("scopePath", "category", "createdAt") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_category_createdAt" ON "finding" ("category", "createdAt", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_createdAt" ON "finding" ("createdAt", "id", "scopePath") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_finding_atom" ON "finding" ("assignmentId", "targetId", "category", "scopePath", "transferredOn", "subjectPersonId", "createdAt") ',
    );
    await queryRunner.query('DROP INDEX "IDX_talk_interviewee_talk"');
    await queryRunner.query('ALTER TABLE "talk_interviewee" RENAME TO "temporary_talk_interviewee"');
    await queryRunner.query(
      'CREATE TABLE "talk_interviewee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "talkId" integer NOT NULL, "assignmentId" integer NOT NULL, "name" varchar(60) NOT NULL, "contact" varchar(200) NOT NULL DEFAULT (\'\'), "scopePath" varchar(255) NOT NULL, CONSTRAINT "REL_370ccb1d309de3bc0650940777" UNIQUE ("talkId"))',
    );
    await queryRunner.query(
      'INSERT INTO "talk_interviewee"("id", "version", "createdAt", "updatedAt", "talkId", "assignmentId", "name", "contact", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "talkId", "assignmentId", "name", "contact", "scopePath" FROM "temporary_talk_interviewee"',
    );
    await queryRunner.query('DROP TABLE "temporary_talk_interviewee"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_talk_interviewee_talk" ON "talk_interviewee" ("talkId") ');
    await queryRunner.query('DROP INDEX "IDX_talk_scopePath_heldOn"');
    await queryRunner.query('DROP INDEX "IDX_talk_heldOn"');
    await queryRunner.query('DROP INDEX "IDX_052f2f35ecf3bc94244988b326"');
    await queryRunner.query('ALTER TABLE "talk" RENAME TO "temporary_talk"');
    await queryRunner.query(
      'CREATE TABLE "talk" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "heldOn" varchar(10) NOT NULL, "talkerIds" text NOT NULL, "intervieweePost" varchar(100) NOT NULL, "intervieweeCategory" varchar CHECK( "intervieweeCategory" IN (\'LEADING_BODY_MEMBER\',\'OTHER_CADRE\',\'STAFF_OR_MASSES\') ) NOT NULL, "matters" text NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "talk"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "heldOn", "talkerIds", "intervieweePost", "intervieweeCategory", "matters") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "heldOn", "talkerIds", "intervieweePost", "intervieweeCategory", "matters" FROM "temporary_talk"',
    );
    await queryRunner.query('DROP TABLE "temporary_talk"');
    await queryRunner.query('CREATE INDEX "IDX_talk_scopePath_heldOn" ON "talk" ("scopePath", "heldOn") ');
    await queryRunner.query('CREATE INDEX "IDX_talk_heldOn" ON "talk" ("heldOn", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_052f2f35ecf3bc94244988b326" ON "talk" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_99303f96a6e2cb16f0bb64486f"');
    await queryRunner.query('DROP INDEX "IDX_finding_urgent"');
    await queryRunner.query('DROP INDEX "IDX_finding_transferredToPath"');
    await queryRunner.query('DROP INDEX "IDX_finding_scopePath_category"');
    await queryRunner.query('DROP INDEX "IDX_finding_category_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_createdAt"');
    await queryRunner.query('DROP INDEX "IDX_finding_atom"');
    await queryRunner.query('ALTER TABLE "finding" RENAME TO "temporary_finding"');
    await queryRunner.query(
      'CREATE TABLE "finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "targetId" integer NOT NULL, "subjectPersonId" integer, "category" varchar CHECK( "category" IN (\'CORRUPTION\',\'WORK_STYLE\',\'POLITICAL_DISCIPLINE\',\'PERSONNEL\') ) NOT NULL, "subKind" varchar(40) NOT NULL, "sourceMethod" varchar CHECK( "sourceMethod" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "severity" varchar CHECK( "severity" IN (\'MINOR\',\'SERIOUS\',\'GRAVE\') ) NOT NULL, "evidenceSummary" text NOT NULL, "urgent" boolean NOT NULL DEFAULT (0), "urgentOn" varchar(10), "status" varchar CHECK( "status" IN (\'RECORDED\',\'DECIDED\',\'TRANSFERRED\',\'CONCLUDED\') ) NOT NULL DEFAULT (\'RECORDED\'), "decision" varchar CHECK( "decision" IN (\'TRANSFER\',\'RECTIFY\',\'NO_FURTHER_ACTION\') ), "decisionNote" text, "decidedOn" varchar(10), "transferredToId" integer, "transferredToPath" varchar(255) NOT NULL, "routingOverride" varchar(500), "transferredOn" varchar(10), "outcome" text, "outcomeOn" varchar(10), "targetPath" varchar(255) NOT NULL, CONSTRAINT "FK_2f334bfe520d2753c483fd82ecd" FOREIGN KEY ("transferredToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_19bbe3299a4127ec6dab576d21c" FOREIGN KEY ("subjectPersonId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1330b89fb41f1ccc190828a360" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_99303f96a6e2cb16f0bb64486fe" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "finding"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath" FROM "temporary_finding"',
    );
    await queryRunner.query('DROP TABLE "temporary_finding"');
    await queryRunner.query('CREATE INDEX "IDX_99303f96a6e2cb16f0bb64486f" ON "finding" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_urgent" ON "finding" ("urgent", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_transferredToPath" ON "finding" ("transferredToPath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_scopePath_category" ON "finding" ("scopePath", "category", "createdAt") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_category_createdAt" ON "finding" ("category", "createdAt", "id", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_createdAt" ON "finding" ("createdAt", "id", "scopePath") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_finding_atom" ON "finding" ("assignmentId", "targetId", "category", "scopePath", "transferredOn", "subjectPersonId", "createdAt") ',
    );
    await queryRunner.query('DROP INDEX "IDX_records_request_scopePath_dueOn"');
    await queryRunner.query('DROP INDEX "IDX_records_request_dueOn"');
    await queryRunner.query('DROP INDEX "IDX_62d85f4a09a1976695fc4480e4"');
    await queryRunner.query('DROP TABLE "records_request"');
    await queryRunner.query('DROP INDEX "IDX_talk_interviewee_talk"');
    await queryRunner.query('DROP TABLE "talk_interviewee"');
    await queryRunner.query('DROP INDEX "IDX_talk_scopePath_heldOn"');
    await queryRunner.query('DROP INDEX "IDX_talk_heldOn"');
    await queryRunner.query('DROP INDEX "IDX_052f2f35ecf3bc94244988b326"');
    await queryRunner.query('DROP TABLE "talk"');
  }
}
