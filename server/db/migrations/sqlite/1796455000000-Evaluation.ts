import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluation1796455000000 implements MigrationInterface {
  name = 'Evaluation1796455000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "evaluation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "assignmentId" integer NOT NULL, "scopePath" varchar(255) NOT NULL, "title" varchar(200) NOT NULL, "kind" varchar CHECK( "kind" IN (\'DEMOCRATIC_EVALUATION\',\'QUESTIONNAIRE\') ) NOT NULL, "status" varchar CHECK( "status" IN (\'DRAFT\',\'OPEN\',\'CLOSED\') ) NOT NULL DEFAULT (\'DRAFT\'), "personIds" text NOT NULL, "questions" text NOT NULL, "linksIssued" integer NOT NULL DEFAULT (0), "closedOn" varchar(10), CONSTRAINT "FK_80e87514841685ba7a76f1dcfb9" FOREIGN KEY ("assignmentId") REFERENCES "assignment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'CREATE TABLE "ballot_link" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "evaluationId" integer NOT NULL, "keyHash" varchar(64) NOT NULL, "issuedOn" varchar(10) NOT NULL, "usedOn" varchar(10), CONSTRAINT "FK_dae74cadea46c41cf096be1c5f7" FOREIGN KEY ("evaluationId") REFERENCES "evaluation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'CREATE TABLE "ballot_answer" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "evaluationId" integer NOT NULL, "subjectId" integer NOT NULL, "rating" varchar CHECK( "rating" IN (\'COMPETENT\',\'BASICALLY_COMPETENT\',\'NOT_COMPETENT\') ), "castOn" varchar(10) NOT NULL, CONSTRAINT "FK_6829cb84b8420c800a678944508" FOREIGN KEY ("evaluationId") REFERENCES "evaluation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'CREATE TABLE "ballot_text_answer" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "evaluationId" integer NOT NULL, "questionId" integer NOT NULL, "text" text NOT NULL, "castOn" varchar(10) NOT NULL, CONSTRAINT "FK_3b388b55a0f37b782742f17caab" FOREIGN KEY ("evaluationId") REFERENCES "evaluation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_80e87514841685ba7a76f1dcfb" ON "evaluation" ("assignmentId") ');
    await queryRunner.query('CREATE INDEX "IDX_evaluation_scopePath" ON "evaluation" ("scopePath", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_ballot_link_evaluation" ON "ballot_link" ("evaluationId", "usedOn") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ballot_link_keyHash" ON "ballot_link" ("keyHash") ');
    await queryRunner.query('CREATE INDEX "IDX_ballot_answer_tally" ON "ballot_answer" ("evaluationId", "subjectId", "rating") ');
    await queryRunner.query('CREATE INDEX "IDX_ballot_text_answer_question" ON "ballot_text_answer" ("evaluationId", "questionId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_ballot_text_answer_question"');
    await queryRunner.query('DROP INDEX "IDX_ballot_answer_tally"');
    await queryRunner.query('DROP INDEX "IDX_ballot_link_keyHash"');
    await queryRunner.query('DROP INDEX "IDX_ballot_link_evaluation"');
    await queryRunner.query('DROP INDEX "IDX_evaluation_scopePath"');
    await queryRunner.query('DROP INDEX "IDX_80e87514841685ba7a76f1dcfb"');
    await queryRunner.query('DROP TABLE "ballot_text_answer"');
    await queryRunner.query('DROP TABLE "ballot_answer"');
    await queryRunner.query('DROP TABLE "ballot_link"');
    await queryRunner.query('DROP TABLE "evaluation"');
  }
}
