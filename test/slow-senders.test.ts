/**
 * Clients that send a request a byte at a time hold a socket, and a request's slot in the server,
 * for as long as the server waits. They are cut once the whole request has not arrived within the
 * server's limit (its headers within the headers limit), while clients that send normally are
 * served throughout.
 */
import net from 'node:net';
import { httpTimeouts } from '../server/http/timeouts';
import { startTestServer, type TestServer } from './support/harness';

const DEADLINE_SECONDS = 2;
const SLOW_CLIENTS = 50;
/** A socket the server has not cut by then is reported as held, rather than waited for. */
const GIVE_UP_MS = 10_000;

let server: TestServer;
let host: string;
let port: number;

beforeAll(async () => {
  server = await startTestServer({ requestTimeoutSeconds: DEADLINE_SECONDS });
  const url = new URL(server.url);
  host = url.hostname;
  port = Number(url.port);
});
afterAll(async () => {
  await server?.close();
});

interface Held {
  ms: number;
  /** The first line the server sent before closing, if any (e.g. `HTTP/1.1 408 Request Timeout`). */
  answer: string;
}

/**
 * Opens a connection and sends `head` whole, then `trickle` one byte every `everyMs`: resolves
 * when the server closes the connection, with how long it was held.
 */
function slowSender(head: string, trickle: string, everyMs: number): Promise<Held> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, host);
    let received = '';
    let next = 0;
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ ms: Date.now() - started, answer: received.split('\r\n', 1)[0] });
    };
    const giveUp = setTimeout(done, GIVE_UP_MS);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', done);
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (next < trickle.length && !socket.destroyed) socket.write(trickle[next++]);
      }, everyMs);
    });
  });
}

const BODY = JSON.stringify({ query: '{ bodies(page: { take: 1 }) { totalCount } }' });
const bodyHead = `POST /graphql HTTP/1.1\r\nHost: ${'127.0.0.1'}\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`;
const headersOnly = `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(200)}\r\n\r\n`;

describe('clients that send a byte at a time', () => {
  it('are cut within the limits while normal clients are served', async () => {
    const limits = httpTimeouts(DEADLINE_SECONDS);
    const token = await server.tokenFor('analyst');
    const started = Date.now();
    // Most trickle a body after complete headers; some trickle the headers themselves.
    const senders = Array.from({ length: SLOW_CLIENTS }, (_, i) =>
      i % 5 === 4 ? slowSender('', headersOnly, 50) : slowSender(bodyHead, BODY, 100),
    );

    const normal: number[] = [];
    const failures: string[] = [];
    const serving = (async () => {
      while (Date.now() - started < limits.requestTimeoutMs + 1000) {
        const t = Date.now();
        const res = await server.gql('{ bodies(page: { take: 5 }) { totalCount } }', {}, token);
        normal.push(Date.now() - t);
        if (res.status !== 200 || res.errors) failures.push(JSON.stringify(res));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    const held = await Promise.all(senders);
    await serving;
    const longest = Math.max(...held.map((h) => h.ms));
    const slowestNormal = Math.max(...normal);
    process.stdout.write(
      `${SLOW_CLIENTS} slow senders: held ${Math.min(...held.map((h) => h.ms))}–${longest} ms (limits: headers ${limits.headersTimeoutMs} ms, ` +
        `whole request ${limits.requestTimeoutMs} ms); answers: ${[...new Set(held.map((h) => h.answer))].join(', ')}; ` +
        `${normal.length} normal requests meanwhile, slowest ${slowestNormal} ms\n`,
    );

    expect(failures).toEqual([]);
    expect(normal.length).toBeGreaterThan(5);
    expect(slowestNormal).toBeLessThan(1000);
    for (const h of held) {
      expect(h.ms).toBeLessThan(limits.requestTimeoutMs + limits.checkEveryMs + 500);
      expect(h.answer).toBe('HTTP/1.1 408 Request Timeout');
    }
  }, 30_000);

  it('keeps an idle connection open no longer than the keep-alive limit', async () => {
    const limits = httpTimeouts(DEADLINE_SECONDS);
    const held = await new Promise<number>((resolve) => {
      const socket = net.connect(port, host);
      let started = 0;
      socket.on('connect', () => socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
      socket.once('data', () => (started = Date.now()));
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => undefined);
      setTimeout(() => socket.destroy(), GIVE_UP_MS).unref();
    });
    expect(held).toBeGreaterThanOrEqual(limits.keepAliveTimeoutMs - 100);
    // Node closes a second after the timeout it advertises (Keep-Alive: timeout=5), so that a client never reuses a closing socket.
    expect(held).toBeLessThan(limits.keepAliveTimeoutMs + 1500);
  }, 30_000);
});
