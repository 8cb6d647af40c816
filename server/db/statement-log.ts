import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

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

/** Starts a trace that lasts for the rest of the current async context (one HTTP request). */
export function beginStatementTrace(): StatementTrace {
  const trace: StatementTrace = { statements: [] };
  traces.enterWith(trace);
  return trace;
}

export function currentStatementCount(): number | undefined {
  return traces.getStore()?.statements.length;
}

const TRANSACTION_CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

/** TypeORM logger that counts statements into the active trace and reports failures. */
export class StatementLogger implements Logger {
  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const trace = traces.getStore();
    if (trace && !TRANSACTION_CONTROL.test(query)) trace.statements.push(query);
  }
  logQueryError(error: string | Error, _query: string, _parameters?: unknown[]): void {
    // Parameters are never logged: they can hold protected fields.
    process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'query failed', error: String(error) })}\n`);
  }
  logQuerySlow(time: number, query: string): void {
    process.stderr.write(`${JSON.stringify({ level: 'warn', msg: 'slow query', ms: time, query: query.slice(0, 500) })}\n`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.NODE_ENV !== 'test') process.stdout.write(`${JSON.stringify({ level: 'info', msg: message })}\n`);
  }
  log(): void {}
}
