/**
 * The console in a real browser: a follow-up inspection's page (回头看) shows the earlier
 * inspection's findings and how far their rectification went, with a link to the earlier
 * inspection for whoever may read it; its team sees the same findings without the link; the edit
 * page of a follow-up in preparation offers only earlier inspections of the same target.
 */
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { accountFor, joinTeam } from './support/roster-ops';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;
let followUp: number;
let earlier: number;

async function assignmentOf(team: string, target: string, stage: string): Promise<number> {
  const [row] = await server.db.query(
    'SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = ? AND b.code = ? AND a.stage = ?',
    [team, target, stage],
  );
  return Number(row.id);
}

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  followUp = await assignmentOf('C-T02', 'P-YL-GOV', 'INQUIRY');
  earlier = await assignmentOf('C-T01', 'P-YL-GOV', 'CLOSED');
  await browser.page.goto(`${base}/#/login`);
  await browser.page.locator('input[name="username"]').waitFor({ timeout: 90_000 });
});
afterAll(() => stopConsoleSuite(suite));

async function earlierFindingCount(): Promise<number> {
  const [row] = await server.db.query('SELECT COUNT(*) AS n FROM finding WHERE assignmentId = ?', [earlier]);
  return Number(row.n);
}

describe('a follow-up inspection’s page', () => {
  it('shows the office the earlier findings, their progress and a link to the earlier inspection (zh)', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    await console.open(`/assignments/${followUp}/show`);
    const section = browser.page.getByTestId('follow-up-section');
    await section.waitFor({ timeout: 30_000 });
    await expect(section.getByRole('heading').innerText()).resolves.toContain('上次巡视发现问题整改情况');
    const rows = section.getByTestId('earlier-findings').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(await earlierFindingCount());
    await expect(rows.first().innerText()).resolves.toMatch(/整改事项 \d+ 项：已销号 \d+ 项|未列整改事项/);
    await expect(section.getByTestId('earlier-rectification').innerText()).resolves.toMatch(/整改事项 \d+ 项/);
    await expect(section.locator(`a[href$="/assignments/${earlier}/show"]`).count()).resolves.toBe(1);
    await screenshot(browser.page, 'follow-up-office');
  });

  it('shows the follow-up’s team the same findings, without the earlier inspection', async () => {
    const [person] = await server.db.query(
      `SELECT p.id FROM person p JOIN body b ON b.id = p.employerId
        WHERE b.code = 'C-AUD' AND p.id NOT IN (SELECT personId FROM account)
          AND p.id NOT IN (SELECT personId FROM membership WHERE role <> 'STAFF')
        ORDER BY p.id LIMIT 1`,
    );
    const personId = Number(person.id);
    await accountFor(server, 'followup.console', personId, DEMO_PASSWORD);
    await joinTeam(server, personId, 'C-T02');
    const staffed = await server.gql(
      'mutation($input: StaffAssignmentInput!) { staffAssignment(input: $input) { id } }',
      { input: { assignmentId: followUp, personId } },
      await server.tokenFor('office'),
    );
    expect(staffed.errors).toBeUndefined();

    const console = new Console(browser.page, base);
    await console.signIn('followup.console');
    await console.open(`/assignments/${followUp}/show`);
    const section = browser.page.getByTestId('follow-up-section');
    await section.waitFor({ timeout: 30_000 });
    await expect(section.getByTestId('earlier-findings').locator('tbody tr').count()).resolves.toBe(await earlierFindingCount());
    await expect(section.innerText()).resolves.toContain('上次巡视本身无权查看');
    await expect(section.locator(`a[href$="/assignments/${earlier}/show"]`).count()).resolves.toBe(0);
    await screenshot(browser.page, 'follow-up-team');
  });

  it('a first inspection has no such section', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    await console.open(`/assignments/${earlier}/show`);
    await browser.page.getByText('工作方案').first().waitFor({ timeout: 30_000 });
    await expect(browser.page.getByTestId('follow-up-section').count()).resolves.toBe(0);
  });
});

describe('choosing the earlier inspection', () => {
  it('offers only inspections of the same target whose findings were fed back', async () => {
    const prep = await assignmentOf('C-T03', 'P-DL-NPC', 'PREPARATION');
    const [target] = await server.db.query("SELECT id FROM body WHERE code = 'P-DL-NPC'");
    const allowed = await server.gql(
      `query($target: Int!) { assignments(filter: { targetId: $target, stages: [TRANSFER, CLOSED] }) { totalCount } }`,
      { target: Number(target.id) },
      await server.tokenFor('office'),
    );
    expect(allowed.data.assignments.totalCount).toBeGreaterThan(0);
    const console = new Console(browser.page, base);
    await console.signIn('office');
    await console.open(`/assignments/${prep}`);
    const input = browser.page.getByRole('combobox', { name: '回头看所针对的巡视' });
    await input.waitFor({ timeout: 30_000 });
    // The field shows the chosen inspection's label only once that record has been fetched.
    await browser.page.waitForFunction((field) => (field as HTMLInputElement).value !== '', await input.elementHandle(), {
      timeout: 30_000,
    });
    await input.click();
    await input.fill('');
    const options = browser.page.locator('li[role="option"]');
    await options.first().waitFor({ timeout: 30_000 });
    await expect(options.count()).resolves.toBe(allowed.data.assignments.totalCount);
    await screenshot(browser.page, 'follow-up-edit');
    await browser.page.keyboard.press('Escape');
  });
});
