/**
 * What people type is shown as text: a finding whose evidence is markup with script in it appears
 * literally on its page, in its edit form and in the list, and none of it runs or becomes an element.
 * (Both are checked: a content security policy alone would stop the script but not the element.)
 */
import type { Page } from 'playwright-core';
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';

jest.setTimeout(120_000);

const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

let suite: ConsoleSuite;
let browser: Browser;
let findingId: number;

beforeAll(async () => {
  suite = await startConsoleSuite();
  browser = suite.browser;
  const team1 = await suite.server.tokenFor('team1');
  const created = await suite.server.gql(
    'mutation($input: CreateFindingInput!) { createFinding(input: $input) { id evidenceSummary } }',
    {
      input: {
        assignmentId: 16,
        category: 'WORK_STYLE',
        subKind: 'FORMALISM',
        sourceMethod: 'DOCUMENT_REVIEW',
        severity: 'MINOR',
        evidenceSummary: PAYLOAD,
      },
    },
    team1,
  );
  expect(created.errors).toBeUndefined();
  expect(created.data.createFinding.evidenceSummary).toBe(PAYLOAD);
  findingId = created.data.createFinding.id;
});
afterAll(() => stopConsoleSuite(suite));

/** Nothing of the payload ran, and it made no element: no image with its source, no script with its text. */
async function expectNothingInjected(page: Page): Promise<void> {
  // An image's error handler runs once loading the (missing) source fails: give it the time to.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes('__xss')).length)).toBe(0);
}

describe('a finding whose evidence is markup', () => {
  it("shows it as text on the finding's page", async () => {
    const console = new Console(browser.page, suite.base);
    await console.signIn('team1');
    await console.open(`/findings/${findingId}/show`);
    await browser.page.getByText(PAYLOAD, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await browser.page.locator('main').innerText()).toContain(PAYLOAD);
    await expectNothingInjected(browser.page);
    await screenshot(browser.page, 'finding-markup-show');
  });

  it('gives it back unchanged in the edit form', async () => {
    const console = new Console(browser.page, suite.base);
    await console.open(`/findings/${findingId}`);
    const field = browser.page.locator('textarea[name="evidenceSummary"]');
    await field.waitFor({ timeout: 30_000 });
    expect(await field.inputValue()).toBe(PAYLOAD);
    await expectNothingInjected(browser.page);
  });

  it('lists the finding without running any of it', async () => {
    const console = new Console(browser.page, suite.base);
    await console.open('/findings');
    await browser.page
      .locator('tbody tr', { hasText: String(findingId) })
      .first()
      .waitFor({ timeout: 30_000 });
    await expectNothingInjected(browser.page);
    await screenshot(browser.page, 'finding-markup-list');
  });
});
