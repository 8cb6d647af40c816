import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LimitBuckets1796430000000 implements MigrationInterface {
  name = 'LimitBuckets1796430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "limit_bucket" ("limiter" varchar(32) NOT NULL, "keyDigest" varchar(64) NOT NULL, "state" text NOT NULL, "version" integer NOT NULL, "expiresAt" varchar(24) NOT NULL, PRIMARY KEY ("limiter", "keyDigest"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_limit_bucket_expiresAt" ON "limit_bucket" ("expiresAt") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_limit_bucket_expiresAt"');
    await queryRunner.query('DROP TABLE "limit_bucket"');
  }
}
