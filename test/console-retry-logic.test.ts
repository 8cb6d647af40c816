/**
 * The console's saves are safe to retry: each carries a fresh Idempotency-Key, is sent again with
 * the same key after a 503 or an answer that never came (waiting as Retry-After asks, a bounded
 * number of times), and the user is told in their language when it could not be confirmed. Against
 * the real server; only the network between them is made to fail (an answer dropped after the
 * server handled the request, or a 503 in its place).
 */
import { createDataProvider } from '../admin/src/providers/dataProvider';
import { createGraphQLClient, isMutation, retryDelayMs, type ApiError } from '../admin/src/providers/graphqlClient';
import { MESSAGES } from '../admin/src/providers/i18nProvider';
import { startTestServer, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';

let server: TestServer;
let employerId: number;
beforeAll(async () => {
  server = await startTestServer();
  employerId = await bodyIdByCode(server, 'P-QC');
});
afterAll(() => server.close());

interface Sent {
  key: string | null;
  mutation: boolean;
}

/** What went over the wire, and a network that can lose answers: `lose(n)` drops the next n answers after the server handled them. */
function network() {
  const sent: Sent[] = [];
  const waits: number[] = [];
  let answersToLose = 0;
  let unavailableAnswers = 0;
  let retryAfter = '0';
  const fetchImpl: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ key: headers.get('idempotency-key'), mutation: String(init?.body).includes('"mutation') });
    const response = await fetch(input, init);
    if (answersToLose > 0) {
      answersToLose--;
      await response.text();
      throw new TypeError('fetch failed');
    }
    if (unavailableAnswers > 0) {
      unavailableAnswers--;
      await response.text();
      // As the server answers a write whose COMMIT was cut off.
      return new Response(
        JSON.stringify({
          errors: [{ message: 'The change may have been applied', extensions: { code: 'SERVICE_UNAVAILABLE', outcome: 'UNKNOWN' } }],
        }),
        {
          status: 503,
          headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
        },
      );
    }
    return response;
  };
  return {
    sent,
    waits,
    fetchImpl,
    lose: (n: number) => void (answersToLose = n),
    unavailable: (n: number, after = '0') => {
      unavailableAnswers = n;
      retryAfter = after;
    },
    sleep: async (ms: number) => void waits.push(ms),
  };
}

async function providerOver(net: ReturnType<typeof network>) {
  const token = await server.tokenFor('admin');
  const request = createGraphQLClient({ url: server.url, getToken: () => token, fetchImpl: net.fetchImpl, retry: { sleep: net.sleep } });
  return createDataProvider(request);
}

const people = async (name: string) => Number((await server.db.query('SELECT COUNT(*) AS n FROM person WHERE name = ?', [name]))[0].n);
const personData = (name: string) => ({ name, employerId, managedById: employerId, position: '干部', rank: 'BUREAU' });

describe('the console saving through a failing network', () => {
  it('sends every save with a fresh key, and reads with none', async () => {
    const net = network();
    const provider = await providerOver(net);
    const a = await provider.create('people', { data: personData('控制台-甲') });
    const b = await provider.update('people', { id: a.data.id, data: { ...a.data, position: '科员' }, previousData: a.data });
    await provider.getOne('people', { id: b.data.id });
    const mutations = net.sent.filter((s) => s.mutation);
    expect(mutations).toHaveLength(2);
    expect(mutations.every((s) => /^[0-9a-f-]{36}$/.test(s.key ?? ''))).toBe(true);
    expect(new Set(mutations.map((s) => s.key)).size).toBe(2);
    expect(net.sent.filter((s) => !s.mutation).every((s) => s.key === null)).toBe(true);
  });

  it('sends a save whose answer was lost again with the same key, and it is saved once', async () => {
    const net = network();
    const provider = await providerOver(net);
    net.lose(2);
    const created = await provider.create('people', { data: personData('控制台-乙') });
    expect(created.data.name).toBe('控制台-乙');
    expect(net.sent).toHaveLength(3);
    expect(new Set(net.sent.map((s) => s.key)).size).toBe(1);
    expect(await people('控制台-乙')).toBe(1);
  });

  it('waits as Retry-After asks, within bounds, after a 503 that may have saved it', async () => {
    const net = network();
    const provider = await providerOver(net);
    net.unavailable(2, '3');
    const created = await provider.create('people', { data: personData('控制台-丙') });
    expect(created.data.id).toEqual(expect.any(Number));
    expect(net.waits).toEqual([3000, 3000]);
    expect(new Set(net.sent.map((s) => s.key)).size).toBe(1);
    expect(await people('控制台-丙')).toBe(1);
  });

  it('gives up after four sendings and says, in Chinese and English, that the save could not be confirmed', async () => {
    const net = network();
    const provider = await providerOver(net);
    net.unavailable(10, '60');
    const error = (await provider.create('people', { data: personData('控制台-丁') }).catch((e: unknown) => e)) as ApiError;
    expect(net.sent).toHaveLength(4);
    expect(net.waits).toEqual([10_000, 10_000, 10_000]);
    expect(error.status).toBe(503);
    expect(error.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', outcome: 'UNKNOWN' });
    expect(error.message).toBe('app.notification.unconfirmed');
    const zh = (MESSAGES.zh as any).app.notification.unconfirmed as string;
    const en = (MESSAGES.en as any).app.notification.unconfirmed as string;
    expect(zh).toContain('可能已经生效');
    expect(en).toContain('may have been saved');
    // Each sending reached the server, which saved it once.
    expect(await people('控制台-丁')).toBe(1);
  });

  it('knows a mutation from a query, and reads Retry-After in seconds or as a date', () => {
    expect(isMutation('mutation Run($input: X!) { x }')).toBe(true);
    expect(isMutation('# a comment\n  mutation { x }')).toBe(true);
    expect(isMutation('query One { mutation: x }')).toBe(false);
    const policy = { maxDelaySeconds: 10, defaultDelaySeconds: 1 };
    expect(retryDelayMs('5', policy)).toBe(5000);
    expect(retryDelayMs('120', policy)).toBe(10_000);
    expect(retryDelayMs(null, policy)).toBe(1000);
    expect(retryDelayMs(new Date(Date.UTC(2026, 0, 1, 0, 0, 4)).toUTCString(), policy, Date.UTC(2026, 0, 1))).toBe(4000);
  });
});
