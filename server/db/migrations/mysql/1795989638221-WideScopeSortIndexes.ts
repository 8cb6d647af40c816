import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WideScopeSortIndexes1795989638221 implements MigrationInterface {
  name = 'WideScopeSortIndexes1795989638221';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `IDX_activity_heldOn` ON `activity` (`heldOn`, `id`, `scopePath`)');
    await queryRunner.query('CREATE INDEX `IDX_finding_category_createdAt` ON `finding` (`category`, `createdAt`, `id`, `scopePath`)');
    await queryRunner.query('CREATE INDEX `IDX_finding_createdAt` ON `finding` (`createdAt`, `id`, `scopePath`)');
    await queryRunner.query('CREATE INDEX `IDX_intake_item_receivedOn` ON `intake_item` (`receivedOn`, `id`, `scopePath`)');
    await queryRunner.query('CREATE INDEX `IDX_rectification_item_deadline` ON `rectification_item` (`deadline`, `id`, `scopePath`)');
    await queryRunner.query('CREATE INDEX `IDX_supervision_item_deadline` ON `supervision_item` (`deadline`, `id`, `scopePath`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_supervision_item_deadline` ON `supervision_item`');
    await queryRunner.query('DROP INDEX `IDX_rectification_item_deadline` ON `rectification_item`');
    await queryRunner.query('DROP INDEX `IDX_intake_item_receivedOn` ON `intake_item`');
    await queryRunner.query('DROP INDEX `IDX_finding_createdAt` ON `finding`');
    await queryRunner.query('DROP INDEX `IDX_finding_category_createdAt` ON `finding`');
    await queryRunner.query('DROP INDEX `IDX_activity_heldOn` ON `activity`');
  }
}
