/**
 * Governed memberships in the console, in a real browser on the real server: a roster
 * administrator proposes a role that reads inspection records and is told it waits for approval;
 * a leading-group leader finds it on the dashboard and in the list waiting for them, must give a
 * reason to refuse, and approves; the administrator is never offered the decision, a refusal that
 * names a rule is told in Chinese, and a provincial administrator is offered no edit of its own
 * membership or account.
 */
import type { Locator, Page } from 'playwright-core';
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
});
afterAll(() => stopConsoleSuite(suite));

const PROPOSED = '贺启明';
const TO_REFUSE = '邱海宁';
const ADMIN_PERSON = '许文涛';

async function personId(name: string): Promise<number> {
  const [row] = await server.db.query('SELECT id FROM person WHERE name = ?', [name]);
  return Number(row.id);
}

async function accountId(login: string): Promise<number> {
  const [row] = await server.db.query('SELECT id FROM account WHERE login = ?', [login]);
  return Number(row.id);
}

async function analystMembershipOf(name: string) {
  const [row] = await server.db.query(
    "SELECT id, status, proposedByAccountId, decidedByAccountId, decisionNote FROM membership WHERE personId = ? AND role = 'ANALYST' ORDER BY id DESC",
    [await personId(name)],
  );
  return row
    ? {
        ...row,
        id: Number(row.id),
        proposedByAccountId: row.proposedByAccountId === null ? null : Number(row.proposedByAccountId),
        decidedByAccountId: row.decidedByAccountId === null ? null : Number(row.decidedByAccountId),
      }
    : undefined;
}

const row = (page: Page, text: string): Locator => page.locator('tbody tr', { hasText: text });

/** A record page may first show the record as a list read it, then as read afresh: wait for the state expected. */
async function untilStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction(
    (s) => document.querySelector('main [data-testid="membership-status"]')?.getAttribute('data-status') === s,
    status,
    { timeout: 30_000 },
  );
}

async function statusOf(scope: Locator): Promise<string> {
  const status = scope.locator('[data-testid="membership-status"]').first();
  await status.waitFor({ timeout: 30_000 });
  return status.innerText();
}

let proposedId: number;
let toRefuseId: number;

describe('a roster administrator proposes', () => {
  it('a role that reads inspection records: told before saving that it waits for approval, and after that it is pending', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.signIn('admin');
    await console.open('/memberships/create');
    await page.locator('input[name="since"]').waitFor({ timeout: 30_000 });
    await console.autocomplete('人员', PROPOSED);
    await console.autocomplete('机构', '审计署');
    await console.select('职责', 'STAFF');
    // A roster role is in force at once: nothing to wait for.
    expect(await page.locator('[data-testid="approval-notice"]').count()).toBe(0);
    await console.select('职责', 'ANALYST');
    const notice = page.locator('[data-testid="approval-notice"]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toContain('须经领导小组组长批准');
    await page.fill('input[name="since"]', '2026-06-01');
    await screenshot(page, 'membership-propose-admin');
    await console.save();
    await page.waitForURL(/#\/memberships\/\d+\/show/, { timeout: 30_000 });
    await page.getByText('任职已提出，待领导小组组长审批后生效').waitFor({ timeout: 30_000 });
    proposedId = Number(/memberships\/(\d+)\/show/.exec(page.url())![1]);

    expect(await statusOf(page.locator('main'))).toContain('待审批');
    await page.locator('[data-testid="pending-notice"]').waitFor();
    // The proposer's person shows first; the account's login replaces it once the account is read.
    await page.locator('main').getByText('admin', { exact: true }).waitFor({ timeout: 30_000 });
    // The proposer is never offered the decision.
    expect(await page.locator('[data-testid="approve-membership"], [data-testid="refuse-membership"]').count()).toBe(0);
    await screenshot(page, 'membership-pending-show-admin');

    const stored = await analystMembershipOf(PROPOSED);
    expect(stored).toMatchObject({
      id: proposedId,
      status: 'PENDING',
      proposedByAccountId: await accountId('admin'),
      decidedByAccountId: null,
    });
  });

  it('and the list shows it pending, filtered by status, without a decision to offer', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.open(`/memberships?filter=${encodeURIComponent(JSON.stringify({ statuses: ['PENDING'] }))}`);
    const proposed = row(page, PROPOSED);
    expect(await statusOf(proposed)).toContain('待审批');
    const statuses = await page
      .locator('tbody [data-testid="membership-status"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['PENDING']));
    expect(await page.locator('[data-testid="approve-membership"], [data-testid="refuse-membership"]').count()).toBe(0);
    expect(await page.locator('[data-testid="awaiting-my-decision-filter"]').count()).toBe(0);
    await screenshot(page, 'membership-pending-list-admin');
  });

  it('is told in Chinese which rule refused a membership for itself', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.open('/memberships/create');
    await page.locator('input[name="since"]').waitFor({ timeout: 30_000 });
    await console.autocomplete('人员', ADMIN_PERSON);
    await console.autocomplete('机构', '审计署');
    await console.select('职责', 'STAFF');
    await page.fill('input[name="since"]', '2026-06-01');
    await console.save();
    await page.getByText('不能为本人办理').waitFor({ timeout: 30_000 });
    expect(await page.locator('body').innerText()).not.toContain('You may not');
    await screenshot(page, 'membership-self-refused-admin');
    const [{ n }] = await server.db.query('SELECT COUNT(*) AS n FROM membership WHERE personId = ? AND bodyId = ?', [
      await personId(ADMIN_PERSON),
      await bodyIdByCode(server, 'C-AUD'),
    ]);
    expect(Number(n)).toBe(0);
  });
});

