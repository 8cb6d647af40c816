/**
 * The inspection workflow in the console, in a real browser on the real server: a team member
 * records a finding and a named report through their forms, the office drafts a plan and staffs an
 * inspection, a refused advance keeps its reasons under the stage stepper, the leading group names
 * a leader and hears a report, and a role that may not write a record is not offered its form.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';
import { bodyIdByCode, joinTeam } from './support/roster-ops';
import { today } from '../server/modules/common/calendar';
import { MESSAGES } from '../shared/messages';
import { zh } from '../admin/src/i18n/zh';

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

async function assignmentOf(team: string, target: string): Promise<number> {
  const [row] = await server.db.query(
    'SELECT a.id FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = ? AND b.code = ? ORDER BY a.id DESC',
    [team, target],
  );
  return Number(row.id);
}

describe('findings', () => {
  it('are recorded by a team member through the form and listed after a reload', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('team1');
    const assignmentId = await assignmentOf('C-T01', 'P-QC-GOV');

    // The list offers the form to the staff …
    await console.open('/findings');
    await browser.page.locator('a[href="#/findings/create"]').waitFor({ timeout: 30_000 });
    // … and the inspection's page opens it with the inspection chosen.
    await console.open(`/assignments/${assignmentId}/show/findings`);
    await browser.page.locator('[data-testid="record-finding"]').click();
    await browser.page.locator('textarea[name="evidenceSummary"]').waitFor({ timeout: 30_000 });

    await console.select('问题类别', 'WORK_STYLE');
    expect(await console.options('具体类型')).toEqual(['FORMALISM', 'BUREAUCRATISM', 'HEDONISM', 'EXTRAVAGANCE']);
    await console.select('具体类型', 'BUREAUCRATISM');
    await console.select('发现方式', 'SYMPOSIUM');
    await console.select('严重程度', 'SERIOUS');
    await browser.page.fill('textarea[name="evidenceSummary"]', '座谈中反映群众办事多次往返，窗口单位推诿扯皮');
    await screenshot(browser.page, 'finding-create-team1');
    await console.save();
    await browser.page.waitForURL(/#\/findings\/\d+\/show/, { timeout: 30_000 });
    const id = Number(/findings\/(\d+)\/show/.exec(browser.page.url())![1]);

    const [row] = await server.db.query('SELECT assignmentId, category, subKind, status FROM finding WHERE id = ?', [id]);
    expect(row).toMatchObject({ assignmentId, category: 'WORK_STYLE', subKind: 'BUREAUCRATISM', status: 'RECORDED' });

    await console.open('/findings');
    await browser.page.reload();
    const newest = browser.page.locator('tbody tr').first();
    await newest.waitFor({ timeout: 30_000 });
    expect(await newest.innerText()).toMatch(new RegExp(`^${id}\\b[\\s\\S]*官僚主义`));
    await screenshot(browser.page, 'finding-list-after-create-team1');
  });

  it('are not offered for creation to a role that may only read them', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('lg.leader');
    await console.open('/findings');
    await browser.page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await browser.page.locator('a[href="#/findings/create"]').count()).toBe(0);
    await console.open(`/assignments/${await assignmentOf('C-T01', 'P-QC-GOV')}/show/findings`);
    await browser.page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await browser.page.locator('[data-testid="record-finding"]').count()).toBe(0);
  });
});

describe('intake', () => {
  it('asks a team member who made a named report, and stores it protected', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('team1');
    await console.open('/intakeItems/create');
    await browser.page.locator('textarea[name="content"]').waitFor({ timeout: 30_000 });
    await console.autocomplete('巡视任务', '', '青川省人民政府党组');
    await console.select('渠道', 'LETTER');
    await browser.page.fill('textarea[name="content"]', '反映某局违规发放津贴补贴');
    await browser.page.getByLabel('匿名').uncheck();
    await browser.page.locator('[data-testid="informant-inputs"]').waitFor();
    await browser.page.fill('input[name="informant.name"]', '李秀英');
    await browser.page.fill('input[name="informant.contact"]', '青川市信箱 12 号');
    await screenshot(browser.page, 'intake-create-team1');
    await console.save();
    await browser.page.locator('[data-testid="informant-block"]').waitFor({ timeout: 30_000 });
    const [row] = await server.db.query(
      'SELECT i.anonymous, n.name, n.contact FROM intake_item i JOIN intake_informant n ON n.intakeItemId = i.id ORDER BY i.id DESC LIMIT 1',
    );
    expect(row).toMatchObject({ name: '李秀英', contact: '青川市信箱 12 号' });
    expect(Boolean(row.anonymous)).toBe(false);
  });
});

describe('the office', () => {
  it('drafts a plan with its targets', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    await console.open('/rounds');
    await browser.page.locator('a[href="#/rounds/create"]').click();
    await browser.page.locator('input[name="title"]').waitFor({ timeout: 30_000 });
    await console.autocomplete('领导小组', '中央巡视工作领导小组');
    await browser.page.fill('input[name="number"]', '42');
    await browser.page.fill('input[name="title"]', '第四十二轮巡视计划');
    await console.autocomplete('巡视对象', '中共云岭省委');
    await console.autocomplete('巡视对象', '青川省人民政府党组');
    await screenshot(browser.page, 'round-create-office');
    await console.save();
    await browser.page.waitForURL(/#\/rounds\/\d+\/show/, { timeout: 30_000 });
    const id = Number(/rounds\/(\d+)\/show/.exec(browser.page.url())![1]);

    const [round] = await server.db.query('SELECT leadingGroupId, number, title, status FROM round WHERE id = ?', [id]);
    expect(round).toMatchObject({
      leadingGroupId: await bodyIdByCode(server, 'C-LG'),
      number: 42,
      title: '第四十二轮巡视计划',
      status: 'DRAFT',
    });
    const targets = await server.db.query('SELECT bodyId FROM round_target WHERE roundId = ? ORDER BY bodyId', [id]);
    expect(targets.map((t: { bodyId: number }) => Number(t.bodyId)).sort()).toEqual(
      [await bodyIdByCode(server, 'P-YL'), await bodyIdByCode(server, 'P-QC-GOV')].sort(),
    );
    await browser.page.getByText('第四十二轮巡视计划').first().waitFor();
    await screenshot(browser.page, 'round-show-office');
  });

  it('sees why an inspection cannot move on, under the stepper and still after a reload', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    const preparing = await assignmentOf('C-T03', 'P-DL-NPC');
    await console.open(`/assignments/${preparing}/show`);
    await browser.page.locator('[data-testid="advance-assignment"]').click();
    const refusal = browser.page.locator('[data-testid="advance-refusal"]');
    await refusal.waitFor({ timeout: 30_000 });
    // The conditions in the catalogue's words, as the refusal's notification has them.
    const noticeNotSent = MESSAGES['stage.noticeNotSent'].zh;
    const briefingsAwaited = MESSAGES['stage.briefingsAwaited'].zh;
    const text = await refusal.innerText();
    expect(text).toContain('不能推进到“巡视了解”');
    expect(text).toContain(noticeNotSent);
    expect(text).toContain(briefingsAwaited);
    expect(text).toContain(MESSAGES['stage.noContactChannels'].zh);
    await screenshot(browser.page, 'advance-refused-office');

    await browser.page.reload();
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.innerText()).toContain(noticeNotSent);
    const [row] = await server.db.query('SELECT stage FROM assignment WHERE id = ?', [preparing]);
    expect(row.stage).toBe('PREPARATION');

    // Meeting two conditions through the edit form; the next attempt names only what is left.
    await console.open(`/assignments/${preparing}`);
    await browser.page.locator('input[name="noticeSentOn"]').fill(today());
    await browser.page.fill('textarea[name="contactChannels"]', '值班电话 010-12345678；邮政信箱 北京市 A 字 1 号');
    await screenshot(browser.page, 'assignment-edit-office');
    await console.save();
    await browser.page.waitForURL(/#\/assignments\/\d+\/show/, { timeout: 30_000 });
    await browser.page.locator('[data-testid="advance-assignment"]').click();
    await browser.page.waitForFunction(
      (noContactChannels) => !document.querySelector('[data-testid="advance-refusal"]')?.textContent?.includes(noContactChannels),
      MESSAGES['stage.noContactChannels'].zh,
      { timeout: 30_000 },
    );
    const left = await refusal.innerText();
    expect(left).not.toContain(noticeNotSent);
    expect(left).toContain(briefingsAwaited);
  });

  it('chooses the finding a rectification item follows up by its title, not its number', async () => {
    const [finding] = await server.db.query(
      `SELECT f.assignmentId, f.subKind, b.name AS targetName FROM finding f
         JOIN assignment a ON a.id = f.assignmentId JOIN body t ON t.id = a.teamId JOIN body b ON b.id = f.targetId
        WHERE f.status = 'DECIDED' AND a.stage IN ('FEEDBACK', 'TRANSFER') AND t.code LIKE 'C-%' ORDER BY f.id`,
    );
    const console = new Console(browser.page, base);
    await console.signIn('office');
    await console.open(`/rectificationItems/create?source=${encodeURIComponent(JSON.stringify({ assignmentId: finding.assignmentId }))}`);
    await browser.page.getByRole('combobox', { name: '对应问题' }).click();
    // Titled as everywhere in the console (its kind and target), then the start of its evidence.
    const title = `${zh.enums.FindingSubKind[finding.subKind as keyof typeof zh.enums.FindingSubKind]} · ${finding.targetName} · `;
    const option = browser.page.locator('li[role="option"]', { hasText: title }).first();
    await option.waitFor({ timeout: 30_000 });
    expect(await option.innerText()).not.toContain('#');
  });

  it('staffs an inspection through the dialog', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('office');
    const preparing = await assignmentOf('C-T03', 'P-DL-NPC');
    const [person] = await server.db.query(
      "SELECT p.id, p.name FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = 'C-T03' AND p.id NOT IN (SELECT personId FROM assignment_member WHERE assignmentId = ?)",
      [preparing],
    );
    // The picker offers only the team's current members: the person joins the team first.
    await joinTeam(server, Number(person.id), 'C-T03');
    await console.open(`/assignments/${preparing}/show/staff`);
    await browser.page.locator('[data-testid="staff-assignment"]').click();
    await console.autocomplete('人员', person.name);
    await screenshot(browser.page, 'staff-dialog-office');
    await browser.page.locator('[data-testid="staff-assignment-confirm"]').click();
    await browser.page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });
    const staffed = await server.db.query('SELECT id FROM assignment_member WHERE assignmentId = ? AND personId = ?', [
      preparing,
      person.id,
    ]);
    expect(staffed).toHaveLength(1);
    await browser.page.getByText(person.name).first().waitFor({ timeout: 30_000 });
  });
});

describe('the leading group', () => {
  it('names the leader of an inspection from its pool', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('lg.leader');
    const preparing = await assignmentOf('C-T03', 'P-DL-NPC');
    await console.open(`/assignments/${preparing}/show/staff`);
    await browser.page.locator('[data-testid="appoint-leader"]').click();
    await browser.page.getByRole('combobox', { name: '组长人选' }).click();
    await browser.page.locator('li[role="option"]').first().click();
    await screenshot(browser.page, 'appoint-leader-lg-leader');
    await browser.page.locator('[data-testid="appoint-leader-confirm"]').click();
    await browser.page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });
    const grants = await server.db.query('SELECT personId FROM leader_grant WHERE assignmentId = ? AND revokedOn IS NULL', [preparing]);
    expect(grants).toHaveLength(1);
    // One leader per inspection: the button is gone once the grant holds.
    expect(await browser.page.locator('[data-testid="appoint-leader"]').count()).toBe(0);
  });

  it('hears a submitted report and decides its findings in one step', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('lg.leader');
    const reporting = await assignmentOf('C-T05', 'P-DL-GOV');
    const [report] = await server.db.query('SELECT id FROM report WHERE assignmentId = ?', [reporting]);
    const findings = await server.db.query(
      "SELECT id FROM finding WHERE assignmentId = ? AND status IN ('RECORDED', 'DECIDED') ORDER BY id",
      [reporting],
    );
    await console.open(`/reports/${report.id}/show`);
    await browser.page.locator('[data-testid="hear-report"]').click();
    await browser.page.fill('textarea[name="hearingNote"]', '领导小组听取了巡视汇报，同意巡视组意见。');
    const first = browser.page.locator(`[data-testid="hearing-finding-${findings[0].id}"]`);
    await first.getByRole('combobox').click();
    // On a busy machine a click can land while the menu is still opening and choose nothing; the
    // menu then stays open over the dialog. Choose again until it has closed.
    const listbox = browser.page.locator('[role="listbox"]');
    for (let attempt = 0; attempt < 3 && (await listbox.count()) > 0; attempt++) {
      await browser.page.locator('li[role="option"][data-value="RECTIFY"]').click();
      await listbox.waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
    }
    expect(await listbox.count()).toBe(0);
    await first.locator('input[name$=".note"]').fill('责成被巡视党组织限期整改');
    await screenshot(browser.page, 'hear-report-lg-leader');
    await browser.page.locator('[data-testid="hear-report-confirm"]').click();
    await browser.page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });

    const [heard] = await server.db.query('SELECT heardOn, hearingNote FROM report WHERE id = ?', [report.id]);
    expect(heard.heardOn).toBeTruthy();
    const [decided] = await server.db.query('SELECT decision, decisionNote, status FROM finding WHERE id = ?', [findings[0].id]);
    expect(decided).toMatchObject({ decision: 'RECTIFY', decisionNote: '责成被巡视党组织限期整改', status: 'DECIDED' });
    expect(await browser.page.locator('[data-testid="hear-report"]').count()).toBe(0);
  });
});
