/**
 * The console in a real browser (Debian's Chromium), served by the real server on a real database:
 * each role signs in and sees its menu and only its records, a hidden page typed into the address
 * bar stays closed, and an administrator's edit persists after a reload.
 */
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

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

const ROSTER = ['机构', '人员', '任职', '账号', '组长库'];
const INSPECTION = ['巡视计划', '巡视任务', '问题线索', '信访受理', '整改事项'];

describe.each([
  ['admin', ROSTER, ['问题线索', '信访受理', '巡视计划']],
  ['qc.admin', ROSTER, ['问题线索', '巡视计划']],
  ['lg.leader', ['机构', ...INSPECTION], []],
  ['team1', ['问题线索', '信访受理', '巡视任务'], ['组长库', '巡视计划']],
  ['liaison', ['整改事项'], ['问题线索', '信访受理', '巡视计划', '组长库']],
])('signed in as %s', (login, shown, hidden) => {
  it('sees its menu, in Chinese, and not what it may not use', async () => {
    const console = new Console(browser.page, base);
    await console.signIn(login);
    const menu = await console.menu();
    expect(menu).toEqual(expect.arrayContaining(shown));
    for (const item of hidden) expect(menu).not.toContain(item);
    await screenshot(browser.page, `menu-${login}`);
  });
});

describe('records and pages', () => {
  it('shows a provincial administrator only its province', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('qc.admin');
    await browser.page.goto(`${base}/#/bodies?perPage=50`);
    await browser.page.waitForSelector('text=中共青川省委', { timeout: 30_000 });
    const text = await browser.page.locator('main').innerText();
    expect(text).not.toContain('中共云岭省委');
    expect(text).not.toContain('中央第一巡视组');
    await screenshot(browser.page, 'bodies-qc-admin');
  });

  it('keeps a hidden page closed when its address is typed in', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('liaison');
    await browser.page.goto(`${base}/#/people`);
    await browser.page.waitForTimeout(1500);
    const text = await browser.page.locator('body').innerText();
    const names = await server.db.query('SELECT name FROM person WHERE employerId = ? LIMIT 3', [await bodyIdByCode(server, 'C-CDI')]);
    for (const { name } of names) expect(text).not.toContain(name);
    await screenshot(browser.page, 'hidden-page-liaison');
  });

  it("keeps an administrator's edit after a reload", async () => {
    const console = new Console(browser.page, base);
    await console.signIn('admin');
    const id = await bodyIdByCode(server, 'P-DL-AUD');
    await browser.page.goto(`${base}/#/bodies/${id}`);
    const field = browser.page.locator('input[name="nameEn"]');
    await field.waitFor({ timeout: 30_000 });
    await field.fill('Donglan Provincial Audit Office (renamed)');
    await browser.page.locator('button[type="submit"]').first().click();
    await browser.page.waitForTimeout(1500);
    await browser.page.reload();
    await browser.page.goto(`${base}/#/bodies/${id}`);
    await browser.page.locator('input[name="nameEn"]').waitFor({ timeout: 30_000 });
    expect(await browser.page.locator('input[name="nameEn"]').inputValue()).toBe('Donglan Provincial Audit Office (renamed)');
    const [row] = await server.db.query('SELECT nameEn FROM body WHERE id = ?', [id]);
    expect(row.nameEn).toBe('Donglan Provincial Audit Office (renamed)');
    await screenshot(browser.page, 'body-edit-admin');
  });
});

describe('a stale sign-in', () => {
  it('returns to the login page on save and, once signed in again, gives back what was typed', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('admin');
    const page = browser.page;
    const id = await bodyIdByCode(server, 'P-DL-ORG');
    await page.goto(`${base}/#/bodies/${id}`);
    const field = page.locator('input[name="nameEn"]');
    await field.waitFor({ timeout: 30_000 });
    await field.fill('Donglan Organisation Department (typed before the session ended)');
    // The session ends behind the user's back: the stored token is no longer one the server accepts.
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('inspection.session')!);
      localStorage.setItem('inspection.session', JSON.stringify({ ...session, token: 'revoked' }));
    });
    await page.locator('button[type="submit"]').first().click();
    await page.waitForSelector('input[name="username"]', { timeout: 30_000 });
    const [before] = await server.db.query('SELECT nameEn FROM body WHERE id = ?', [id]);
    expect(before.nameEn).not.toContain('typed before');

    await page.fill('input[name="username"]', 'admin');
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/bodies/${id}$`), { timeout: 30_000 });
    await page.waitForFunction(
      () => (document.querySelector('input[name="nameEn"]') as HTMLInputElement | null)?.value.includes('typed before'),
      undefined,
      { timeout: 30_000 },
    );
    await screenshot(page, 'draft-restored-admin');
    await page.locator('button[type="submit"]').first().click();
    await page.waitForTimeout(1500);
    const [after] = await server.db.query('SELECT nameEn FROM body WHERE id = ?', [id]);
    expect(after.nameEn).toBe('Donglan Organisation Department (typed before the session ended)');
  });
});

describe('an edit that someone else overtook', () => {
  it('is refused as a conflict with an offer to reload, which keeps what was typed', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('admin');
    const page = browser.page;
    const id = await bodyIdByCode(server, 'P-DL-CDI');
    await page.goto(`${base}/#/bodies/${id}`);
    const field = page.locator('input[name="nameEn"]');
    await field.waitFor({ timeout: 30_000 });
    // Someone else saves the same body while the form is open.
    const [body] = await server.db.query('SELECT version FROM body WHERE id = ?', [id]);
    const other = await server.gql(
      'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { version } }',
      { input: { id, version: body.version, code: 'P-DL-CDI-1' } },
      await server.tokenFor('admin'),
    );
    expect(other.errors).toBeUndefined();
    await field.fill('Donglan Discipline Commission (edited while overtaken)');
    await page.locator('button[type="submit"]').first().click();
    await page.locator('[data-testid="conflict-notice"]').waitFor({ timeout: 30_000 });
    await screenshot(page, 'conflict-admin');
    await page.locator('[data-testid="conflict-reload"]').click();
    await page.waitForTimeout(1000);
    expect(await field.inputValue()).toBe('Donglan Discipline Commission (edited while overtaken)');
    await page.locator('button[type="submit"]').first().click();
    await page.waitForTimeout(1500);
    const [after] = await server.db.query('SELECT code, nameEn FROM body WHERE id = ?', [id]);
    // Both changes hold: the other one's code and this one's name.
    expect(after).toEqual({ code: 'P-DL-CDI-1', nameEn: 'Donglan Discipline Commission (edited while overtaken)' });
  });
});

