import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUp1796461000000 implements MigrationInterface {
  name = 'FollowUp1796461000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `assignment` ADD `followsUpId` int NULL');
    await queryRunner.query('CREATE INDEX `IDX_assignment_followsUp` ON `assignment` (`followsUpId`)');
    await queryRunner.query(
      'ALTER TABLE `assignment` ADD CONSTRAINT `FK_c8d485fdad7287e618c9d5ec2e4` FOREIGN KEY (`followsUpId`) REFERENCES `assignment`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `assignment` DROP FOREIGN KEY `FK_c8d485fdad7287e618c9d5ec2e4`');
    await queryRunner.query('DROP INDEX `IDX_assignment_followsUp` ON `assignment`');
    await queryRunner.query('ALTER TABLE `assignment` DROP COLUMN `followsUpId`');
  }
}
