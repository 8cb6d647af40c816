import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Revocation1796541000000 implements MigrationInterface {
  name = 'Revocation1796541000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `assignment_member` ADD `removedOn` varchar(10) NULL');
    await queryRunner.query('ALTER TABLE `assignment_member` ADD `removedReason` varchar(500) NULL');
    await queryRunner.query('ALTER TABLE `assignment_member` ADD `removedById` int NULL');
    await queryRunner.query('ALTER TABLE `leader_grant` ADD `revokedReason` varchar(500) NULL');
    await queryRunner.query('ALTER TABLE `leader_grant` ADD `revokedById` int NULL');
    await queryRunner.query(
      'ALTER TABLE `assignment_member` ADD CONSTRAINT `FK_ef0de90f34a1170cda0071e3bdc` FOREIGN KEY (`removedById`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `leader_grant` ADD CONSTRAINT `FK_bf4f3c6884ca6b38e31de0b65ae` FOREIGN KEY (`revokedById`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `leader_grant` DROP FOREIGN KEY `FK_bf4f3c6884ca6b38e31de0b65ae`');
    await queryRunner.query('ALTER TABLE `assignment_member` DROP FOREIGN KEY `FK_ef0de90f34a1170cda0071e3bdc`');
    await queryRunner.query('ALTER TABLE `leader_grant` DROP COLUMN `revokedById`');
    await queryRunner.query('ALTER TABLE `leader_grant` DROP COLUMN `revokedReason`');
    await queryRunner.query('ALTER TABLE `assignment_member` DROP COLUMN `removedById`');
    await queryRunner.query('ALTER TABLE `assignment_member` DROP COLUMN `removedReason`');
    await queryRunner.query('ALTER TABLE `assignment_member` DROP COLUMN `removedOn`');
  }
}
