/**
 * Requests for help in the console (zh), in a real browser on the real server: the team leader sends
 * a draft from its page; the department asked finds it in its inbox, without the finding behind it,
 * and answers it; the team is not offered the answer, nor the department the sending. The letter
 * downloads as a Word file from the request's page, a draft's marked as such.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, downloaded, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { dayFromToday } from '../server/modules/common/calendar';

jest.setTimeout(120_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;
let requestId: number;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  const [row] = await server.db.query(
    "SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = 'C-T01' AND b.code = 'P-QC-GOV' AND a.stage = 'INQUIRY'",
  );
  const [finding] = await server.db.query('SELECT id FROM finding WHERE assignmentId = ? ORDER BY id LIMIT 1', [row.id]);
  const created = await server.gql(
    'mutation($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { id version } }',
    {
      input: {
        assignmentId: Number(row.id),
        findingId: finding ? Number(finding.id) : undefined,
        recipientId: await bodyIdByCode(server, 'C-CDI'),
        matter: '反映有关领导干部违规插手工程招标',
        question: '请提供浏览器测试所需的核查情况',
        wantedBy: dayFromToday(7),
      },
    },
    await server.tokenFor('team1'),
  );
  expect(created.errors).toBeUndefined();
  requestId = created.data.createHelpRequest.id;
});
afterAll(() => stopConsoleSuite(suite));

it('gives the team the letter of a draft, marked as drafted for sending', async () => {
  const console = new Console(browser.page, base);
  await console.signIn('team1');
  await console.open(`/helpRequests/${requestId}/show`);
  const letter = await downloaded(browser.page, 'download-help-letter');
  expect(letter.name).toBe('商请协助函.docx');
  expect(letter.bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
  expect(letter.xml).toContain('关于商请协助了解有关情况的函（代拟稿）');
  expect(letter.xml).toContain('请提供浏览器测试所需的核查情况');
});

it('is sent by the team leader from its page', async () => {
  const console = new Console(browser.page, base);
  await console.signIn('teamlead');
  await console.open(`/helpRequests/${requestId}/show`);
  expect(await console.menu()).toEqual(expect.arrayContaining(['深入了解', '商请协助']));
  await browser.page.locator('[data-testid="send-help-request"]').click();
  await browser.page.getByText('已发函').first().waitFor({ timeout: 30_000 });
  expect(await browser.page.locator('[data-testid="answer-help-request"]').count()).toBe(0);
  await screenshot(browser.page, 'help-request-sent-teamlead');
  const [row] = await server.db.query('SELECT status, askedOn FROM help_request WHERE id = ?', [requestId]);
  expect(row).toMatchObject({ status: 'SENT', askedOn: dayFromToday(0) });
});

it('is in the department’s inbox, without its finding, and answered there', async () => {
  const console = new Console(browser.page, base);
  await console.signIn('receiver');
  await console.open('/helpRequests');
  // The department's menu has its inbox, and no deeper inquiries.
  const menu = await console.menu();
  expect(menu).toContain('商请协助');
  expect(menu).not.toContain('深入了解');
  const row = browser.page.locator('tbody tr', { hasText: '浏览器测试' }).first();
  await row.waitFor({ timeout: 30_000 });
  expect(await browser.page.getByText('商请协助').count()).toBeGreaterThan(0);
  await row.click();
  await browser.page.waitForURL(/#\/helpRequests\/\d+\/show/, { timeout: 30_000 });
  expect(await browser.page.locator('[data-testid="send-help-request"]').count()).toBe(0);
  await browser.page.locator('[data-testid="answer-help-request"]').click();
  await browser.page.fill('textarea[name="answer"]', '经查，该同志近五年未被反映问题。');
  await screenshot(browser.page, 'help-request-answer-receiver');
  await browser.page.locator('[data-testid="answer-help-request-confirm"]').click();
  await browser.page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });
  await browser.page.getByText('已答复').first().waitFor({ timeout: 30_000 });
  const [saved] = await server.db.query('SELECT status, answer FROM help_request WHERE id = ?', [requestId]);
  expect(saved).toMatchObject({ status: 'ANSWERED', answer: '经查，该同志近五年未被反映问题。' });
  // The finding behind it is not the department's to see: its field stays empty.
  const res = await server.gql(
    'query($id: Int!) { helpRequest(id: $id) { findingId } }',
    { id: requestId },
    await server.tokenFor('receiver'),
  );
  expect(res.data.helpRequest.findingId).toBeNull();
});

it('gives the department asked the letter it was sent, as a Word file', async () => {
  const console = new Console(browser.page, base);
  await console.signIn('receiver');
  await console.open(`/helpRequests/${requestId}/show`);
  const letter = await downloaded(browser.page, 'download-help-letter');
  expect(letter.bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
  expect(letter.xml).toContain('关于商请协助了解有关情况的函');
  // Sent: no longer a draft.
  expect(letter.xml).not.toContain('代拟稿');
  expect(letter.xml).toContain('反映有关领导干部违规插手工程招标');
  await screenshot(browser.page, 'help-request-letter-receiver');
});