describe('a leading-group leader decides', () => {
  beforeAll(async () => {
    // A second proposal, to be refused.
    const created = await server.gql(
      'mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id status } }',
      { input: { personId: await personId(TO_REFUSE), bodyId: await bodyIdByCode(server, 'C-AUD'), role: 'ANALYST', since: '2026-06-01' } },
      await server.tokenFor('admin'),
    );
    expect(created.data.createMembership.status).toBe('PENDING');
    toRefuseId = created.data.createMembership.id;
  });

  it('finds the proposals on the dashboard, with their number, and opens the list waiting for them', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.signIn('lg.leader');
    const card = page.locator('[data-testid="awaiting-my-decision"]');
    await card.waitFor({ timeout: 30_000 });
    const count = card.locator('[data-testid="awaiting-count"]');
    await count.waitFor({ timeout: 30_000 });
    const listed = await server.gql(
      '{ memberships(filter: { statuses: [PENDING], awaitingMyDecision: true }) { totalCount } }',
      {},
      await server.tokenFor('lg.leader'),
    );
    expect(listed.data.memberships.totalCount).toBeGreaterThanOrEqual(2);
    expect(await count.getAttribute('data-count')).toBe(String(listed.data.memberships.totalCount));
    const text = await card.innerText();
    expect(text).toContain(PROPOSED);
    expect(text).toContain(TO_REFUSE);
    await screenshot(page, 'awaiting-dashboard-lg-leader');

    await card.locator('[data-testid="awaiting-open-list"]').click();
    await page.waitForURL(/#\/memberships\?.*awaitingMyDecision/, { timeout: 30_000 });
    await row(page, PROPOSED).waitFor({ timeout: 30_000 });
    await row(page, TO_REFUSE).waitFor({ timeout: 30_000 });
    expect(await page.locator('tbody tr').count()).toBe(listed.data.memberships.totalCount);
    // The list's own shortcut says the same number.
    expect(await page.locator('[data-testid="awaiting-my-decision-count"]').innerText()).toContain(
      String(listed.data.memberships.totalCount),
    );
    await screenshot(page, 'awaiting-list-lg-leader');
  });

  it('must give a reason to refuse, and the refusal holds with it', async () => {
    const page = browser.page;
    const proposal = row(page, TO_REFUSE);
    await proposal.locator('[data-testid="refuse-membership"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.innerText()).toContain(TO_REFUSE);
    await dialog.locator('textarea[name="note"]').fill('   ');
    await page.locator('[data-testid="refuse-membership-confirm"]').click();
    await dialog.getByText('请说明不予批准的理由').waitFor({ timeout: 10_000 });
    await screenshot(page, 'membership-refuse-reason-lg-leader');
    // Still open, nothing sent: the row did not open its record either.
    expect(page.url()).toContain('awaitingMyDecision');
    expect((await analystMembershipOf(TO_REFUSE))!.status).toBe('PENDING');

    await dialog.locator('textarea[name="note"]').fill('该同志近期岗位调整，暂不授予分析职责');
    await page.locator('[data-testid="refuse-membership-confirm"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('已决定不予批准').waitFor({ timeout: 30_000 });
    // Decided: it leaves the list of what waits.
    await row(page, TO_REFUSE).waitFor({ state: 'detached', timeout: 30_000 });
    expect(await analystMembershipOf(TO_REFUSE)).toMatchObject({
      id: toRefuseId,
      status: 'REFUSED',
      decisionNote: '该同志近期岗位调整，暂不授予分析职责',
      decidedByAccountId: await accountId('lg.leader'),
    });

    await new Console(page, base).open(`/memberships/${toRefuseId}/show`);
    await untilStatus(page, 'REFUSED');
    expect(await statusOf(page.locator('main'))).toContain('未批准');
    await page.locator('[data-testid="refused-notice"]').waitFor();
    expect(await page.locator('main').innerText()).toContain('该同志近期岗位调整，暂不授予分析职责');
    expect(await page.locator('[data-testid="approve-membership"]').count()).toBe(0);
  });

  it('approves from the record, which then reads 已生效', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.open(`/memberships/${proposedId}/show`);
    await untilStatus(page, 'PENDING');
    expect(await statusOf(page.locator('main'))).toContain('待审批');
    await page.locator('[data-testid="approve-membership"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.locator('textarea[name="note"]').fill('同意');
    await page.locator('[data-testid="approve-membership-confirm"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await untilStatus(page, 'APPROVED');
    expect(await statusOf(page.locator('main'))).toContain('已生效');
    expect(await page.locator('[data-testid="approve-membership"], [data-testid="refuse-membership"]').count()).toBe(0);
    await screenshot(page, 'membership-approved-lg-leader');
    expect(await analystMembershipOf(PROPOSED)).toMatchObject({
      id: proposedId,
      status: 'APPROVED',
      decisionNote: '同意',
      decidedByAccountId: await accountId('lg.leader'),
    });

    // The approved role is in force: its holder's roles say so.
    const held = await server.gql(
      'query($p: Int!) { memberships(filter: { personId: $p, currentOn: "2026-06-01" }) { items { id role } } }',
      { p: await personId(PROPOSED) },
      await server.tokenFor('admin'),
    );
    expect(held.data.memberships.items).toContainEqual({ id: proposedId, role: 'ANALYST' });
  });
});

describe('a provincial roster administrator', () => {
  it('is offered no edit or end of its own membership, nor of its own account, but is of others', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.signIn('qc.admin');
    const own = await personId('苗佳慧');
    const [mine] = await server.db.query("SELECT id FROM membership WHERE personId = ? AND role = 'ROSTER_ADMIN'", [own]);
    const mineId = Number(mine.id);

    await console.open(`/memberships?filter=${encodeURIComponent(JSON.stringify({ personId: own }))}`);
    await row(page, '名册管理员').waitFor({ timeout: 30_000 });
    expect(await page.locator('tbody .ra-delete-button').count()).toBe(0);

    await console.open(`/memberships/${mineId}/show`);
    await page.locator('main [data-testid="membership-status"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator(`a[href="#/memberships/${mineId}"]`).count()).toBe(0);
    expect(await page.locator('.ra-delete-button').count()).toBe(0);
    await screenshot(page, 'membership-own-qc-admin');

    // Someone else's membership in its province: offered both.
    const [other] = await server.db.query(
      "SELECT m.id FROM membership m JOIN body b ON b.id = m.bodyId WHERE b.code = 'P-QC-AUD' AND m.personId <> ? ORDER BY m.id LIMIT 1",
      [own],
    );
    await console.open(`/memberships/${Number(other.id)}/show`);
    await page.locator(`a[href="#/memberships/${Number(other.id)}"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator('.ra-delete-button').count()).toBe(1);

    // Its own account: no edit, no password reset, no deactivation.
    const [account] = await server.db.query('SELECT id FROM account WHERE login = ?', ['qc.admin']);
    await console.open(`/accounts/${Number(account.id)}/show`);
    await page.getByText('qc.admin').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator(`a[href="#/accounts/${Number(account.id)}"]`).count()).toBe(0);
    expect(await page.locator('[data-testid="reset-password"]').count()).toBe(0);
    expect(await page.locator('.ra-delete-button').count()).toBe(0);
    await screenshot(page, 'account-own-qc-admin');

    const [otherAccount] = await server.db.query("SELECT id FROM account WHERE login = 'qc.analyst'");
    await console.open(`/accounts/${Number(otherAccount.id)}/show`);
    await page.locator(`a[href="#/accounts/${Number(otherAccount.id)}"]`).waitFor({ timeout: 30_000 });
  });
});
