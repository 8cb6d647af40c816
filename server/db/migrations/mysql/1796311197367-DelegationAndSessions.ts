import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DelegationAndSessions1796311197367 implements MigrationInterface {
  name = 'DelegationAndSessions1796311197367';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `session` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `createdAt` varchar(24) NOT NULL, `expiresAt` varchar(24) NOT NULL, `endedAt` varchar(24) NULL, `endReason` varchar(40) NULL, `clientAddress` varchar(64) NOT NULL DEFAULT '', `userAgent` varchar(200) NOT NULL DEFAULT '', INDEX `IDX_session_account` (`accountId`, `endedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query('ALTER TABLE `account` ADD `mustChangePassword` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query("ALTER TABLE `membership` ADD `status` enum ('PENDING', 'APPROVED', 'REFUSED') NOT NULL DEFAULT 'APPROVED'");
    await queryRunner.query('ALTER TABLE `membership` ADD `proposedByAccountId` int NULL');
    await queryRunner.query('ALTER TABLE `membership` ADD `decidedByAccountId` int NULL');
    await queryRunner.query('ALTER TABLE `membership` ADD `decidedAt` varchar(24) NULL');
    await queryRunner.query("ALTER TABLE `membership` ADD `decisionNote` varchar(500) NOT NULL DEFAULT ''");
    await queryRunner.query('ALTER TABLE `membership` ADD `endedAt` varchar(24) NULL');
    await queryRunner.query('CREATE INDEX `IDX_membership_status` ON `membership` (`status`, `scopePath`)');
    await queryRunner.query(
      'ALTER TABLE `session` ADD CONSTRAINT `FK_db27ab5fcaee7b52324fe2c8a24` FOREIGN KEY (`accountId`) REFERENCES `account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `session` DROP FOREIGN KEY `FK_db27ab5fcaee7b52324fe2c8a24`');
    await queryRunner.query('DROP INDEX `IDX_membership_status` ON `membership`');
    await queryRunner.query('ALTER TABLE `membership` DROP COLUMN `endedAt`');
    await queryRunner.query('ALTER TABLE `membership` DROP COLUMN `decisionNote`');
    await queryRunner.query('ALTER TABLE `membership` DROP COLUMN `decidedAt`');
    await queryRunner.query('ALTER TABLE `membership` DROP COLUMN `decidedByAccountId`');
    await queryRunner.query('ALTER TABLE `membership` DROP COLUMN `proposedByAccountId`');
    await queryRunner.query('ALTER TABLE `membership` DROP COLUMN `status`');
    await queryRunner.query('ALTER TABLE `account` DROP COLUMN `mustChangePassword`');
    await queryRunner.query('DROP INDEX `IDX_session_account` ON `session`');
    await queryRunner.query('DROP TABLE `session`');
  }
}
