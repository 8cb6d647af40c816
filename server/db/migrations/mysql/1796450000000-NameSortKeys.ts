import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillNameSortKeys } from '../../name-sort-key-backfill';

export class NameSortKeys1796450000000 implements MigrationInterface {
  name = 'NameSortKeys1796450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `body` ADD `nameSortKey` varchar(255) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `person` ADD `nameSortKey` varchar(255) NOT NULL DEFAULT ''");
    await queryRunner.query('CREATE INDEX `IDX_body_reportsTo_nameSortKey` ON `body` (`reportsToId`, `nameSortKey`)');
    await queryRunner.query('CREATE INDEX `IDX_person_scopePath_nameSortKey` ON `person` (`scopePath`, `nameSortKey`)');
    await backfillNameSortKeys(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_person_scopePath_nameSortKey` ON `person`');
    await queryRunner.query('DROP INDEX `IDX_body_reportsTo_nameSortKey` ON `body`');
    await queryRunner.query('ALTER TABLE `person` DROP COLUMN `nameSortKey`');
    await queryRunner.query('ALTER TABLE `body` DROP COLUMN `nameSortKey`');
  }
}