describe('the query workbench', () => {
  it('is in the menu of those who read inspection records, and not of a roster administrator', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('analyst');
    const item = browser.page.locator('[data-testid="menu-workbench"]');
    await item.waitFor({ timeout: 30_000 });
    expect(await item.getAttribute('href')).toBe('/workbench');
    await console.signIn('admin');
    await browser.page.waitForTimeout(500);
    expect(await browser.page.locator('[data-testid="menu-workbench"]').count()).toBe(0);
  });
});

describe('why can I see this', () => {
  it('tells an administrator which role and reporting path let an account see a record', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('qc.admin');
    const page = browser.page;
    const id = await bodyIdByCode(server, 'P-QC-LX-SW');
    await page.goto(`${base}/#/bodies/${id}/show`);
    await page.locator('[data-testid="explain-access"]').click();
    await page.locator('[data-testid="explain-access-ask"]').click();
    const answer = page.locator('[data-testid="access-answer"]');
    await page.locator('[data-testid="access-answer"], [data-testid="access-error"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="access-error"]').count()).toBe(0);
    // No account chosen: the answer is about the signed-in administrator.
    expect(await answer.innerText()).toContain('允许：qc.admin');
    // The reporting path by the bodies' names, never their numbers.
    const path = page.locator('[data-testid="access-path"]');
    await page.locator('[data-testid="access-path"]', { hasText: '中共青川省委' }).waitFor({ timeout: 30_000 });
    expect(await path.innerText()).not.toMatch(/#|…/);
    await screenshot(page, 'explain-access-qc-admin');
  });
});

describe('the dashboard', () => {
  it("shows a leading group's summaries as charts and tables, each count opening its list", async () => {
    const console = new Console(browser.page, base);
    await console.signIn('lg.leader');
    const page = browser.page;
    await page.waitForSelector('[data-testid="findings-by-category"] svg', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="count-findings"] a', { timeout: 30_000 });
    const token = await server.tokenFor('lg.leader');
    const listed = await server.gql('{ findings(page: { take: 1 }) { totalCount } }', {}, token);
    expect(await page.locator('[data-testid="count-findings"] a').innerText()).toBe(String(listed.data.findings.totalCount));
    await page.waitForSelector('[data-testid="rectification-state"] svg');
    await page.waitForSelector('[data-testid="findings-by-target"] svg');
    await screenshot(page, 'dashboard-lg-leader');
    await page.locator('[data-testid="count-CORRUPTION"] a').click();
    await page.waitForURL(/#\/findings/);
    await page.waitForSelector('text=贪腐', { timeout: 30_000 }).catch(() => undefined);
    expect(page.url()).toContain('CORRUPTION');
  });

  it('shows a committee leader the numbers without the records behind them', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('leader');
    const page = browser.page;
    await page.waitForSelector('[data-testid="count-only"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="count-findings"]', { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="count-findings"]')?.textContent?.includes('…'));
    // Every finding but those about named people in sets too small to show (see schema/GUIDE.md).
    const [{ n }] = await server.db.query(
      `SELECT SUM(CASE WHEN s < 3 THEN n - s ELSE n END) AS n FROM (
         SELECT COUNT(*) AS n, SUM(CASE WHEN subjectPersonId IS NOT NULL THEN 1 ELSE 0 END) AS s FROM finding
         GROUP BY assignmentId, targetId, category, CASE WHEN transferredOn IS NOT NULL THEN 1 ELSE 0 END
       ) atoms`,
    );
    expect(await page.locator('[data-testid="count-findings"] td').last().innerText()).toBe(String(n));
    // The urgent flag is for readers only.
    expect(await page.locator('[data-testid="count-urgent"]').count()).toBe(0);
    // No drill-down: no count links to a list.
    expect(await page.locator('main a[href*="filter="]').count()).toBe(0);
    // The plan report for the committee, though the plans themselves stay closed to it.
    await page.waitForSelector('[data-testid="round-report"] [data-testid="report-categories"]', { timeout: 30_000 });
    expect(await page.locator('[data-testid="report-categories"] tr').count()).toBeGreaterThan(2);
    await screenshot(page, 'dashboard-committee-leader');
  });
});
