/**
 * An inspection's own documents in a real browser (zh): the team leader takes the notice and, in
 * reporting, the report draft and the feedback letter as Word files from the inspection's page;
 * each is offered from the stage it is drafted from, and a caller the server would refuse is not
 * offered them. A talk's page links each finding raised from it to the finding.
 */
import { screenshot, type Browser } from './support/browser';
import { Console, downloaded, startConsoleSuite, stopConsoleSuite, type ConsoleSuite } from './support/console';
import type { TestServer } from './support/harness';

jest.setTimeout(180_000);

let suite: ConsoleSuite;
let server: TestServer;
let browser: Browser;
let base: string;
/** The demo's inspection of 青川省人民政府党组 by 中央第一巡视组, in inquiry: team1 works on it, teamlead leads it. */
let inspectionId = 0;

beforeAll(async () => {
  suite = await startConsoleSuite();
  ({ server, browser, base } = suite);
  const res = await server.gql('{ assignments(filter: { stages: [INQUIRY] }) { items { id } } }', {}, await server.tokenFor('teamlead'));
  expect(res.errors).toBeUndefined();
  expect(res.data.assignments.items).toHaveLength(1);
  inspectionId = res.data.assignments.items[0].id;
  await browser.page.goto(`${base}/#/login`);
  await browser.page.locator('input[name="username"]').waitFor({ timeout: 90_000 });
});
afterAll(() => stopConsoleSuite(suite));

/** The server's answer to a document asked for directly, with the login's own token. */
async function documentStatus(login: string, assignmentId: number, kind: string): Promise<number> {
  const res = await fetch(`${base}/documents/assignments/${assignmentId}/${kind}.docx`, {
    headers: { authorization: `Bearer ${await server.tokenFor(login)}` },
  });
  await res.arrayBuffer();
  return res.status;
}

const KINDS = ['notice', 'report', 'feedback'] as const;

