import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';
import { log } from '../observability/log';

interface StatementTrace {
  statements: string[];
}

const traces = new AsyncLocalStorage<StatementTrace>();

/** Runs `work` while recording every SQL statement it causes, for tests and benchmarks. */
export async function traceStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const trace: StatementTrace = { statements: [] };
  const result = await traces.run(trace, work);
  return { result, statements: trace.statements };
}

const TRANSACTION_CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

/**
 * TypeORM logger that counts statements into the active trace and reports failures and slow
 * statements through the server's log, where each line carries the id of the request that ran it.
 * Parameters are never logged: they can hold protected fields, passwords and tokens.
 */
export class StatementLogger implements Logger {
  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const trace = traces.getStore();
    if (trace && !TRANSACTION_CONTROL.test(query)) trace.statements.push(query);
  }
  logQueryError(error: string | Error, _query: string, _parameters?: unknown[]): void {
    log({ level: 'error', msg: 'query failed', error: String(error) });
  }
  logQuerySlow(time: number, query: string): void {
    log({ level: 'warn', msg: 'slow query', ms: time, query: query.slice(0, 500) });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    log({ level: 'info', msg: message });
  }
  log(): void {}
}
