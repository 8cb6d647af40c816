/**
 * The anonymity of a ballot: after ballots are cast over HTTP, no table of the database and no line
 * the server wrote holds a link's key, ties a link to the answers, puts the client's address beside
 * anything of a ballot, or dates an answer finer than the day; and a link counts once, also when the
 * same ballot is sent many times at once.
 */
import { createHash } from 'node:crypto';
import { captureOutput } from './support/capture-output';
import { startTestServer, type TestServer } from './support/harness';
import { ballotFrom, inquiry } from './support/evaluation-fixture';

let server: TestServer;
let evaluationId: number;
let paths: string[];
let keys: string[];
let output: string;
let burst: number[];
let auditBefore: number;
let auditAfter: number;
const VOTER = '127.0.0.77';
const BURSTER = '127.0.0.78';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function tables(): Promise<string[]> {
  const rows =
    server.db.options.type === 'better-sqlite3'
      ? await server.db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await server.db.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()');
  return rows.map((r: { name?: string; NAME?: string; TABLE_NAME?: string }) => r.name ?? r.NAME ?? r.TABLE_NAME!);
}
async function everyRow(): Promise<Array<{ table: string; row: Record<string, unknown>; text: string }>> {
  const all = [];
  for (const table of await tables()) {
    const quoted = server.db.options.type === 'better-sqlite3' ? `"${table}"` : `\`${table}\``;
    for (const row of await server.db.query(`SELECT * FROM ${quoted}`)) all.push({ table, row, text: JSON.stringify(row) });
  }
  return all;
}
const auditCount = async () => Number((await server.db.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);

beforeAll(async () => {
  server = await startTestServer();
  const { assignmentId, people } = await inquiry(server);
  const token = await server.tokenFor('team1');
  const mutate = async (name: string, type: string, input: object, fields: string) => {
    const res = await server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data[name];
  };
  const draft = await mutate(
    'createEvaluation',
    'CreateEvaluationInput',
    { assignmentId, title: '民主测评', kind: 'DEMOCRATIC_EVALUATION', personIds: people.slice(0, 2), questions: ['意见和建议'] },
    'id version',
  );
  evaluationId = draft.id;
  await mutate('openEvaluation', 'VersionedInput', { id: draft.id, version: draft.version }, 'id');
  paths = (await mutate('issueBallotLinks', 'IssueBallotLinksInput', { evaluationId, count: 8 }, 'paths')).paths;
  keys = paths.map((p) => p.slice('/ballot/'.length));
  auditBefore = await auditCount();
  const [p1, p2] = people;
  ({ output } = await captureOutput(
    async () => {
      for (let i = 0; i < 4; i++) {
        expect((await ballotFrom(server, paths[i], undefined, VOTER)).status).toBe(200);
        const res = await ballotFrom(
          server,
          paths[i],
          { s0: 'COMPETENT', [`s${p1}`]: i % 2 ? 'NOT_COMPETENT' : '', [`s${p2}`]: 'BASICALLY_COMPETENT', q1: `第${i}张的意见` },
          VOTER,
        );
        expect(res.status).toBe(200);
      }
      // The same ballot ten times at once: one counts.
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => ballotFrom(server, paths[4], { s0: 'NOT_COMPETENT', q1: '并发提交的意见' }, BURSTER)),
      );
      burst = answers.map((a) => a.status);
      // A used link reads as an unknown one.
      expect((await ballotFrom(server, paths[0], undefined, VOTER)).status).toBe(404);
    },
    (text) => (text.match(/\/ballot\/\[key\]/g) ?? []).length >= 19,
  ));
  auditAfter = await auditCount();
});
afterAll(() => server.close());

