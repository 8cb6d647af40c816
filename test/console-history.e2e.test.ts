/**
 * The console in a real browser, on the real server and database: a record's history after an edit,
 * each role's menu in sections without a list it would find empty, an edit page typed into the
 * address bar for a record the caller may not change, and the profile page, where a password
 * change ends the caller's other sign-ins.
 */
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { screenshot, type Browser } from './support/browser';
import { Console, signIn, signOut, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
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
  // The first load of the console on a busy machine: not counted against the first test.
  await browser.page.goto(`${base}/#/login`);
  await browser.page.locator('input[name="username"]').waitFor({ timeout: 90_000 });
});
afterAll(() => stopConsoleSuite(suite));

const ROSTER_OWN = ['people', 'accounts', 'memberships', 'leaderGrants'];

/** The resources in the menu, by their test ids, and the section headings, in order. */
async function menuOf(console: Console): Promise<{ resources: string[]; groups: string[]; profile: boolean }> {
  await console.menu();
  const page = console.page;
  const ids = await page.locator('[data-testid^="menu-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')!));
  return {
    resources: ids.filter((id) => !id.startsWith('menu-group-')).map((id) => id.replace(/^menu-/, '')),
    groups: ids.filter((id) => id.startsWith('menu-group-')).map((id) => id.replace(/^menu-group-/, '')),
    profile: ids.includes('menu-profile'),
  };
}

/**
 * The roster lists, each its resource's list query of the same name: which of them a role may read
 * is decided by rule alone, not by how far the work has gone.
 */
const ROSTER_LISTS = new Set(['bodies', 'people', 'memberships', 'accounts', 'poolEntries', 'leaderGrants']);

describe('the menu', () => {
  it.each([
    ['admin', ['roster'], ['bodies', 'people', 'memberships', 'accounts', 'poolEntries', 'leaderGrants'], []],
    ['qc.admin', ['roster'], ['bodies', 'people', 'memberships', 'accounts'], []],
    ['lg.leader', ['roster', 'work', 'queries'], ['bodies', 'people', 'memberships', 'rounds', 'findings'], ['accounts']],
    ['team1', ['roster', 'work', 'queries'], ['memberships', 'findings', 'intakeItems', 'assignments'], ['people', 'accounts']],
    ['liaison', ['roster', 'work'], ['bodies', 'rectificationItems'], ROSTER_OWN],
    ['receiver', ['roster', 'work', 'queries'], ['bodies', 'findings'], ROSTER_OWN],
    ['leader', ['roster', 'queries'], ['bodies'], ROSTER_OWN],
  ])('for %s: sections %j, no list it would find empty', async (login, groups, includes, ownOnly) => {
    const console = new Console(browser.page, base);
    await console.signIn(login);
    const menu = await menuOf(console);
    expect(menu.groups).toEqual(groups);
    expect(menu.resources).toEqual(expect.arrayContaining(includes));
    // A roster list that would hold only oneself gives way to the profile.
    expect([login, menu.profile]).toEqual([login, ownOnly.length > 0]);
    for (const own of ownOnly) expect([login, menu.resources.includes(own)]).toEqual([login, false]);
    // Every roster list the menu offers has records for this role.
    const token = await server.tokenFor(login);
    for (const resource of menu.resources.filter((r) => ROSTER_LISTS.has(r))) {
      const res = await server.gql(`{ ${resource} { totalCount } }`, {}, token);
      expect([login, resource, res.errors]).toEqual([login, resource, undefined]);
      expect([login, resource, res.data[resource].totalCount > 0]).toEqual([login, resource, true]);
    }
    await screenshot(browser.page, `menu-groups-${login}`);
  });

  it('invites to add a record only a role that may create one', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('liaison');
    // The liaison reads the leading-group pool of nobody: an empty list, and nothing to add.
    await console.open('/poolEntries');
    await browser.page.waitForTimeout(1500);
    expect(await browser.page.locator('text=要增加吗').count()).toBe(0);
    expect(await browser.page.locator('a[href="#/poolEntries/create"]').count()).toBe(0);
  });
});

