/**
 * Ending authority in the console (zh): on an inspection's page the office takes a person off or
 * replaces them, and the leading group revokes the leader's grant, each with a reason; each button
 * is shown only to whom the rules allow it, and never on one's own row.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { joinTeam } from './support/roster-ops';
import { today } from '../server/modules/common/calendar';

jest.setTimeout(120_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;
let inquiry: number;

async function personName(id: number): Promise<string> {
  const [row] = await server.db.query('SELECT name FROM person WHERE id = ?', [id]);
  return row.name;
}
async function staffRows(): Promise<Array<{ id: number; personId: number; removedOn: string | null }>> {
  const rows = await server.db.query('SELECT id, personId, removedOn FROM assignment_member WHERE assignmentId = ? ORDER BY id', [inquiry]);
  return rows.map((r: { id: number; personId: number; removedOn: string | null }) => ({
    id: Number(r.id),
    personId: Number(r.personId),
    removedOn: r.removedOn,
  }));
}
/** The row of the staff or grants table that names the person. */
const rowOf = (name: string) => browser.page.locator('tbody tr', { hasText: name }).first();

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  const [row] = await server.db.query(
    "SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = 'C-T01' AND b.code = 'P-QC-GOV'",
  );
  inquiry = Number(row.id);
});
afterAll(() => stopConsoleSuite(suite));

describe('staff changes', () => {
  it('are offered to the office, not to the leading group or the staff themselves', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('lg.leader');
    await console.open(`/assignments/${inquiry}/show/staff`);
    await browser.page.locator('[data-testid="revoke-grant"]').first().waitFor({ timeout: 30_000 });
    expect(await browser.page.locator('[data-testid="remove-staff"]').count()).toBe(0);

    await console.signIn('team1');
    await console.open(`/assignments/${inquiry}/show/staff`);
    await browser.page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await browser.page.waitForTimeout(500);
    expect(await browser.page.locator('[data-testid="remove-staff"]').count()).toBe(0);
    expect(await browser.page.locator('[data-testid="revoke-grant"]').count()).toBe(0);
  });

  it('takes a person off with a reason, keeping their row flagged', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    const [first] = await staffRows();
    const name = await personName(first.personId);
    await console.open(`/assignments/${inquiry}/show/staff`);
    await rowOf(name).locator('[data-testid="remove-staff"]').waitFor({ timeout: 30_000 });
    expect(await browser.page.locator('[data-testid="revoke-grant"]').count()).toBe(0);
    await rowOf(name).locator('[data-testid="remove-staff"]').click();
    await browser.page.fill('textarea[name="reason"]', '因身体原因暂离巡视工作');
    await screenshot(browser.page, 'remove-staff-office');
    await browser.page.locator('[data-testid="remove-staff-confirm"]').click();
    await browser.page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });
    const after = (await staffRows()).find((r) => r.id === first.id)!;
    expect(after.removedOn).toBe(today());
    await rowOf(name).getByText('因身体原因暂离巡视工作').waitFor({ timeout: 30_000 });
    expect(await rowOf(name).locator('[data-testid="remove-staff"]').count()).toBe(0);
  });

  it('replaces a person with one picked from the team, in one step', async () => {
    const [joiner] = await server.db.query(
      "SELECT p.id, p.name FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T02' AND p.retiredOn IS NULL ORDER BY p.id LIMIT 1",
    );
    await joinTeam(server, Number(joiner.id), 'C-T01');
    const console = new Console(browser.page, base);
    await console.signIn('office');
    const serving = (await staffRows()).find((r) => r.removedOn === null)!;
    const name = await personName(serving.personId);
    await console.open(`/assignments/${inquiry}/show/staff`);
    await rowOf(name).locator('[data-testid="replace-staff"]').click();
    await console.autocomplete('人员', joiner.name);
    await browser.page.fill('textarea[name="reason"]', '工作轮换');
    await screenshot(browser.page, 'replace-staff-office');
    await browser.page.locator('[data-testid="replace-staff-confirm"]').click();
    await browser.page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });
    const rows = await staffRows();
    expect(rows.find((r) => r.id === serving.id)!.removedOn).toBe(today());
    expect(rows.find((r) => r.personId === Number(joiner.id))!.removedOn).toBeNull();
    await rowOf(joiner.name).waitFor({ timeout: 30_000 });
  });
});

describe('the leader grant', () => {
  it('is revoked by the leading group with a reason, after which a leader can be appointed again', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('teamlead');
    await console.open(`/assignments/${inquiry}/show/staff`);
    await browser.page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await browser.page.waitForTimeout(500);
    // Nobody is offered to revoke their own grant.
    expect(await browser.page.locator('[data-testid="revoke-grant"]').count()).toBe(0);

    await console.signIn('lg.leader');
    await console.open(`/assignments/${inquiry}/show/staff`);
    await browser.page.locator('[data-testid="revoke-grant"]').first().click();
    await browser.page.fill('textarea[name="reason"]', '组长工作调动');
    await screenshot(browser.page, 'revoke-grant-lg-leader');
    await browser.page.locator('[data-testid="revoke-grant-confirm"]').click();
    await browser.page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });
    const grants = await server.db.query('SELECT revokedOn, revokedReason FROM leader_grant WHERE assignmentId = ?', [inquiry]);
    expect(grants).toContainEqual({ revokedOn: today(), revokedReason: '组长工作调动' });
    await browser.page.locator('[data-testid="appoint-leader"]').waitFor({ timeout: 30_000 });
    expect(await browser.page.locator('[data-testid="revoke-grant"]').count()).toBe(0);
  });
});
