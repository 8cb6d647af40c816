/**
 * What the console costs to load and who can use it: its assets and the API's answers compressed as
 * the client asks (brotli, gzip or none), hashed assets cached for good and pages never, the first
 * visit with sign-in under 600 KB on the wire, and no serious or critical accessibility fault on
 * the login page, a list, a record, the dashboard and the workbench, for two roles.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { axeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { signIn, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let base: string;

beforeAll(async () => {
  suite = await startConsoleSuite();
  base = suite.base;
});
afterAll(() => stopConsoleSuite(suite));

const FIRST_LOAD_BUDGET = 600 * 1024;

/** The console's script, as index.html names it. */
async function consoleScript(): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const [, path] = /<script[^>]+src="(\/assets\/index-[^"]+\.js)"/.exec(html) ?? [];
  expect(path).toBeDefined();
  return path;
}

/**
 * A GET as sent, with exactly the headers given (node's fetch would add Accept-Encoding) and the
 * body as it came over the wire, not decoded.
 */
function rawGet(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('compression and caching', () => {
  it('sends the console script as brotli or gzip when asked, as it is when not, varying by Accept-Encoding', async () => {
    const script = await consoleScript();
    const plain = await (await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer();
    // undici's fetch decodes gzip and brotli itself: the encoded size is read from Content-Length.
    const answers = {
      br: await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }),
      gzip: await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } }),
      identity: await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'identity' } }),
    };
    for (const [encoding, res] of Object.entries(answers)) {
      expect([encoding, res.status, res.headers.get('content-encoding') ?? 'identity']).toEqual([encoding, 200, encoding]);
      expect([encoding, res.headers.get('vary')]).toEqual([encoding, expect.stringMatching(/accept-encoding/i)]);
      expect([encoding, res.headers.get('content-type')]).toEqual([encoding, expect.stringMatching(/^text\/javascript/)]);
      expect([encoding, res.headers.get('cache-control')]).toEqual([encoding, 'public, max-age=31536000, immutable']);
      // Decoded, every answer is the same script.
      expect([encoding, (await res.arrayBuffer()).byteLength]).toEqual([encoding, plain.byteLength]);
    }
    const sizes = Object.fromEntries(
      Object.entries(answers).map(([encoding, res]) => [encoding, Number(res.headers.get('content-length'))]),
    );
    expect(sizes.identity).toBe(plain.byteLength);
    expect(sizes.gzip).toBeLessThan(sizes.identity / 2);
    expect(sizes.br).toBeLessThan(sizes.gzip);
    console.log(`console script: ${sizes.identity} bytes, gzip ${sizes.gzip}, brotli ${sizes.br}`);

    const none = await rawGet(script);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers.vary).toMatch(/accept-encoding/i);
    expect(none.bytes).toBe(plain.byteLength);
    // On the wire, the bytes the headers announced.
    const brotli = await rawGet(script, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect([brotli.headers['content-encoding'], brotli.bytes]).toEqual(['br', sizes.br]);
    // A client that prefers gzip gets gzip.
    const preferred = await fetch(`${base}${script}`, { method: 'HEAD', headers: { 'accept-encoding': 'br;q=0.5, gzip' } });
    expect(preferred.headers.get('content-encoding')).toBe('gzip');
  });

  /** The API answering `query` as admin, asking for `acceptEncoding`. */
  async function api(query: string, acceptEncoding: string): Promise<Response> {
    const token = await suite.server.tokenFor('admin');
    return fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-encoding': acceptEncoding },
      body: JSON.stringify({ query }),
    });
  }
  const LARGE = '{ bodies(page: { take: 100 }) { items { id code name path } } }';

  it('compresses the API JSON as asked, and not under 1 KB', async () => {
    for (const encoding of ['br', 'gzip']) {
      const res = await api(LARGE, encoding);
      expect([encoding, res.status, res.headers.get('content-encoding')]).toEqual([encoding, 200, encoding]);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect((await res.json()).data.bodies.items.length).toBeGreaterThan(20);
    }
    const identity = await api(LARGE, 'identity');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(Number(identity.headers.get('content-length'))).toBeGreaterThan(1024);
    await identity.arrayBuffer();
    const small = await api('{ __typename }', 'br, gzip');
    expect(small.headers.get('content-encoding')).toBeNull();
    await small.arrayBuffer();
  });

  it('keeps the security headers on compressed answers', async () => {
    const script = await consoleScript();
    for (const res of [await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'br' } }), await api(LARGE, 'gzip')]) {
      expect(res.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      await res.arrayBuffer();
    }
  });

  it('compresses the workbench page and its assets, and never caches the pages', async () => {
    for (const page of ['/', '/index.html', '/workbench']) {
      const res = await rawGet(page, { 'accept-encoding': 'br, gzip' });
      expect([page, res.status, res.headers['cache-control']]).toEqual([page, 200, 'no-cache']);
    }
    const html = await (await fetch(`${base}/workbench`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(([, path]) => path);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await fetch(`${base}${asset}`, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
      expect([asset, res.headers.get('content-encoding'), res.headers.get('cache-control')]).toEqual([
        asset,
        'br',
        'public, max-age=31536000, immutable',
      ]);
    }
  });

  it('does not compress a Word document, already a zip file', async () => {
    // Assignment 16 of the demo is team1's own.
    const token = await suite.server.tokenFor('team1');
    const res = await fetch(`${base}/documents/assignments/16/notice.docx`, {
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' },
    });
    const bytes = (await res.arrayBuffer()).byteLength;
    expect([res.status, res.headers.get('content-type')]).toEqual([200, expect.stringContaining('wordprocessingml')]);
    expect(bytes).toBeGreaterThan(1024);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});

/** Bytes on the wire (encoded bodies) of every response the page receives from now on. */
function countBytes(page: Page): { total(): Promise<number> } {
  const sizes: Array<Promise<number>> = [];
  const onResponse = (response: import('playwright-core').Response) => {
    sizes.push(
      response
        .request()
        .sizes()
        .then((s) => s.responseBodySize)
        .catch(() => 0),
    );
  };
  page.on('response', onResponse);
  return {
    async total() {
      page.off('response', onResponse);
      return (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    },
  };
}

/** The dashboard is drawn: the welcome card is there and no card is still loading. */
async function dashboardDrawn(page: Page): Promise<void> {
  await page.locator('[data-testid="held-roles"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0, undefined, { timeout: 60_000 });
}

describe('the first visit', () => {
  it('loads the login page, signs in and draws the dashboard with under 600 KB on the wire', async () => {
    const page = suite.browser.page;
    // A fresh profile: nothing cached yet.
    const bytes = countBytes(page);
    await page.goto(`${base}/#/login`);
    await page.locator('input[name="username"]').waitFor();
    await page.fill('input[name="username"]', 'admin');
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    const pressed = Date.now();
    await page.getByRole('button', { name: '登录' }).click();
    await dashboardDrawn(page);
    const drawnAfter = Date.now() - pressed;
    const total = await bytes.total();
    console.log(`first visit: ${(total / 1024).toFixed(1)} KB transferred; sign-in to a drawn dashboard: ${drawnAfter} ms`);
    expect(total).toBeLessThan(FIRST_LOAD_BUDGET);
    expect(total).toBeGreaterThan(50 * 1024);
    await screenshot(page, 'console-weight-dashboard');
  });
});

describe('accessibility', () => {
  const page = () => suite.browser.page;

  async function expectAccessible(name: string): Promise<void> {
    const violations = await axeViolations(page());
    expect([name, violations]).toEqual([name, []]);
  }

  it('the login page: a main landmark, one h1, and nothing serious', async () => {
    await page().context().clearCookies();
    await page().goto(`${base}/`);
    await page().evaluate(() => localStorage.clear());
    await page().goto(`${base}/#/login`);
    await page().locator('input[name="username"]').waitFor();
    expect(await page().locator('main').count()).toBe(1);
    expect(await page().locator('h1').allInnerTexts()).toEqual(['巡视工作信息系统']);
    const all = await axeViolations(page(), ['minor', 'moderate', 'serious', 'critical']);
    expect(all.filter((v) => ['landmark-one-main', 'page-has-heading-one', 'region'].includes(v.rule))).toEqual([]);
    await expectAccessible('login');
    await screenshot(page(), 'console-weight-login');
  });

  for (const login of ['admin', 'analyst']) {
    describe(`signed in as ${login}`, () => {
      beforeAll(() => signIn(page(), base, login));

      it('the dashboard', async () => {
        await page().goto(`${base}/#/`);
        await dashboardDrawn(page());
        // The account button is named by the name it shows.
        const account = page().locator('header .RaUserMenu-userButton');
        const shown = (await account.innerText()).trim();
        expect(await account.getAttribute('aria-label')).toBe(shown);
        await expectAccessible(`${login} dashboard`);
        if (login === 'admin') {
          // The same in the dark theme, then back to the light one.
          const toggle = page().locator('header').getByRole('button', { name: '切换主题' });
          await toggle.click();
          await page().waitForFunction(() => getComputedStyle(document.body).backgroundColor !== 'rgb(250, 250, 251)');
          await expectAccessible(`${login} dashboard, dark`);
          await screenshot(page(), 'console-weight-dashboard-dark');
          await toggle.click();
        }
      });

      it('a list and a record', async () => {
        const resource = login === 'admin' ? 'bodies' : 'findings';
        await page().goto(`${base}/#/${resource}`);
        await page().locator('tbody tr').first().waitFor({ timeout: 60_000 });
        // The spinner while data loads is named too: the scan may find it or not.
        await expectAccessible(`${login} ${resource} list`);
        await page().locator('tbody tr td:not(:first-child)').first().click();
        await page().waitForURL(/\/(show|edit)$|\/\d+$/, { timeout: 30_000 });
        await page().waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0, undefined, { timeout: 60_000 });
        // The pointer stays where the row was clicked: a tooltip of whatever the record shows there
        // would be scanned half faded in. Move it off the page and let any tooltip go.
        await page().mouse.move(0, 0);
        await page().waitForFunction(() => !document.querySelector('.MuiTooltip-popper'), undefined, { timeout: 10_000 });
        await expectAccessible(`${login} ${resource} record`);
        await screenshot(page(), `console-weight-${login}-record`);
      });

      it('the workbench', async () => {
        await page().goto(`${base}/workbench`);
        await page().locator('.graphiql-container, [data-testid="workbench-sign-in"]').first().waitFor({ timeout: 60_000 });
        await page().waitForTimeout(500);
        await expectAccessible(`${login} workbench`);
        await screenshot(page(), `console-weight-${login}-workbench`);
      });
    });
  }
});
