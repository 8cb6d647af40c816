import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluation1796455000000 implements MigrationInterface {
  name = 'Evaluation1796455000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `evaluation` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `title` varchar(200) NOT NULL, `kind` enum ('DEMOCRATIC_EVALUATION', 'QUESTIONNAIRE') NOT NULL, `status` enum ('DRAFT', 'OPEN', 'CLOSED') NOT NULL DEFAULT 'DRAFT', `personIds` text NOT NULL, `questions` text NOT NULL, `linksIssued` int NOT NULL DEFAULT '0', `closedOn` varchar(10) NULL, INDEX `IDX_80e87514841685ba7a76f1dcfb` (`assignmentId`), INDEX `IDX_evaluation_scopePath` (`scopePath`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `ballot_link` (`id` int NOT NULL AUTO_INCREMENT, `evaluationId` int NOT NULL, `keyHash` varchar(64) NOT NULL, `issuedOn` varchar(10) NOT NULL, `usedOn` varchar(10) NULL, INDEX `IDX_ballot_link_evaluation` (`evaluationId`, `usedOn`), UNIQUE INDEX `IDX_ballot_link_keyHash` (`keyHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `ballot_answer` (`id` int NOT NULL AUTO_INCREMENT, `evaluationId` int NOT NULL, `subjectId` int NOT NULL, `rating` enum ('COMPETENT', 'BASICALLY_COMPETENT', 'NOT_COMPETENT') NULL, `castOn` varchar(10) NOT NULL, INDEX `IDX_ballot_answer_tally` (`evaluationId`, `subjectId`, `rating`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `ballot_text_answer` (`id` int NOT NULL AUTO_INCREMENT, `evaluationId` int NOT NULL, `questionId` int NOT NULL, `text` text NOT NULL, `castOn` varchar(10) NOT NULL, INDEX `IDX_ballot_text_answer_question` (`evaluationId`, `questionId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `evaluation` ADD CONSTRAINT `FK_80e87514841685ba7a76f1dcfb9` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `ballot_link` ADD CONSTRAINT `FK_dae74cadea46c41cf096be1c5f7` FOREIGN KEY (`evaluationId`) REFERENCES `evaluation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `ballot_answer` ADD CONSTRAINT `FK_6829cb84b8420c800a678944508` FOREIGN KEY (`evaluationId`) REFERENCES `evaluation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `ballot_text_answer` ADD CONSTRAINT `FK_3b388b55a0f37b782742f17caab` FOREIGN KEY (`evaluationId`) REFERENCES `evaluation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `ballot_text_answer` DROP FOREIGN KEY `FK_3b388b55a0f37b782742f17caab`');
    await queryRunner.query('ALTER TABLE `ballot_answer` DROP FOREIGN KEY `FK_6829cb84b8420c800a678944508`');
    await queryRunner.query('ALTER TABLE `ballot_link` DROP FOREIGN KEY `FK_dae74cadea46c41cf096be1c5f7`');
    await queryRunner.query('ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_80e87514841685ba7a76f1dcfb9`');
    await queryRunner.query('DROP TABLE `ballot_text_answer`');
    await queryRunner.query('DROP TABLE `ballot_answer`');
    await queryRunner.query('DROP TABLE `ballot_link`');
    await queryRunner.query('DROP TABLE `evaluation`');
  }
}
