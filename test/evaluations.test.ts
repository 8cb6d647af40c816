/**
 * Evaluations (民主测评、问卷调查): the grammar, who may see and run them, the ballot links, and the
 * two rules of disclosure (sealed while open; a subject rated on fewer ballots than the minimum
 * group withheld), against the real server and database.
 */
import JSZip from 'jszip';
import { pathRange } from '../server/scope/paths';
import { CadreRank } from '../server/modules/person/person.enums';
import { Person } from '../server/modules/person/person.entity';
import { ANSWER_MAX } from '../server/modules/evaluation/evaluation.inputs';
import { BALLOT_GONE_TEXT } from '../server/http/public-ballot';
import { codes, startTestServer, type TestServer } from './support/harness';
import { ballotFrom, EVALUATION_FIELDS, inquiry } from './support/evaluation-fixture';

let server: TestServer;
let inspection: { assignmentId: number; targetId: number; people: number[] };
let other: { assignmentId: number };
let outsider: number;

beforeAll(async () => {
  server = await startTestServer();
  inspection = await inquiry(server);
  // Another inspection, by another team, that team1 and teamlead are not staffed on.
  other = await inquiry(server, { team: 'C-T02', staff: [], leader: '' });
  outsider = Number(
    (await server.db.query("SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T01' LIMIT 1"))[0].id,
  );
});
afterAll(() => server.close());

async function call(
  login: string,
  mutation: string,
  input: object,
  fields = mutation === 'issueBallotLinks' ? 'paths' : 'id version status',
) {
  const res = await server.gql(
    `mutation($input: ${inputType[mutation]}!) { ${mutation}(input: $input) { ${fields} } }`,
    { input },
    await server.tokenFor(login),
  );
  return res;
}
const inputType: Record<string, string> = {
  createEvaluation: 'CreateEvaluationInput',
  updateEvaluation: 'UpdateEvaluationInput',
  openEvaluation: 'VersionedInput',
  closeEvaluation: 'VersionedInput',
  issueBallotLinks: 'IssueBallotLinksInput',
};
async function ok(login: string, mutation: string, input: object, fields?: string) {
  const res = await call(login, mutation, input, fields);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data[mutation];
}
async function read(login: string, id: number) {
  return server.gql(`query($id: Int!) { evaluation(id: $id) { ${EVALUATION_FIELDS} } }`, { id }, await server.tokenFor(login));
}
const create = (extra: object = {}, assignmentId = inspection.assignmentId) =>
  ok('team1', 'createEvaluation', {
    assignmentId,
    title: '领导班子和领导干部民主测评',
    kind: 'DEMOCRATIC_EVALUATION',
    personIds: inspection.people.slice(0, 2),
    questions: ['您认为领导班子存在的主要问题是什么？'],
    ...extra,
  });
/** An evaluation set up and opened, with `count` links issued; returns it and the links' paths. */
async function opened(count: number, extra: object = {}) {
  const draft = await create(extra);
  const open = await ok('team1', 'openEvaluation', { id: draft.id, version: draft.version });
  const batch = await ok('teamlead', 'issueBallotLinks', { evaluationId: open.id, count }, 'evaluationId issuedOn paths');
  const current = (await read('team1', open.id)).data.evaluation;
  return { id: open.id as number, version: current.version as number, paths: batch.paths as string[] };
}
const LEADING = 0;
const cast = (path: string, ratings: Record<number, string>, texts: Record<number, string> = {}) =>
  ballotFrom(server, path, {
    ...Object.fromEntries(Object.entries(ratings).map(([s, r]) => [`s${s}`, r])),
    ...Object.fromEntries(Object.entries(texts).map(([q, t]) => [`q${q}`, t])),
  });

