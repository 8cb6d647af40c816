/**
 * The API's refusals as a Chinese reader sees them in the console: worded from the message's key
 * (shared/messages.ts) with the console's labels, with no English word left, a field's error under
 * that field and any other refusal as the notification.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { today } from '../server/modules/common/calendar';

jest.setTimeout(120_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
});
afterAll(() => stopConsoleSuite(suite));

/** Two letters in a row: an English word (numbers and Chinese punctuation are fine). */
const LATIN_WORD = /[A-Za-z]{2,}/;

/** The text of the refusal the console notifies, once it is shown. */
async function notified(hasText: string): Promise<string> {
  const notice = browser.page.locator('.MuiSnackbarContent-message', { hasText });
  await notice.waitFor({ timeout: 30_000 });
  return (await notice.innerText()).trim();
}

describe('the office, in Chinese', () => {
  it('is told in Chinese why an inspection cannot move on', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    const [row] = await server.db.query(
      'SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = ? AND b.code = ? ORDER BY a.id DESC',
      ['C-T03', 'P-DL-NPC'],
    );
    await console.open(`/assignments/${Number(row.id)}/show`);
    await browser.page.locator('[data-testid="advance-assignment"]').click();
    const text = await notified('无法进入');
    expect(text).toContain('无法进入“巡视了解”阶段');
    expect(text).toContain('巡视通知尚未送达被巡视单位');
    expect(text).not.toMatch(LATIN_WORD);
    // One wording: the stepper lists the same conditions, word for word, as the notification.
    const listed = browser.page.locator('[data-testid="advance-refusal"] li');
    await listed.first().waitFor({ timeout: 30_000 });
    const conditions = await listed.allInnerTexts();
    expect(conditions.length).toBeGreaterThan(0);
    for (const condition of conditions) expect(text).toContain(condition);
    await screenshot(browser.page, 'refusal-stage-zh');
  });

  it('sees a duplicate round number under the number field, in Chinese', async () => {
    const year = Number(today().slice(0, 4));
    const leadingGroupId = await bodyIdByCode(server, 'C-LG');
    const first = await server.gql(
      'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }',
      { input: { leadingGroupId, year, number: 77, title: '第七十七轮巡视计划', targetIds: [await bodyIdByCode(server, 'P-YL')] } },
      await server.tokenFor('office'),
    );
    expect(first.errors).toBeUndefined();

    const console = new Console(browser.page, base);
    await console.open('/rounds/create');
    await browser.page.locator('input[name="title"]').waitFor({ timeout: 30_000 });
    await console.autocomplete('领导小组', '中央巡视工作领导小组');
    await browser.page.fill('input[name="number"]', '77');
    await browser.page.fill('input[name="title"]', '又一个第七十七轮');
    await console.autocomplete('巡视对象', '中共云岭省委');
    await console.save();

    const helper = browser.page.locator('.MuiFormControl-root:has(input[name="number"]) .MuiFormHelperText-root', { hasText: '已经存在' });
    await helper.waitFor({ timeout: 30_000 });
    const text = (await helper.innerText()).trim();
    expect(text).toBe(`${year} 年第 77 轮巡视已经存在（计划 ${first.data.createRound.id}）`);
    expect(text).not.toMatch(LATIN_WORD);
    expect(await server.db.query('SELECT id FROM round WHERE year = ? AND number = 77', [year])).toHaveLength(1);
    await screenshot(browser.page, 'refusal-round-number-zh');
  });
});

describe('the roster administrator, in Chinese', () => {
  it('is told in Chinese that a body with active bodies under it cannot be retired', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('admin');
    const id = await bodyIdByCode(server, 'P-QC');
    const [children] = await server.db.query('SELECT COUNT(*) AS n FROM body WHERE reportsToId = ? AND retiredOn IS NULL', [id]);
    await console.open(`/bodies/${id}`);
    await browser.page.locator('.ra-delete-button').first().click();
    await browser.page.locator('.ra-confirm').click();
    const text = await notified('隶属于该机构');
    expect(text).toBe(`仍有 ${Number(children.n)} 个在用机构隶属于该机构，请先调整或撤销它们`);
    expect(text).not.toMatch(LATIN_WORD);
    const [body] = await server.db.query('SELECT retiredOn FROM body WHERE id = ?', [id]);
    expect(body.retiredOn).toBeNull();
    await screenshot(browser.page, 'refusal-retire-body-zh');
  });
});
