import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspection1795977857108 implements MigrationInterface {
  name = 'Inspection1795977857108';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "leadingGroupId" integer NOT NULL, "year" integer NOT NULL, "number" integer NOT NULL, "title" varchar(200) NOT NULL, "status" varchar CHECK( "status" IN (\'DRAFT\',\'APPROVED\') ) NOT NULL DEFAULT (\'DRAFT\'), "approvedOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_round_scopePath" ON "round" ("scopePath") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_round_group_year_number" ON "round" ("leadingGroupId", "year", "number") ');
    await queryRunner.query(
      'CREATE TABLE "round_target" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "bodyId" integer NOT NULL, "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_round_target_scopePath" ON "round_target" ("scopePath") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_round_target_round_body" ON "round_target" ("roundId", "bodyId") ');
    await queryRunner.query(
      'CREATE TABLE "assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "teamId" integer NOT NULL, "targetId" integer NOT NULL, "stage" varchar CHECK( "stage" IN (\'PREPARATION\',\'INQUIRY\',\'REPORTING\',\'FEEDBACK\',\'TRANSFER\',\'CLOSED\') ) NOT NULL DEFAULT (\'PREPARATION\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "workPlan" text NOT NULL, "noticeSentOn" varchar(10), "contactChannels" varchar(500) NOT NULL DEFAULT (\'\'), "intakeToken" varchar(64) NOT NULL, "closedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "targetPath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_intakeToken" ON "assignment" ("intakeToken") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_round" ON "assignment" ("roundId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_scopePath_stage" ON "assignment" ("scopePath", "stage") ');
    await queryRunner.query(
      'CREATE TABLE "assignment_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "recusalException" varchar(500), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_scopePath" ON "assignment_member" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_person" ON "assignment_member" ("personId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_member_unique" ON "assignment_member" ("assignmentId", "personId") ');
    await queryRunner.query(
      'CREATE TABLE "activity" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "method" varchar CHECK( "method" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "heldOn" varchar(10) NOT NULL, "description" text NOT NULL, "peopleReached" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "IDX_81b06e86ffc738098fd9da50ed" ON "activity" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_activity_scopePath_heldOn" ON "activity" ("scopePath", "heldOn") ');
    await queryRunner.query(
      'CREATE TABLE "briefing" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "sourceBodyId" integer NOT NULL, "requestedOn" varchar(10) NOT NULL, "receivedOn" varchar(10), "summary" text NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_30eff40ab48c687ec52b54e5b5" ON "briefing" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_briefing_scopePath" ON "briefing" ("scopePath") ');
    await queryRunner.query(
      'CREATE TABLE "finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "targetId" integer NOT NULL, "subjectPersonId" integer, "category" varchar CHECK( "category" IN (\'CORRUPTION\',\'WORK_STYLE\',\'POLITICAL_DISCIPLINE\',\'PERSONNEL\') ) NOT NULL, "subKind" varchar(40) NOT NULL, "sourceMethod" varchar CHECK( "sourceMethod" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "severity" varchar CHECK( "severity" IN (\'MINOR\',\'SERIOUS\',\'GRAVE\') ) NOT NULL, "evidenceSummary" text NOT NULL, "urgent" boolean NOT NULL DEFAULT (0), "urgentOn" varchar(10), "status" varchar CHECK( "status" IN (\'RECORDED\',\'DECIDED\',\'TRANSFERRED\',\'CONCLUDED\') ) NOT NULL DEFAULT (\'RECORDED\'), "decision" varchar CHECK( "decision" IN (\'TRANSFER\',\'RECTIFY\',\'NO_FURTHER_ACTION\') ), "decisionNote" text, "decidedOn" varchar(10), "transferredToId" integer, "transferredToPath" varchar(255) NOT NULL, "routingOverride" varchar(500), "transferredOn" varchar(10), "outcome" text, "outcomeOn" varchar(10), "targetPath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_99303f96a6e2cb16f0bb64486f" ON "finding" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_urgent" ON "finding" ("urgent", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_transferredToPath" ON "finding" ("transferredToPath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_scopePath_category" ON "finding" ("scopePath", "category", "createdAt") ');
    await queryRunner.query(
      'CREATE TABLE "intake_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "channel" varchar CHECK( "channel" IN (\'LETTER\',\'CALL\',\'VISIT\',\'ONLINE\') ) NOT NULL, "receivedOn" varchar(10) NOT NULL, "content" text NOT NULL, "anonymous" boolean NOT NULL DEFAULT (1))',
    );
    await queryRunner.query('CREATE INDEX "IDX_cf0b491ebadc6f24f2ebef4ff0" ON "intake_item" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_intake_item_scopePath_receivedOn" ON "intake_item" ("scopePath", "receivedOn") ');
    await queryRunner.query(
      'CREATE TABLE "intake_informant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "intakeItemId" integer NOT NULL, "assignmentId" integer NOT NULL, "name" varchar(60) NOT NULL, "contact" varchar(200) NOT NULL DEFAULT (\'\'), "scopePath" varchar(255) NOT NULL, CONSTRAINT "REL_60eb651d3d4b7b4e23cc7e9a43" UNIQUE ("intakeItemId"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_intake_informant_item" ON "intake_informant" ("intakeItemId") ');
    await queryRunner.query(
      'CREATE TABLE "person_relation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "relativeName" varchar(60) NOT NULL, "relation" varchar(40) NOT NULL, "relativeBodyId" integer NOT NULL, "relativeBodyPath" varchar(255) NOT NULL, "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_person_relation_scopePath" ON "person_relation" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_person_relation_person" ON "person_relation" ("personId") ');
    await queryRunner.query(
      'CREATE TABLE "rectification_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer, "description" text NOT NULL, "deadline" varchar(10) NOT NULL, "progress" text NOT NULL, "status" varchar CHECK( "status" IN (\'OPEN\',\'SUBMITTED\',\'CLOSED\') ) NOT NULL DEFAULT (\'OPEN\'), "closedOn" varchar(10), "returnNote" varchar(500), "targetPath" varchar(255) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_7e017f8d014792dcc69155a70f" ON "rectification_item" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_rectification_item_scopePath" ON "rectification_item" ("scopePath", "deadline") ');
    await queryRunner.query('CREATE INDEX "IDX_rectification_item_targetPath" ON "rectification_item" ("targetPath", "deadline") ');
    await queryRunner.query(
      'CREATE TABLE "report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "summary" text NOT NULL, "suggestions" text NOT NULL, "submittedOn" varchar(10), "submittedById" integer, "heardOn" varchar(10), "hearingNote" text, CONSTRAINT "REL_61cf7197490c3b3a269ca82b87" UNIQUE ("assignmentId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_61cf7197490c3b3a269ca82b87" ON "report" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_report_scopePath" ON "report" ("scopePath") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_report_assignment" ON "report" ("assignmentId") ');
    await queryRunner.query(
      'CREATE TABLE "supervision_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer, "matter" text NOT NULL, "responsibleBodyId" integer NOT NULL, "responsiblePath" varchar(255) NOT NULL, "deadline" varchar(10) NOT NULL, "status" varchar CHECK( "status" IN (\'OPEN\',\'DONE\') ) NOT NULL DEFAULT (\'OPEN\'), "note" text NOT NULL, "doneOn" varchar(10))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3cf8b3cbd5ff2d3ef8f6b423d6" ON "supervision_item" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_supervision_item_scopePath" ON "supervision_item" ("scopePath", "deadline") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query(
      'CREATE TABLE "temporary_leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "assignmentId" integer, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath" FROM "leader_grant"',
    );
    await queryRunner.query('DROP TABLE "leader_grant"');
    await queryRunner.query('ALTER TABLE "temporary_leader_grant" RENAME TO "leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('DROP INDEX "IDX_round_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_round_group_year_number"');
    await queryRunner.query(
      'CREATE TABLE "temporary_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "leadingGroupId" integer NOT NULL, "year" integer NOT NULL, "number" integer NOT NULL, "title" varchar(200) NOT NULL, "status" varchar CHECK( "status" IN (\'DRAFT\',\'APPROVED\') ) NOT NULL DEFAULT (\'DRAFT\'), "approvedOn" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_04f715845b7d043721aa1f1c501" FOREIGN KEY ("leadingGroupId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_round"("id", "version", "createdAt", "updatedAt", "leadingGroupId", "year", "number", "title", "status", "approvedOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "leadingGroupId", "year", "number", "title", "status", "approvedOn", "scopePath" FROM "round"',
    );
    await queryRunner.query('DROP TABLE "round"');
    await queryRunner.query('ALTER TABLE "temporary_round" RENAME TO "round"');
    await queryRunner.query('CREATE INDEX "IDX_round_scopePath" ON "round" ("scopePath") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_round_group_year_number" ON "round" ("leadingGroupId", "year", "number") ');
    await queryRunner.query('DROP INDEX "IDX_round_target_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_round_target_round_body"');
    await queryRunner.query(
      'CREATE TABLE "temporary_round_target" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "bodyId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_443f71c7ccbd803140fdbfc43f0" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9a256739a4e9e33265cc384f5d2" FOREIGN KEY ("bodyId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_round_target"("id", "version", "createdAt", "updatedAt", "roundId", "bodyId", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "bodyId", "scopePath" FROM "round_target"',
    );
    await queryRunner.query('DROP TABLE "round_target"');
    await queryRunner.query('ALTER TABLE "temporary_round_target" RENAME TO "round_target"');
    await queryRunner.query('CREATE INDEX "IDX_round_target_scopePath" ON "round_target" ("scopePath") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_round_target_round_body" ON "round_target" ("roundId", "bodyId") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_intakeToken"');
    await queryRunner.query('DROP INDEX "IDX_assignment_round"');
    await queryRunner.query('DROP INDEX "IDX_assignment_scopePath_stage"');
    await queryRunner.query(
      'CREATE TABLE "temporary_assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "teamId" integer NOT NULL, "targetId" integer NOT NULL, "stage" varchar CHECK( "stage" IN (\'PREPARATION\',\'INQUIRY\',\'REPORTING\',\'FEEDBACK\',\'TRANSFER\',\'CLOSED\') ) NOT NULL DEFAULT (\'PREPARATION\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "workPlan" text NOT NULL, "noticeSentOn" varchar(10), "contactChannels" varchar(500) NOT NULL DEFAULT (\'\'), "intakeToken" varchar(64) NOT NULL, "closedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "targetPath" varchar(255) NOT NULL, CONSTRAINT "FK_fddfb313856b42889ca5fb5619d" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4d1e407fd6b7064beeec246b555" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3d63535ea4a7c2d5ffda1f91095" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_assignment"("id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath" FROM "assignment"',
    );
    await queryRunner.query('DROP TABLE "assignment"');
    await queryRunner.query('ALTER TABLE "temporary_assignment" RENAME TO "assignment"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_intakeToken" ON "assignment" ("intakeToken") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_round" ON "assignment" ("roundId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_scopePath_stage" ON "assignment" ("scopePath", "stage") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_person"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_unique"');
    await queryRunner.query(
      'CREATE TABLE "temporary_assignment_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "recusalException" varchar(500), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_4b75cea5420816588d63536bbcb" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ea0cc06a2eb6e9446cfbeea8489" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_assignment_member"("id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath" FROM "assignment_member"',
    );
    await queryRunner.query('DROP TABLE "assignment_member"');
    await queryRunner.query('ALTER TABLE "temporary_assignment_member" RENAME TO "assignment_member"');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_scopePath" ON "assignment_member" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_person" ON "assignment_member" ("personId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_member_unique" ON "assignment_member" ("assignmentId", "personId") ');
    await queryRunner.query('DROP INDEX "IDX_81b06e86ffc738098fd9da50ed"');
    await queryRunner.query('DROP INDEX "IDX_activity_scopePath_heldOn"');
    await queryRunner.query(
      'CREATE TABLE "temporary_activity" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "method" varchar CHECK( "method" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "heldOn" varchar(10) NOT NULL, "description" text NOT NULL, "peopleReached" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_81b06e86ffc738098fd9da50ed6" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_activity"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "method", "heldOn", "description", "peopleReached") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "method", "heldOn", "description", "peopleReached" FROM "activity"',
    );
    await queryRunner.query('DROP TABLE "activity"');
    await queryRunner.query('ALTER TABLE "temporary_activity" RENAME TO "activity"');
    await queryRunner.query('CREATE INDEX "IDX_81b06e86ffc738098fd9da50ed" ON "activity" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_activity_scopePath_heldOn" ON "activity" ("scopePath", "heldOn") ');
    await queryRunner.query('DROP INDEX "IDX_30eff40ab48c687ec52b54e5b5"');
    await queryRunner.query('DROP INDEX "IDX_briefing_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_briefing" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "sourceBodyId" integer NOT NULL, "requestedOn" varchar(10) NOT NULL, "receivedOn" varchar(10), "summary" text NOT NULL, CONSTRAINT "FK_30eff40ab48c687ec52b54e5b5a" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_19363bbd512191d0333d8ead4f2" FOREIGN KEY ("sourceBodyId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_briefing"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "sourceBodyId", "requestedOn", "receivedOn", "summary") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "sourceBodyId", "requestedOn", "receivedOn", "summary" FROM "briefing"',
    );
    await queryRunner.query('DROP TABLE "briefing"');
    await queryRunner.query('ALTER TABLE "temporary_briefing" RENAME TO "briefing"');
    await queryRunner.query('CREATE INDEX "IDX_30eff40ab48c687ec52b54e5b5" ON "briefing" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_briefing_scopePath" ON "briefing" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_99303f96a6e2cb16f0bb64486f"');
    await queryRunner.query('DROP INDEX "IDX_finding_urgent"');
    await queryRunner.query('DROP INDEX "IDX_finding_transferredToPath"');
    await queryRunner.query('DROP INDEX "IDX_finding_scopePath_category"');
    await queryRunner.query(
      'CREATE TABLE "temporary_finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "targetId" integer NOT NULL, "subjectPersonId" integer, "category" varchar CHECK( "category" IN (\'CORRUPTION\',\'WORK_STYLE\',\'POLITICAL_DISCIPLINE\',\'PERSONNEL\') ) NOT NULL, "subKind" varchar(40) NOT NULL, "sourceMethod" varchar CHECK( "sourceMethod" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "severity" varchar CHECK( "severity" IN (\'MINOR\',\'SERIOUS\',\'GRAVE\') ) NOT NULL, "evidenceSummary" text NOT NULL, "urgent" boolean NOT NULL DEFAULT (0), "urgentOn" varchar(10), "status" varchar CHECK( "status" IN (\'RECORDED\',\'DECIDED\',\'TRANSFERRED\',\'CONCLUDED\') ) NOT NULL DEFAULT (\'RECORDED\'), "decision" varchar CHECK( "decision" IN (\'TRANSFER\',\'RECTIFY\',\'NO_FURTHER_ACTION\') ), "decisionNote" text, "decidedOn" varchar(10), "transferredToId" integer, "transferredToPath" varchar(255) NOT NULL, "routingOverride" varchar(500), "transferredOn" varchar(10), "outcome" text, "outcomeOn" varchar(10), "targetPath" varchar(255) NOT NULL, CONSTRAINT "FK_99303f96a6e2cb16f0bb64486fe" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1330b89fb41f1ccc190828a360" FOREIGN KEY ("targetId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_19bbe3299a4127ec6dab576d21c" FOREIGN KEY ("subjectPersonId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2f334bfe520d2753c483fd82ecd" FOREIGN KEY ("transferredToId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_finding"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath" FROM "finding"',
    );
    await queryRunner.query('DROP TABLE "finding"');
    await queryRunner.query('ALTER TABLE "temporary_finding" RENAME TO "finding"');
    await queryRunner.query('CREATE INDEX "IDX_99303f96a6e2cb16f0bb64486f" ON "finding" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_urgent" ON "finding" ("urgent", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_transferredToPath" ON "finding" ("transferredToPath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_scopePath_category" ON "finding" ("scopePath", "category", "createdAt") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query(
      'CREATE TABLE "temporary_leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "assignmentId" integer, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_00e955c501c7463f173a612a50d" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId" FROM "leader_grant"',
    );
    await queryRunner.query('DROP TABLE "leader_grant"');
    await queryRunner.query('ALTER TABLE "temporary_leader_grant" RENAME TO "leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('DROP INDEX "IDX_cf0b491ebadc6f24f2ebef4ff0"');
    await queryRunner.query('DROP INDEX "IDX_intake_item_scopePath_receivedOn"');
    await queryRunner.query(
      'CREATE TABLE "temporary_intake_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "channel" varchar CHECK( "channel" IN (\'LETTER\',\'CALL\',\'VISIT\',\'ONLINE\') ) NOT NULL, "receivedOn" varchar(10) NOT NULL, "content" text NOT NULL, "anonymous" boolean NOT NULL DEFAULT (1), CONSTRAINT "FK_cf0b491ebadc6f24f2ebef4ff03" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_intake_item"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "channel", "receivedOn", "content", "anonymous") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "channel", "receivedOn", "content", "anonymous" FROM "intake_item"',
    );
    await queryRunner.query('DROP TABLE "intake_item"');
    await queryRunner.query('ALTER TABLE "temporary_intake_item" RENAME TO "intake_item"');
    await queryRunner.query('CREATE INDEX "IDX_cf0b491ebadc6f24f2ebef4ff0" ON "intake_item" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_intake_item_scopePath_receivedOn" ON "intake_item" ("scopePath", "receivedOn") ');
    await queryRunner.query('DROP INDEX "IDX_intake_informant_item"');
    await queryRunner.query(
      'CREATE TABLE "temporary_intake_informant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "intakeItemId" integer NOT NULL, "assignmentId" integer NOT NULL, "name" varchar(60) NOT NULL, "contact" varchar(200) NOT NULL DEFAULT (\'\'), "scopePath" varchar(255) NOT NULL, CONSTRAINT "REL_60eb651d3d4b7b4e23cc7e9a43" UNIQUE ("intakeItemId"), CONSTRAINT "FK_60eb651d3d4b7b4e23cc7e9a432" FOREIGN KEY ("intakeItemId") REFERENCES "intake_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_intake_informant"("id", "version", "createdAt", "updatedAt", "intakeItemId", "assignmentId", "name", "contact", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "intakeItemId", "assignmentId", "name", "contact", "scopePath" FROM "intake_informant"',
    );
    await queryRunner.query('DROP TABLE "intake_informant"');
    await queryRunner.query('ALTER TABLE "temporary_intake_informant" RENAME TO "intake_informant"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_intake_informant_item" ON "intake_informant" ("intakeItemId") ');
    await queryRunner.query('DROP INDEX "IDX_person_relation_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_person_relation_person"');
    await queryRunner.query(
      'CREATE TABLE "temporary_person_relation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "relativeName" varchar(60) NOT NULL, "relation" varchar(40) NOT NULL, "relativeBodyId" integer NOT NULL, "relativeBodyPath" varchar(255) NOT NULL, "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_7af9b691ee19db9ee2fa318b673" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8945ccf7ac409075e74fc4031ee" FOREIGN KEY ("relativeBodyId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_person_relation"("id", "version", "createdAt", "updatedAt", "personId", "relativeName", "relation", "relativeBodyId", "relativeBodyPath", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "relativeName", "relation", "relativeBodyId", "relativeBodyPath", "scopePath" FROM "person_relation"',
    );
    await queryRunner.query('DROP TABLE "person_relation"');
    await queryRunner.query('ALTER TABLE "temporary_person_relation" RENAME TO "person_relation"');
    await queryRunner.query('CREATE INDEX "IDX_person_relation_scopePath" ON "person_relation" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_person_relation_person" ON "person_relation" ("personId") ');
    await queryRunner.query('DROP INDEX "IDX_7e017f8d014792dcc69155a70f"');
    await queryRunner.query('DROP INDEX "IDX_rectification_item_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_rectification_item_targetPath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_rectification_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer, "description" text NOT NULL, "deadline" varchar(10) NOT NULL, "progress" text NOT NULL, "status" varchar CHECK( "status" IN (\'OPEN\',\'SUBMITTED\',\'CLOSED\') ) NOT NULL DEFAULT (\'OPEN\'), "closedOn" varchar(10), "returnNote" varchar(500), "targetPath" varchar(255) NOT NULL, CONSTRAINT "FK_7e017f8d014792dcc69155a70f9" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_81d808343b0bda651be6b94a76b" FOREIGN KEY ("findingId") REFERENCES "finding" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_rectification_item"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "description", "deadline", "progress", "status", "closedOn", "returnNote", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "description", "deadline", "progress", "status", "closedOn", "returnNote", "targetPath" FROM "rectification_item"',
    );
    await queryRunner.query('DROP TABLE "rectification_item"');
    await queryRunner.query('ALTER TABLE "temporary_rectification_item" RENAME TO "rectification_item"');
    await queryRunner.query('CREATE INDEX "IDX_7e017f8d014792dcc69155a70f" ON "rectification_item" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_rectification_item_scopePath" ON "rectification_item" ("scopePath", "deadline") ');
    await queryRunner.query('CREATE INDEX "IDX_rectification_item_targetPath" ON "rectification_item" ("targetPath", "deadline") ');
    await queryRunner.query('DROP INDEX "IDX_61cf7197490c3b3a269ca82b87"');
    await queryRunner.query('DROP INDEX "IDX_report_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_report_assignment"');
    await queryRunner.query(
      'CREATE TABLE "temporary_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "summary" text NOT NULL, "suggestions" text NOT NULL, "submittedOn" varchar(10), "submittedById" integer, "heardOn" varchar(10), "hearingNote" text, CONSTRAINT "REL_61cf7197490c3b3a269ca82b87" UNIQUE ("assignmentId"), CONSTRAINT "FK_61cf7197490c3b3a269ca82b87b" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_13c3d3655281bd58f35440f63c5" FOREIGN KEY ("submittedById") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_report"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "summary", "suggestions", "submittedOn", "submittedById", "heardOn", "hearingNote") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "summary", "suggestions", "submittedOn", "submittedById", "heardOn", "hearingNote" FROM "report"',
    );
    await queryRunner.query('DROP TABLE "report"');
    await queryRunner.query('ALTER TABLE "temporary_report" RENAME TO "report"');
    await queryRunner.query('CREATE INDEX "IDX_61cf7197490c3b3a269ca82b87" ON "report" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_report_scopePath" ON "report" ("scopePath") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_report_assignment" ON "report" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_3cf8b3cbd5ff2d3ef8f6b423d6"');
    await queryRunner.query('DROP INDEX "IDX_supervision_item_scopePath"');
    await queryRunner.query(
      'CREATE TABLE "temporary_supervision_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer, "matter" text NOT NULL, "responsibleBodyId" integer NOT NULL, "responsiblePath" varchar(255) NOT NULL, "deadline" varchar(10) NOT NULL, "status" varchar CHECK( "status" IN (\'OPEN\',\'DONE\') ) NOT NULL DEFAULT (\'OPEN\'), "note" text NOT NULL, "doneOn" varchar(10), CONSTRAINT "FK_3cf8b3cbd5ff2d3ef8f6b423d6c" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_eed8af172afe41ae7a1160c84e6" FOREIGN KEY ("findingId") REFERENCES "finding" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0be9f75b665e1a077606ec16ea7" FOREIGN KEY ("responsibleBodyId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_supervision_item"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "matter", "responsibleBodyId", "responsiblePath", "deadline", "status", "note", "doneOn") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "matter", "responsibleBodyId", "responsiblePath", "deadline", "status", "note", "doneOn" FROM "supervision_item"',
    );
    await queryRunner.query('DROP TABLE "supervision_item"');
    await queryRunner.query('ALTER TABLE "temporary_supervision_item" RENAME TO "supervision_item"');
    await queryRunner.query('CREATE INDEX "IDX_3cf8b3cbd5ff2d3ef8f6b423d6" ON "supervision_item" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_supervision_item_scopePath" ON "supervision_item" ("scopePath", "deadline") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_supervision_item_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_3cf8b3cbd5ff2d3ef8f6b423d6"');
    await queryRunner.query('ALTER TABLE "supervision_item" RENAME TO "temporary_supervision_item"');
    await queryRunner.query(
      'CREATE TABLE "supervision_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer, "matter" text NOT NULL, "responsibleBodyId" integer NOT NULL, "responsiblePath" varchar(255) NOT NULL, "deadline" varchar(10) NOT NULL, "status" varchar CHECK( "status" IN (\'OPEN\',\'DONE\') ) NOT NULL DEFAULT (\'OPEN\'), "note" text NOT NULL, "doneOn" varchar(10))',
    );
    await queryRunner.query(
      'INSERT INTO "supervision_item"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "matter", "responsibleBodyId", "responsiblePath", "deadline", "status", "note", "doneOn") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "matter", "responsibleBodyId", "responsiblePath", "deadline", "status", "note", "doneOn" FROM "temporary_supervision_item"',
    );
    await queryRunner.query('DROP TABLE "temporary_supervision_item"');
    await queryRunner.query('CREATE INDEX "IDX_supervision_item_scopePath" ON "supervision_item" ("scopePath", "deadline") ');
    await queryRunner.query('CREATE INDEX "IDX_3cf8b3cbd5ff2d3ef8f6b423d6" ON "supervision_item" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_report_assignment"');
    await queryRunner.query('DROP INDEX "IDX_report_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_61cf7197490c3b3a269ca82b87"');
    await queryRunner.query('ALTER TABLE "report" RENAME TO "temporary_report"');
    await queryRunner.query(
      'CREATE TABLE "report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "summary" text NOT NULL, "suggestions" text NOT NULL, "submittedOn" varchar(10), "submittedById" integer, "heardOn" varchar(10), "hearingNote" text, CONSTRAINT "REL_61cf7197490c3b3a269ca82b87" UNIQUE ("assignmentId"))',
    );
    await queryRunner.query(
      'INSERT INTO "report"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "summary", "suggestions", "submittedOn", "submittedById", "heardOn", "hearingNote") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "summary", "suggestions", "submittedOn", "submittedById", "heardOn", "hearingNote" FROM "temporary_report"',
    );
    await queryRunner.query('DROP TABLE "temporary_report"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_report_assignment" ON "report" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_report_scopePath" ON "report" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_61cf7197490c3b3a269ca82b87" ON "report" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_rectification_item_targetPath"');
    await queryRunner.query('DROP INDEX "IDX_rectification_item_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_7e017f8d014792dcc69155a70f"');
    await queryRunner.query('ALTER TABLE "rectification_item" RENAME TO "temporary_rectification_item"');
    await queryRunner.query(
      'CREATE TABLE "rectification_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "findingId" integer, "description" text NOT NULL, "deadline" varchar(10) NOT NULL, "progress" text NOT NULL, "status" varchar CHECK( "status" IN (\'OPEN\',\'SUBMITTED\',\'CLOSED\') ) NOT NULL DEFAULT (\'OPEN\'), "closedOn" varchar(10), "returnNote" varchar(500), "targetPath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "rectification_item"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "description", "deadline", "progress", "status", "closedOn", "returnNote", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "findingId", "description", "deadline", "progress", "status", "closedOn", "returnNote", "targetPath" FROM "temporary_rectification_item"',
    );
    await queryRunner.query('DROP TABLE "temporary_rectification_item"');
    await queryRunner.query('CREATE INDEX "IDX_rectification_item_targetPath" ON "rectification_item" ("targetPath", "deadline") ');
    await queryRunner.query('CREATE INDEX "IDX_rectification_item_scopePath" ON "rectification_item" ("scopePath", "deadline") ');
    await queryRunner.query('CREATE INDEX "IDX_7e017f8d014792dcc69155a70f" ON "rectification_item" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_person_relation_person"');
    await queryRunner.query('DROP INDEX "IDX_person_relation_scopePath"');
    await queryRunner.query('ALTER TABLE "person_relation" RENAME TO "temporary_person_relation"');
    await queryRunner.query(
      'CREATE TABLE "person_relation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "relativeName" varchar(60) NOT NULL, "relation" varchar(40) NOT NULL, "relativeBodyId" integer NOT NULL, "relativeBodyPath" varchar(255) NOT NULL, "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "person_relation"("id", "version", "createdAt", "updatedAt", "personId", "relativeName", "relation", "relativeBodyId", "relativeBodyPath", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "relativeName", "relation", "relativeBodyId", "relativeBodyPath", "scopePath" FROM "temporary_person_relation"',
    );
    await queryRunner.query('DROP TABLE "temporary_person_relation"');
    await queryRunner.query('CREATE INDEX "IDX_person_relation_person" ON "person_relation" ("personId") ');
    await queryRunner.query('CREATE INDEX "IDX_person_relation_scopePath" ON "person_relation" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_intake_informant_item"');
    await queryRunner.query('ALTER TABLE "intake_informant" RENAME TO "temporary_intake_informant"');
    await queryRunner.query(
      'CREATE TABLE "intake_informant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "intakeItemId" integer NOT NULL, "assignmentId" integer NOT NULL, "name" varchar(60) NOT NULL, "contact" varchar(200) NOT NULL DEFAULT (\'\'), "scopePath" varchar(255) NOT NULL, CONSTRAINT "REL_60eb651d3d4b7b4e23cc7e9a43" UNIQUE ("intakeItemId"))',
    );
    await queryRunner.query(
      'INSERT INTO "intake_informant"("id", "version", "createdAt", "updatedAt", "intakeItemId", "assignmentId", "name", "contact", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "intakeItemId", "assignmentId", "name", "contact", "scopePath" FROM "temporary_intake_informant"',
    );
    await queryRunner.query('DROP TABLE "temporary_intake_informant"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_intake_informant_item" ON "intake_informant" ("intakeItemId") ');
    await queryRunner.query('DROP INDEX "IDX_intake_item_scopePath_receivedOn"');
    await queryRunner.query('DROP INDEX "IDX_cf0b491ebadc6f24f2ebef4ff0"');
    await queryRunner.query('ALTER TABLE "intake_item" RENAME TO "temporary_intake_item"');
    await queryRunner.query(
      'CREATE TABLE "intake_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "channel" varchar CHECK( "channel" IN (\'LETTER\',\'CALL\',\'VISIT\',\'ONLINE\') ) NOT NULL, "receivedOn" varchar(10) NOT NULL, "content" text NOT NULL, "anonymous" boolean NOT NULL DEFAULT (1))',
    );
    await queryRunner.query(
      'INSERT INTO "intake_item"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "channel", "receivedOn", "content", "anonymous") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "channel", "receivedOn", "content", "anonymous" FROM "temporary_intake_item"',
    );
    await queryRunner.query('DROP TABLE "temporary_intake_item"');
    await queryRunner.query('CREATE INDEX "IDX_intake_item_scopePath_receivedOn" ON "intake_item" ("scopePath", "receivedOn") ');
    await queryRunner.query('CREATE INDEX "IDX_cf0b491ebadc6f24f2ebef4ff0" ON "intake_item" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('ALTER TABLE "leader_grant" RENAME TO "temporary_leader_grant"');
    await queryRunner.query(
      'CREATE TABLE "leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "assignmentId" integer, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath", "assignmentId" FROM "temporary_leader_grant"',
    );
    await queryRunner.query('DROP TABLE "temporary_leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_finding_scopePath_category"');
    await queryRunner.query('DROP INDEX "IDX_finding_transferredToPath"');
    await queryRunner.query('DROP INDEX "IDX_finding_urgent"');
    await queryRunner.query('DROP INDEX "IDX_99303f96a6e2cb16f0bb64486f"');
    await queryRunner.query('ALTER TABLE "finding" RENAME TO "temporary_finding"');
    await queryRunner.query(
      'CREATE TABLE "finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "targetId" integer NOT NULL, "subjectPersonId" integer, "category" varchar CHECK( "category" IN (\'CORRUPTION\',\'WORK_STYLE\',\'POLITICAL_DISCIPLINE\',\'PERSONNEL\') ) NOT NULL, "subKind" varchar(40) NOT NULL, "sourceMethod" varchar CHECK( "sourceMethod" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "severity" varchar CHECK( "severity" IN (\'MINOR\',\'SERIOUS\',\'GRAVE\') ) NOT NULL, "evidenceSummary" text NOT NULL, "urgent" boolean NOT NULL DEFAULT (0), "urgentOn" varchar(10), "status" varchar CHECK( "status" IN (\'RECORDED\',\'DECIDED\',\'TRANSFERRED\',\'CONCLUDED\') ) NOT NULL DEFAULT (\'RECORDED\'), "decision" varchar CHECK( "decision" IN (\'TRANSFER\',\'RECTIFY\',\'NO_FURTHER_ACTION\') ), "decisionNote" text, "decidedOn" varchar(10), "transferredToId" integer, "transferredToPath" varchar(255) NOT NULL, "routingOverride" varchar(500), "transferredOn" varchar(10), "outcome" text, "outcomeOn" varchar(10), "targetPath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "finding"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "targetId", "subjectPersonId", "category", "subKind", "sourceMethod", "severity", "evidenceSummary", "urgent", "urgentOn", "status", "decision", "decisionNote", "decidedOn", "transferredToId", "transferredToPath", "routingOverride", "transferredOn", "outcome", "outcomeOn", "targetPath" FROM "temporary_finding"',
    );
    await queryRunner.query('DROP TABLE "temporary_finding"');
    await queryRunner.query('CREATE INDEX "IDX_finding_scopePath_category" ON "finding" ("scopePath", "category", "createdAt") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_transferredToPath" ON "finding" ("transferredToPath") ');
    await queryRunner.query('CREATE INDEX "IDX_finding_urgent" ON "finding" ("urgent", "scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_99303f96a6e2cb16f0bb64486f" ON "finding" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_briefing_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_30eff40ab48c687ec52b54e5b5"');
    await queryRunner.query('ALTER TABLE "briefing" RENAME TO "temporary_briefing"');
    await queryRunner.query(
      'CREATE TABLE "briefing" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "sourceBodyId" integer NOT NULL, "requestedOn" varchar(10) NOT NULL, "receivedOn" varchar(10), "summary" text NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "briefing"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "sourceBodyId", "requestedOn", "receivedOn", "summary") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "sourceBodyId", "requestedOn", "receivedOn", "summary" FROM "temporary_briefing"',
    );
    await queryRunner.query('DROP TABLE "temporary_briefing"');
    await queryRunner.query('CREATE INDEX "IDX_briefing_scopePath" ON "briefing" ("scopePath") ');
    await queryRunner.query('CREATE INDEX "IDX_30eff40ab48c687ec52b54e5b5" ON "briefing" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_activity_scopePath_heldOn"');
    await queryRunner.query('DROP INDEX "IDX_81b06e86ffc738098fd9da50ed"');
    await queryRunner.query('ALTER TABLE "activity" RENAME TO "temporary_activity"');
    await queryRunner.query(
      'CREATE TABLE "activity" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "method" varchar CHECK( "method" IN (\'HEARING_REPORTS\',\'ATTENDING_MEETINGS\',\'LETTERS_CALLS_VISITS\',\'SYMPOSIUM\',\'INDIVIDUAL_TALK\',\'DOCUMENT_REVIEW\',\'DEMOCRATIC_EVALUATION\',\'FIELD_VISIT\',\'EXPERT_ASSISTANCE\') ) NOT NULL, "heldOn" varchar(10) NOT NULL, "description" text NOT NULL, "peopleReached" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "activity"("id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "method", "heldOn", "description", "peopleReached") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "scopePath", "method", "heldOn", "description", "peopleReached" FROM "temporary_activity"',
    );
    await queryRunner.query('DROP TABLE "temporary_activity"');
    await queryRunner.query('CREATE INDEX "IDX_activity_scopePath_heldOn" ON "activity" ("scopePath", "heldOn") ');
    await queryRunner.query('CREATE INDEX "IDX_81b06e86ffc738098fd9da50ed" ON "activity" ("assignmentId") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_unique"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_person"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_scopePath"');
    await queryRunner.query('ALTER TABLE "assignment_member" RENAME TO "temporary_assignment_member"');
    await queryRunner.query(
      'CREATE TABLE "assignment_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "personId" integer NOT NULL, "recusalException" varchar(500), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "assignment_member"("id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "assignmentId", "personId", "recusalException", "scopePath" FROM "temporary_assignment_member"',
    );
    await queryRunner.query('DROP TABLE "temporary_assignment_member"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_member_unique" ON "assignment_member" ("assignmentId", "personId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_person" ON "assignment_member" ("personId") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_member_scopePath" ON "assignment_member" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_assignment_scopePath_stage"');
    await queryRunner.query('DROP INDEX "IDX_assignment_round"');
    await queryRunner.query('DROP INDEX "IDX_assignment_intakeToken"');
    await queryRunner.query('ALTER TABLE "assignment" RENAME TO "temporary_assignment"');
    await queryRunner.query(
      'CREATE TABLE "assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "teamId" integer NOT NULL, "targetId" integer NOT NULL, "stage" varchar CHECK( "stage" IN (\'PREPARATION\',\'INQUIRY\',\'REPORTING\',\'FEEDBACK\',\'TRANSFER\',\'CLOSED\') ) NOT NULL DEFAULT (\'PREPARATION\'), "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "workPlan" text NOT NULL, "noticeSentOn" varchar(10), "contactChannels" varchar(500) NOT NULL DEFAULT (\'\'), "intakeToken" varchar(64) NOT NULL, "closedOn" varchar(10), "scopePath" varchar(255) NOT NULL, "targetPath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "assignment"("id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "teamId", "targetId", "stage", "startsOn", "endsOn", "workPlan", "noticeSentOn", "contactChannels", "intakeToken", "closedOn", "scopePath", "targetPath" FROM "temporary_assignment"',
    );
    await queryRunner.query('DROP TABLE "temporary_assignment"');
    await queryRunner.query('CREATE INDEX "IDX_assignment_scopePath_stage" ON "assignment" ("scopePath", "stage") ');
    await queryRunner.query('CREATE INDEX "IDX_assignment_round" ON "assignment" ("roundId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_assignment_intakeToken" ON "assignment" ("intakeToken") ');
    await queryRunner.query('DROP INDEX "IDX_round_target_round_body"');
    await queryRunner.query('DROP INDEX "IDX_round_target_scopePath"');
    await queryRunner.query('ALTER TABLE "round_target" RENAME TO "temporary_round_target"');
    await queryRunner.query(
      'CREATE TABLE "round_target" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "roundId" integer NOT NULL, "bodyId" integer NOT NULL, "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "round_target"("id", "version", "createdAt", "updatedAt", "roundId", "bodyId", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "roundId", "bodyId", "scopePath" FROM "temporary_round_target"',
    );
    await queryRunner.query('DROP TABLE "temporary_round_target"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_round_target_round_body" ON "round_target" ("roundId", "bodyId") ');
    await queryRunner.query('CREATE INDEX "IDX_round_target_scopePath" ON "round_target" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_round_group_year_number"');
    await queryRunner.query('DROP INDEX "IDX_round_scopePath"');
    await queryRunner.query('ALTER TABLE "round" RENAME TO "temporary_round"');
    await queryRunner.query(
      'CREATE TABLE "round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "leadingGroupId" integer NOT NULL, "year" integer NOT NULL, "number" integer NOT NULL, "title" varchar(200) NOT NULL, "status" varchar CHECK( "status" IN (\'DRAFT\',\'APPROVED\') ) NOT NULL DEFAULT (\'DRAFT\'), "approvedOn" varchar(10), "scopePath" varchar(255) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "round"("id", "version", "createdAt", "updatedAt", "leadingGroupId", "year", "number", "title", "status", "approvedOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "leadingGroupId", "year", "number", "title", "status", "approvedOn", "scopePath" FROM "temporary_round"',
    );
    await queryRunner.query('DROP TABLE "temporary_round"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_round_group_year_number" ON "round" ("leadingGroupId", "year", "number") ');
    await queryRunner.query('CREATE INDEX "IDX_round_scopePath" ON "round" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_person"');
    await queryRunner.query('DROP INDEX "IDX_leader_grant_scopePath"');
    await queryRunner.query('ALTER TABLE "leader_grant" RENAME TO "temporary_leader_grant"');
    await queryRunner.query(
      'CREATE TABLE "leader_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "personId" integer NOT NULL, "teamId" integer NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "revokedOn" varchar(10), "scopePath" varchar(255) NOT NULL, CONSTRAINT "FK_de07e12cc7952b07f369036eaca" FOREIGN KEY ("teamId") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_02e4e602f65ded97dc8efd35175" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "leader_grant"("id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath") SELECT "id", "version", "createdAt", "updatedAt", "personId", "teamId", "validFrom", "validUntil", "revokedOn", "scopePath" FROM "temporary_leader_grant"',
    );
    await queryRunner.query('DROP TABLE "temporary_leader_grant"');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_person" ON "leader_grant" ("personId", "validUntil") ');
    await queryRunner.query('CREATE INDEX "IDX_leader_grant_scopePath" ON "leader_grant" ("scopePath") ');
    await queryRunner.query('DROP INDEX "IDX_supervision_item_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_3cf8b3cbd5ff2d3ef8f6b423d6"');
    await queryRunner.query('DROP TABLE "supervision_item"');
    await queryRunner.query('DROP INDEX "IDX_report_assignment"');
    await queryRunner.query('DROP INDEX "IDX_report_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_61cf7197490c3b3a269ca82b87"');
    await queryRunner.query('DROP TABLE "report"');
    await queryRunner.query('DROP INDEX "IDX_rectification_item_targetPath"');
    await queryRunner.query('DROP INDEX "IDX_rectification_item_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_7e017f8d014792dcc69155a70f"');
    await queryRunner.query('DROP TABLE "rectification_item"');
    await queryRunner.query('DROP INDEX "IDX_person_relation_person"');
    await queryRunner.query('DROP INDEX "IDX_person_relation_scopePath"');
    await queryRunner.query('DROP TABLE "person_relation"');
    await queryRunner.query('DROP INDEX "IDX_intake_informant_item"');
    await queryRunner.query('DROP TABLE "intake_informant"');
    await queryRunner.query('DROP INDEX "IDX_intake_item_scopePath_receivedOn"');
    await queryRunner.query('DROP INDEX "IDX_cf0b491ebadc6f24f2ebef4ff0"');
    await queryRunner.query('DROP TABLE "intake_item"');
    await queryRunner.query('DROP INDEX "IDX_finding_scopePath_category"');
    await queryRunner.query('DROP INDEX "IDX_finding_transferredToPath"');
    await queryRunner.query('DROP INDEX "IDX_finding_urgent"');
    await queryRunner.query('DROP INDEX "IDX_99303f96a6e2cb16f0bb64486f"');
    await queryRunner.query('DROP TABLE "finding"');
    await queryRunner.query('DROP INDEX "IDX_briefing_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_30eff40ab48c687ec52b54e5b5"');
    await queryRunner.query('DROP TABLE "briefing"');
    await queryRunner.query('DROP INDEX "IDX_activity_scopePath_heldOn"');
    await queryRunner.query('DROP INDEX "IDX_81b06e86ffc738098fd9da50ed"');
    await queryRunner.query('DROP TABLE "activity"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_unique"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_person"');
    await queryRunner.query('DROP INDEX "IDX_assignment_member_scopePath"');
    await queryRunner.query('DROP TABLE "assignment_member"');
    await queryRunner.query('DROP INDEX "IDX_assignment_scopePath_stage"');
    await queryRunner.query('DROP INDEX "IDX_assignment_round"');
    await queryRunner.query('DROP INDEX "IDX_assignment_intakeToken"');
    await queryRunner.query('DROP TABLE "assignment"');
    await queryRunner.query('DROP INDEX "IDX_round_target_round_body"');
    await queryRunner.query('DROP INDEX "IDX_round_target_scopePath"');
    await queryRunner.query('DROP TABLE "round_target"');
    await queryRunner.query('DROP INDEX "IDX_round_group_year_number"');
    await queryRunner.query('DROP INDEX "IDX_round_scopePath"');
    await queryRunner.query('DROP TABLE "round"');
  }
}
