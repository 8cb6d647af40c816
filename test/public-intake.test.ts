import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { PUBLIC_REPORTS_PER_WINDOW } from '../server/modules/intake/intake.service';

let server: TestServer;
let key: string;
let assignmentId: number;
let base: string;
/** The link of another inspection in inquiry: its reports count against a limit of their own. */
let otherKey: string;
let otherAssignmentId: number;
/** A third, for sending one form more than once. */
let thirdKey: string;
let thirdAssignmentId: number;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
  const office = await server.tokenFor('office');
  const mutate = async (token: string, name: string, type: string, input: object) => {
    const res = await server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { id version } }`, { input }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data[name];
  };
  const target = await bodyIdByCode(server, 'P-DL-GOV');
  const round = await mutate(office, 'createRound', 'CreateRoundInput', {
    leadingGroupId: await bodyIdByCode(server, 'C-LG'),
    year: 2026,
    number: 11,
    title: '专项巡视',
    targetIds: [target],
  });
  await mutate(await server.tokenFor('lg.leader'), 'approveRound', 'VersionedInput', { id: round.id, version: round.version });
  const assignment = await mutate(office, 'createAssignment', 'CreateAssignmentInput', {
    roundId: round.id,
    teamId: await bodyIdByCode(server, 'C-T02'),
    targetId: target,
    startsOn: '2026-11-01',
    endsOn: '2026-12-31',
    workPlan: '专项巡视方案',
  });
  assignmentId = assignment.id;
  // Walking it to inquiry is the business of the inspection tests; here the page is what is tested.
  await server.db.query("UPDATE assignment SET stage = 'INQUIRY' WHERE id = ?", [assignmentId]);
  [{ intakeToken: key }] = await server.db.query('SELECT intakeToken FROM assignment WHERE id = ?', [assignmentId]);
  [{ intakeToken: otherKey, id: otherAssignmentId }] = await server.db.query(
    "SELECT intakeToken, id FROM assignment WHERE stage = 'INQUIRY' AND id <> ? ORDER BY id LIMIT 1",
    [assignmentId],
  );
  [{ intakeToken: thirdKey, id: thirdAssignmentId }] = await server.db.query(
    "SELECT intakeToken, id FROM assignment WHERE stage = 'INQUIRY' AND id NOT IN (?, ?) ORDER BY id LIMIT 1",
    [assignmentId, otherAssignmentId],
  );
});
afterAll(() => server.close());

const get = (link: string, language?: string) =>
  fetch(`${base}/intake/${link}`, { headers: language ? { 'accept-language': language } : {} });
/** The key a served form carries, to be sent back with it. */
const formKeyIn = (html: string) => html.match(/<input type="hidden" name="submission" value="([^"]+)">/)?.[1];
/** A form as the page serves it: its key, sent back as a browser would. */
async function servedFormKey(link = key): Promise<string> {
  const formKey = formKeyIn(await (await get(link)).text());
  if (!formKey) throw new Error('the page served a form without its key');
  return formKey;
}
const send = (fields: Record<string, string>, language?: string, link = key) =>
  fetch(`${base}/intake/${link}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(language ? { 'accept-language': language } : {}) },
    body: new URLSearchParams(fields),
  });
// Every post comes from this machine's address, so they all count against the same limit (per link).
const post = async (fields: Record<string, string>, language?: string, link = key) =>
  send({ submission: await servedFormKey(link), ...fields }, language, link);
const items = async (id = assignmentId) =>
  server.db.query(
    'SELECT i.channel, i.anonymous, i.content, f.name FROM intake_item i LEFT JOIN intake_informant f ON f.intakeItemId = i.id WHERE i.assignmentId = ? ORDER BY i.id',
    [id],
  );

/** A page no cache may keep, whose language depends on the request. */
function expectUncached(res: Response): void {
  expect([res.url, res.headers.get('cache-control')]).toEqual([res.url, 'no-store']);
  expect(res.headers.get('vary') ?? '').toMatch(/accept-language/i);
}

