/**
 * Individual talks and records requests in a real browser (zh): a team member records a talk with
 * its interviewee, who is shown back to the staff of the open inspection and to nobody else, takes
 * its record sheet as a Word file and raises a finding from it; the records requested of the target
 * show which are overdue.
 */
import type { Page } from 'playwright-core';
import { screenshot, type Browser } from './support/browser';
import { Console, downloaded, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
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

/**
 * Whether the page offers a button, asked once the page has drawn its actions (the History button
 * comes with every record's toolbar) and the ability has had time to answer.
 */
async function offers(page: Page, testId: string): Promise<boolean> {
  await page.locator('[data-testid="history-button"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1_000);
  return (await page.locator(`[data-testid="${testId}"]`).count()) > 0;
}

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

  it('give the staff the record sheet as a Word file, with the interviewee on it', async () => {
    const console = new Console(browser.page, base);
    await console.open(`/talks/${talkId}/show`);
    const page = browser.page;
    await page.locator('[data-testid="download-talk-record"]').waitFor({ timeout: 30_000 });
    const sheet = await downloaded(page, 'download-talk-record');
    expect(sheet.name).toBe('个别谈话记录.docx');
    // A zip, as every .docx is, holding the talk as recorded.
    expect(sheet.bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
    expect(sheet.xml).toContain('个别谈话记录');
    expect(sheet.xml).toContain('反映项目审批中存在打招呼、递条子现象。');
    expect(sheet.xml).toContain('冯晓东');
  });

  it('are the source of a finding a team member raises from the page, landing on the finding', async () => {
    const console = new Console(browser.page, base);
    await console.open(`/talks/${talkId}/show`);
    const page = browser.page;
    await page.locator('[data-testid="raise-finding"]').click();
    const dialog = page.getByRole('dialog');
    // The evidence starts as the matters raised in the talk.
    expect(await dialog.locator('textarea[name="evidenceSummary"]').inputValue()).toBe('反映项目审批中存在打招呼、递条子现象。');
    await console.select('问题类别', 'CORRUPTION');
    await console.select('具体类型', 'ABUSE_FOR_PRIVATE_GAIN');
    await console.select('严重程度', 'SERIOUS');
    await dialog.locator('textarea[name="evidenceSummary"]').fill('谈话反映：项目审批中存在打招呼、递条子现象，涉嫌以权谋私。');
    await screenshot(page, 'talk-raise-finding-team1');
    await page.locator('[data-testid="raise-finding-confirm"]').click();
    await page.waitForURL(/#\/findings\/\d+\/show/, { timeout: 30_000 });
    const findingId = Number(/#\/findings\/(\d+)\/show/.exec(page.url())![1]);
    // The finding's page names the talk it came from, linked to it.
    await page.locator(`a[href="#/talks/${talkId}/show"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator('body').innerText()).toContain('来源谈话');
    await screenshot(page, 'finding-from-talk-team1');
    const res = await server.gql(
      'query($id: Int!) { finding(id: $id) { sourceTalkId sourceMethod category subKind severity evidenceSummary status } }',
      { id: findingId },
      await server.tokenFor('team1'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.finding).toEqual({
      sourceTalkId: talkId,
      sourceMethod: 'INDIVIDUAL_TALK',
      category: 'CORRUPTION',
      subKind: 'ABUSE_FOR_PRIVATE_GAIN',
      severity: 'SERIOUS',
      evidenceSummary: '谈话反映：项目审批中存在打招呼、递条子现象，涉嫌以权谋私。',
      status: 'RECORDED',
    });
    const [row] = await server.db.query(
      'SELECT t.assignmentId AS talkOf, f.assignmentId AS findingOf FROM finding f JOIN talk t ON t.id = f.sourceTalkId WHERE f.id = ?',
      [findingId],
    );
    expect(Number(row.findingOf)).toBe(Number(row.talkOf));
  });

  it('raise no finding once the inspection is past reporting, though the sheet is still there', async () => {
    const [{ assignmentId }] = await server.db.query('SELECT assignmentId FROM talk WHERE id = ?', [talkId]);
    await server.db.query("UPDATE assignment SET stage = 'FEEDBACK' WHERE id = ?", [assignmentId]);
    try {
      const console = new Console(browser.page, base);
      await console.signIn('team1');
      await console.open(`/talks/${talkId}/show`);
      const page = browser.page;
      await page.locator('[data-testid="download-talk-record"]').waitFor({ timeout: 30_000 });
      expect(await offers(page, 'raise-finding')).toBe(false);
    } finally {
      await server.db.query("UPDATE assignment SET stage = 'INQUIRY' WHERE id = ?", [assignmentId]);
    }
  });

  it('are not the analyst’s to raise findings from, who may still read them and their sheet', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('analyst');
    await console.open(`/talks/${talkId}/show`);
    const page = browser.page;
    await page.getByText('打招呼、递条子').waitFor({ timeout: 30_000 });
    expect(await offers(page, 'raise-finding')).toBe(false);
    const sheet = await downloaded(page, 'download-talk-record');
    expect(sheet.xml).toContain('反映项目审批中存在打招呼、递条子现象。');
    // Not the staff: the interviewee is not printed for them.
    expect(sheet.xml).not.toContain('冯晓东');
    await screenshot(page, 'talk-show-analyst');
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
    expect(await offers(page, 'raise-finding')).toBe(false);
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
