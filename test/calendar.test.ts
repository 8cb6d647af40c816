/**
 * Days are counted where the work happens (TIME_ZONE, Asia/Shanghai by default), not in UTC: at
 * 01:30 on 4 December in Beijing an item due on 3 December is overdue, and a role ended "today"
 * ends on the 4th. Proved over HTTP on the demo data with the calendar's clock set to that instant.
 */
import { dayIn, isTimeZone, timeZone, today, useClock } from '../server/modules/common/calendar';
import { today as consoleToday } from '../admin/src/days';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

/** 17:30 UTC on the 3rd is 01:30 on the 4th in Beijing. */
const AFTER_MIDNIGHT_IN_BEIJING = new Date('2026-12-03T17:30:00.000Z');
/** 15:59 UTC on the 3rd is 23:59 on the 3rd in Beijing. */
const BEFORE_MIDNIGHT_IN_BEIJING = new Date('2026-12-03T15:59:00.000Z');

let server: TestServer;
let restoreClock: (() => void) | undefined;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  restoreClock?.();
  restoreClock = undefined;
});
afterAll(() => server.close());

const at = (instant: Date) => {
  restoreClock?.();
  restoreClock = useClock(() => instant);
};

async function as(login: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const res = await server.gql(query, variables, await server.tokenFor(login));
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res;
}

describe('the calendar', () => {
  it('counts days in Asia/Shanghai unless told otherwise, from the clock it is given', () => {
    expect(timeZone()).toBe('Asia/Shanghai');
    at(AFTER_MIDNIGHT_IN_BEIJING);
    expect(today()).toBe('2026-12-04');
    at(BEFORE_MIDNIGHT_IN_BEIJING);
    expect(today()).toBe('2026-12-03');
    expect(dayIn('UTC', AFTER_MIDNIGHT_IN_BEIJING)).toBe('2026-12-03');
    expect(dayIn('America/New_York', new Date('2026-12-04T03:00:00Z'))).toBe('2026-12-03');
  });

  it('turns the day on the minute of midnight, however the days found before are kept', () => {
    const at = (iso: string) => dayIn('Asia/Shanghai', new Date(iso));
    expect(at('2026-12-03T15:59:00.000Z')).toBe('2026-12-03');
    expect(at('2026-12-03T15:59:59.999Z')).toBe('2026-12-03');
    expect(at('2026-12-03T16:00:00.000Z')).toBe('2026-12-04');
    expect(dayIn('UTC', new Date('2026-12-03T16:00:00.000Z'))).toBe('2026-12-03');
    expect(at('2026-12-03T16:00:30.000Z')).toBe('2026-12-04');
    expect(at('2026-12-03T15:59:30.000Z')).toBe('2026-12-03');
  });

  it('knows IANA zones and refuses offsets and made-up names', () => {
    expect(['Asia/Shanghai', 'Asia/Urumqi', 'UTC', 'Europe/Berlin'].every(isTimeZone)).toBe(true);
    expect(['Asia/Beijing', '+08:00', 'GMT+8 ', '', 'Asia/Shanghai; DROP'].some(isTimeZone)).toBe(false);
  });

  it('gives the console the day the server counts', () => {
    expect(consoleToday(AFTER_MIDNIGHT_IN_BEIJING)).toBe('2026-12-04');
    expect(consoleToday(BEFORE_MIDNIGHT_IN_BEIJING)).toBe('2026-12-03');
  });
});

describe('the server, an hour and a half after midnight in Beijing', () => {
  const ITEM = 'id deadline overdue status';

  it('flags an item due yesterday (Beijing) as overdue, in the item and in the list filter; not a minute before midnight', async () => {
    const open = (await as('office', `{ rectificationItems(filter: { statuses: [OPEN] }, page: { take: 1 }) { items { ${ITEM} } } }`)).data
      .rectificationItems.items[0];
    expect(open).toBeDefined();
    await server.db.query('UPDATE rectification_item SET deadline = ? WHERE id = ?', ['2026-12-03', open.id]);
    const read = async () => (await as('office', `{ rectificationItem(id: ${open.id}) { ${ITEM} } }`)).data.rectificationItem;
    const overdueIds = async () =>
      (
        await as('office', `{ rectificationItems(filter: { overdue: true }, page: { take: 100 }) { items { id } } }`)
      ).data.rectificationItems.items.map((i: { id: number }) => i.id);

    at(AFTER_MIDNIGHT_IN_BEIJING);
    expect(await read()).toMatchObject({ deadline: '2026-12-03', overdue: true });
    expect(await overdueIds()).toContain(open.id);

    at(BEFORE_MIDNIGHT_IN_BEIJING);
    expect(await read()).toMatchObject({ deadline: '2026-12-03', overdue: false });
    expect(await overdueIds()).not.toContain(open.id);
  });

  it('counts a finding recorded at 00:30 on 1 December in Beijing in December, transferred the same day', async () => {
    const [finding] = await server.db.query('SELECT id FROM finding WHERE transferredOn IS NOT NULL ORDER BY id LIMIT 1');
    expect(finding).toBeDefined();
    // 16:30 UTC on 30 November is 00:30 on 1 December in Beijing.
    await server.db.query('UPDATE finding SET createdAt = ?, transferredOn = ? WHERE id = ?', [
      '2026-11-30T16:30:00.000Z',
      '2026-12-01',
      finding.id,
    ]);
    const summary = (
      await as('analyst', `{ findingSummary(filter: { ids: [${finding.id}] }, groupBy: [MONTH]) { groups { key count averageDays } } }`)
    ).data.findingSummary;
    expect(summary.groups).toEqual([{ key: ['2026-12'], count: 1, averageDays: 0 }]);
  });

  it('ends a role "today" on the 4th, and stamps the instant in UTC', async () => {
    const personId = Number((await server.db.query('SELECT personId FROM account WHERE login = ?', ['qc.analyst']))[0].personId);
    const membership = (await as('admin', `{ memberships(filter: { personId: ${personId}, roles: [ANALYST] }) { items { id version } } }`))
      .data.memberships.items[0];
    at(AFTER_MIDNIGHT_IN_BEIJING);
    const ended = (
      await as('admin', 'mutation($input: RetireInput!) { endMembership(input: $input) { until endedAt } }', { input: membership })
    ).data.endMembership;
    expect(ended).toEqual({ until: '2026-12-04', endedAt: '2026-12-03T17:30:00.000Z' });
  });
});
