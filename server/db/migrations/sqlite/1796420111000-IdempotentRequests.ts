import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotentRequests1796420111000 implements MigrationInterface {
  name = 'IdempotentRequests1796420111000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotent_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" integer NOT NULL, "keyDigest" varchar(64) NOT NULL, "fingerprint" varchar(64) NOT NULL, "outcome" text, "response" text, "createdAt" varchar(24) NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_idempotent_request_key" ON "idempotent_request" ("accountId", "keyDigest") ');
    await queryRunner.query('CREATE INDEX "IDX_idempotent_request_createdAt" ON "idempotent_request" ("createdAt") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_idempotent_request_createdAt"');
    await queryRunner.query('DROP INDEX "UQ_idempotent_request_key"');
    await queryRunner.query('DROP TABLE "idempotent_request"');
  }
}
