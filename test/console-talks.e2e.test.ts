/**
 * Individual talks and records requests in a real browser (zh): a team member records a talk with
 * its interviewee, who is shown back to the staff of the open inspection and to nobody else; the
 * records requested of the target show which are overdue.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  await browser.page.goto(`${base}/#/login`);
  await browser.page.locator('input[name="username"]').waitFor({ timeout: 90_000 });
});
afterAll(() => stopConsoleSuite(suite));

describe('individual talks', () => {
  let talkId = 0;

  it('are recorded by a team member, who is shown the interviewee it names', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('team1');
    await console.open('/talks/create');
    const page = browser.page;
    await page.locator('textarea[name="matters"]').waitFor({ timeout: 30_000 });
    await console.autocomplete('巡视任务', '', '青川省人民政府党组');
    // The talkers are offered among the staff of the chosen inspection and its leader.
    await page.getByRole('combobox', { name: '谈话人' }).click();
    const offered = await page.locator('li[role="option"]').allInnerTexts();
    expect(offered.map((t) => t.trim())).toEqual(expect.arrayContaining(['周博远', '欧阳正清']));
    await page.locator('li[role="option"]', { hasText: '周博远' }).click();
    await page.locator('li[role="option"]', { hasText: '欧阳正清' }).click();
    await page.keyboard.press('Escape');
    await page.fill('input[name="interviewee.name"]', '冯晓东');
    await page.fill('input[name="interviewee.contact"]', '010-0000-5678');
    await page.fill('input[name="intervieweePost"]', '规划处副处长');
    await console.select('谈话对象类别', 'OTHER_CADRE');
    await page.fill('textarea[name="matters"]', '反映项目审批中存在打招呼、递条子现象。');
    await screenshot(page, 'talk-create-team1');
    await console.save();
    await page.locator('[data-testid="interviewee-block"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="interviewee-block"]').innerText()).toContain('冯晓东');
    expect(await page.locator('body').innerText()).toContain('周博远、欧阳正清');
    const [row] = await server.db.query(
      'SELECT t.id, t.intervieweePost, n.name, n.contact FROM talk t JOIN talk_interviewee n ON n.talkId = t.id ORDER BY t.id DESC LIMIT 1',
    );
    expect(row).toMatchObject({ intervieweePost: '规划处副处长', name: '冯晓东', contact: '010-0000-5678' });
    talkId = Number(row.id);
    await screenshot(page, 'talk-show-team1');
  });

  it('shows the leading group the talk without the interviewee', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('lg.leader');
    await console.open(`/talks/${talkId}/show`);
    const page = browser.page;
    await page.getByText('打招呼、递条子').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="interviewee-block"]').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('冯晓东');
    // Nor may it change the talk.
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await screenshot(page, 'talk-show-lg-leader');
  });
});

describe('records requests', () => {
  it('lists what was asked of the target, the overdue ones marked', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('team1');
    await console.open('/recordsRequests');
    const page = browser.page;
    const late = page.locator('tr', { hasText: '干部选拔任用工作档案' }).first();
    await late.waitFor({ timeout: 30_000 });
    expect(await late.innerText()).toContain('部分收到');
    expect(await late.innerText()).toContain('逾期');
    await screenshot(page, 'records-requests-team1');
  });
});
