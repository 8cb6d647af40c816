/**
 * The log is read by operators, not by those cleared to know who reported what: a failed sign-in,
 * a token in use and a read of an informant's identity leave none of it in the log, at any level.
 */
import { log } from '../server/observability/log';
import { captureOutput } from './support/capture-output';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const INFORMANTS = '{ intakeItems(page: { take: 50 }) { items { id informant { name contact } } } }';

describe('the log', () => {
  it('holds no password, token or informant identity', async () => {
    const wrongPassword = 'Not-The-Password-7731';
    const { result, output } = await captureOutput(async () => {
      const failed = await server.gql(LOGIN, { input: { login: 'team1', password: wrongPassword } });
      const token = await server.tokenFor('team1');
      const read = await server.gql(INFORMANTS, {}, token);
      // A failing request is logged too: a token that is no longer valid.
      const stale = await server.gql(INFORMANTS, {}, `${token.slice(0, -4)}AAAA`);
      // Proof that lines of every level are captured, whatever the requests above log today.
      log({ level: 'info', msg: 'capture check' });
      return { failed, token, read, stale };
    });
    expect(result.failed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.stale.status).toBe(401);
    const informants = result.read.data.intakeItems.items.flatMap((i: { informant: { name: string; contact: string | null } | null }) =>
      i.informant ? [i.informant.name, i.informant.contact].filter(Boolean) : [],
    );
    expect(informants.length).toBeGreaterThan(0);
    expect(output).toContain('capture check');

    const secrets = [wrongPassword, result.token, result.token.split('.')[2], ...informants];
    for (const secret of secrets) expect(output).not.toContain(secret);
  });

  it('logs each request by method, path and status, never its headers, query string or body', async () => {
    const token = await server.tokenFor('team1');
    const cookie = 'session=cookie-value-5521';
    const searched = 'query-string-text-8812';
    const { output } = await captureOutput(async () => {
      await fetch(`${server.url}?extensions=${searched}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, cookie },
        body: JSON.stringify({ query: INFORMANTS }),
      });
      await fetch(new URL(`/exports/findings.csv?filter=${encodeURIComponent(JSON.stringify({ search: searched }))}`, server.url), {
        headers: { authorization: `Bearer ${token}` },
      });
      // A caller that hands the logger a password, token or headers by mistake: the fields are masked.
      log({
        level: 'warn',
        msg: 'careless caller',
        password: 'careless-password-1',
        token: 'careless-token-2',
        headers: { authorization: 'Bearer careless-3', cookie },
      });
    });
    const lines = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.msg === 'request completed').map((l) => [l.method, l.path])).toEqual([
      ['POST', '/graphql'],
      ['GET', '/exports/findings.csv'],
    ]);
    expect(output).toContain('careless caller');
    for (const secret of [
      token,
      token.split('.')[2],
      'cookie-value-5521',
      searched,
      'careless-password-1',
      'careless-token-2',
      'careless-3',
    ]) {
      expect(output).not.toContain(secret);
    }
  });

  it('names a public intake link by its path, never by its key', async () => {
    const [{ intakeToken }] = await server.db.query("SELECT intakeToken FROM assignment WHERE stage = 'INQUIRY' LIMIT 1");
    const { result, output } = await captureOutput(async () => fetch(new URL(`/intake/${intakeToken}`, server.url)));
    expect(result.status).toBe(200);
    const paths = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === 'request completed')
      .map((l) => l.path);
    expect(paths).toEqual(['/intake/[key]']);
    expect(output).not.toContain(intakeToken);
  });
});
