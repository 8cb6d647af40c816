/**
 * The leader's findings summary against the bare GROUP BY it is compared with, in this process:
 *   node -r @swc-node/register server/scripts/summary-latency.ts [--database <url>] [--runs 20] [--explain [--analyze]] [--login leader,…] [--query '{ … }']
 * The database is the large profile's (`npm run seed -- --scale large`), by default data/bench/large.sqlite.
 * Prints p50 (ms) of the GraphQL query run in-process, of the statements it ran replayed through the
 * same connection, and of the bare GROUP BY; with --explain, the plan of each statement
 * (with --analyze on MariaDB, as run, with the time of each step).
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseDatabaseUrl } from '../config';
import { InProcessApi, type Statement } from '../bench/sql-baseline';
import { percentile, timed } from '../bench/measure';
import { pathRange } from '../scope/paths';

const DEFAULT_QUERY = '{ findingSummary(groupBy: [CATEGORY, STAGE]) { total { count } groups { key count } } }';
const GROUP_BY_SQL =
  'SELECT f.category, a.stage, COUNT(*) AS n FROM finding f LEFT JOIN assignment a ON a.id = f.assignmentId WHERE f.scopePath >= ? AND f.scopePath < ? GROUP BY f.category, a.stage';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const url = option('database', `sqlite:${resolve('data', 'bench', 'large.sqlite')}`);
  const runs = Number(option('runs', '20'));
  const logins = option('login', 'leader').split(',');
  const QUERY = option('query', DEFAULT_QUERY);
  const database = parseDatabaseUrl(url, resolve('data', 'bench'));
  const api = await InProcessApi.open(database);
  try {
    const [committee] = await api.query<{ scopePath: string }>('SELECT scopePath FROM body WHERE reportsToId IS NULL ORDER BY id LIMIT 1');
    const bare: Statement = { sql: GROUP_BY_SQL, parameters: pathRange(committee.scopePath) };
    const replay = (statements: Statement[]) => async () => {
      for (const s of statements) await api.query(s.sql, s.parameters);
    };
    const p50 = async (work: () => Promise<unknown>) => percentile(await timed(work, { warmup: 3, runs }), 50).toFixed(1);
    for (const login of logins) {
      const { data, statements } = await api.run(login, QUERY);
      const summaryStatements = statements.filter((s) => /finding/i.test(s.sql));
      if (process.argv.includes('--explain')) {
        for (const s of summaryStatements) {
          process.stdout.write(`\n${s.sql}\n${JSON.stringify(s.parameters)}\n`);
          const explain =
            database.kind === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : process.argv.includes('--analyze') ? 'ANALYZE FORMAT=JSON ' : 'EXPLAIN ';
          for (const row of await api.query(explain + s.sql, s.parameters)) process.stdout.write(`  ${JSON.stringify(row)}\n`);
        }
      }
      process.stdout.write(`${login}: ${JSON.stringify(data).length} bytes of answer, ${summaryStatements.length} summary statement(s)\n`);
      process.stdout.write(`  API in-process p50   ${await p50(() => api.run(login, QUERY))} ms\n`);
      process.stdout.write(`  its statements p50   ${await p50(replay(summaryStatements))} ms\n`);
    }
    process.stdout.write(`bare GROUP BY p50      ${await p50(replay([bare]))} ms\n`);
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