it('counts a link once, also under a burst of the same ballot', async () => {
  expect(burst.filter((s) => s === 200)).toHaveLength(1);
  expect(burst.filter((s) => s === 404)).toHaveLength(9);
  const used = await server.db.query('SELECT COUNT(*) AS n FROM ballot_link WHERE evaluationId = ? AND usedOn IS NOT NULL', [evaluationId]);
  expect(Number(used[0].n)).toBe(5);
  const answers = await server.db.query('SELECT COUNT(*) AS n FROM ballot_answer WHERE evaluationId = ?', [evaluationId]);
  expect(Number(answers[0].n)).toBe(5 * 3);
  const texts = await server.db.query('SELECT COUNT(*) AS n FROM ballot_text_answer WHERE evaluationId = ?', [evaluationId]);
  expect(Number(texts[0].n)).toBe(5);
  expect((await ballotFrom(server, paths[4], { s0: 'COMPETENT' }, VOTER)).status).toBe(404);
});

it('keeps no key anywhere, and each key’s hash only on its link', async () => {
  const rows = await everyRow();
  for (const key of keys) expect(rows.filter((r) => r.text.includes(key))).toEqual([]);
  for (const key of keys) {
    const holders = rows.filter((r) => r.text.includes(sha256(key)));
    expect(holders.map((r) => r.table)).toEqual(['ballot_link']);
  }
});

it('stores answers with nothing that points to a link, and no time finer than the day', async () => {
  const answers = await server.db.query('SELECT * FROM ballot_answer WHERE evaluationId = ?', [evaluationId]);
  const texts = await server.db.query('SELECT * FROM ballot_text_answer WHERE evaluationId = ?', [evaluationId]);
  const links = await server.db.query('SELECT * FROM ballot_link WHERE evaluationId = ?', [evaluationId]);
  for (const a of answers) {
    expect(Object.keys(a).sort()).toEqual(['castOn', 'evaluationId', 'id', 'rating', 'subjectId']);
    expect(a.castOn).toMatch(DAY);
  }
  for (const t of texts) {
    expect(Object.keys(t).sort()).toEqual(['castOn', 'evaluationId', 'id', 'questionId', 'text']);
    expect(t.castOn).toMatch(DAY);
  }
  for (const l of links) {
    expect(Object.keys(l).sort()).toEqual(['evaluationId', 'id', 'issuedOn', 'keyHash', 'usedOn']);
    if (l.usedOn !== null) expect(l.usedOn).toMatch(DAY);
  }
  // No other table names a link or an answer, by id or otherwise.
  const rows = await everyRow();
  const elsewhere = rows.filter(
    (r) =>
      !['ballot_link', 'ballot_answer', 'ballot_text_answer'].includes(r.table) &&
      // The limit's record of requests is named after the page (its rows are checked below).
      !(r.table === 'limit_bucket' && r.row.limiter === 'public ballot') &&
      /ballot|BallotLink|BallotAnswer/i.test(r.text),
  );
  expect(elsewhere).toEqual([]);
});

it('writes nothing to the audit trail for a ballot', () => {
  expect(auditAfter).toBe(auditBefore);
});

it('keeps the address beside nothing of a ballot: not in any table, and only hashed in the limit’s record of requests', async () => {
  const rows = await everyRow();
  for (const address of [VOTER, BURSTER]) {
    expect(rows.filter((r) => r.text.includes(address))).toEqual([]);
    const holders = rows.filter((r) => r.text.includes(sha256(address)));
    expect(holders.length).toBeGreaterThan(0);
    for (const { table, row } of holders) {
      expect(table).toBe('limit_bucket');
      expect(row.limiter).toBe('public ballot');
      // Request times only: nothing of what was asked or answered.
      expect(JSON.parse(String(row.state)).every((t: unknown) => typeof t === 'number')).toBe(true);
    }
  }
});

it('logs each request to the page without its key or the address', () => {
  expect(output).toContain('/ballot/[key]');
  for (const key of keys) expect(output).not.toContain(key);
  expect(output).not.toContain(VOTER);
  expect(output).not.toContain(BURSTER);
  expect(output).not.toContain('第0张的意见');
  for (const line of output.split('\n').filter((l) => l.includes('/ballot'))) {
    expect(line).not.toMatch(/\/ballot\/(?!\[key\])/);
  }
});
