/**
 * The start page opens with what waits for the one signed in (待办): the office's and a team's
 * items as links to their records, as the API lists them; one line for a role with nothing
 * waiting; and the whole page drawn from at most three GraphQL requests.
 */
import type { Page } from 'playwright-core';
import { QUEUE_ITEMS_SHOWN } from '../admin/src/dashboard/dashboardQuery';
import { openBrowser, screenshot, type Browser } from './support/browser';
import { Console } from './support/console';
import { startTestServer, type TestServer } from './support/harness';

jest.setTimeout(180_000);

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Group {
  kind: string;
  totalCount: number;
  items: Array<{ recordType: string; recordId: number }>;
}

const RESOURCE: Record<string, string> = {
  Round: 'rounds',
  Membership: 'memberships',
  Assignment: 'assignments',
  Report: 'reports',
  Finding: 'findings',
  RectificationItem: 'rectificationItems',
  SupervisionItem: 'supervisionItems',
  RecordsRequest: 'recordsRequests',
  HelpRequest: 'helpRequests',
};

async function queueOf(login: string): Promise<Group[]> {
  const res = await server.gql(
    `{ myQueue(limit: ${QUEUE_ITEMS_SHOWN}) { groups { kind totalCount items { recordType recordId } } } }`,
    {},
    await server.tokenFor(login),
  );
  expect(res.errors).toBeUndefined();
  return res.data.myQueue.groups;
}

