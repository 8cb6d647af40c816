import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795975868465 implements MigrationInterface {
  name = 'Initial1795975868465';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `body` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `code` varchar(40) NOT NULL, `name` varchar(120) NOT NULL, `nameEn` varchar(200) NOT NULL, `kind` enum ('PARTY_COMMITTEE', 'LEADING_GROUP', 'OFFICE', 'INSPECTION_TEAM', 'DISCIPLINE_COMMISSION', 'ORGANISATION_DEPARTMENT', 'AUDIT_OFFICE', 'PETITION_BUREAU', 'GOVERNMENT_PARTY_GROUP', 'CONGRESS_PARTY_GROUP', 'CPPCC_PARTY_GROUP', 'FUNCTIONAL_DEPARTMENT', 'OTHER_UNIT') NOT NULL, `level` enum ('CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY') NOT NULL, `reportsToId` int NULL, `hostedById` int NULL, `scopePath` varchar(255) NOT NULL, `retiredOn` varchar(10) NULL, INDEX `IDX_body_scopePath` (`scopePath`), INDEX `IDX_body_reportsTo_name` (`reportsToId`, `name`), UNIQUE INDEX `IDX_bdea64ee7b6528bfb7cedda6fd` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `person` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `name` varchar(60) NOT NULL, `position` varchar(120) NOT NULL, `rank` enum ('NATIONAL', 'DEPUTY_NATIONAL', 'MINISTERIAL', 'DEPUTY_MINISTERIAL', 'BUREAU', 'DEPUTY_BUREAU', 'DIVISION', 'DEPUTY_DIVISION', 'SECTION', 'DEPUTY_SECTION', 'STAFF') NOT NULL, `employerId` int NOT NULL, `managedById` int NOT NULL, `idNumber` varchar(18) NULL, `retiredOn` varchar(10) NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_person_scopePath_name` (`scopePath`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `account` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `login` varchar(60) NOT NULL, `passwordHash` varchar(200) NOT NULL, `personId` int NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `lastLoginAt` varchar(24) NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_account_scopePath` (`scopePath`), UNIQUE INDEX `IDX_02ec5e354b7a10ffa2e1c0b70e` (`login`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `audit_entry` (`id` int NOT NULL AUTO_INCREMENT, `at` varchar(24) NOT NULL, `accountId` int NULL, `action` varchar(40) NOT NULL, `subject` varchar(40) NOT NULL, `recordId` int NOT NULL, `before` text NULL, `after` text NULL, `previousHash` varchar(64) NOT NULL, `hash` varchar(64) NOT NULL, INDEX `IDX_audit_entry_subject` (`subject`, `recordId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `audit_head` (`id` int NOT NULL, `lastEntryId` int NOT NULL DEFAULT '0', `lastHash` varchar(64) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `leader_grant` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `personId` int NOT NULL, `teamId` int NOT NULL, `validFrom` varchar(10) NOT NULL, `validUntil` varchar(10) NOT NULL, `revokedOn` varchar(10) NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_leader_grant_person` (`personId`, `validUntil`), INDEX `IDX_leader_grant_scopePath` (`scopePath`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `membership` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `personId` int NOT NULL, `bodyId` int NOT NULL, `role` enum ('STAFF', 'ROSTER_ADMIN', 'ANALYST', 'COMMITTEE_LEADER', 'LEADING_GROUP_LEADER', 'LEADING_GROUP_MEMBER', 'OFFICE_COORDINATOR', 'TEAM_MEMBER', 'LIAISON', 'RECEIVING_MEMBER') NOT NULL, `since` varchar(10) NOT NULL, `until` varchar(10) NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_membership_body` (`bodyId`, `since`), INDEX `IDX_membership_person` (`personId`, `since`), INDEX `IDX_membership_scopePath` (`scopePath`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `pool_entry` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `personId` int NOT NULL, `leadingGroupId` int NOT NULL, `since` varchar(10) NOT NULL, `note` varchar(500) NOT NULL DEFAULT '', `retiredOn` varchar(10) NULL, `scopePath` varchar(255) NOT NULL, UNIQUE INDEX `IDX_pool_entry_person_group` (`personId`, `leadingGroupId`), INDEX `IDX_pool_entry_scopePath` (`scopePath`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `body` ADD CONSTRAINT `FK_59e5c06ce3a0a498b0629b38041` FOREIGN KEY (`reportsToId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `body` ADD CONSTRAINT `FK_eb40e00c0840718ee4adfa07f4b` FOREIGN KEY (`hostedById`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `person` ADD CONSTRAINT `FK_f21c1401cc39adfc6f0250cf00f` FOREIGN KEY (`employerId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `person` ADD CONSTRAINT `FK_33ee55db7ed6fa25021f8ef1c5a` FOREIGN KEY (`managedById`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `account` ADD CONSTRAINT `FK_7f69bc091c4e2b90db02f57f3b6` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `leader_grant` ADD CONSTRAINT `FK_02e4e602f65ded97dc8efd35175` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `leader_grant` ADD CONSTRAINT `FK_de07e12cc7952b07f369036eaca` FOREIGN KEY (`teamId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `membership` ADD CONSTRAINT `FK_27596f83abf11927b07021ea2c8` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `membership` ADD CONSTRAINT `FK_0dfdffa67d18242f26af04575d2` FOREIGN KEY (`bodyId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `pool_entry` ADD CONSTRAINT `FK_87bd6a06c1577196768f46c8a5c` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `pool_entry` ADD CONSTRAINT `FK_47e43e7260df850b80631d40d76` FOREIGN KEY (`leadingGroupId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The audit chain starts from a genesis head; appends lock this row.
    await queryRunner.query(
      "INSERT INTO audit_head (id, lastEntryId, lastHash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `pool_entry` DROP FOREIGN KEY `FK_47e43e7260df850b80631d40d76`');
    await queryRunner.query('ALTER TABLE `pool_entry` DROP FOREIGN KEY `FK_87bd6a06c1577196768f46c8a5c`');
    await queryRunner.query('ALTER TABLE `membership` DROP FOREIGN KEY `FK_0dfdffa67d18242f26af04575d2`');
    await queryRunner.query('ALTER TABLE `membership` DROP FOREIGN KEY `FK_27596f83abf11927b07021ea2c8`');
    await queryRunner.query('ALTER TABLE `leader_grant` DROP FOREIGN KEY `FK_de07e12cc7952b07f369036eaca`');
    await queryRunner.query('ALTER TABLE `leader_grant` DROP FOREIGN KEY `FK_02e4e602f65ded97dc8efd35175`');
    await queryRunner.query('ALTER TABLE `account` DROP FOREIGN KEY `FK_7f69bc091c4e2b90db02f57f3b6`');
    await queryRunner.query('ALTER TABLE `person` DROP FOREIGN KEY `FK_33ee55db7ed6fa25021f8ef1c5a`');
    await queryRunner.query('ALTER TABLE `person` DROP FOREIGN KEY `FK_f21c1401cc39adfc6f0250cf00f`');
    await queryRunner.query('ALTER TABLE `body` DROP FOREIGN KEY `FK_eb40e00c0840718ee4adfa07f4b`');
    await queryRunner.query('ALTER TABLE `body` DROP FOREIGN KEY `FK_59e5c06ce3a0a498b0629b38041`');
    await queryRunner.query('DROP INDEX `IDX_pool_entry_scopePath` ON `pool_entry`');
    await queryRunner.query('DROP INDEX `IDX_pool_entry_person_group` ON `pool_entry`');
    await queryRunner.query('DROP TABLE `pool_entry`');
    await queryRunner.query('DROP INDEX `IDX_membership_scopePath` ON `membership`');
    await queryRunner.query('DROP INDEX `IDX_membership_person` ON `membership`');
    await queryRunner.query('DROP INDEX `IDX_membership_body` ON `membership`');
    await queryRunner.query('DROP TABLE `membership`');
    await queryRunner.query('DROP INDEX `IDX_leader_grant_scopePath` ON `leader_grant`');
    await queryRunner.query('DROP INDEX `IDX_leader_grant_person` ON `leader_grant`');
    await queryRunner.query('DROP TABLE `leader_grant`');
    await queryRunner.query('DROP TABLE `audit_head`');
    await queryRunner.query('DROP INDEX `IDX_audit_entry_subject` ON `audit_entry`');
    await queryRunner.query('DROP TABLE `audit_entry`');
    await queryRunner.query('DROP INDEX `IDX_02ec5e354b7a10ffa2e1c0b70e` ON `account`');
    await queryRunner.query('DROP INDEX `IDX_account_scopePath` ON `account`');
    await queryRunner.query('DROP TABLE `account`');
    await queryRunner.query('DROP INDEX `IDX_person_scopePath_name` ON `person`');
    await queryRunner.query('DROP TABLE `person`');
    await queryRunner.query('DROP INDEX `IDX_bdea64ee7b6528bfb7cedda6fd` ON `body`');
    await queryRunner.query('DROP INDEX `IDX_body_reportsTo_name` ON `body`');
    await queryRunner.query('DROP INDEX `IDX_body_scopePath` ON `body`');
    await queryRunner.query('DROP TABLE `body`');
  }
}
