/**
 * The content security policy against the pages it protects, in a real browser: the console, the
 * query workbench (GraphiQL with Monaco and its workers) and the public intake page work under it
 * without a single violation, and an inline script injected into a page does not run.
 */
import type { Page } from 'playwright-core';
import { signIn, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';

jest.setTimeout(120_000);

let suite: ConsoleSuite;
beforeAll(async () => {
  suite = await startConsoleSuite();
});
afterAll(() => stopConsoleSuite(suite));

/** Every violation the page reports, from now on (kept on the page across navigations). */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
}

describe('under the content security policy', () => {
  it('the console signs in and shows its menu, and the workbench runs its editor, with no violation', async () => {
    const { page } = suite.browser;
    const violations = await recordViolations(page);
    await signIn(page, suite.base, 'analyst');
    expect(await violations()).toEqual([]);

    await page.goto(`${suite.base}/workbench`);
    await page.waitForSelector('.graphiql-container .view-lines', { timeout: 30_000 });
    // Monaco starts its workers and styles lazily: give it the moment it needs.
    await page.locator('.graphiql-query-editor .view-lines').first().click();
    await page.keyboard.type('{ me { account { login } } }');
    await page.waitForTimeout(1000);
    expect(await violations()).toEqual([]);
  });

  it('the public intake page shows its styled form with no violation, and an injected inline script does not run', async () => {
    const { page } = suite.browser;
    const violations = await recordViolations(page);
    const [{ intakeToken }] = await suite.server.db.query("SELECT intakeToken FROM assignment WHERE stage = 'INQUIRY' ORDER BY id LIMIT 1");
    await page.goto(`${suite.base}/intake/${intakeToken}`);
    expect(await page.locator('button[type="submit"]').evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
      'rgb(187, 0, 0)',
    );
    expect(await violations()).toEqual([]);

    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.appendChild(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await violations()).join('\n')).toMatch(/script-src/);
  });
});