/** The queue as the page shows it: each kind with its count and the records its links open. */
async function shownQueue(page: Page): Promise<Array<{ kind: string; count: number; links: string[] }>> {
  return page.locator('[data-testid="queue"] [data-kind]:not([data-testid="queue-item"])').evaluateAll((groups) =>
    groups.map((group) => ({
      kind: group.getAttribute('data-kind') ?? '',
      count: Number(group.getAttribute('data-count')),
      links: [...group.querySelectorAll('[data-testid="queue-item"] a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

function expected(groups: Group[]) {
  return groups.map((g) => ({
    kind: g.kind,
    count: g.totalCount,
    links: g.items.map((i) => `#/${RESOURCE[i.recordType]}/${i.recordId}/show`),
  }));
}

/** Loads the start page afresh and counts the GraphQL requests it makes until it is drawn and quiet. */
async function drawnWithRequests(page: Page, drawn: string[]): Promise<number> {
  let requests = 0;
  const count = (request: { url(): string }) => {
    if (new URL(request.url()).pathname === '/graphql') requests += 1;
  };
  page.on('request', count);
  await page.goto(`${base}/#/`);
  await page.reload();
  requests = 0;
  for (const selector of drawn) await page.waitForSelector(selector, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  page.off('request', count);
  return requests;
}

describe('the queue on the start page', () => {
  it('shows the office what waits for it, as links, above the charts, from at most three requests', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.signIn('office');
    const requests = await drawnWithRequests(page, [
      '[data-testid="queue"] [data-testid="queue-item"]',
      '[data-testid="findings-by-category"] svg',
      '[data-testid="findings-by-target"] svg',
      '[data-testid="round-report"] [data-testid="report-targets"]',
    ]);
    process.stdout.write(`the office's start page: ${requests} GraphQL requests\n`);
    expect(requests).toBeLessThanOrEqual(3);

    const groups = await queueOf('office');
    expect(groups.map((g) => g.kind)).toContain('INSPECTION_TO_ADVANCE');
    expect(await shownQueue(page)).toEqual(expected(groups));
    // The queue comes first; the charts stay below it.
    const queueTop = (await page.locator('[data-testid="queue"]').boundingBox())!.y;
    expect(queueTop).toBeLessThan((await page.locator('[data-testid="findings-by-category"]').boundingBox())!.y);

    const text = await page.locator('[data-testid="queue"]').innerText();
    expect(text).toContain('待推进的巡视任务');
    // What an inspection still lacks, in Chinese, and every date in one Chinese form.
    expect(text).toContain('商请提供的背景材料尚未全部收到');
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Bodies by name, never by id, in the queue, the charts and the plan's report.
    for (const part of ['queue', 'findings-by-target', 'count-urgent', 'round-report']) {
      expect({ part, text: await page.locator(`[data-testid="${part}"]`).innerText() }).not.toEqual({
        part,
        text: expect.stringMatching(/#\d/),
      });
    }
    await screenshot(page, 'queue-office');

    const first = groups.find((g) => g.kind === 'INSPECTION_TO_ADVANCE')!.items[0];
    await page.locator(`[data-testid="queue"] a[href="#/assignments/${first.recordId}/show"]`).first().click();
    await page.waitForURL(new RegExp(`#/assignments/${first.recordId}/show`), { timeout: 30_000 });
  });

  it('shows a team member the inspection in inquiry it works on, opening it', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.signIn('team1');
    await page.waitForSelector('[data-testid="queue"] [data-testid="queue-item"]', { timeout: 60_000 });
    const groups = await queueOf('team1');
    // Its inspection, the records the target has not provided and the request for help the audit
    // office has not answered by the day asked (in the demo).
    expect(groups.map((g) => g.kind).sort()).toEqual(['HELP_REQUEST_OVERDUE', 'INQUIRY_UNDER_WAY', 'RECORDS_OVERDUE']);
    expect(await shownQueue(page)).toEqual(expected(groups));
    expect(await page.locator('[data-testid="queue-RECORDS_OVERDUE"]').innerText()).toContain('逾期未提供的调阅资料');
    const help = groups.find((g) => g.kind === 'HELP_REQUEST_OVERDUE')!.items[0];
    const helpItem = page.locator('[data-testid="queue-HELP_REQUEST_OVERDUE"]');
    expect(await helpItem.innerText()).toContain('逾期未获答复的商请协助');
    expect(await helpItem.locator(`a[href="#/helpRequests/${help.recordId}/show"]`).count()).toBe(1);
    const inquiry = groups.find((g) => g.kind === 'INQUIRY_UNDER_WAY')!;
    const item = page.locator('[data-testid="queue-INQUIRY_UNDER_WAY"] [data-testid="queue-item"]').first();
    expect(await item.innerText()).toMatch(/了解阶段至 \d{4}年\d{1,2}月\d{1,2}日/);
    await screenshot(page, 'queue-team1');

    // In English: the kind, the body's English name and the day the English way.
    await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
    await page.reload();
    await page.waitForSelector('[data-testid="queue"] [data-testid="queue-item"]', { timeout: 60_000 });
    const [{ nameEn }] = await server.db.query('SELECT b.nameEn FROM assignment a JOIN body b ON b.id = a.targetId WHERE a.id = ?', [
      inquiry.items[0].recordId,
    ]);
    expect(await page.locator('[data-testid="queue"]').innerText()).toContain('Inspections in inquiry');
    expect(await item.innerText()).toContain(nameEn);
    expect(await item.innerText()).toMatch(/in inquiry until \d{1,2} [A-Z][a-z]{2} \d{4}/);
    await screenshot(page, 'queue-team1-en');
    await item.locator('a').click();
    await page.waitForURL(new RegExp(`#/assignments/${inquiry.items[0].recordId}/show`), { timeout: 30_000 });
    await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('zh')));
  });

  it('tells an analyst, who only reads, that nothing waits, and names the bodies of the charts', async () => {
    const console = new Console(browser.page, base);
    const page = browser.page;
    await console.signIn('analyst');
    await page.waitForSelector('[data-testid="queue-empty"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="queue-empty"]').innerText()).toBe('目前没有等待您处理的事项。');
    await page.waitForSelector('[data-testid="findings-by-target"] svg', { timeout: 60_000 });
    const targets = await page.locator('[data-testid="findings-by-target"] tbody tr td:first-child').allInnerTexts();
    expect(targets.length).toBeGreaterThan(0);
    for (const name of targets) expect(name).not.toMatch(/^#|^…$/);
    await screenshot(page, 'queue-analyst');
  });
});
