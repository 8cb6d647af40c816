/**
 * Searching and filtering lists in the console: a typed search and a filter narrow the findings to
 * what the API selects for the same filter; a filter that arrives in the address (as a dashboard
 * link sends it) is shown as a chip that removes it; people and bodies are listed in pinyin order;
 * in English, bodies go by their English names and days are written the English way.
 */
import { nameSortKey } from '../server/modules/common/name-sort-key';
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let browser: Browser;
let console_: Console;

beforeAll(async () => {
  suite = await startConsoleSuite();
  browser = suite.browser;
  console_ = new Console(browser.page, suite.base);
  await console_.signIn('analyst');
});
afterAll(() => stopConsoleSuite(suite));

async function apiCount(filter: Record<string, unknown>): Promise<number> {
  const res = await suite.server.gql(
    'query($filter: FindingFilter) { findings(filter: $filter) { totalCount } }',
    { filter },
    await suite.server.tokenFor('analyst'),
  );
  expect(res.errors).toBeUndefined();
  return res.data.findings.totalCount;
}

/** The list's total as its pagination shows it ("1-25 / 60", "1-25 of 60"), once it equals `expected`. */
async function waitForTotal(expected: number): Promise<void> {
  const pagination = browser.page.locator('.MuiTablePagination-displayedRows');
  await browser.page.waitForFunction(
    (n) => {
      const text = document.querySelector('.MuiTablePagination-displayedRows')?.textContent ?? '';
      return new RegExp(`\\b${n}\\s*$`).test(text.trim());
    },
    expected,
    { timeout: 30_000 },
  );
  expect(await pagination.innerText()).toMatch(new RegExp(`\\b${expected}\\s*$`));
}

/** The texts of a list column, once the list has drawn its rows. */
async function column(source: string): Promise<string[]> {
  const cells = browser.page.locator(`td.column-${source}`);
  await cells.first().waitFor({ timeout: 30_000 });
  await browser.page.waitForFunction(() => !document.querySelector('td [role="progressbar"]'), null, { timeout: 30_000 });
  return (await cells.allInnerTexts()).map((text) => text.trim());
}

it('narrows the findings by a typed search, showing what it searched for', async () => {
  const all = await apiCount({});
  const res = await suite.server.gql(
    '{ findings(page: { take: 50 }) { items { evidenceSummary } } }',
    {},
    await suite.server.tokenFor('analyst'),
  );
  // Two characters of some finding's evidence that not every finding shares.
  let word = '';
  let found = 0;
  for (const { evidenceSummary } of res.data.findings.items as Array<{ evidenceSummary: string }>) {
    word = evidenceSummary.slice(6, 8);
    found = await apiCount({ q: word });
    if (found < all) break;
  }
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);

  await console_.open('/findings');
  await waitForTotal(all);
  await browser.page.locator('input[name="q"]').fill(word);
  await waitForTotal(found);
  const chip = browser.page.locator('[data-testid="active-filters"] [data-filter="q"]');
  await chip.waitFor({ timeout: 30_000 });
  expect(await chip.innerText()).toContain(word);
  await screenshot(browser.page, 'search-findings-typed');

  // A filter chosen beside the search narrows further, and both stay shown.
  const grave = await apiCount({ q: word, severities: ['GRAVE'] });
  await browser.page.getByRole('combobox', { name: '严重程度' }).click();
  await browser.page.locator('li[role="option"][data-value="GRAVE"]').click();
  // A multiple select keeps its menu open after a choice.
  await browser.page.keyboard.press('Escape');
  await waitForTotal(grave);
  expect(await browser.page.locator('[data-testid="active-filters"] [data-filter="severities"]').innerText()).toContain('严重');
});

it('shows a filter that came with the address, and removes it from its chip', async () => {
  const token = await suite.server.tokenFor('analyst');
  const res = await suite.server.gql('{ findings(page: { take: 1 }) { items { targetId target { name } } } }', {}, token);
  const [{ targetId, target }] = res.data.findings.items;
  const all = await apiCount({});
  const ofTarget = await apiCount({ targetId });
  expect(ofTarget).toBeLessThan(all);

  // As a dashboard link sends it: a filter whose input the list does not show until asked.
  await console_.open(`/findings?filter=${encodeURIComponent(JSON.stringify({ targetId }))}`);
  await waitForTotal(ofTarget);
  const chip = browser.page.locator('[data-testid="active-filters"] [data-filter="targetId"]');
  await chip.waitFor({ timeout: 30_000 });
  await browser.page.waitForFunction(
    (name) => document.querySelector('[data-filter="targetId"]')?.textContent?.includes(name),
    target.name,
    { timeout: 30_000 },
  );
  expect(await chip.innerText()).toBe(`被巡视党组织: ${target.name}`);
  await screenshot(browser.page, 'search-findings-filter-from-address');

  await chip.locator('.MuiChip-deleteIcon').click();
  await waitForTotal(all);
  expect(await browser.page.locator('[data-testid="active-filters"]').count()).toBe(0);
});

it('lists people and bodies in pinyin order', async () => {
  await console_.open('/people?sort=name&order=ASC&perPage=200');
  const people = await column('name');
  expect(people.length).toBeGreaterThan(25);
  const keys = people.map((name) => nameSortKey(name, 'person'));
  expect(keys).toEqual([...keys].sort());
  expect(people.indexOf('丁梦溪')).toBeGreaterThanOrEqual(0);
  expect(people.indexOf('丁梦溪')).toBeLessThan(people.indexOf('严可欣'));
  await screenshot(browser.page, 'search-people-pinyin');

  await console_.open('/bodies?sort=name&order=ASC&perPage=100');
  const bodies = await column('name');
  const bodyKeys = bodies.map((name) => nameSortKey(name, 'body'));
  expect(bodyKeys).toEqual([...bodyKeys].sort());
});

it('names bodies by their English names in English, and writes days the English way', async () => {
  await browser.page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
  const token = await suite.server.tokenFor('analyst');
  const res = await suite.server.gql('{ bodies(sort: [{ field: NAME }], page: { take: 5 }) { items { name nameEn } } }', {}, token);
  const first: { name: string; nameEn: string } = res.data.bodies.items[0];
  expect(first.nameEn).not.toBe(first.name);

  await console_.open('/bodies?sort=name&order=ASC');
  // The language is read as the console starts.
  await browser.page.reload();
  const names = await column('name');
  expect(names[0]).toBe(first.nameEn);
  await screenshot(browser.page, 'search-bodies-english');

  await console_.open('/intakeItems');
  const days = await column('receivedOn');
  for (const day of days) expect(day).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
  // The filter chips speak English too.
  await browser.page.locator('input[name="q"]').fill('x');
  expect(await browser.page.locator('[data-testid="active-filters"] [data-filter="q"]').innerText()).toBe('Search: x');
});