describe('a record page', () => {
  it("shows the record's history after an edit: who, when, which field, before and after", async () => {
    const console = new Console(browser.page, base);
    await console.signIn('admin');
    const page = browser.page;
    const id = await bodyIdByCode(server, 'P-DL-AUD');
    const [before] = await server.db.query('SELECT nameEn FROM body WHERE id = ?', [id]);
    await console.open(`/bodies/${id}`);
    const field = page.locator('input[name="nameEn"]');
    await field.waitFor({ timeout: 30_000 });
    await field.fill('Donglan Audit Office (history)');
    await page.locator('button[type="submit"]').first().click();
    await page.waitForURL(new RegExp(`#/bodies/${id}/show`), { timeout: 30_000 });
    await page.locator('[data-testid="history-button"]').click();
    const newest = page.locator('[data-testid="history-entry"]').first();
    await newest.waitFor({ timeout: 30_000 });
    const [admin] = await server.db.query("SELECT p.name FROM account a JOIN person p ON p.id = a.personId WHERE a.login = 'admin'");
    expect(await newest.locator('[data-testid="history-what"]').innerText()).toBe(`${admin.name} 修改`);
    const change = newest.locator('[data-testid="history-change-nameEn"]');
    expect(await change.innerText()).toBe(`英文名称：${before.nameEn} → Donglan Audit Office (history)`);
    // One date format per language: the Chinese one here.
    expect(await newest.locator('[data-testid="history-when"]').innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await screenshot(page, 'history-body-admin');
  });

  it('refuses an edit page typed into the address bar before drawing its form, for a record the caller may not change', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('qc.admin');
    const page = browser.page;
    const [root] = await server.db.query("SELECT id FROM body WHERE scopePath = '/1/'");
    expect(Number(root.id)).toBe(1);
    for (const path of ['/bodies/1/edit', '/bodies/1']) {
      await console.open(path);
      await page.locator('text=您没有访问此页面的权限').waitFor({ timeout: 30_000 });
      expect([path, await page.locator('input[name="nameEn"]').count()]).toEqual([path, 0]);
    }
    await screenshot(page, 'edit-refused-qc-admin');
    // A body of its own province still opens its form.
    await console.open(`/bodies/${await bodyIdByCode(server, 'P-QC-AUD')}`);
    await page.locator('input[name="nameEn"]').waitFor({ timeout: 30_000 });
  });
});