describe('the public intake page', () => {
  it('shows a form naming the inspected body, with nothing loaded from elsewhere', async () => {
    const res = await fetch(`${base}/intake/${key}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expectUncached(res);
    expect(html).toContain('东澜省人民政府党组');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('is in Chinese by default and to a browser that prefers Chinese or names neither language, in English to one that prefers English', async () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'zh-CN'],
      ['zh-CN', 'zh-CN'],
      ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
      ['fr-FR', 'zh-CN'],
      ['en', 'en'],
      ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ];
    for (const [language, lang] of cases) {
      const res = await get(key, language);
      const html = await res.text();
      expect([language, res.status]).toEqual([language, 200]);
      expectUncached(res);
      expect([language, html.match(/<html lang="([^"]+)">/)?.[1]]).toEqual([language, lang]);
      expect(html).toContain('<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">');
      expect(html).toContain('东澜省人民政府党组');
      expect(html).not.toMatch(/<script|https?:\/\//);
      if (lang === 'en') {
        expect(html).toContain('What you report (required, at least 10 characters)');
        expect(html).toContain('You may report anonymously');
        expect(html).toContain('>Submit</button>');
        expect(html).not.toMatch(/反映内容|匿名|选填|提交/);
      } else {
        expect(html).toContain('反映内容（必填，至少10个字）');
        expect(html).toContain('您可以匿名反映');
        expect(html).not.toMatch(/What you report|anonymously|Submit/);
      }
    }
  });

  it('refuses what it cannot take in the reader’s language, showing what was typed back as text in both', async () => {
    const before = (await items()).length;
    // Too short to take: shown again as typed.
    const typed = '<b>短</b>';
    const zh = await post({ content: typed }, 'zh-CN');
    const en = await post({ content: typed }, 'en-GB,en;q=0.9');
    const named = await post({ content: '反映某单位违规问题，请核查。', name: '名'.repeat(61) }, 'en');
    for (const res of [zh, en, named]) {
      expect(res.status).toBe(400);
      expectUncached(res);
    }
    const [zhHtml, enHtml, namedHtml] = await Promise.all([zh.text(), en.text(), named.text()]);
    expect(zhHtml).toContain('反映内容须为10至10000个字。');
    expect(enHtml).toContain('What you report must be 10 to 10,000 characters long.');
    expect(enHtml).toContain('<html lang="en">');
    for (const html of [zhHtml, enHtml]) {
      expect(html).toContain('>&lt;b&gt;短&lt;/b&gt;</textarea>');
      expect(html).not.toContain('<b>');
    }
    expect(namedHtml).toContain('The name or how to reach you is too long.');
    expect((await items()).length).toBe(before);
  });

  it('says in the reader’s language that a link is gone', async () => {
    for (const [language, text] of [
      [undefined, '此链接已失效或不存在'],
      ['en', 'This link is no longer valid, or does not exist'],
    ] as const) {
      const res = await get('not-a-real-key-0000000000', language);
      expect(res.status).toBe(404);
      expectUncached(res);
      expect(await res.text()).toContain(text);
    }
  });

  it('takes a report sent from the English page, and the longest report in Chinese the form allows, with a thank-you in the reader’s language', async () => {
    const longest = '问'.repeat(10000);
    const before = (await items(otherAssignmentId)).length;
    const english = await post({ content: 'Reporting misuse of official cars at the bureau.' }, 'en', otherKey);
    const chinese = await post({ content: longest }, undefined, otherKey);
    expect([english.status, chinese.status]).toEqual([200, 200]);
    expectUncached(english);
    expectUncached(chinese);
    const englishHtml = await english.text();
    expect(englishHtml).toContain('<html lang="en">');
    expect(englishHtml).toContain('Your report has been received');
    expect(englishHtml).not.toContain('已收到');
    expect(await chinese.text()).toContain('已收到您反映的问题');
    expect((await items(otherAssignmentId)).slice(before).map((r: { content: string }) => r.content)).toEqual([
      'Reporting misuse of official cars at the bureau.',
      longest,
    ]);
  });

  it('answers a form over its limit with a page of its own in the reader’s language, storing nothing', async () => {
    const before = (await items()).length;
    for (const [language, heading] of [
      [undefined, '提交的内容过多'],
      ['zh-CN', '提交的内容过多'],
      ['en', 'Too much was submitted'],
    ] as const) {
      const res = await post({ content: '反映问题'.repeat(40_000) }, language);
      const html = await res.text();
      expect([language, res.status]).toEqual([language, 413]);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectUncached(res);
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(heading);
      expect(html).toContain(`<html lang="${language === 'en' ? 'en' : 'zh-CN'}">`);
      expect(html).not.toMatch(/entity|too large|<script/i);
    }
    expect((await items()).length).toBe(before);
  });

  it('takes an anonymous report and a named one into the team intake', async () => {
    expect((await post({ content: '反映某单位违规发放津贴补贴问题。' })).status).toBe(200);
    const named = await post({ content: '反映某领导干部插手工程项目问题。', name: '张某', contact: '138-0000-0000' });
    expect(await named.text()).toContain('已收到');
    const rows = await items();
    expect(rows.map((r: any) => [r.channel, Boolean(Number(r.anonymous)), r.name])).toEqual([
      ['ONLINE', true, null],
      ['ONLINE', false, '张某'],
    ]);
  });

  it('shows what was typed back as text, never as markup', async () => {
    const res = await post({ content: '<script>alert(1)</script>' + 'x'.repeat(10001) });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });

  it(`accepts at most ${PUBLIC_REPORTS_PER_WINDOW} reports in ten minutes from one address`, async () => {
    // Two of the address's reports were taken by the test before.
    const before = (await items()).length;
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_REPORTS_PER_WINDOW + 2; i++)
      statuses.push((await post({ content: `第${i}次反映同一问题，请核查。` })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PUBLIC_REPORTS_PER_WINDOW - 2);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    const refused = await post({ content: '再次反映同一问题，请核查。' }, 'en');
    expect(refused.status).toBe(429);
    expectUncached(refused);
    expect(await refused.text()).toContain('Too many reports were sent from here; please try again later.');
    expect((await items()).length).toBe(before + PUBLIC_REPORTS_PER_WINDOW - 2);
  });

  describe('one form sent more than once', () => {
    const content = '反映某单位超标准配备办公用房问题，请核查。';
    let formKey: string;
    beforeAll(async () => {
      formKey = await servedFormKey(thirdKey);
    });

    it('serves each form a key of its own, unguessable', async () => {
      const keys = new Set([formKey, await servedFormKey(thirdKey), await servedFormKey(thirdKey)]);
      expect(keys.size).toBe(3);
      for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{22}$/);
    });

    it('records it once when sent several times at once and again afterwards, answering every sending alike', async () => {
      const before = (await items(thirdAssignmentId)).length;
      const burst = await Promise.all([1, 2, 3].map(() => send({ submission: formKey, content }, undefined, thirdKey)));
      const again = await send({ submission: formKey, content }, undefined, thirdKey);
      const answers = [...burst, again];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const texts = await Promise.all(answers.map((r) => r.text()));
      expect(new Set(texts).size).toBe(1);
      expect(texts[0]).toContain('已收到您反映的问题');
      expect((await items(thirdAssignmentId)).slice(before).map((r: { content: string }) => r.content)).toEqual([content]);
    });

    it('sent again with other text, says the first sending was received, records nothing, and gives a new form', async () => {
      const before = (await items(thirdAssignmentId)).length;
      const changed = `${content}补充：涉及两处办公楼。`;
      for (const [language, text] of [
        [undefined, '此表单此前提交的内容已经收到'],
        ['en', 'What this form sent earlier has been received'],
      ] as const) {
        const res = await send({ submission: formKey, content: changed }, language, thirdKey);
        const html = await res.text();
        expect([language, res.status]).toEqual([language, 422]);
        expectUncached(res);
        expect(html).toContain(text);
        expect(html).toContain(changed);
        expect(formKeyIn(html)).toMatch(/^[A-Za-z0-9_-]{22}$/);
        expect(formKeyIn(html)).not.toBe(formKey);
      }
      expect((await items(thirdAssignmentId)).length).toBe(before);
    });

    it('refuses a form without its key, or with a key it could not have served, keeping what was typed and storing nothing', async () => {
      const before = (await items(thirdAssignmentId)).length;
      for (const fields of [
        {} as Record<string, string>,
        { submission: 'short' },
        { submission: `${formKey}x` },
        { submission: '<b>'.repeat(8) },
      ]) {
        const res = await send({ ...fields, content }, undefined, thirdKey);
        const html = await res.text();
        expect([fields, res.status]).toEqual([fields, 400]);
        expect(html).toContain('此表单已过期，您反映的内容尚未提交。');
        expect(html).toContain(content);
        expect(html).not.toContain('<b>');
        expect(formKeyIn(html)).toMatch(/^[A-Za-z0-9_-]{22}$/);
      }
      const en = await send({ content }, 'en', thirdKey);
      expect(await en.text()).toContain('This form has expired: your report has not been submitted.');
      expect((await items(thirdAssignmentId)).length).toBe(before);
    });
  });

  it('answers a failure it did not foresee with the form and what was typed, in the reader’s language, naming nothing inside', async () => {
    const before = (await items(otherAssignmentId)).length;
    const content = '反映某单位违规收受礼品礼金问题，请核查。';
    // A named report is written to a table that is, for this moment, not there.
    await server.db.query('ALTER TABLE intake_informant RENAME TO intake_informant_away');
    let zh: Response;
    let en: Response;
    try {
      zh = await post({ content, name: '李某' }, undefined, otherKey);
      en = await post({ content, name: '李某' }, 'en', otherKey);
    } finally {
      await server.db.query('ALTER TABLE intake_informant_away RENAME TO intake_informant');
    }
    const [zhHtml, enHtml] = await Promise.all([zh.text(), en.text()]);
    expect([zh.status, en.status]).toEqual([500, 500]);
    expect(zh.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(zhHtml).toContain('系统未能确认您反映的内容是否已经保存');
    expect(enHtml).toContain('The system could not confirm whether your report was saved');
    for (const html of [zhHtml, enHtml]) {
      expect(html).toContain(content);
      expect(html).not.toMatch(/intake_informant|SQLITE_|ER_|INSERT|\.ts:\d+|\bat \S+ \(/);
    }
    expect((await items(otherAssignmentId)).length).toBe(before);
  });

  it('prints its link as a QR code', async () => {
    const res = await fetch(`${base}/intake/${key}/qr.svg`);
    expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await res.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('accepts nothing once the inspection leaves inquiry, and says no more than that', async () => {
    const formKey = await servedFormKey();
    await server.db.query("UPDATE assignment SET stage = 'REPORTING' WHERE id = ?", [assignmentId]);
    const before = (await items()).length;
    const refused = await send({ submission: formKey, content: '结束后提交的材料，请查收。' });
    expect(refused.status).toBe(404);
    expectUncached(refused);
    expect((await fetch(`${base}/intake/${key}`)).status).toBe(404);
    expect((await fetch(`${base}/intake/not-a-real-key-0000000000`)).status).toBe(404);
    expect((await items()).length).toBe(before);
  });
});
