/**
 * What the server tells browsers: security headers on every kind of response, no CORS for other
 * origins, and GraphQL requests a page on another site could forge (a GET, a form post) refused.
 */
import { consoleDir } from '../server/http/console';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
let base: string;
let intakePage: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
  const [{ intakeToken }] = await server.db.query("SELECT intakeToken FROM assignment WHERE stage = 'INQUIRY' ORDER BY id LIMIT 1");
  intakePage = `${base}/intake/${intakeToken}`;
});
afterAll(() => server.close());

const graphql = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(server.url, { method: 'POST', headers, body });

describe('security headers', () => {
  const responses = () => ({
    graphql: graphql(JSON.stringify({ query: '{ __typename }' })),
    'graphql error': graphql('{ not json'),
    health: fetch(`${base}/health`),
    'intake page': fetch(intakePage),
    'intake QR code': fetch(`${intakePage}/qr.svg`),
    ...(consoleDir() ? { console: fetch(`${base}/`) } : {}),
  });

  it('are on every response: a script policy of this origin only, no framing, no sniffing, no referrer, no X-Powered-By', async () => {
    for (const [name, pending] of Object.entries(responses())) {
      const res = await pending;
      const policy = res.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([key, ...values]) => [key, values.join(' ')]),
      );
      expect([name, directives]).toEqual([
        name,
        expect.objectContaining({
          'default-src': "'self'",
          'script-src': "'self'",
          'script-src-attr': "'none'",
          'object-src': "'none'",
          'frame-ancestors': "'none'",
          'form-action': "'self'",
          'connect-src': "'self'",
        }),
      ]);
      expect(policy).not.toMatch(/https:|\*|unsafe-eval|upgrade-insecure-requests/);
      expect([name, res.headers.get('x-content-type-options')]).toEqual([name, 'nosniff']);
      expect([name, res.headers.get('x-frame-options')]).toEqual([name, 'DENY']);
      expect([name, res.headers.get('referrer-policy')]).toEqual([name, 'no-referrer']);
      expect([name, res.headers.get('x-powered-by')]).toEqual([name, null]);
    }
  });
});

describe('another origin', () => {
  const evil = 'https://evil.example';

  it('gets no CORS permission: a preflight is answered without Access-Control-Allow-Origin', async () => {
    for (const path of ['/graphql', '/documents/assignments/1/notice.docx', '/health']) {
      const res = await fetch(`${base}${path}`, {
        method: 'OPTIONS',
        headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
      expect([path, res.headers.get('access-control-allow-origin'), res.headers.get('access-control-allow-credentials')]).toEqual([
        path,
        null,
        null,
      ]);
    }
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { origin: evil, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('cannot run an operation by a link, an image or a form: GET and text/plain posts are refused', async () => {
    const query = encodeURIComponent('{ __typename }');
    const byLink = await fetch(`${server.url}?query=${query}`);
    expect(byLink.status).toBe(400);
    expect(await byLink.text()).toMatch(/Cross-Site Request Forgery/);

    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const byForm = await graphql(JSON.stringify({ query: '{ __typename }' }), { 'content-type': type });
      expect([type, byForm.status]).toEqual([type, 400]);
    }

    const asJson = await graphql(JSON.stringify({ query: '{ __typename }' }));
    expect(asJson.status).toBe(200);
    expect(await asJson.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
