import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginLockout1795987490248 implements MigrationInterface {
  name = 'LoginLockout1795987490248';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account` ADD `failedLogins` int NOT NULL DEFAULT '0'");
    await queryRunner.query('ALTER TABLE `account` ADD `lockedUntil` varchar(24) NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `account` DROP COLUMN `lockedUntil`');
    await queryRunner.query('ALTER TABLE `account` DROP COLUMN `failedLogins`');
  }
}