describe('the grammar', () => {
  it('sets up a draft with the leading body and named persons as subjects, lists it and edits it while a draft', async () => {
    const draft = await create();
    expect(draft.status).toBe('DRAFT');
    const one = (await read('team1', draft.id)).data.evaluation;
    expect(one.subjects.map((s: any) => s.subjectId)).toEqual([LEADING, ...inspection.people.slice(0, 2)]);
    expect(one.subjects[0]).toEqual({ subjectId: 0, personId: null, name: '领导班子' });
    expect(one.results).toMatchObject({ sealed: true, linksIssued: 0, linksUsed: 0, subjects: [], answers: null });
    const list = await server.gql(
      'query($a: Int!) { evaluations(filter: { assignmentId: $a, statuses: [DRAFT] }, sort: [{ field: TITLE, direction: ASC }], page: { take: 50 }) { totalCount items { id } } }',
      { a: inspection.assignmentId },
      await server.tokenFor('teamlead'),
    );
    expect(list.data.evaluations.items.map((e: any) => e.id)).toContain(draft.id);
    const edited = await ok(
      'teamlead',
      'updateEvaluation',
      { id: draft.id, version: draft.version, title: '问卷调查', kind: 'QUESTIONNAIRE', personIds: [] },
      'id version title kind personIds',
    );
    expect(edited).toMatchObject({ title: '问卷调查', kind: 'QUESTIONNAIRE', personIds: [] });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = Number((await server.db.query('SELECT COUNT(*) AS n FROM evaluation'))[0].n);
    const cases: Array<[object, string]> = [
      [{ personIds: [outsider] }, 'personIds'],
      [{ personIds: [inspection.people[0], inspection.people[0]] }, 'personIds'],
      [{ title: '   ' }, 'title'],
      [{ questions: ['  '] }, 'questions.0'],
      [{ questions: ['问'.repeat(501)] }, 'questions'],
    ];
    for (const [extra, field] of cases) {
      const res = await call('team1', 'createEvaluation', {
        assignmentId: inspection.assignmentId,
        title: '测评',
        kind: 'DEMOCRATIC_EVALUATION',
        personIds: [],
        ...extra,
      });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain(field);
    }
    const draft = await create();
    const tooMany = await call('team1', 'issueBallotLinks', { evaluationId: draft.id, count: 501 });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(tooMany.errors)).toContain('count');
    expect(Number((await server.db.query('SELECT COUNT(*) AS n FROM evaluation'))[0].n)).toBe(before + 1);
    expect(Number((await server.db.query('SELECT COUNT(*) AS n FROM ballot_link WHERE evaluationId = ?', [draft.id]))[0].n)).toBe(0);
  });

  it('issues links only while OPEN, and edits only a draft', async () => {
    const draft = await create();
    expect(codes(await call('team1', 'issueBallotLinks', { evaluationId: draft.id, count: 3 }))).toEqual(['BAD_USER_INPUT']);
    const open = await ok('team1', 'openEvaluation', { id: draft.id, version: draft.version });
    const edit = await call('team1', 'updateEvaluation', { id: open.id, version: open.version, title: '改' });
    expect(codes(edit)).toEqual(['BAD_USER_INPUT']);
    const batch = await ok('team1', 'issueBallotLinks', { evaluationId: open.id, count: 3 }, 'paths');
    expect(batch.paths).toHaveLength(3);
    for (const path of batch.paths) expect(path).toMatch(/^\/ballot\/[A-Za-z0-9_-]{32}$/);
    // Only the hashes are kept.
    const kept = JSON.stringify(await server.db.query('SELECT * FROM ballot_link WHERE evaluationId = ?', [open.id]));
    for (const path of batch.paths) expect(kept).not.toContain(path.slice('/ballot/'.length));
  });
});

