/**
 * The query workbench in a real browser, served by the real server on the demo data: an anonymous
 * visitor is sent to sign in and the schema is never asked for; an analyst signed in through the
 * console loads an example, runs it and sees the answer, and keeps a saved query across a reload.
 */
import type { Page, Request } from 'playwright-core';
import { screenshot, type Browser } from './support/browser';
import { signIn, signOut, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
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

/** Every GraphQL request the page sends from now on. */
function recordGraphQL(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) sent.push(request);
  });
  return sent;
}

/** The text an editor shows (Monaco renders its lines as DOM). */
const editorText = (page: Page, editor: string) => page.locator(`${editor} .view-lines`).first().innerText();

describe('an anonymous visitor', () => {
  it('is offered the way to sign in and nothing else: no editor, no schema', async () => {
    const page = browser.page;
    await signOut(page, base);
    const sent = recordGraphQL(page);
    await page.goto(`${base}/workbench`);
    const link = page.locator('[data-testid="workbench-sign-in"]');
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute('href')).toBe('/#/login');
    await page.waitForTimeout(1000);
    expect(await page.locator('.graphiql-container').count()).toBe(0);
    expect(sent.map((r) => r.postData() ?? '').filter((body) => body.includes('__schema'))).toEqual([]);
    await screenshot(page, 'workbench-anonymous');
  });

  it('is offered the same with a session the server no longer accepts', async () => {
    const page = browser.page;
    await page.goto(`${base}/`);
    await page.evaluate(() =>
      localStorage.setItem('inspection.session', JSON.stringify({ token: 'revoked', expiresAt: '2999-01-01T00:00:00Z' })),
    );
    await page.goto(`${base}/workbench`);
    await page.locator('[data-testid="workbench-sign-in"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.graphiql-container').count()).toBe(0);
  });
});

describe('an analyst signed in through the console', () => {
  const page = () => browser.page;

  beforeAll(async () => {
    await signIn(page(), base, 'analyst');
  });

  it('reads the schema with its token, loads an example, runs it and sees the answer', async () => {
    const sent = recordGraphQL(page());
    await page().goto(`${base}/workbench`);
    await page().waitForSelector('.graphiql-container', { timeout: 30_000 });
    expect(await page().locator('[data-testid="workbench-account"]').innerText()).toContain('analyst');

    const example = page().locator('[data-testid="example-01-findings-by-category-and-stage"]');
    await example.waitFor({ timeout: 30_000 });
    // In the console's language, Chinese until English is chosen there.
    expect(await example.innerText()).toBe('各类别、各阶段问题线索数量');
    await example.click();
    await page().waitForFunction(() =>
      document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('findingSummary'),
    );

    const answered = page().waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('FindingsByCategoryAndStage'),
    );
    await page().locator('.graphiql-execute-button').click();
    const body = await (await answered).json();
    expect(body.errors).toBeUndefined();
    expect(body.data.findingSummary.total.count).toBeGreaterThan(0);
    await page().waitForFunction(
      () => document.querySelector('.graphiql-response .view-lines')?.textContent?.includes('findingSummary'),
      undefined,
      { timeout: 30_000 },
    );
    expect(await editorText(page(), '.graphiql-response')).toContain('"groups"');

    const introspection = sent.find((r) => (r.postData() ?? '').includes('__schema'));
    expect(introspection).toBeDefined();
    expect(await introspection!.headerValue('authorization')).toMatch(/^Bearer \S+/);
    expect((await introspection!.response())?.status()).toBe(200);
    await screenshot(page(), 'workbench-analyst-example');
  });

  it('loads an example with its variables', async () => {
    await page().locator('[data-testid="example-05-findings-filtered-and-paged"]').click();
    // Monaco shows the lines in view, with no-break spaces for spaces.
    await page().waitForFunction(() =>
      document
        .querySelector('.graphiql-editor-tool .view-lines')
        ?.textContent?.replace(/\u00a0/g, ' ')
        .includes('"categories": ['),
    );
    await page().waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('FindingsPage'));
  });

  it('saves the query under a name, keeps it across a reload, and deletes it', async () => {
    const name = '各类别统计 / my count';
    await page().locator('[data-testid="example-01-findings-by-category-and-stage"]').click();
    await page().fill('[data-testid="saved-query-name"]', name);
    await page().locator('[data-testid="saved-query-save"]').click();
    await page().locator('[data-testid="saved-queries"]', { hasText: name }).waitFor({ timeout: 30_000 });
    const [row] = await server.db.query(
      "SELECT s.name, s.query FROM saved_query s JOIN account a ON a.id = s.accountId WHERE a.login = 'analyst'",
    );
    expect(row.name).toBe(name);
    expect(row.query).toContain('FindingsByCategoryAndStage');

    await page().reload();
    await page().locator('[data-testid="saved-queries"]', { hasText: name }).waitFor({ timeout: 30_000 });
    await screenshot(page(), 'workbench-analyst-saved');

    page().once('dialog', (dialog) => void dialog.accept());
    await page()
      .getByRole('button', { name: `删除“${name}”` })
      .click();
    await page().locator('[data-testid="saved-query-status"]', { hasText: '已删除' }).waitFor({ timeout: 30_000 });
    // The status can be drawn a moment before the list is: wait for the list to go, then count.
    await page().locator('[data-testid="saved-queries"]').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page().locator('[data-testid="saved-queries"]').count()).toBe(0);
    expect(await server.db.query('SELECT id FROM saved_query')).toEqual([]);
  });

  it('refuses a second saved query of the same name with the API’s message', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      await page().fill('[data-testid="saved-query-name"]', '重名查询');
      await page().locator('[data-testid="saved-query-save"]').click();
      await page()
        .locator('[data-testid="saved-query-status"]', { hasText: attempt === 0 ? '已保存' : '已有名为' })
        .waitFor({ timeout: 30_000 });
    }
    const refusal = await page().locator('[data-testid="saved-query-status"]').innerText();
    expect(refusal).toBe('您已有名为“重名查询”的查询');
    expect(refusal).not.toMatch(/[A-Za-z]{2,}/);
  });
});
