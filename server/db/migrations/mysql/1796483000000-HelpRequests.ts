import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HelpRequests1796483000000 implements MigrationInterface {
  name = 'HelpRequests1796483000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `deeper_inquiry` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `findingId` int NOT NULL, `reason` text NOT NULL, `status` enum ('PROPOSED', 'APPROVED', 'REFUSED') NOT NULL DEFAULT 'PROPOSED', `openedOn` varchar(10) NOT NULL, `openedById` int NOT NULL, `decidedOn` varchar(10) NULL, `decisionNote` varchar(500) NULL, INDEX `IDX_93e42fcfb1c2e6fb6cc9e03e53` (`assignmentId`), INDEX `IDX_deeper_inquiry_findingId` (`findingId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `help_request` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `findingId` int NULL, `deeperInquiryId` int NULL, `recipientId` int NOT NULL, `recipientPath` varchar(255) NOT NULL, `matter` text NOT NULL, `question` text NOT NULL, `wantedBy` varchar(10) NOT NULL, `status` enum ('DRAFT', 'SENT', 'ANSWERED', 'DECLINED') NOT NULL DEFAULT 'DRAFT', `askedOn` varchar(10) NULL, `draftedById` int NOT NULL, `answer` text NULL, `declineReason` varchar(500) NULL, `answeredOn` varchar(10) NULL, INDEX `IDX_43ddf59a01505499ec0f5e323a` (`assignmentId`), INDEX `IDX_help_request_wantedBy` (`wantedBy`, `status`), INDEX `IDX_help_request_findingId` (`findingId`), INDEX `IDX_help_request_recipientPath` (`recipientPath`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `deeper_inquiry` ADD CONSTRAINT `FK_93e42fcfb1c2e6fb6cc9e03e535` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `deeper_inquiry` ADD CONSTRAINT `FK_19bed08f9cce53347479e632c7f` FOREIGN KEY (`findingId`) REFERENCES `finding`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `deeper_inquiry` ADD CONSTRAINT `FK_ba966b34eaac47849637d85fbf4` FOREIGN KEY (`openedById`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `help_request` ADD CONSTRAINT `FK_43ddf59a01505499ec0f5e323a6` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `help_request` ADD CONSTRAINT `FK_50c05a291b744b71b081761b380` FOREIGN KEY (`findingId`) REFERENCES `finding`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `help_request` ADD CONSTRAINT `FK_631690897d49fb45792f8c23f81` FOREIGN KEY (`deeperInquiryId`) REFERENCES `deeper_inquiry`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `help_request` ADD CONSTRAINT `FK_1554adc340c426be2337925d9f4` FOREIGN KEY (`recipientId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `help_request` ADD CONSTRAINT `FK_71a42a742dce075292ec53dd523` FOREIGN KEY (`draftedById`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `help_request` DROP FOREIGN KEY `FK_71a42a742dce075292ec53dd523`');
    await queryRunner.query('ALTER TABLE `help_request` DROP FOREIGN KEY `FK_1554adc340c426be2337925d9f4`');
    await queryRunner.query('ALTER TABLE `help_request` DROP FOREIGN KEY `FK_631690897d49fb45792f8c23f81`');
    await queryRunner.query('ALTER TABLE `help_request` DROP FOREIGN KEY `FK_50c05a291b744b71b081761b380`');
    await queryRunner.query('ALTER TABLE `help_request` DROP FOREIGN KEY `FK_43ddf59a01505499ec0f5e323a6`');
    await queryRunner.query('ALTER TABLE `deeper_inquiry` DROP FOREIGN KEY `FK_ba966b34eaac47849637d85fbf4`');
    await queryRunner.query('ALTER TABLE `deeper_inquiry` DROP FOREIGN KEY `FK_19bed08f9cce53347479e632c7f`');
    await queryRunner.query('ALTER TABLE `deeper_inquiry` DROP FOREIGN KEY `FK_93e42fcfb1c2e6fb6cc9e03e535`');
    await queryRunner.query('DROP INDEX `IDX_help_request_recipientPath` ON `help_request`');
    await queryRunner.query('DROP INDEX `IDX_help_request_findingId` ON `help_request`');
    await queryRunner.query('DROP INDEX `IDX_help_request_wantedBy` ON `help_request`');
    await queryRunner.query('DROP INDEX `IDX_43ddf59a01505499ec0f5e323a` ON `help_request`');
    await queryRunner.query('DROP TABLE `help_request`');
    await queryRunner.query('DROP INDEX `IDX_deeper_inquiry_findingId` ON `deeper_inquiry`');
    await queryRunner.query('DROP INDEX `IDX_93e42fcfb1c2e6fb6cc9e03e53` ON `deeper_inquiry`');
    await queryRunner.query('DROP TABLE `deeper_inquiry`');
  }
}
