/**
 * Names where a person expects them, in a real browser on the real server: the liaison's
 * rectification list names the inspection and the finding of every item (which the liaison may
 * not open), and a finding's page is titled and filled with names, in Chinese and in English.
 */
import { findingTitle } from '../server/modules/finding/finding-title';
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';

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

interface Label {
  zh: string;
  en: string;
}

/** The text of each cell of a list column, top to bottom. */
async function column(source: string): Promise<string[]> {
  const cells = browser.page.locator(`td.column-${source}`);
  await cells.first().waitFor({ timeout: 30_000 });
  // Labels are shown once the references have been looked up: wait until none is loading, and none
  // is still blank (a cell can render empty before its look-up starts).
  await browser.page.waitForFunction(
    (selector) =>
      !document.querySelector('td [role="progressbar"]') &&
      [...document.querySelectorAll(selector)].every((cell) => (cell as HTMLElement).innerText.trim() !== ''),
    `td.column-${source}`,
    { timeout: 30_000 },
  );
  return (await cells.allInnerTexts()).map((text) => text.trim());
}

/** The console in English from the next page load on (the language react-admin keeps in its store). */
async function switchToEnglish(): Promise<void> {
  await browser.page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
  await browser.page.reload();
}

it("names the inspection and the finding on every row of the liaison's rectification list", async () => {
  const token = await server.tokenFor('liaison');
  const res = await server.gql(
    '{ rectificationItems(page: { take: 25 }) { items { id findingId assignmentLabel { zh en } findingLabel { zh en } } } }',
    {},
    token,
  );
  const items: Array<{ findingId: number | null; assignmentLabel: Label; findingLabel: Label | null }> = res.data.rectificationItems.items;
  expect(items.some((item) => item.findingId !== null)).toBe(true);

  const console = new Console(browser.page, base);
  await console.signIn('liaison');
  await console.open('/rectificationItems');
  const inspections = await column('assignmentId');
  const findings = await column('findingId');
  await screenshot(browser.page, 'labels-rectification-list-liaison');

  // The list and the API agree row by row (the list is in the API's order: oldest first).
  expect(inspections).toEqual(items.map((item) => item.assignmentLabel.zh));
  expect(findings).toEqual(items.map((item) => item.findingLabel?.zh ?? '—'));
  expect(findings.some((name) => name !== '—')).toBe(true);
  expect([...inspections, ...findings].filter((text) => /#\d/.test(text))).toEqual([]);
  // Named, not linked: the liaison may not open either record.
  expect(await browser.page.locator('td.column-assignmentId a, td.column-findingId a').count()).toBe(0);
});

it('titles a finding by its kind and target, and names what it points at, in both languages', async () => {
  const token = await server.tokenFor('lg.leader');
  const res = await server.gql(
    '{ findings(filter: { statuses: [TRANSFERRED] }, page: { take: 1 }) { items { id assignmentLabel { zh en } targetLabel { zh en } transferredToLabel { zh en } } } }',
    {},
    token,
  );
  const [finding] = res.data.findings.items as Array<{ id: number; assignmentLabel: Label; targetLabel: Label; transferredToLabel: Label }>;
  const [row] = await server.db.query('SELECT subKind FROM finding WHERE id = ?', [finding.id]);
  const kind = findingTitle(row.subKind);

  const console = new Console(browser.page, base);
  await console.signIn('lg.leader');
  await console.open(`/findings/${finding.id}/show`);
  const title = browser.page.locator('#react-admin-title');
  await title.filter({ hasText: kind.zh }).waitFor({ timeout: 30_000 });
  const main = browser.page.locator('main');
  await main.getByText(finding.assignmentLabel.zh).first().waitFor({ timeout: 30_000 });
  expect(await title.innerText()).toContain(`${kind.zh} · ${finding.targetLabel.zh}`);
  expect(await title.innerText()).not.toMatch(/#\d/);
  // The leading group may open the inspection: its name links to its page.
  expect(await main.locator('a', { hasText: finding.assignmentLabel.zh }).count()).toBeGreaterThan(0);
  expect(await main.innerText()).toContain(finding.transferredToLabel.zh);
  await screenshot(browser.page, 'labels-finding-show-zh');

  await switchToEnglish();
  await title.filter({ hasText: kind.en }).waitFor({ timeout: 30_000 });
  await main.getByText(finding.assignmentLabel.en).first().waitFor({ timeout: 30_000 });
  expect(await title.innerText()).toContain(`${kind.en} · ${finding.targetLabel.en}`);
  expect(await main.innerText()).toContain(finding.transferredToLabel.en);
  await screenshot(browser.page, 'labels-finding-show-en');
});