describe("an inspection's documents", () => {
  it('give the team leader the notice as a Word file, under its Chinese name', async () => {
    const console = new Console(browser.page, base);
    await console.signIn('teamlead');
    await console.open(`/assignments/${inspectionId}/show`);
    const page = browser.page;
    await page.locator('[data-testid="download-notice"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="download-report"]').waitFor({ timeout: 30_000 });
    const toolbar = await page.locator('body').innerText();
    for (const label of ['下载巡视通知', '下载巡视报告（草稿）']) expect(toolbar).toContain(label);
    // The feedback letter is drafted once the report is there to be heard: not in inquiry.
    expect(toolbar).not.toContain('下载反馈意见');
    await screenshot(page, 'assignment-documents-teamlead');
    const notice = await downloaded(page, 'download-notice');
    expect(notice.name).toBe('青川省人民政府党组巡视通知.docx');
    // A zip, as every .docx is, holding the notice drafted from the inspection's records.
    expect(notice.bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
    expect(notice.xml).toContain('关于中央第一巡视组对青川省人民政府党组开展巡视的通知');
  });

  it('give the team leader the report draft in reporting, with what the leader wrote in it, and the feedback letter', async () => {
    const token = await server.tokenFor('teamlead');
    await server.db.query("UPDATE assignment SET stage = 'REPORTING' WHERE id = ?", [inspectionId]);
    try {
      const drafted = await server.gql(
        'mutation($input: DraftReportInput!) { draftReport(input: $input) { id version } }',
        { input: { assignmentId: inspectionId } },
        token,
      );
      expect(drafted.errors).toBeUndefined();
      const summary = '巡视期间共开展个别谈话四十余人次，项目审批环节廉洁风险较为突出。';
      const updated = await server.gql(
        'mutation($input: UpdateReportInput!) { updateReport(input: $input) { summary } }',
        { input: { id: drafted.data.draftReport.id, version: drafted.data.draftReport.version, summary } },
        token,
      );
      expect(updated.errors).toBeUndefined();

      const console = new Console(browser.page, base);
      await console.open(`/assignments/${inspectionId}/show`);
      const page = browser.page;
      // The test before left this very page open, drawn in inquiry: read it afresh.
      await page.reload();
      await page.locator('[data-testid="download-report"]').waitFor({ timeout: 30_000 });
      const report = await downloaded(page, 'download-report');
      expect(report.name).toBe('青川省人民政府党组巡视情况报告.docx');
      expect(report.bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
      expect(report.xml).toContain('中央第一巡视组关于巡视青川省人民政府党组情况的报告');
      expect(report.xml).toContain(summary);
      // In reporting the feedback letter is offered too.
      const feedback = await downloaded(page, 'download-feedback');
      expect(feedback.name).toBe('青川省人民政府党组巡视反馈意见.docx');
      expect(feedback.xml).toContain('中央第一巡视组关于巡视青川省人民政府党组的反馈意见');
    } finally {
      await server.db.query("UPDATE assignment SET stage = 'INQUIRY' WHERE id = ?", [inspectionId]);
    }
  });

  it('are offered to a team member on their own inspection, and not on another team’s, which the server refuses them', async () => {
    const others = await server.gql(
      '{ assignments(filter: { stages: [INQUIRY] }) { items { id teamLabel { zh } } } }',
      {},
      await server.tokenFor('lg.leader'),
    );
    expect(others.errors).toBeUndefined();
    const other = (others.data.assignments.items as Array<{ id: number; teamLabel: { zh: string } }>).find((a) => a.id !== inspectionId);
    expect(other).toBeDefined();
    expect(other!.teamLabel.zh).not.toBe('中央第一巡视组');

    const console = new Console(browser.page, base);
    await console.signIn('team1');
    const page = browser.page;
    await console.open(`/assignments/${inspectionId}/show`);
    await page.locator('[data-testid="download-report"]').waitFor({ timeout: 30_000 });
    expect(await Promise.all(KINDS.map((kind) => documentStatus('team1', inspectionId, kind)))).toEqual([200, 200, 409]);
    expect(await page.locator('[data-testid="download-feedback"]').count()).toBe(0);
    const report = await downloaded(page, 'download-report');
    expect(report.name).toBe('青川省人民政府党组巡视情况报告.docx');
    expect(report.xml).toContain('中央第一巡视组关于巡视青川省人民政府党组情况的报告');

    // Another team's inspection: the server answers not found, and the console offers nothing to download.
    for (const kind of KINDS) expect(await documentStatus('team1', other!.id, kind)).toBe(404);
    await console.open(`/assignments/${other!.id}/show`);
    // The console reports the inspection as not there and leaves its page.
    await page.waitForURL((url) => !url.hash.includes(`/assignments/${other!.id}/show`), { timeout: 30_000 });
    await page.waitForTimeout(1_000);
    for (const kind of KINDS) expect(await page.locator(`[data-testid="download-${kind}"]`).count()).toBe(0);
    await screenshot(page, 'assignment-documents-other-team1');
  });

  it('are not offered to the liaison of the inspected body, whom the server refuses', async () => {
    for (const kind of KINDS) expect(await documentStatus('liaison', inspectionId, kind)).toBe(404);
    const console = new Console(browser.page, base);
    await console.signIn('liaison');
    await console.open(`/assignments/${inspectionId}/show`);
    const page = browser.page;
    // The ability reads no inspection for the liaison: the page is refused before anything is read.
    await page
      .getByText(/无权访问|没有访问此页面的权限/)
      .first()
      .waitFor({ timeout: 30_000 });
    for (const kind of KINDS) expect(await page.locator(`[data-testid="download-${kind}"]`).count()).toBe(0);
    await screenshot(page, 'assignment-documents-liaison');
  });
});

describe("a talk's findings", () => {
  it('link to the finding, named by its kind', async () => {
    const [talk] = await server.db.query(
      'SELECT t.id FROM talk t WHERE t.assignmentId = ? AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.sourceTalkId = t.id) ORDER BY t.id LIMIT 1',
      [inspectionId],
    );
    expect(talk).toBeDefined();
    const talkId = Number(talk.id);
    const evidence = '谈话反映：个别领导干部在公务接待中超标准安排宴请。';
    const raised = await server.gql(
      'mutation($input: RaiseFindingFromTalkInput!) { raiseFindingFromTalk(input: $input) { id } }',
      { input: { talkId, category: 'WORK_STYLE', subKind: 'HEDONISM', severity: 'MINOR', evidenceSummary: evidence } },
      await server.tokenFor('team1'),
    );
    expect(raised.errors).toBeUndefined();
    const findingId = Number(raised.data.raiseFindingFromTalk.id);

    const console = new Console(browser.page, base);
    await console.signIn('team1');
    await console.open(`/talks/${talkId}/show`);
    const page = browser.page;
    const links = page.locator('[data-testid="talk-findings"] a');
    await links.first().waitFor({ timeout: 30_000 });
    expect(await links.count()).toBe(1);
    expect((await links.first().innerText()).trim()).toBe('享乐主义');
    expect(await links.first().getAttribute('href')).toBe(`#/findings/${findingId}/show`);
    await screenshot(page, 'talk-finding-links-team1');
    await links.first().click();
    await page.waitForURL(new RegExp(`#/findings/${findingId}/show$`), { timeout: 30_000 });
    await page.getByText(evidence).waitFor({ timeout: 30_000 });
    // The finding's page names the talk it came from: the link leads back.
    await page.locator(`a[href="#/talks/${talkId}/show"]`).waitFor({ timeout: 30_000 });
  });
});
