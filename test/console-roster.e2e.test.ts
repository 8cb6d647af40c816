/**
 * Roster work in a real browser on the real server: a provincial administrator browses the
 * reporting tree (its own province only) and moves a body along it, exports a list to Excel, and
 * records a relative of a person; every change is still there after a reload.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, type Browser } from './support/browser';
import { signIn, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;
let downloads: string;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  downloads = mkdtempSync(join(tmpdir(), 'console-downloads-'));
});
afterAll(async () => {
  await stopConsoleSuite(suite);
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/** The tree node of a body (by code), and its own row (without the nodes below it). */
const node = (page: Page, code: string) => page.getByTestId(`tree-node-${code}`);
const row = (page: Page, code: string) => page.getByTestId(`tree-row-${code}`);

async function expand(page: Page, code: string): Promise<void> {
  const item = node(page, code);
  await item.waitFor({ timeout: 30_000 });
  if ((await item.getAttribute('aria-expanded')) !== 'true') await row(page, code).getByTestId('tree-toggle').click();
  await item.locator('[role="group"]').first().waitFor({ timeout: 30_000 });
}

/** Picks `option` in the autocomplete of the open dialog after typing `search`. */
async function chooseInDialog(page: Page, search: string, option: string): Promise<void> {
  const input = page.getByRole('dialog').getByRole('combobox');
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

async function openTree(page: Page): Promise<void> {
  await page.getByTestId('menu-bodyTree').click();
  await page.getByTestId('body-tree').waitFor({ timeout: 30_000 });
}

describe('signed in as qc.admin', () => {
  beforeAll(async () => {
    await signIn(browser.page, base, 'qc.admin');
  });

  it('browses the reporting tree: its own line from the root, its province below, no other province', async () => {
    const page = browser.page;
    await openTree(page);
    // The root of its reporting line is open; only its own province reports to it here.
    await node(page, 'P-QC').waitFor({ timeout: 30_000 });
    await expand(page, 'P-QC');
    await expand(page, 'P-QC-LX');
    await node(page, 'P-QC-LX-SW').waitFor();
    const text = await page.getByTestId('body-tree').innerText();
    expect(text).toContain('中共中央');
    expect(text).toContain('中共青川省委');
    expect(text).toContain('中共临溪市委');
    expect(text).not.toContain('中共云岭省委');
    expect(text).not.toContain('中共东澜省委');
    expect(text).not.toContain('中央第一巡视组');
    // The name leads to the body's page.
    const href = await row(page, 'P-QC-LX').getByRole('link').getAttribute('href');
    expect(href).toContain(`/bodies/${await bodyIdByCode(server, 'P-QC-LX')}/show`);
    await screenshot(page, 'body-tree-qc-admin');
  });

  it('moves a county to another city from the tree, and the move holds after a reload', async () => {
    const page = browser.page;
    await openTree(page);
    await expand(page, 'P-QC');
    await expand(page, 'P-QC-LX');
    await row(page, 'P-QC-LX-SW').getByTestId('move-body').click();
    await chooseInDialog(page, '望川', '中共望川市委');
    await page.getByTestId('move-body-confirm').click();
    // Gone from its old city at once.
    await node(page, 'P-QC-LX').getByTestId('tree-node-P-QC-LX-SW').waitFor({ state: 'detached', timeout: 30_000 });

    await page.reload();
    await page.getByTestId('body-tree').waitFor({ timeout: 30_000 });
    await expand(page, 'P-QC');
    await expand(page, 'P-QC-WC');
    await node(page, 'P-QC-WC').getByTestId('tree-node-P-QC-LX-SW').waitFor({ timeout: 30_000 });
    const moved = await server.gql(
      'query($id: Int!) { body(id: $id) { reportsToId } }',
      { id: await bodyIdByCode(server, 'P-QC-LX-SW') },
      await server.tokenFor('qc.admin'),
    );
    expect(moved.data.body.reportsToId).toBe(await bodyIdByCode(server, 'P-QC-WC'));
    await screenshot(page, 'body-tree-moved-qc-admin');
  });

  it('goes from the list of bodies to the tree and back', async () => {
    const page = browser.page;
    await page.goto(`${base}/#/bodies`);
    await page.getByTestId('open-body-tree').click();
    await page.getByTestId('body-tree').waitFor({ timeout: 30_000 });
    await page.getByTestId('open-body-list').click();
    await page.waitForURL(/#\/bodies$/, { timeout: 30_000 });
  });

  it('exports the people list to Excel: Chinese headers, one row per person it may see', async () => {
    const page = browser.page;
    await page.goto(`${base}/#/people`);
    await page.waitForSelector('text=身份证号', { timeout: 30_000 });
    await screenshot(page, 'people-list-qc-admin');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^人员-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = join(downloads, 'people.xlsx');
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['姓名', '职务', '职级', '工作单位', '身份证号', '离册日期']);
    const listed = await server.gql('{ people { totalCount } }', {}, await server.tokenFor('qc.admin'));
    expect(sheet.actualRowCount - 1).toBe(listed.data.people.totalCount);
    // Enum values and references as the list shows them, not codes and ids.
    const ranks = new Set(sheet.getColumn(3).values.slice(2));
    expect([...ranks].every((rank) => typeof rank === 'string' && /级|科员/.test(rank))).toBe(true);
    expect(sheet.getColumn(4).values.slice(2)).toContain('中共青川省委');
  });

  it('exports to CSV only what the current filter shows', async () => {
    const page = browser.page;
    await page.goto(`${base}/#/people?filter=${encodeURIComponent(JSON.stringify({ ranks: ['BUREAU'] }))}`);
    await page.waitForSelector('text=正厅级', { timeout: 30_000 });
    const [csv] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-csv').click()]);
    const file = join(downloads, 'people.csv');
    await csv.saveAs(file);
    const lines = readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFF姓名,职务,职级,工作单位,身份证号,离册日期');
    const listed = await server.gql('{ people(filter: { ranks: [BUREAU] }) { totalCount } }', {}, await server.tokenFor('qc.admin'));
    expect(listed.data.people.totalCount).toBeGreaterThan(0);
    expect(lines).toHaveLength(listed.data.people.totalCount + 1);
    for (const line of lines.slice(1)) expect(line.split(',')[2]).toBe('正厅级');
  });

  it('records a relative of a person, who is still there after a reload', async () => {
    const page = browser.page;
    const [person] = await server.db.query('SELECT id, name FROM person WHERE employerId = ? ORDER BY id LIMIT 1', [
      await bodyIdByCode(server, 'P-QC-ORG'),
    ]);
    const personId = Number(person.id);
    await page.goto(`${base}/#/people/${personId}/show/relatives`);
    await page.getByTestId('add-relative').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="relation"]').fill('配偶');
    await dialog.locator('input[name="relativeName"]').fill('柳青禾');
    await chooseInDialog(page, '临溪', '中共临溪市委');
    await page.getByTestId('add-relative-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await page.waitForSelector('text=柳青禾', { timeout: 30_000 });

    await page.reload();
    await page.waitForSelector('text=柳青禾', { timeout: 30_000 });
    // The relative's body is named once that body has been fetched, after the row itself is drawn.
    await page.locator('main').getByText('中共临溪市委').first().waitFor({ timeout: 30_000 });
    const text = await page.locator('main').innerText();
    expect(text).toContain('配偶');
    expect(text).toContain('中共临溪市委');
    const recorded = await server.gql(
      'query($id: Int!) { personRelations(filter: { personId: $id }) { items { relation relativeName relativeBodyId } } }',
      { id: personId },
      await server.tokenFor('qc.admin'),
    );
    expect(recorded.data.personRelations.items).toContainEqual({
      relation: '配偶',
      relativeName: '柳青禾',
      relativeBodyId: await bodyIdByCode(server, 'P-QC-LX'),
    });
    await screenshot(page, 'person-relatives-qc-admin');

    // Removed again: gone from the tab and from the API's list.
    await page.locator('main tr', { hasText: '柳青禾' }).locator('.ra-delete-button').click();
    await page.locator('.ra-confirm').click();
    await page.locator('main tr', { hasText: '柳青禾' }).waitFor({ state: 'detached', timeout: 30_000 });
    const after = await server.gql(
      'query($id: Int!) { personRelations(filter: { personId: $id }) { items { relativeName } } }',
      { id: personId },
      await server.tokenFor('qc.admin'),
    );
    expect(after.data.personRelations.items).not.toContainEqual({ relativeName: '柳青禾' });
  });
});

describe('signed in as yl.admin', () => {
  it('sees its own province in the tree and none of Qingchuan', async () => {
    const page = browser.page;
    await signIn(page, base, 'yl.admin');
    await openTree(page);
    await node(page, 'P-YL').waitFor({ timeout: 30_000 });
    const text = await page.getByTestId('body-tree').innerText();
    expect(text).toContain('中共云岭省委');
    expect(text).not.toContain('中共青川省委');
  });
});
