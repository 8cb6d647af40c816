import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { PUBLIC_REPORTS_PER_WINDOW } from '../server/modules/intake/intake.service';

let server: TestServer;
let key: string;
let assignmentId: number;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
  const office = await server.tokenFor('office');
  const mutate = async (token: string, name: string, type: string, input: object) => {
    const res = await server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { id version } }`, { input }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data[name];
  };
  const target = await bodyIdByCode(server, 'P-DL-GOV');
  const round = await mutate(office, 'createRound', 'CreateRoundInput', {
    leadingGroupId: await bodyIdByCode(server, 'C-LG'),
    year: 2026,
    number: 11,
    title: '专项巡视',
    targetIds: [target],
  });
  await mutate(await server.tokenFor('lg.leader'), 'approveRound', 'VersionedInput', { id: round.id, version: round.version });
  const assignment = await mutate(office, 'createAssignment', 'CreateAssignmentInput', {
    roundId: round.id,
    teamId: await bodyIdByCode(server, 'C-T02'),
    targetId: target,
    startsOn: '2026-11-01',
    endsOn: '2026-12-31',
    workPlan: '专项巡视方案',
  });
  assignmentId = assignment.id;
  // Walking it to inquiry is the business of the inspection tests; here the page is what is tested.
  await server.db.query("UPDATE assignment SET stage = 'INQUIRY' WHERE id = ?", [assignmentId]);
  [{ intakeToken: key }] = await server.db.query('SELECT intakeToken FROM assignment WHERE id = ?', [assignmentId]);
});
afterAll(() => server.close());

// Every post comes from this machine's address, so they all count against the same limit.
const post = (fields: Record<string, string>) =>
  fetch(`${base}/intake/${key}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
const items = async () =>
  server.db.query(
    'SELECT i.channel, i.anonymous, i.content, f.name FROM intake_item i LEFT JOIN intake_informant f ON f.intakeItemId = i.id WHERE i.assignmentId = ? ORDER BY i.id',
    [assignmentId],
  );

describe('the public intake page', () => {
  it('shows a form naming the inspected body, with nothing loaded from elsewhere', async () => {
    const res = await fetch(`${base}/intake/${key}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('东澜省人民政府党组');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('takes an anonymous report and a named one into the team intake', async () => {
    expect((await post({ content: '反映某单位违规发放津贴补贴问题。' })).status).toBe(200);
    const named = await post({ content: '反映某领导干部插手工程项目问题。', name: '张某', contact: '138-0000-0000' });
    expect(await named.text()).toContain('已收到');
    const rows = await items();
    expect(rows.map((r: any) => [r.channel, Boolean(Number(r.anonymous)), r.name])).toEqual([
      ['ONLINE', true, null],
      ['ONLINE', false, '张某'],
    ]);
  });

  it('shows what was typed back as text, never as markup', async () => {
    const res = await post({ content: '<script>alert(1)</script>' + 'x'.repeat(10001) });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });

  it(`accepts at most ${PUBLIC_REPORTS_PER_WINDOW} reports in ten minutes from one address`, async () => {
    // Two of the address's reports were taken by the test before.
    const before = (await items()).length;
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_REPORTS_PER_WINDOW + 2; i++)
      statuses.push((await post({ content: `第${i}次反映同一问题，请核查。` })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PUBLIC_REPORTS_PER_WINDOW - 2);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    expect((await items()).length).toBe(before + PUBLIC_REPORTS_PER_WINDOW - 2);
  });

  it('prints its link as a QR code', async () => {
    const res = await fetch(`${base}/intake/${key}/qr.svg`);
    expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await res.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('accepts nothing once the inspection leaves inquiry, and says no more than that', async () => {
    await server.db.query("UPDATE assignment SET stage = 'REPORTING' WHERE id = ?", [assignmentId]);
    const before = (await items()).length;
    expect((await post({ content: '结束后提交的材料，请查收。' })).status).toBe(404);
    expect((await fetch(`${base}/intake/${key}`)).status).toBe(404);
    expect((await fetch(`${base}/intake/not-a-real-key-0000000000`)).status).toBe(404);
    expect((await items()).length).toBe(before);
  });
});
