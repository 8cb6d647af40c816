/**
 * The Word documents name only what their reader may read through the API: the plan, the bodies,
 * the leader, the report, the findings and the rectification items are each read through the
 * caller's rules, and what is out of them reads "（无权查看）" instead. The persons an evaluation
 * rates are named in its tally to whoever reads the evaluation.
 */
import JSZip from 'jszip';
import type { ObjectLiteral } from 'typeorm';
import { createRequestContext } from '../server/graphql/context';
import type { SubjectName } from '../server/permissions/ability';
import { scopedQuery } from '../server/scope/scoped-query';
import { loadCaller } from '../server/modules/account/caller.loader';
import { Assignment } from '../server/modules/assignment/assignment.entity';
import { Evaluation } from '../server/modules/evaluation/evaluation.entity';
import { NOT_VISIBLE } from '../server/documents/inspection-documents';
import { codes, startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const KINDS = ['notice', 'report', 'feedback'] as const;

async function download(login: string, assignmentId: number, kind: string): Promise<Response> {
  return fetch(server.url.replace(/graphql$/, `documents/assignments/${assignmentId}/${kind}.docx`), {
    headers: { authorization: `Bearer ${await server.tokenFor(login)}` },
  });
}

/** The text of word/document.xml, paragraph by paragraph, entities decoded. */
async function documentText(login: string, assignmentId: number, kind: string): Promise<string> {
  const res = await download(login, assignmentId, kind);
  expect([login, assignmentId, kind, res.status]).toEqual([login, assignmentId, kind, 200]);
  const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function accountId(login: string): Promise<number> {
  const [row] = await server.db.query('SELECT id FROM account WHERE login = ?', [login]);
  return row.id;
}

const one = async (sql: string, params: unknown[]) => (await server.db.query(sql, params))[0];

describe('what a team member may not read', () => {
  it("is left out of the notice: the plan's title and the appointed leader's name", async () => {
    const assignment = await one('SELECT roundId FROM assignment WHERE id = 16', []);
    const round = await one('SELECT id, title FROM round WHERE id = ?', [assignment.roundId]);
    const grant = await one('SELECT personId FROM leader_grant WHERE assignmentId = 16 ORDER BY validFrom DESC LIMIT 1', []);
    const leader = await one('SELECT id, name FROM person WHERE id = ?', [grant.personId]);
    const token = await server.tokenFor('team1');
    expect(codes(await server.gql('query($id: Int!) { round(id: $id) { title } }', { id: round.id }, token))).toEqual(['NOT_FOUND']);
    expect(codes(await server.gql('query($id: Int!) { person(id: $id) { name } }', { id: leader.id }, token))).toEqual(['NOT_FOUND']);

    const notice = await documentText('team1', 16, 'notice');
    expect(notice).not.toContain(round.title);
    expect(notice).not.toContain(leader.name);
    expect(notice).toContain(`关于${NOT_VISIBLE}的统一部署`);
    expect(notice).toContain(`（组长：${NOT_VISIBLE}）`);
    // What the team member reads is there: its team, the target, the leading group that sends it.
    expect(notice).toContain('关于中央第一巡视组对青川省人民政府党组开展巡视的通知');
    expect(notice).toContain('经中央巡视工作领导小组批准');
    // In inquiry, the report is drafted from what was recorded; the feedback letter is not yet.
    const report = await documentText('team1', 16, 'report');
    expect(report).not.toContain(round.title);
    expect(report).toContain(NOT_VISIBLE);
  });

  it('is all there for the leading group, and the leader reads its own name', async () => {
    const round = await one('SELECT r.title FROM round r JOIN assignment a ON a.roundId = r.id WHERE a.id = 16', []);
    const leader = await one(
      'SELECT p.name FROM person p JOIN leader_grant g ON g.personId = p.id WHERE g.assignmentId = 16 ORDER BY g.validFrom DESC LIMIT 1',
      [],
    );
    const notice = await documentText('lg.leader', 16, 'notice');
    expect(notice).toContain(
      `根据中共中央关于${round.title}的统一部署，经中央巡视工作领导小组批准，中央第一巡视组（组长：${leader.name}）`,
    );
    expect(notice).not.toContain(NOT_VISIBLE);
    const own = await documentText('teamlead', 16, 'notice');
    expect(own).toContain(`（组长：${leader.name}）`);
    expect(own).not.toContain(round.title);
  });

  it('keeps an inspection outside the caller’s rules a 404', async () => {
    expect((await download('qc.team', 16, 'notice')).status).toBe(404);
    expect((await download('admin', 16, 'report')).status).toBe(404);
  });
});

/**
 * The persons rated by the evaluations the login reads: their names belong to the evaluation, as on
 * its ballots, so its tally names them to whoever reads it.
 */
async function ratedInReadableEvaluations(login: string): Promise<number[]> {
  const ctx = createRequestContext(server.db, await loadCaller(server.db, await accountId(login)));
  const evaluations = await scopedQuery(ctx, Evaluation, 'e').getMany();
  return evaluations.flatMap((e) => e.personIds);
}

/**
 * Names of records of `kind` the login may not read (and those it may), from the records `sql`
 * selects; `alsoReadable` names records it reads through another record.
 */
async function partition(
  login: string,
  kind: SubjectName,
  sql: string,
  alsoReadable: number[] = [],
): Promise<{ seen: string[]; unseen: string[] }> {
  const ctx = createRequestContext(server.db, await loadCaller(server.db, await accountId(login)));
  const rows: Array<{ id: number; text: string }> = await server.db.query(sql);
  const entity = server.db.getMetadata(kind).target as new () => ObjectLiteral;
  const ids = rows.map((r) => Number(r.id));
  const readable = new Set([
    ...(await scopedQuery(ctx, entity, 'r').andWhere('r.id IN (:...ids)', { ids }).select('r.id', 'id').getRawMany()).map((r) =>
      Number(r.id),
    ),
    ...alsoReadable,
  ]);
  // A document puts each line of a text in a paragraph of its own.
  const lines = (which: typeof rows) =>
    which.flatMap((r) =>
      r.text
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    );
  const seen = lines(rows.filter((r) => readable.has(Number(r.id))));
  return { seen, unseen: lines(rows.filter((r) => !readable.has(Number(r.id)))).filter((line) => !seen.includes(line)) };
}

/** The documents the API says an inspection can be drafted into now, as their names in a path. */
async function draftable(login: string, assignmentId: number): Promise<string[]> {
  const res = await server.gql(
    'query($id: Int!) { assignment(id: $id) { documents } }',
    { id: assignmentId },
    await server.tokenFor(login),
  );
  expect(res.errors).toBeUndefined();
  return (res.data.assignment.documents as string[]).map((d) => d.toLowerCase());
}

describe('the documents of an inspection, by its stage', () => {
  const FIRST_STAGE = { notice: 'PREPARATION', report: 'INQUIRY', feedback: 'REPORTING' } as const;
  const ORDER = ['PREPARATION', 'INQUIRY', 'REPORTING', 'FEEDBACK', 'TRANSFER', 'CLOSED'];

  it('are drafted from the stage each belongs to on, as the API lists them; earlier, refused as a conflict naming both stages', async () => {
    const inspections: Array<{ id: number; stage: string }> = await server.db.query(
      'SELECT id, stage FROM assignment WHERE id IN (SELECT MIN(id) FROM assignment GROUP BY stage) ORDER BY id',
    );
    expect(new Set(inspections.map((a) => a.stage))).toEqual(new Set(ORDER));
    for (const { id, stage } of inspections) {
      const expected = KINDS.filter((kind) => ORDER.indexOf(stage) >= ORDER.indexOf(FIRST_STAGE[kind]));
      expect([stage, await draftable('lg.leader', id)]).toEqual([stage, expected]);
      for (const kind of KINDS) {
        const res = await download('lg.leader', id, kind);
        if (expected.includes(kind)) {
          expect([stage, kind, res.status]).toEqual([stage, kind, 200]);
          await res.arrayBuffer();
          continue;
        }
        const body = await res.json();
        expect([stage, kind, res.status, body.code, body.messageKey]).toEqual([stage, kind, 409, 'CONFLICT', 'document.notYet']);
        expect(body.error).toBe(`inspection ${id} is in ${stage}: this document is drafted from ${FIRST_STAGE[kind]} on`);
        expect(body.params).toEqual({ id, stage, first: FIRST_STAGE[kind] });
      }
    }
  });

  it('stay a 404 for a caller outside the inspection’s rules, whatever its stage', async () => {
    const [preparation] = await server.db.query(
      "SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId WHERE a.stage = 'PREPARATION' AND t.code LIKE 'C-%' ORDER BY a.id LIMIT 1",
    );
    expect(preparation).toBeDefined();
    for (const login of ['qc.team', 'admin', 'liaison'])
      for (const kind of KINDS) {
        const res = await download(login, Number(preparation.id), kind);
        expect([login, kind, res.status]).toEqual([login, kind, 404]);
        expect((await res.json()).code).toBe('NOT_FOUND');
      }
  });
});

describe('every document, for every caller who may open it', () => {
  it('names no plan, body, person, report, finding or rectification item the caller may not read', async () => {
    // Each kind of reader: staff, leader, office, leading group, analysts of the centre and a province.
    const callers = ['team1', 'teamlead', 'qc.team', 'office', 'lg.leader', 'analyst', 'qc.analyst'];
    const problems: unknown[] = [];
    let documents = 0;
    for (const login of callers) {
      const ctx = createRequestContext(server.db, await loadCaller(server.db, await accountId(login)));
      // One inspection the caller reads in each stage it reads them in.
      const readable: Array<{ id: number; stage: string }> = await scopedQuery(ctx, Assignment, 'a')
        .select(['a.id', 'a.stage'])
        .orderBy('a.id')
        .getMany();
      const assignments = [...new Map(readable.map((a) => [a.stage, a])).values()];
      const names = [
        await partition(login, 'Round', 'SELECT id, title AS text FROM round'),
        await partition(login, 'Body', 'SELECT id, name AS text FROM body'),
        await partition(login, 'Person', 'SELECT id, name AS text FROM person', await ratedInReadableEvaluations(login)),
        await partition(login, 'Report', "SELECT id, summary AS text FROM report WHERE summary <> ''"),
        await partition(login, 'Finding', 'SELECT id, evidenceSummary AS text FROM finding'),
        await partition(login, 'RectificationItem', 'SELECT id, description AS text FROM rectification_item'),
      ];
      const seen = names.flatMap((n) => n.seen).sort((x, y) => y.length - x.length);
      const unseen = names.flatMap((n) => n.unseen);
      for (const { id } of assignments) {
        for (const kind of await draftable(login, id)) {
          const text = await documentText(login, id, kind);
          documents++;
          // What the caller reads may contain a shorter name it does not (a body's name in a plan's title).
          const rest = seen.reduce((t, name) => t.split(name).join(NOT_VISIBLE), text);
          const named = unseen.filter((name) => rest.includes(name));
          if (named.length > 0) problems.push({ login, assignment: id, kind, named });
        }
      }
    }
    expect(problems).toEqual([]);
    expect(documents).toBeGreaterThan(30);
  }, 120_000);
});
