import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffRecords1796494000000 implements MigrationInterface {
  name = 'StaffRecords1796494000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `staff_assessment` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `personId` int NOT NULL, `servedAs` enum ('MEMBER', 'LEADER') NOT NULL, `grade` enum ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'NOT_COMPETENT') NOT NULL, `comment` text NOT NULL, `assessedOn` varchar(10) NOT NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_staff_assessment_person` (`personId`), INDEX `IDX_staff_assessment_scopePath` (`scopePath`, `assessedOn`), UNIQUE INDEX `IDX_staff_assessment_unique` (`assignmentId`, `personId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `training_record` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `personId` int NOT NULL, `leadingGroupId` int NOT NULL, `title` varchar(200) NOT NULL, `provider` varchar(200) NOT NULL DEFAULT '', `startsOn` varchar(10) NOT NULL, `endsOn` varchar(10) NOT NULL, `hours` int NOT NULL, `result` varchar(500) NOT NULL DEFAULT '', `retiredOn` varchar(10) NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_training_record_person` (`personId`, `startsOn`), INDEX `IDX_training_record_scopePath` (`scopePath`, `startsOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `staff_assessment` ADD CONSTRAINT `FK_2084ca5fee0edb578bd1426a02f` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `staff_assessment` ADD CONSTRAINT `FK_98586caeefc50913691313b2988` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `training_record` ADD CONSTRAINT `FK_5c2142691ed0ec846367912601a` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `training_record` ADD CONSTRAINT `FK_21fbc5e0cd13050d310866b717b` FOREIGN KEY (`leadingGroupId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `training_record` DROP FOREIGN KEY `FK_21fbc5e0cd13050d310866b717b`');
    await queryRunner.query('ALTER TABLE `training_record` DROP FOREIGN KEY `FK_5c2142691ed0ec846367912601a`');
    await queryRunner.query('ALTER TABLE `staff_assessment` DROP FOREIGN KEY `FK_98586caeefc50913691313b2988`');
    await queryRunner.query('ALTER TABLE `staff_assessment` DROP FOREIGN KEY `FK_2084ca5fee0edb578bd1426a02f`');
    await queryRunner.query('DROP INDEX `IDX_training_record_scopePath` ON `training_record`');
    await queryRunner.query('DROP INDEX `IDX_training_record_person` ON `training_record`');
    await queryRunner.query('DROP TABLE `training_record`');
    await queryRunner.query('DROP INDEX `IDX_staff_assessment_unique` ON `staff_assessment`');
    await queryRunner.query('DROP INDEX `IDX_staff_assessment_scopePath` ON `staff_assessment`');
    await queryRunner.query('DROP INDEX `IDX_staff_assessment_person` ON `staff_assessment`');
    await queryRunner.query('DROP TABLE `staff_assessment`');
  }
}