describe('the profile page', () => {
  it("shows one's roles and sessions, ends another sign-in, and a password change ends every other", async () => {
    const page = browser.page;
    // A second sign-in of the same account, from another origin of the same server (its own storage).
    const elsewhere = await browser.context.newPage();
    const otherBase = base.replace('127.0.0.1', 'localhost');
    const console = new Console(page, base);
    await console.signIn('analyst');
    await signIn(elsewhere, otherBase, 'analyst');

    await page.locator('.RaUserMenu-userButton, .RaUserMenu-root button').first().click();
    await page.locator('[data-testid="user-menu-profile"]').click();
    await page.locator('[data-testid="profile-page"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="profile-roles"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="profile-login"]').innerText()).toBe('analyst');
    // Each role names its body, in the console's language, never by its number.
    const [roleBody] = await server.db.query(
      "SELECT b.name, b.nameEn FROM membership m JOIN account a ON a.personId = m.personId JOIN body b ON b.id = m.bodyId WHERE a.login = 'analyst' AND m.status = 'APPROVED' AND m.until IS NULL",
    );
    const roles = page.locator('[data-testid="profile-roles"]');
    await roles.filter({ hasText: roleBody.name }).waitFor({ timeout: 30_000 });
    expect(await roles.innerText()).not.toMatch(/#|…/);
    const open = page.locator('[data-testid^="session-"][data-open="true"]');
    await page.locator('[data-testid^="end-session-"]').first().waitFor({ timeout: 30_000 });
    expect(await open.count()).toBe(2);
    await screenshot(page, 'profile-analyst');

    // Ending the other sign-in from here signs it out at its next request.
    await page.locator('[data-testid^="end-session-"]').first().click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="end-session-"]').length === 0, undefined, {
      timeout: 30_000,
    });
    await elsewhere.reload();
    await elsewhere.locator('input[name="username"]').waitFor({ timeout: 30_000 });

    // Sign in there again; change the password here; there, the next request signs it out.
    await signIn(elsewhere, otherBase, 'analyst');
    await page.reload();
    await page.locator('[data-testid^="end-session-"]').first().waitFor({ timeout: 30_000 });
    const newPassword = 'a-new-password-2026';
    await page.fill('input[name="currentPassword"]', DEMO_PASSWORD);
    await page.fill('input[name="newPassword"]', newPassword);
    await page.fill('input[name="repeatPassword"]', `${newPassword}-typo`);
    await page.locator('[data-testid="profile-password-submit"]').click();
    await page.locator('text=两次输入的新密码不一致').waitFor({ timeout: 10_000 });
    await page.fill('input[name="repeatPassword"]', newPassword);
    await page.locator('[data-testid="profile-password-submit"]').click();
    await page.locator('text=密码已修改').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="end-session-"]').length === 0, undefined, {
      timeout: 30_000,
    });
    await screenshot(page, 'profile-password-changed');

    await elsewhere.locator('[data-testid="menu-dashboard"]').click();
    await elsewhere.reload();
    await elsewhere.locator('input[name="username"]').waitFor({ timeout: 30_000 });
    // This sign-in goes on, and the new password is the one that works.
    await console.open('/profile');
    await page.locator('[data-testid="profile-roles"]').waitFor({ timeout: 30_000 });
    const login = await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { login: 'analyst', password: newPassword },
    });
    expect(login.errors).toBeUndefined();
    await elsewhere.close();

    // The language is chosen here too, and the page speaks it at once.
    await page.locator('[data-testid="profile-language-en"]').click();
    await page.locator('text=My sign-ins').waitFor({ timeout: 10_000 });
    await roles.filter({ hasText: roleBody.nameEn }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'profile-analyst-en');
    await page.locator('[data-testid="profile-language-zh"]').click();
  });
});

describe('a password someone else set', () => {
  it('is changed first, in the same form as the profile page, before anything else is shown', async () => {
    const adminToken = await server.tokenFor('admin');
    const found = await server.gql('{ accounts(filter: { q: "qc.admin" }) { items { id login version } } }', {}, adminToken);
    const account = found.data.accounts.items.find((a: { login: string }) => a.login === 'qc.admin');
    const setByAdmin = 'set-by-the-administrator-2026';
    const reset = await server.gql(
      'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id mustChangePassword } }',
      { input: { id: account.id, password: setByAdmin, version: account.version } },
      adminToken,
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data.resetPassword.mustChangePassword).toBe(true);

    const page = browser.page;
    await signOut(page, base);
    await page.goto(`${base}/#/login`);
    await page.fill('input[name="username"]', 'qc.admin');
    await page.fill('input[name="password"]', setByAdmin);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="change-password"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid^="menu-"]').count()).toBe(0);
    await page.fill('input[name="currentPassword"]', setByAdmin);
    await page.fill('input[name="newPassword"]', setByAdmin);
    await page.fill('input[name="repeatPassword"]', setByAdmin);
    await page.locator('[data-testid="change-password-submit"]').click();
    await page.locator('text=新密码不能与当前密码相同').waitFor({ timeout: 10_000 });
    await page.fill('input[name="newPassword"]', DEMO_PASSWORD);
    await page.fill('input[name="repeatPassword"]', DEMO_PASSWORD);
    await page.locator('[data-testid="change-password-submit"]').click();
    await page.locator('[data-testid="menu-dashboard"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="change-password"]').count()).toBe(0);
    await screenshot(page, 'password-gate-passed');
  });
});
