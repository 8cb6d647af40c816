import { createRequestContext } from '../../server/graphql/context';
import { traceStatements } from '../../server/db/statement-log';
import { loadCaller } from '../../server/modules/account/caller.loader';
import type { TestServer } from './harness';

/** Runs one operation as `login`, in process, and returns its data with the SQL statements it sent. */
export async function statementsFor(server: TestServer, login: string, query: string, variables: Record<string, unknown>) {
  const [account] = await server.db.query('SELECT id FROM account WHERE login = ?', [login]);
  const caller = await loadCaller(server.db, Number(account.id));
  const { result, statements } = await traceStatements(() =>
    server.app.apollo.executeOperation({ query, variables }, { contextValue: createRequestContext(server.db, caller) as never }),
  );
  const body = result.body as { kind: string; singleResult: { data?: any; errors?: unknown } };
  expect(body.singleResult.errors).toBeUndefined();
  return { data: body.singleResult.data, statements };
}
