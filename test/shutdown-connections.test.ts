/**
 * How a graceful shutdown treats the connections it finds: a response after the shutdown began
 * tells the client to close its connection; a kept-alive connection the client may still use is
 * not closed under it when the listener closes; the steps that must reach the database run after
 * the last request and before the database closes.
 */
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { gracefulShutdown, IDLE_CONNECTION_MS, watchConnections } from '../server/http/shutdown';
import { startTestServer, type TestServer } from './support/harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw kept-alive connection, so that nothing but the test decides when a request goes out on it. */
class RawConnection {
  private received = '';
  private ended = false;
  private error: string | undefined;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => (this.received += chunk.toString()));
    socket.on('end', () => (this.ended = true));
    socket.on('close', () => (this.ended = true));
    socket.on('error', (error: NodeJS.ErrnoException) => (this.error = error.code ?? error.message));
  }

  static async open(port: number): Promise<RawConnection> {
    const socket = connect({ host: '127.0.0.1', port });
    await once(socket, 'connect');
    return new RawConnection(socket);
  }

  /** Sends a GET and waits for its whole answer; the status line and headers, or what went wrong. */
  async get(path: string): Promise<{ status: number; connection: string | undefined } | { failed: string }> {
    this.received = '';
    this.socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
    for (let i = 0; i < 200; i++) {
      const head = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n/.exec(this.received);
      const length = head && /content-length: (\d+)/i.exec(head[2]);
      if (head && length && this.received.length >= head[0].length + Number(length[1])) {
        return { status: Number(head[1]), connection: /^connection: (.*)$/im.exec(head[2])?.[1] };
      }
      if (this.error || this.ended) return { failed: this.error ?? 'closed by the server' };
      await sleep(10);
    }
    return { failed: 'no answer' };
  }

  destroy(): void {
    this.socket.destroy();
  }
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = connect({ host: '127.0.0.1', port });
    probe.once('connect', () => {
      probe.destroy();
      resolve(false);
    });
    probe.once('error', () => resolve(true));
  });

let server: TestServer | undefined;
afterEach(() => server?.close());

async function watchedServer(): Promise<{ server: TestServer; port: number }> {
  server = await startTestServer({ demo: false });
  watchConnections(server.http);
  return { server, port: Number(new URL(server.url).port) };
}

it('answers after the shutdown began with Connection: close, and serves a kept-alive connection still in use when the listener closes', async () => {
  const { server, port } = await watchedServer();
  const early = await RawConnection.open(port);
  expect(await early.get('/health')).toEqual({ status: 200, connection: 'keep-alive' });

  const stopped = gracefulShutdown(server.http, server.app, server.db, { drainMs: 300 });
  // During the drain: answered, and told to go elsewhere for the next request.
  const during = await RawConnection.open(port);
  expect(await during.get('/health')).toEqual({ status: 200, connection: 'close' });

  // The early connection was last used before the signal, with the promise to keep it open: its
  // client may send its next request on it just as the listener closes. The request is answered
  // rather than met with a reset (which the client could not tell from a request lost in the server).
  while (!(await refusesConnections(port))) await sleep(10);
  expect(await early.get('/health')).toEqual({ status: 200, connection: 'close' });
  expect(await stopped).toMatchObject({ unfinished: 0, cutOff: 0 });
  early.destroy();
  during.destroy();
});

it('closes a kept-alive connection left idle for a second once the listener has closed', async () => {
  const { server, port } = await watchedServer();
  const idle = await RawConnection.open(port);
  expect(await idle.get('/health')).toMatchObject({ status: 200 });
  const lastUsed = Date.now();
  const report = await gracefulShutdown(server.http, server.app, server.db, { drainMs: 100 });
  // Not Node's five seconds of keep-alive: the idle connection does not hold the shutdown up.
  expect(Date.now() - lastUsed).toBeGreaterThanOrEqual(IDLE_CONNECTION_MS - 10);
  expect(Date.now() - lastUsed).toBeLessThan(IDLE_CONNECTION_MS + 1000);
  expect(await idle.get('/health')).toEqual({ failed: 'closed by the server' });
  expect(report).toMatchObject({ unfinished: 0, cutOff: 0 });
  idle.destroy();
});

it('runs the steps before the database closes after the last request, in order, past a failing one', async () => {
  const { server, port } = await watchedServer();
  const steps: string[] = [];
  const connection = await RawConnection.open(port);
  await connection.get('/health');
  const report = await gracefulShutdown(server.http, server.app, server.db, {
    beforeDatabaseClose: [
      async () => {
        steps.push(`checkpoint: listening ${server.http.listening}, database open ${server.db.isInitialized}`);
        await server.db.query('SELECT 1');
      },
      async () => {
        throw new Error('a step that fails');
      },
      async () => void steps.push(`after the failure: database open ${server.db.isInitialized}`),
    ],
  });
  expect(steps).toEqual(['checkpoint: listening false, database open true', 'after the failure: database open true']);
  expect(server.db.isInitialized).toBe(false);
  expect(report.unfinished).toBe(0);
  connection.destroy();
});
