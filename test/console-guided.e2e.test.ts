/**
 * The guided steps in a real browser on the real server, as the office sees them: a draft plan
 * says the leading group approves it next; an inspection's page shows its next step, what it lacks
 * and that it runs ahead of the plan before any button is pressed; the notice is sent with one
 * button; the public intake link is published with its QR code; a recusal ground is flagged in the
 * staffing dialog before anything is sent.
 */
import { renderMessage } from '../shared/messages';
import { parsePublicUrl } from '../server/config';
import { today } from '../server/modules/common/calendar';
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { bodyIdByCode, joinTeam } from './support/roster-ops';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let ui: Console;
let roundId: number;
let assignmentId: number;

async function run(login: string, name: string, type: string, input: object) {
  const res = await server.gql(
    `mutation($input: ${type}!) { ${name}(input: $input) { id version } }`,
    { input },
    await server.tokenFor(login),
  );
  if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name] as { id: number; version: number };
}

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser } = suite);
  const target = await bodyIdByCode(server, 'P-YL-GOV');
  roundId = (
    await run('office', 'createRound', 'CreateRoundInput', {
      leadingGroupId: await bodyIdByCode(server, 'C-LG'),
      year: 2027,
      number: 9,
      title: '2027年第九轮巡视',
      targetIds: [target],
    })
  ).id;
  ui = new Console(browser.page, suite.base);
  await ui.signIn('office');
});
afterAll(() => stopConsoleSuite(suite));

const panel = () => browser.page.locator('[data-testid="next-step"]');
/** The catalogue's Chinese for the unsent notice, as the console words what a step lacks. */
const NOTICE_NOT_SENT = renderMessage('stage.noticeNotSent', {}, 'zh')!;

it('says on a draft plan that the leading group approves it next', async () => {
  await ui.open(`/rounds/${roundId}/show`);
  await panel().waitFor({ timeout: 30_000 });
  const text = await panel().innerText();
  expect(text).toContain('报领导小组审批巡视计划');
  expect(text).toContain('领导小组组长');
  expect(text).toContain('中央巡视工作领导小组');
  await screenshot(browser.page, 'guided-round-draft-office');

  const round = await server.gql('query($id: Int!) { round(id: $id) { version } }', { id: roundId }, await server.tokenFor('lg.leader'));
  await run('lg.leader', 'approveRound', 'VersionedInput', { id: roundId, version: round.data.round.version });
  assignmentId = (
    await run('office', 'createAssignment', 'CreateAssignmentInput', {
      roundId,
      teamId: await bodyIdByCode(server, 'C-T03'),
      targetId: await bodyIdByCode(server, 'P-YL-GOV'),
      startsOn: '2099-03-01',
      endsOn: '2099-05-31',
      workPlan: '围绕党的政治建设开展巡视',
    })
  ).id;
});

it('shows an inspection its next step, what it lacks and that it is early, and sends the notice', async () => {
  await ui.open(`/assignments/${assignmentId}/show`);
  await panel().waitFor({ timeout: 30_000 });
  const before = await panel().innerText();
  expect(before).toContain('推进到“巡视了解”阶段');
  expect(before).toContain('办公室工作人员');
  expect(before).toContain(NOTICE_NOT_SENT);
  expect(await browser.page.locator('[data-testid="next-step-warning"]').innerText()).toContain('2099-03-01');
  // The panel stands above the stage stepper.
  const panelTop = (await panel().boundingBox())!.y;
  expect(panelTop).toBeLessThan((await browser.page.locator('[data-testid="stage-stepper"]').boundingBox())!.y);
  await screenshot(browser.page, 'guided-assignment-office');

  await browser.page.locator('[data-testid="send-notice"]').click();
  await browser.page.waitForFunction(
    (notice) => !document.querySelector('[data-testid="next-step-lacks"]')?.textContent?.includes(notice),
    NOTICE_NOT_SENT,
    { timeout: 30_000 },
  );
  const [row] = await server.db.query('SELECT noticeSentOn FROM assignment WHERE id = ?', [assignmentId]);
  expect(row.noticeSentOn).toBe(today());
  const [entry] = await server.db.query(
    "SELECT action FROM audit_entry WHERE subject = 'Assignment' AND recordId = ? ORDER BY id DESC LIMIT 1",
    [assignmentId],
  );
  expect(entry.action).toBe('send-notice');
  expect(await browser.page.locator('[data-testid="send-notice"]').count()).toBe(0);
  await screenshot(browser.page, 'guided-notice-sent-office');
});

