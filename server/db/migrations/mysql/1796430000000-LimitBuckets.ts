import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LimitBuckets1796430000000 implements MigrationInterface {
  name = 'LimitBuckets1796430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `limit_bucket` (`limiter` varchar(32) NOT NULL, `keyDigest` varchar(64) NOT NULL, `state` text NOT NULL, `version` int NOT NULL, `expiresAt` varchar(24) NOT NULL, INDEX `IDX_limit_bucket_expiresAt` (`expiresAt`), PRIMARY KEY (`limiter`, `keyDigest`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_limit_bucket_expiresAt` ON `limit_bucket`');
    await queryRunner.query('DROP TABLE `limit_bucket`');
  }
}
