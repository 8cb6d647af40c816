/**
 * Staff records in a real browser (zh): the office records a training course from its form and sees
 * a person's service history, training and assessments on the person's page; the leading group reads
 * the assessments; a team member finds neither list in the menu and sees on their own page only their
 * service and training, never an assessment.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;
let zhou = 0;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  zhou = Number((await server.db.query("SELECT id FROM person WHERE name = '周博远'"))[0].id);
  await browser.page.goto(`${base}/#/login`);
  await browser.page.locator('input[name="username"]').waitFor({ timeout: 90_000 });
});
afterAll(() => stopConsoleSuite(suite));

describe('training records', () => {
  it('are recorded by the office from its form', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    await console.open('/trainingRecords/create');
    const page = browser.page;
    await page.locator('input[name="title"]').waitFor({ timeout: 30_000 });
    await console.autocomplete('领导小组', '中央', '中央巡视工作领导小组');
    await console.autocomplete('人员', '周博远');
    await page.fill('input[name="title"]', '巡视问题线索处置专题培训');
    await page.fill('input[name="provider"]', '中央党校');
    await page.fill('input[name="startsOn"]', '2026-05-11');
    await page.fill('input[name="endsOn"]', '2026-05-15');
    await page.fill('input[name="hours"]', '36');
    await screenshot(page, 'training-create-office');
    await console.save();
    await page.getByText('巡视问题线索处置专题培训').first().waitFor({ timeout: 30_000 });
    const [row] = await server.db.query("SELECT personId, hours, startsOn FROM training_record WHERE title = '巡视问题线索处置专题培训'");
    expect(row).toMatchObject({ personId: zhou, hours: 36, startsOn: '2026-05-11' });
  });
});

describe("the person's page", () => {
  it("shows the office the person's service history, training and assessments", async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    await console.open(`/people/${zhou}/show/staff-records`);
    const page = browser.page;
    await page.locator('[data-testid="staff-service"]').waitFor({ timeout: 30_000 });
    const service = await page.locator('[data-testid="staff-service"]').innerText();
    expect(service).toContain('青川省人民政府党组');
    expect(service).toContain('巡视组成员');
    await page.getByText('巡视问题线索处置专题培训').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('body').innerText()).toContain('考核记录');
    await screenshot(page, 'person-staff-records-office');
  });

  it('shows a team member their own service and training, and no assessment', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('team1');
    const menu = await console.menu();
    expect(menu).not.toContain('培训记录');
    expect(menu).not.toContain('考核记录');
    await console.open(`/people/${zhou}/show/staff-records`);
    const page = browser.page;
    await page.locator('[data-testid="staff-service"]').waitFor({ timeout: 30_000 });
    await page.getByText('巡视问题线索处置专题培训').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('body').innerText()).not.toContain('考核记录');
    await screenshot(page, 'person-staff-records-team1');
  });
});

describe('assessments', () => {
  it('are listed for the leading group with their grades', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('lg.leader');
    const menu = await console.menu();
    expect(menu).toEqual(expect.arrayContaining(['培训记录', '考核记录']));
    await console.open('/staffAssessments');
    const page = browser.page;
    await page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const text = await page.locator('tbody').innerText();
    expect(text).toMatch(/称职|优秀/);
    // Read only: nothing to add.
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await screenshot(page, 'assessments-lg-leader');
  });
});
