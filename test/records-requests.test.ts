/**
 * Records requested of the target (调阅、复制资料): what was asked and received, overdue from the day
 * after the due day in the configured time zone until all of it is received, the `overdue` filter in
 * SQL, and the overdue ones in the team's work queue.
 */
import { dayFromToday, useClock } from '../server/modules/common/calendar';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

// Each role signs in once (a password hash each): slow on a busy machine.
jest.setTimeout(120_000);

let server: TestServer;
let assignmentId: number;
const day = dayFromToday;

async function as(login: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return server.gql(query, variables, await server.tokenFor(login));
}
const FIELDS = 'id version status dueOn requestedOn receivedOn receivedNote overdue';
const CREATE = `mutation($input: CreateRecordsRequestInput!) { createRecordsRequest(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRecordsRequestInput!) { updateRecordsRequest(input: $input) { ${FIELDS} } }`;
async function create(input: Record<string, unknown>, login = 'team1'): Promise<any> {
  const res = await as(login, CREATE, { input: { assignmentId, requestedOn: day(-5), ...input } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createRecordsRequest;
}
async function update(input: Record<string, unknown>, login = 'team1'): Promise<any> {
  const res = await as(login, UPDATE, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.updateRecordsRequest;
}
const overdueIds = async (login: string, overdue: boolean): Promise<number[]> =>
  (
    await as(login, 'query($f: RecordsRequestFilter) { recordsRequests(filter: $f, page: { take: 100 }) { items { id } } }', {
      f: { assignmentId, overdue },
    })
  ).data.recordsRequests.items.map((r: { id: number }) => r.id);

beforeAll(async () => {
  server = await startTestServer();
  const [row] = await server.db.query(
    "SELECT a.id FROM assignment a JOIN body t ON t.id = a.targetId JOIN body team ON team.id = a.teamId WHERE team.code = 'C-T01' AND t.code = 'P-QC-GOV' AND a.stage = 'INQUIRY'",
  );
  assignmentId = Number(row.id);
}, 120_000);
afterAll(() => server?.close());

describe('records requests', () => {
  it('are overdue from the day after the due day until all is received, in the list, its filter and the queue alike', async () => {
    const dueToday = await create({ description: '党组会议记录（当日到期）', dueOn: day(0) });
    const dueYesterday = await create({ description: '干部档案（昨日到期）', dueOn: day(-1) });
    expect(dueToday.overdue).toBe(false);
    expect(dueYesterday.overdue).toBe(true);
    expect(await overdueIds('team1', true)).toEqual(expect.arrayContaining([dueYesterday.id]));
    expect(await overdueIds('team1', true)).not.toContain(dueToday.id);
    expect(await overdueIds('team1', false)).toContain(dueToday.id);
    expect(await overdueIds('team1', false)).not.toContain(dueYesterday.id);

    // Partly received is still overdue; all received is not.
    const partly = await update({
      id: dueYesterday.id,
      version: dueYesterday.version,
      status: 'PARTLY_RECEIVED',
      receivedOn: day(0),
      receivedNote: '已收到一部分',
    });
    expect(partly).toMatchObject({ status: 'PARTLY_RECEIVED', overdue: true, receivedOn: day(0) });
    expect(await overdueIds('team1', true)).toContain(dueYesterday.id);

    const QUEUE = '{ myQueue { groups { kind totalCount items { recordType recordId dueOn reason } } } }';
    const queued = async (login: string) =>
      ((await as(login, QUEUE)).data.myQueue.groups as Array<{ kind: string; items: Array<{ recordId: number }> }>)
        .find((g) => g.kind === 'RECORDS_OVERDUE')
        ?.items.map((i) => i.recordId) ?? [];
    expect(await queued('team1')).toContain(dueYesterday.id);
    expect(await queued('team1')).not.toContain(dueToday.id);
    expect(await queued('teamlead')).toContain(dueYesterday.id);
    // Those who read but do not chase the records have no such work.
    for (const login of ['lg.leader', 'office', 'analyst']) expect(await queued(login)).toEqual([]);
    // Another team chases its own.
    expect(await queued('qc.team')).not.toContain(dueYesterday.id);

    const received = await update({ id: partly.id, version: partly.version, status: 'RECEIVED', receivedNote: '已全部收到' });
    expect(received).toMatchObject({ status: 'RECEIVED', overdue: false });
    expect(await overdueIds('team1', true)).not.toContain(received.id);
    expect(await queued('team1')).not.toContain(received.id);
  });

  it('turns overdue at midnight in the configured zone, not in UTC', async () => {
    const request = await create({ description: '财务凭证（时区边界）', dueOn: day(0) });
    // 23:59 today in Asia/Shanghai is 15:59 UTC; one minute after midnight there is 16:01 UTC.
    const midnight = Date.parse(`${day(0)}T16:00:00.000Z`);
    const restore = useClock(() => new Date(midnight - 60_000));
    try {
      expect(await overdueIds('team1', true)).not.toContain(request.id);
    } finally {
      restore();
    }
    const after = useClock(() => new Date(midnight + 60_000));
    try {
      expect(await overdueIds('team1', true)).toContain(request.id);
      const one = await as('team1', 'query($id: Int!) { recordsRequest(id: $id) { overdue } }', { id: request.id });
      expect(one.data.recordsRequest.overdue).toBe(true);
    } finally {
      after();
    }
  });

  it('are read in scope like other inspection records, and written by the staff of the open inspection only', async () => {
    const request = await create({ description: '会议纪要', dueOn: day(3) });
    for (const login of ['team1', 'teamlead', 'lg.leader', 'office', 'analyst']) {
      const res = await as(login, 'query($id: Int!) { recordsRequest(id: $id) { id assignmentLabel { zh } } }', { id: request.id });
      expect({ login, id: res.data?.recordsRequest?.id }).toEqual({ login, id: request.id });
    }
    for (const login of ['qc.team', 'qc.analyst', 'liaison', 'receiver', 'admin']) {
      expect({ login, codes: codes(await as(login, 'query($id: Int!) { recordsRequest(id: $id) { id } }', { id: request.id })) }).toEqual({
        login,
        codes: ['NOT_FOUND'],
      });
    }
    for (const login of ['office', 'lg.leader', 'analyst']) {
      const res = await as(login, UPDATE, { input: { id: request.id, version: request.version, dueOn: day(9) } });
      expect({ login, codes: codes(res) }).toEqual({ login, codes: ['FORBIDDEN'] });
      const made = await as(login, CREATE, { input: { assignmentId, requestedOn: day(0), dueOn: day(1), description: 'x' } });
      expect({ login, codes: codes(made) }).toEqual({ login, codes: ['FORBIDDEN'] });
    }
    const csv = await fetch(server.url.replace(/graphql$/, 'exports/recordsRequests.csv'), {
      headers: { authorization: `Bearer ${await server.tokenFor('office')}` },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('会议纪要');
  });

  it('refuses bad days and receipts, naming the field and writing nothing', async () => {
    const request = await create({ description: '审计报告', dueOn: day(3) });
    const rows = async () => Number((await server.db.query('SELECT COUNT(*) AS n FROM records_request'))[0].n);
    const before = await rows();
    const refusedCreate = async (input: Record<string, unknown>, field: string) => {
      const res = await as('team1', CREATE, {
        input: { assignmentId, requestedOn: day(-1), dueOn: day(2), description: '材料', ...input },
      });
      expect({ input, codes: codes(res), field: res.errors?.[0].extensions?.field }).toEqual({ input, codes: ['BAD_USER_INPUT'], field });
    };
    await refusedCreate({ dueOn: day(-2) }, 'dueOn');
    await refusedCreate({ requestedOn: day(1), dueOn: day(3) }, 'requestedOn');
    await refusedCreate({ description: '  ' }, 'description');
    await refusedCreate({ dueOn: '2026-13-01' }, 'dueOn');
    expect(await rows()).toBe(before);

    const refusedUpdate = async (input: Record<string, unknown>, field: string) => {
      const res = await as('team1', UPDATE, { input: { id: request.id, version: request.version, ...input } });
      expect({ input, codes: codes(res), field: res.errors?.[0].extensions?.field }).toEqual({ input, codes: ['BAD_USER_INPUT'], field });
    };
    await refusedUpdate({ status: 'RECEIVED' }, 'receivedOn');
    await refusedUpdate({ status: 'PARTLY_RECEIVED', receivedOn: day(-9) }, 'receivedOn');
    await refusedUpdate({ status: 'RECEIVED', receivedOn: day(1) }, 'receivedOn');
    await refusedUpdate({ receivedOn: day(0) }, 'receivedOn');
    await refusedUpdate({ dueOn: day(-6) }, 'dueOn');
    const unchanged = await as('team1', `query($id: Int!) { recordsRequest(id: $id) { ${FIELDS} } }`, { id: request.id });
    expect(unchanged.data.recordsRequest).toEqual(request);
  });
});
