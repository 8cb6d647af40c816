/**
 * What every console test in a real browser starts from: the real server on the demo data, a
 * browser, and the console as a person uses it (signing in through the login page).
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/demo-data';
import { openBrowser, type Browser } from './browser';
import { startTestServer, type TestServer } from './harness';

/** Clicks a download button and reads what the browser saved: its name, its bytes, and the text of its Word body. */
export async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer; xml: string }> {
  const button = page.locator(`[data-testid="${testId}"]`);
  await button.waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const bytes = await readFile((await download.path())!);
  const entry = (await JSZip.loadAsync(bytes)).file('word/document.xml');
  return { name: download.suggestedFilename(), bytes, xml: entry ? await entry.async('string') : '' };
}

export interface ConsoleSuite {
  server: TestServer;
  browser: Browser;
  /** The server's origin, where the console is served. */
  base: string;
}

export async function startConsoleSuite(): Promise<ConsoleSuite> {
  const server = await startTestServer();
  return { server, base: server.url.replace(/\/graphql$/, ''), browser: await openBrowser() };
}

export async function stopConsoleSuite(suite: Partial<ConsoleSuite> | undefined): Promise<void> {
  await suite?.browser?.close();
  await suite?.server?.close();
}

/**
 * Leaves no session behind. The console is loaded again once its storage is cleared: the page that
 * was open read the previous session at start and would keep showing whom it had signed in.
 */
export async function signOut(page: Page, base: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** Signs in through the console's login page as a demo login, and waits for the menu. */
export async function signIn(page: Page, base: string, login: string): Promise<void> {
  await signOut(page, base);
  await page.goto(`${base}/#/login`);
  await page.fill('input[name="username"]', login);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[role="menuitem"]', { timeout: 30_000 });
}

/** The console as a person uses it. */
export class Console {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  signIn(login: string): Promise<void> {
    return signIn(this.page, this.base, login);
  }

  async open(path: string): Promise<void> {
    await this.page.goto(`${this.base}/#${path}`);
  }

  /** The menu's entries, as shown. */
  async menu(): Promise<string[]> {
    await this.page.waitForTimeout(300);
    return (await this.page.locator('[role="menuitem"]').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }

  /** Picks `value` in a select input (react-admin's SelectInput, a MUI select). */
  async select(label: string, value: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.locator(`li[role="option"][data-value="${value}"]`).click();
  }

  /** The values a select input offers. */
  async options(label: string): Promise<string[]> {
    await this.page.getByRole('combobox', { name: label }).click();
    const values = await this.page
      .locator('li[role="option"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-value') ?? ''));
    await this.page.keyboard.press('Escape');
    return values.filter(Boolean);
  }

  /** Types into an autocomplete input and picks the option showing `text`. */
  async autocomplete(label: string, typed: string, text = typed): Promise<void> {
    const input = this.page.getByRole('combobox', { name: label });
    await input.click();
    await input.fill(typed);
    await this.page.locator('li[role="option"]', { hasText: text }).first().click();
  }

  async save(): Promise<void> {
    await this.page.locator('button[type="submit"]').first().click();
  }
}
