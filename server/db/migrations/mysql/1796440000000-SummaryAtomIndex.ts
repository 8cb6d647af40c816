import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SummaryAtomIndex1796440000000 implements MigrationInterface {
  name = 'SummaryAtomIndex1796440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX `IDX_finding_atom` ON `finding` (`assignmentId`, `targetId`, `category`, `scopePath`, `transferredOn`, `subjectPersonId`, `createdAt`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_finding_atom` ON `finding`');
  }
}
