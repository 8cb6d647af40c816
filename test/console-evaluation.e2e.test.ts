/**
 * Evaluations in the console (zh), in a real browser on the real server: the staff open one, issue
 * a printable sheet of one-time links, a participant answers on the public ballot page once, and the
 * results appear when it is closed, a member rated on too few ballots withheld; a target's liaison
 * is offered none of it.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;
let draftId: number;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  const [row] = await server.db.query("SELECT assignmentId FROM evaluation WHERE status = 'CLOSED' ORDER BY id LIMIT 1");
  const created = await server.gql(
    'mutation($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id } }',
    {
      input: {
        assignmentId: Number(row.assignmentId),
        title: '浏览器测试民主测评',
        kind: 'DEMOCRATIC_EVALUATION',
        personIds: [],
        questions: ['意见'],
      },
    },
    await server.tokenFor('team1'),
  );
  expect(created.errors).toBeUndefined();
  draftId = created.data.createEvaluation.id;
  await browser.page.goto(`${base}/#/login`);
  await browser.page.locator('input[name="username"]').waitFor({ timeout: 90_000 });
});
afterAll(() => stopConsoleSuite(suite));

it('shows a closed evaluation’s results, a member rated on too few ballots withheld', async () => {
  const console = new Console(browser.page, base);
  await console.signIn('team1');
  expect(await console.menu()).toContain('民主测评');
  const [closed] = await server.db.query("SELECT id FROM evaluation WHERE status = 'CLOSED' ORDER BY id LIMIT 1");
  await console.open(`/evaluations/${closed.id}/show`);
  await browser.page.locator('[data-testid="results-table"]').waitFor({ timeout: 30_000 });
  expect(await browser.page.locator('[data-testid="result-0"]').innerText()).toMatch(/领导班子/);
  expect(await browser.page.locator('[data-testid="result-withheld"]').count()).toBe(1);
  expect(await browser.page.locator('[data-testid="result-withheld"]').innerText()).toMatch(/结果不予显示/);
  await screenshot(browser.page, 'evaluation-results-team1');
});

it('opens a draft, issues a printable sheet of links shown once, and takes one ballot per link', async () => {
  const console = new Console(browser.page, base);
  await console.signIn('team1');
  await console.open(`/evaluations/${draftId}/show`);
  await browser.page.locator('[data-testid="open-evaluation"]').click();
  await browser.page.locator('[data-testid="results-sealed"]').waitFor({ timeout: 30_000 });
  await browser.page.locator('[data-testid="issue-links"]').click();
  await browser.page.locator('[data-testid="issue-links-count"]').fill('3');
  await browser.page.locator('[data-testid="issue-links-confirm"]').click();
  await browser.page.locator('[data-testid="ballot-sheet"]').waitFor({ timeout: 30_000 });
  expect(await browser.page.locator('[data-testid="ballot-sheet-item"] img').count()).toBe(3);
  expect(await browser.page.locator('[data-testid="ballot-sheet-warning"]').innerText()).toMatch(/唯一副本/);
  const links = await browser.page.locator('[data-testid="ballot-link"]').allInnerTexts();
  await screenshot(browser.page, 'evaluation-ballot-sheet');
  await browser.page.locator('[data-testid="ballot-sheet-close"]').click();

  // The public page, without an account: one ballot, then the link is spent.
  const path = new URL(links[0].trim()).pathname;
  await browser.page.goto(`${base}${path}`);
  expect(await browser.page.locator('h1').innerText()).toBe('浏览器测试民主测评');
  await browser.page.locator('input[name="s0"][value="COMPETENT"]').check();
  await browser.page.locator('textarea[name="q1"]').fill('希望加强学习');
  await browser.page.locator('button[type="submit"]').click();
  await browser.page.getByText('测评已提交').waitFor({ timeout: 30_000 });
  await screenshot(browser.page, 'evaluation-ballot-cast');
  await browser.page.goto(`${base}${path}`);
  expect(await browser.page.locator('h1').innerText()).toBe('此测评链接已使用或已结束');

  // Sealed while open; closed, the tally appears.
  await console.open(`/evaluations/${draftId}/show`);
  expect(await browser.page.locator('[data-testid="results-sealed"]').innerText()).toMatch(/1 \/ 3/);
  await browser.page.locator('[data-testid="close-evaluation"]').click();
  await browser.page.locator('[data-testid="results-table"]').waitFor({ timeout: 30_000 });
  expect(await browser.page.locator('[data-testid="open-evaluation"]').count()).toBe(0);
  expect(await browser.page.locator('[data-testid="close-evaluation"]').count()).toBe(0);
});

it('is not offered to the target’s liaison', async () => {
  const console = new Console(browser.page, base);
  await console.signIn('liaison');
  expect(await console.menu()).not.toContain('民主测评');
});