describe('the persons an evaluation may rate', () => {
  const CANDIDATES = `query($a: Int!, $page: PageInput) {
    evaluationCandidates(assignmentId: $a, page: $page) { totalCount items { subjectId personId name } } }`;
  const candidates = async (login: string, page?: object, assignmentId = inspection.assignmentId) =>
    server.gql(CANDIDATES, { a: assignmentId, page }, await server.tokenFor(login));

  it('come a page at a time, in pinyin order, with how many there are: everyone on the roster of the target and below', async () => {
    const [target] = await server.db.query('SELECT scopePath FROM body WHERE id = ?', [inspection.targetId]);
    // Names whose pinyin order is not the order of their characters, and one who has left the roster.
    const stamp = { version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
    for (const [name, retiredOn] of [
      ['张三丰', null],
      ['阿依古丽', null],
      ['王五', null],
      ['艾青', '2026-01-01'],
    ])
      await server.db.getRepository(Person).insert({
        ...stamp,
        name: name as string,
        position: '干部',
        rank: CadreRank.DIVISION,
        employerId: inspection.targetId,
        managedById: inspection.targetId,
        idNumber: null,
        retiredOn,
        scopePath: target.scopePath,
      } as never);
    const [low, high] = pathRange(target.scopePath);
    const roster: Array<{ id: number | string; name: string }> = await server.db.query(
      'SELECT id, name FROM person WHERE scopePath >= ? AND scopePath < ? AND retiredOn IS NULL ORDER BY nameSortKey, id',
      [low, high],
    );
    const expected = roster.map((p) => ({ subjectId: Number(p.id), personId: Number(p.id), name: p.name }));
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.map((p) => p.name)).not.toContain('艾青');
    expect(expected.findIndex((p) => p.name === '阿依古丽')).toBeLessThan(expected.findIndex((p) => p.name === '张三丰'));

    const first = await candidates('team1', { skip: 0, take: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.evaluationCandidates).toEqual({ totalCount: expected.length, items: expected.slice(0, 2) });
    const rest = await candidates('teamlead', { skip: 2, take: 100 });
    expect(rest.data.evaluationCandidates.items).toEqual(expected.slice(2, 102));
    // Without a page: the first 25, like every other list.
    const unpaged = await candidates('team1');
    expect(unpaged.data.evaluationCandidates.items).toEqual(expected.slice(0, 25));
    // The page after the last is empty, the total unchanged.
    const past = await candidates('team1', { skip: expected.length, take: 10 });
    expect(past.data.evaluationCandidates).toEqual({ totalCount: expected.length, items: [] });
  });

  it('are refused outside the page sizes, to those who may not set one up, and read as not found outside the scope', async () => {
    for (const page of [
      { skip: 0, take: 101 },
      { skip: 0, take: 0 },
      { skip: -1, take: 10 },
    ])
      expect(codes(await candidates('team1', page))).toEqual(['BAD_USER_INPUT']);
    for (const login of ['lg.member', 'office', 'analyst']) expect(codes(await candidates(login))).toEqual(['FORBIDDEN']);
    // team1 is not staffed on the other team's inspection, and the receiver reads no inspection at all.
    expect(codes(await candidates('team1', undefined, other.assignmentId))).toEqual(['NOT_FOUND']);
    expect(codes(await candidates('receiver'))).toEqual(['NOT_FOUND']);
  });
});

describe('who may see and run evaluations', () => {
  let id: number;
  beforeAll(async () => {
    id = (await create()).id;
  });

  it.each(['team1', 'teamlead', 'lg.leader', 'lg.member', 'office', 'analyst'])('%s reads it', async (login) => {
    expect((await read(login, id)).data?.evaluation?.id).toBe(id);
  });

  it.each(['qc.analyst', 'liaison', 'qc.team', 'receiver', 'admin', 'leader', 'staff'])('%s finds nothing', async (login) => {
    expect(codes(await read(login, id))).toEqual(['NOT_FOUND']);
    const list = await server.gql(
      'query($id: Int!) { evaluations(filter: { ids: [$id] }) { totalCount } }',
      { id },
      await server.tokenFor(login),
    );
    expect(list.data.evaluations.totalCount).toBe(0);
  });

  it('the staff of another inspection cannot read or run it, nor set one up on an inspection they are not on', async () => {
    const theirs = await ok('office', 'createEvaluation', {}).catch(() => null);
    expect(theirs).toBeNull();
    const res = await call('team1', 'createEvaluation', {
      assignmentId: other.assignmentId,
      title: '测评',
      kind: 'QUESTIONNAIRE',
      personIds: [],
    });
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });

  it('the leading group and analysts read but do not run it', async () => {
    const draft = (await read('team1', id)).data.evaluation;
    for (const login of ['lg.member', 'analyst']) {
      expect(codes(await call(login, 'openEvaluation', { id, version: draft.version }))).toEqual(['FORBIDDEN']);
    }
    const res = await call('lg.member', 'createEvaluation', {
      assignmentId: inspection.assignmentId,
      title: '测评',
      kind: 'QUESTIONNAIRE',
      personIds: [],
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('results', () => {
  it('are sealed while OPEN: only the number of links used is shown', async () => {
    const { id, paths } = await opened(3);
    expect((await cast(paths[0], { [LEADING]: 'COMPETENT' }, { 1: '作风不实' })).status).toBe(200);
    for (const login of ['team1', 'office', 'analyst']) {
      const results = (await read(login, id)).data.evaluation.results;
      expect(results).toEqual(expect.objectContaining({ sealed: true, linksIssued: 3, linksUsed: 1, subjects: [], answers: null }));
    }
  });

  it('withhold a subject rated on fewer ballots than the minimum group, exactly at the threshold, once CLOSED', async () => {
    const [p1, p2] = inspection.people;
    const { id, version, paths } = await opened(6);
    const min = (await read('team1', id)).data.evaluation.results.minimumGroup as number;
    expect(min).toBeGreaterThan(1);
    expect(paths.length).toBeGreaterThanOrEqual(min);
    // min ballots: the leading body and p2 rated on every one, p1 on min-1 of them (the last leaves it unrated).
    const ratings = ['COMPETENT', 'BASICALLY_COMPETENT', 'NOT_COMPETENT'];
    for (let i = 0; i < min; i++) {
      const r = ratings[i % 3];
      const res = await cast(
        paths[i],
        { [LEADING]: r, [p2]: 'COMPETENT', ...(i < min - 1 ? { [p1]: r } : {}) },
        { 1: `意见${String.fromCharCode(90 - i)}` },
      );
      expect(res.status).toBe(200);
    }
    const sealed = (await read('office', id)).data.evaluation.results;
    expect(sealed).toMatchObject({ sealed: true, linksUsed: min, subjects: [] });
    const closed = await ok('team1', 'closeEvaluation', { id, version }, 'id version status closedOn');
    expect(closed.status).toBe('CLOSED');
    const results = (await read('lg.member', id)).data.evaluation.results;
    expect(results.sealed).toBe(false);
    const bySubject = Object.fromEntries(results.subjects.map((s: any) => [s.subjectId, s]));
    expect(bySubject[LEADING]).toMatchObject({ ballots: min, withheld: false, unrated: 0 });
    expect(bySubject[LEADING].competent + bySubject[LEADING].basicallyCompetent + bySubject[LEADING].notCompetent).toBe(min);
    expect(bySubject[p2]).toMatchObject({
      ballots: min,
      withheld: false,
      competent: min,
      basicallyCompetent: 0,
      notCompetent: 0,
      unrated: 0,
    });
    expect(bySubject[p1]).toMatchObject({
      ballots: min - 1,
      withheld: true,
      competent: null,
      basicallyCompetent: null,
      notCompetent: null,
      unrated: null,
    });
    // Free answers: shown (at least min ballots), sorted by their text, not in casting order.
    const answers = results.answers[0].answers as string[];
    expect(answers).toHaveLength(min);
    expect(answers).toEqual([...answers].sort());
    expect(answers[0]).toBe(`意见${String.fromCharCode(90 - (min - 1))}`);
  });

  it('show no free answers when fewer ballots than the minimum group were cast', async () => {
    const { id, version, paths } = await opened(2);
    const min = (await read('team1', id)).data.evaluation.results.minimumGroup as number;
    for (let i = 0; i < Math.min(paths.length, min - 1); i++)
      expect((await cast(paths[i], { [LEADING]: 'COMPETENT' }, { 1: '少量意见' })).status).toBe(200);
    await ok('team1', 'closeEvaluation', { id, version });
    const results = (await read('team1', id)).data.evaluation.results;
    expect(results.answers).toBeNull();
    expect(results.subjects[0]).toMatchObject({ withheld: true, competent: null });
  });

  it('closing is final: the links stop working and the evaluation cannot be closed or opened again', async () => {
    const { id, version, paths } = await opened(2);
    const closed = await ok('team1', 'closeEvaluation', { id, version });
    expect(codes(await call('team1', 'closeEvaluation', { id, version: closed.version }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await call('team1', 'openEvaluation', { id, version: closed.version }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await call('team1', 'issueBallotLinks', { evaluationId: id, count: 1 }))).toEqual(['BAD_USER_INPUT']);
    const get = await ballotFrom(server, paths[0]);
    const post = await cast(paths[1], { [LEADING]: 'COMPETENT' });
    const unknown = await ballotFrom(server, '/ballot/' + 'x'.repeat(32));
    for (const page of [get, post, unknown]) {
      expect(page.status).toBe(404);
      expect(page.text).toContain('此测评链接已使用或已结束');
    }
    // The same page for a closed, a used and an unknown link: nothing tells them apart.
    expect(get.text).toBe(unknown.text);
    expect(Number((await server.db.query('SELECT COUNT(*) AS n FROM ballot_answer WHERE evaluationId = ?', [id]))[0].n)).toBe(0);
  });
});

describe('when the inspection leaves inquiry', () => {
  it('refuses the links and new links, while the staff and the office can still close it', async () => {
    const first = await opened(2);
    const second = await opened(2);
    expect((await ballotFrom(server, first.paths[0])).status).toBe(200);
    await server.db.query("UPDATE assignment SET stage = 'REPORTING' WHERE id = ?", [inspection.assignmentId]);
    try {
      expect((await ballotFrom(server, first.paths[0])).status).toBe(404);
      expect((await cast(first.paths[1], { [LEADING]: 'COMPETENT' })).status).toBe(404);
      expect(codes(await call('team1', 'issueBallotLinks', { evaluationId: first.id, count: 1 }))).toEqual(['BAD_USER_INPUT']);
      expect((await ok('team1', 'closeEvaluation', { id: first.id, version: first.version })).status).toBe('CLOSED');
      expect((await ok('office', 'closeEvaluation', { id: second.id, version: second.version })).status).toBe('CLOSED');
      const draft = await create();
      expect(codes(await call('team1', 'openEvaluation', { id: draft.id, version: draft.version }))).toEqual(['BAD_USER_INPUT']);
    } finally {
      await server.db.query("UPDATE assignment SET stage = 'INQUIRY' WHERE id = ?", [inspection.assignmentId]);
    }
  });

  it('the office may close an open evaluation but not edit or open one', async () => {
    const draft = await create();
    expect(codes(await call('office', 'updateEvaluation', { id: draft.id, version: draft.version, title: '改' }))).toEqual(['FORBIDDEN']);
    expect(codes(await call('office', 'openEvaluation', { id: draft.id, version: draft.version }))).toEqual(['FORBIDDEN']);
  });
});

describe('the ballot page', () => {
  it('shows the evaluation in Chinese, escaped, with nothing loaded from elsewhere', async () => {
    const { paths } = await opened(1, { title: '<b>测评</b>', questions: ['<script>x</script>'] });
    const page = await ballotFrom(server, paths[0]);
    expect(page.status).toBe(200);
    expect(page.text).toContain('lang="zh-CN"');
    expect(page.text).toContain('&lt;b&gt;测评&lt;/b&gt;');
    expect(page.text).not.toMatch(/<script|https?:\/\//);
    expect(page.text).toContain('称职');
    expect(page.text).toContain('弃权/不了解');
  });

  it('refuses a rating that is not one, and keeps the link usable', async () => {
    const { paths } = await opened(1);
    const bad = await cast(paths[0], { [LEADING]: 'EXCELLENT' });
    expect(bad.status).toBe(400);
    expect((await cast(paths[0], { [LEADING]: 'COMPETENT' })).status).toBe(200);
    expect((await cast(paths[0], { [LEADING]: 'COMPETENT' })).status).toBe(404);
  });

  /** The page as a browser asking for `language` gets it, with its headers. */
  const pageIn = (
    language: string | undefined,
    path: string,
    form?: Record<string, string>,
    contentType = 'application/x-www-form-urlencoded',
  ) =>
    fetch(server.url.replace(/\/graphql$/, '') + path, {
      method: form ? 'POST' : 'GET',
      headers: { ...(language ? { 'accept-language': language } : {}), ...(form ? { 'content-type': contentType } : {}) },
      body: form ? new URLSearchParams(form) : undefined,
    });
  /** No cache may keep a ballot page or its answer; and its language depends on the request. */
  function expectUncached(res: Response): void {
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary') ?? '').toMatch(/accept-language/i);
  }
  const langOf = (html: string) => html.match(/<html lang="([^"]+)">/)?.[1];

  it('is in Chinese by default and to a browser that prefers Chinese, in English to one that prefers English, escaped in both', async () => {
    const { paths } = await opened(1, { title: '<b>测评</b>', questions: ['<script>x</script>'] });
    for (const [language, lang] of [
      [undefined, 'zh-CN'],
      ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
      ['en-US,en;q=0.9', 'en'],
    ] as const) {
      const res = await pageIn(language, paths[0]);
      const html = await res.text();
      expect([language, res.status]).toEqual([language, 200]);
      expectUncached(res);
      expect(langOf(html)).toBe(lang);
      expect(html).toContain('<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">');
      expect(html).toContain('&lt;b&gt;测评&lt;/b&gt;');
      expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
      expect(html).not.toMatch(/<script|<b>|https?:\/\//);
      if (lang === 'en') {
        for (const text of [
          'Competent',
          'Basically competent',
          'Not competent',
          'Abstain / do not know',
          'The leading body as a whole',
          'This ballot is anonymous',
          '>Submit</button>',
        ])
          expect(html).toContain(text);
        expect(html).not.toMatch(/称职|弃权|无记名|测评对象|提交/);
      } else {
        for (const text of [
          '>称职</label>',
          '基本称职',
          '不称职',
          '弃权/不了解',
          '领导班子',
          '测评对象：',
          '本测评以无记名方式进行',
          '>提交</button>',
        ])
          expect(html.replace(/<input[^>]*> /g, '')).toContain(text);
        expect(html).not.toMatch(/Competent|Abstain|anonymous|Submit/);
      }
    }
  });

  it('refuses, takes and then turns away a ballot in the reader’s language, and no cache keeps any answer', async () => {
    const { paths } = await opened(1);
    const en = 'en';
    const badRating = await pageIn(en, paths[0], { s0: 'EXCELLENT' });
    const tooLong = await pageIn(en, paths[0], { s0: 'COMPETENT', q1: '长'.repeat(ANSWER_MAX + 1) });
    for (const [res, message] of [
      [badRating, 'The rating of “The leading body as a whole (领导班子)” is not one of the choices; choose again.'],
      [tooLong, `The answer to question 1 may be at most ${ANSWER_MAX} characters long.`],
    ] as const) {
      const html = await res.text();
      expect(res.status).toBe(400);
      expectUncached(res);
      expect(langOf(html)).toBe('en');
      expect(html).toContain(message);
    }
    const zhRefused = await pageIn('zh-CN', paths[0], { s0: 'EXCELLENT' });
    expect(await zhRefused.text()).toContain('“领导班子”的评价无效，请重新选择。');

    const cast = await pageIn(en, paths[0], { s0: 'COMPETENT', q1: '<i>意见</i>' });
    const castHtml = await cast.text();
    expect(cast.status).toBe(200);
    expectUncached(cast);
    expect(castHtml).toContain('Your ballot has been submitted');
    expect(castHtml).not.toMatch(/测评已提交|<i>/);

    // Used, or unknown: one page for both, in each language.
    for (const [language, text] of [
      [en, 'This ballot link has been used, or the evaluation has ended'],
      [undefined, BALLOT_GONE_TEXT],
    ] as const) {
      const used = await pageIn(language, paths[0]);
      const usedAgain = await pageIn(language, paths[0], { s0: 'COMPETENT' });
      const unknown = await pageIn(language, '/ballot/' + 'y'.repeat(32));
      const texts = await Promise.all([used, usedAgain, unknown].map((r) => r.text()));
      for (const res of [used, usedAgain, unknown]) {
        expect(res.status).toBe(404);
        expectUncached(res);
      }
      expect(texts[0]).toContain(text);
      expect(new Set(texts).size).toBe(1);
    }
  });

  it('answers a form it cannot take, too large or unreadable, with its page in the reader’s language', async () => {
    const { paths } = await opened(1);
    const large = { s0: 'COMPETENT', q1: 'x'.repeat(300_000) };
    const cases: Array<[string | undefined, Response, number, string]> = [
      [undefined, await pageIn(undefined, paths[0], large), 413, '提交的内容过多'],
      ['en', await pageIn('en', paths[0], large), 413, 'Too much was submitted'],
      [
        'zh-CN',
        await pageIn('zh-CN', paths[0], { s0: 'COMPETENT' }, 'application/x-www-form-urlencoded; charset=koi8-r'),
        415,
        '提交的内容无法识别',
      ],
      [
        'en',
        await pageIn('en', paths[0], { s0: 'COMPETENT' }, 'application/x-www-form-urlencoded; charset=koi8-r'),
        415,
        'What was submitted could not be read',
      ],
    ];
    for (const [language, res, status, heading] of cases) {
      const html = await res.text();
      expect([language, res.status]).toEqual([language, status]);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectUncached(res);
      expect(langOf(html)).toBe(language === 'en' ? 'en' : 'zh-CN');
      expect(html).toContain(`<h1>${heading}</h1>`);
      expect(html).not.toMatch(/entity|charset "|koi8|<script/i);
    }
    // None of them took the link.
    expect((await pageIn(undefined, paths[0])).status).toBe(200);
  });
});

describe('the report document', () => {
  it('prints the tallies of closed evaluations, a withheld subject as withheld', async () => {
    const [p1] = inspection.people;
    const { id, version, paths } = await opened(4, { title: '文书测评' });
    for (const [i, path] of paths.entries()) {
      expect((await cast(path, { [LEADING]: 'COMPETENT', ...(i === 0 ? { [p1]: 'COMPETENT' } : {}) })).status).toBe(200);
    }
    await ok('team1', 'closeEvaluation', { id, version });
    const res = await fetch(server.url.replace(/graphql$/, `documents/assignments/${inspection.assignmentId}/report.docx`), {
      headers: { authorization: `Bearer ${await server.tokenFor('teamlead')}` },
    });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('民主测评“文书测评”');
    expect(text).toContain('领导班子：有效票4张，称职4票');
    expect(text).toMatch(/有效票1张，少于\d+张，结果不予显示/);
  });
});
