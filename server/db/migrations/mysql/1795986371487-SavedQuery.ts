import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedQuery1795986371487 implements MigrationInterface {
  name = 'SavedQuery1795986371487';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `saved_query` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `accountId` int NOT NULL, `name` varchar(100) NOT NULL, `query` text NOT NULL, `variables` text NULL, UNIQUE INDEX `IDX_saved_query_account_name` (`accountId`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `saved_query` ADD CONSTRAINT `FK_a2e400a57000ce8ec4ab64cbcb5` FOREIGN KEY (`accountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `saved_query` DROP FOREIGN KEY `FK_a2e400a57000ce8ec4ab64cbcb5`');
    await queryRunner.query('DROP INDEX `IDX_saved_query_account_name` ON `saved_query`');
    await queryRunner.query('DROP TABLE `saved_query`');
  }
}