it('flags a recusal ground in the staffing dialog before anything is sent', async () => {
  const [person] = await server.db.query(
    "SELECT p.id, p.name FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T03' AND p.retiredOn IS NULL ORDER BY p.id LIMIT 1",
  );
  await joinTeam(server, Number(person.id), 'C-T03');
  await run('admin', 'createPersonRelation', 'CreatePersonRelationInput', {
    personId: Number(person.id),
    relativeName: '赵某某',
    relation: '配偶',
    relativeBodyId: await bodyIdByCode(server, 'P-YL-GOV'),
  });
  await ui.open(`/assignments/${assignmentId}/show/staff`);
  await browser.page.locator('[data-testid="staff-assignment"]').click();
  const picker = browser.page.locator('[data-testid="staff-picker"]');
  await picker.click();
  await picker.fill(person.name);
  const option = browser.page.locator('[data-testid="candidate-option"]', { hasText: person.name }).first();
  await option.waitFor({ timeout: 30_000 });
  // Post and unit beside the name, and the ground flagged in the list itself.
  expect(await option.innerText()).toContain('需回避');
  await option.click();
  const warning = browser.page.locator('[data-testid="recusal-warning"]');
  await warning.waitFor({ timeout: 30_000 });
  const flagged = await warning.innerText();
  expect(flagged).toContain(renderMessage('recusal.related', { relation: '配偶', relative: '赵某某' }, 'zh'));
  expect(flagged).not.toContain('is related');
  await screenshot(browser.page, 'guided-recusal-office');
  const staffed = await server.db.query('SELECT id FROM assignment_member WHERE assignmentId = ? AND personId = ?', [
    assignmentId,
    person.id,
  ]);
  expect(staffed).toHaveLength(0);
  await browser.page.keyboard.press('Escape');
});

it('publishes the intake link of an inspection in inquiry with its QR code', async () => {
  const [inquiry] = await server.db.query(
    "SELECT a.id, a.intakeToken FROM assignment a JOIN round r ON r.id = a.roundId JOIN body g ON g.id = r.leadingGroupId WHERE a.stage = 'INQUIRY' AND g.code = 'C-LG' ORDER BY a.id LIMIT 1",
  );
  await ui.open(`/assignments/${inquiry.id}/show`);
  await browser.page.locator('[data-testid="intake-link"]').click();
  const url = browser.page.locator('[data-testid="intake-url"]');
  await url.waitFor({ timeout: 30_000 });
  // The link as the server's public address names it, the text its QR code holds.
  await browser.page.waitForFunction(
    (expected) => document.querySelector('[data-testid="intake-url"]')?.textContent === expected,
    `${parsePublicUrl(undefined, 4000)}/intake/${inquiry.intakeToken}`,
    { timeout: 30_000 },
  );
  const qr = browser.page.locator('[data-testid="intake-qr"]');
  await browser.page.waitForFunction(
    () => ((document.querySelector('[data-testid="intake-qr"]') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0,
    undefined,
    { timeout: 30_000 },
  );
  expect(await qr.getAttribute('src')).toBe(`/intake/${inquiry.intakeToken}/qr.svg`);
  expect(await browser.page.locator('[data-testid="intake-qr-svg"]').getAttribute('download')).toBe(`intake-${inquiry.id}.svg`);
  const [download] = await Promise.all([
    browser.page.waitForEvent('download', { timeout: 30_000 }),
    browser.page.locator('[data-testid="intake-qr-png"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`intake-${inquiry.id}.png`);
  const png = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of png) chunks.push(chunk as Buffer);
  // A PNG file starts with its signature.
  expect(Buffer.concat(chunks).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  await screenshot(browser.page, 'guided-intake-link-office');
});
