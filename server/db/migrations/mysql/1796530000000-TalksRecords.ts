import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TalksRecords1796530000000 implements MigrationInterface {
  name = 'TalksRecords1796530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `talk` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `heldOn` varchar(10) NOT NULL, `talkerIds` text NOT NULL, `intervieweePost` varchar(100) NOT NULL, `intervieweeCategory` enum ('LEADING_BODY_MEMBER', 'OTHER_CADRE', 'STAFF_OR_MASSES') NOT NULL, `matters` text NOT NULL, INDEX `IDX_052f2f35ecf3bc94244988b326` (`assignmentId`), INDEX `IDX_talk_heldOn` (`heldOn`, `id`, `scopePath`), INDEX `IDX_talk_scopePath_heldOn` (`scopePath`, `heldOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `talk_interviewee` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `talkId` int NOT NULL, `assignmentId` int NOT NULL, `name` varchar(60) NOT NULL, `contact` varchar(200) NOT NULL DEFAULT '', `scopePath` varchar(255) NOT NULL, UNIQUE INDEX `IDX_talk_interviewee_talk` (`talkId`), UNIQUE INDEX `REL_370ccb1d309de3bc0650940777` (`talkId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `records_request` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `description` text NOT NULL, `requestedOn` varchar(10) NOT NULL, `dueOn` varchar(10) NOT NULL, `status` enum ('REQUESTED', 'PARTLY_RECEIVED', 'RECEIVED') NOT NULL DEFAULT 'REQUESTED', `receivedOn` varchar(10) NULL, `receivedNote` text NULL, INDEX `IDX_62d85f4a09a1976695fc4480e4` (`assignmentId`), INDEX `IDX_records_request_dueOn` (`dueOn`, `id`, `scopePath`), INDEX `IDX_records_request_scopePath_dueOn` (`scopePath`, `dueOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query('ALTER TABLE `finding` ADD `sourceTalkId` int NULL');
    await queryRunner.query(
      'ALTER TABLE `talk` ADD CONSTRAINT `FK_052f2f35ecf3bc94244988b3267` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `talk_interviewee` ADD CONSTRAINT `FK_370ccb1d309de3bc0650940777b` FOREIGN KEY (`talkId`) REFERENCES `talk`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `finding` ADD CONSTRAINT `FK_87025bd41dfc61737241e3fb6c8` FOREIGN KEY (`sourceTalkId`) REFERENCES `talk`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `records_request` ADD CONSTRAINT `FK_62d85f4a09a1976695fc4480e4e` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `records_request` DROP FOREIGN KEY `FK_62d85f4a09a1976695fc4480e4e`');
    await queryRunner.query('ALTER TABLE `finding` DROP FOREIGN KEY `FK_87025bd41dfc61737241e3fb6c8`');
    await queryRunner.query('ALTER TABLE `talk_interviewee` DROP FOREIGN KEY `FK_370ccb1d309de3bc0650940777b`');
    await queryRunner.query('ALTER TABLE `talk` DROP FOREIGN KEY `FK_052f2f35ecf3bc94244988b3267`');
    await queryRunner.query('ALTER TABLE `finding` DROP COLUMN `sourceTalkId`');
    await queryRunner.query('DROP INDEX `IDX_records_request_scopePath_dueOn` ON `records_request`');
    await queryRunner.query('DROP INDEX `IDX_records_request_dueOn` ON `records_request`');
    await queryRunner.query('DROP INDEX `IDX_62d85f4a09a1976695fc4480e4` ON `records_request`');
    await queryRunner.query('DROP TABLE `records_request`');
    await queryRunner.query('DROP INDEX `REL_370ccb1d309de3bc0650940777` ON `talk_interviewee`');
    await queryRunner.query('DROP INDEX `IDX_talk_interviewee_talk` ON `talk_interviewee`');
    await queryRunner.query('DROP TABLE `talk_interviewee`');
    await queryRunner.query('DROP INDEX `IDX_talk_scopePath_heldOn` ON `talk`');
    await queryRunner.query('DROP INDEX `IDX_talk_heldOn` ON `talk`');
    await queryRunner.query('DROP INDEX `IDX_052f2f35ecf3bc94244988b326` ON `talk`');
    await queryRunner.query('DROP TABLE `talk`');
  }
}
