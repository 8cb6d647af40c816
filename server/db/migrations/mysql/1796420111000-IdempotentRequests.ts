import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotentRequests1796420111000 implements MigrationInterface {
  name = 'IdempotentRequests1796420111000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `idempotent_request` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `keyDigest` varchar(64) NOT NULL, `fingerprint` varchar(64) NOT NULL, `outcome` text NULL, `response` text NULL, `createdAt` varchar(24) NOT NULL, INDEX `IDX_idempotent_request_createdAt` (`createdAt`), UNIQUE INDEX `UQ_idempotent_request_key` (`accountId`, `keyDigest`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `UQ_idempotent_request_key` ON `idempotent_request`');
    await queryRunner.query('DROP INDEX `IDX_idempotent_request_createdAt` ON `idempotent_request`');
    await queryRunner.query('DROP TABLE `idempotent_request`');
  }
}
