import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { DataSource } from 'typeorm';
import type { App } from '../app';
import { log } from '../observability/log';

export interface ShutdownOptions {
  /** How long to keep taking requests after `/ready` turns 503, for load balancers to notice. */
  drainMs?: number;
  /** How long requests in flight may take to finish before their connections are closed anyway. */
  graceMs?: number;
  /** Work that must still reach the database after the last request (a final audit checkpoint), run in order before it closes. */
  beforeDatabaseClose?: Array<() => Promise<void>>;
}

/** What a shutdown did, as it is logged when the server has stopped. */
export interface ShutdownReport {
  /** Requests being served when the shutdown began. */
  inFlightAtSignal: number;
  /** Requests answered from the start of the shutdown on (those in flight included). */
  answeredDuringShutdown: number;
  /** Responses whose connection closed before they were complete (cut off, or abandoned by the client). */
  unfinished: number;
  /** Connections still open when the grace period ended, closed anyway. */
  cutOff: number;
  /** Milliseconds from the start of the shutdown until the database was closed. */
  ms: number;
}

/**
 * A kept-alive connection without a request for this long is closed once the server has stopped
 * listening. A client that sends one request after another sends the next within milliseconds of
 * the last answer, so closing a connection idle this long cannot cut off a request on its way; a
 * shorter wait would (the reset arrives as the request is sent, before the server has read it).
 */
export const IDLE_CONNECTION_MS = 1000;

const SWEEP_INTERVAL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ConnectionState {
  requests: number;
  idleSince: number;
}

/**
 * Every connection of a server and the requests on it, so that a shutdown knows which connections
 * are idle and for how long, and can have every response from then on close its connection.
 */
export class ConnectionWatch {
  private readonly connections = new Map<Socket, ConnectionState>();
  private readonly responses = new Set<ServerResponse>();
  private closing = false;
  private answered = 0;
  private unfinishedCount = 0;

  constructor(server: Server) {
    server.on('connection', (socket: Socket) => this.stateOf(socket));
    // First in line, so that the header is set before the application can answer.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => this.onRequest(req, res));
  }

  private stateOf(socket: Socket): ConnectionState {
    let state = this.connections.get(socket);
    if (!state) {
      this.connections.set(socket, (state = { requests: 0, idleSince: Date.now() }));
      socket.once('close', () => this.connections.delete(socket));
    }
    return state;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const state = this.stateOf(req.socket);
    state.requests++;
    this.responses.add(res);
    if (this.closing) res.setHeader('Connection', 'close');
    res.once('close', () => {
      state.requests--;
      state.idleSince = Date.now();
      this.responses.delete(res);
      if (!res.writableFinished) this.unfinishedCount++;
      else if (this.closing) this.answered++;
    });
  }

  /**
   * From now on every response closes its connection, telling the client not to send another
   * request on it: the ones not yet started as well as the ones in flight whose headers are unsent.
   * Returns how many requests are in flight.
   */
  closeAfterEachResponse(): number {
    this.closing = true;
    for (const res of this.responses) if (!res.headersSent) res.setHeader('Connection', 'close');
    return this.responses.size;
  }

  /**
   * Closes the connections that carry no request and have been idle for at least `idleMs`. A
   * request may already wait in such a socket, unread because the event loop was busy: the decision
   * is made after the next poll phase (where setImmediate runs), which reads it and makes the
   * connection busy.
   */
  closeIdle(idleMs: number, now = Date.now()): void {
    const idle = [...this.connections].filter(([, state]) => state.requests === 0 && now - state.idleSince >= idleMs);
    if (idle.length === 0) return;
    setImmediate(() => {
      for (const [socket, state] of idle) if (state.requests === 0) socket.destroy();
    });
  }

  get open(): number {
    return this.connections.size;
  }

  get answeredSinceClosing(): number {
    return this.answered;
  }

  get unfinished(): number {
    return this.unfinishedCount;
  }
}

const watches = new WeakMap<Server, ConnectionWatch>();

/**
 * Starts watching a server's connections, for `gracefulShutdown`: call it as soon as the server is
 * created, before it takes any.
 */
export function watchConnections(server: Server): ConnectionWatch {
  let watch = watches.get(server);
  if (!watch) watches.set(server, (watch = new ConnectionWatch(server)));
  return watch;
}

/**
 * Stops without failing a request it has accepted:
 * 1. `/ready` answers 503 and every response closes its connection, while requests are still
 *    taken for `drainMs`, so that a load balancer moves traffic away and clients reconnect;
 * 2. the listener closes, so new connections are refused (before any request is read from them);
 *    the connections still open are served: a request arriving on one is answered (and closes it),
 *    and one idle for `IDLE_CONNECTION_MS` is closed;
 * 3. when none is left, or `graceMs` after the listener closed, the GraphQL server stops, the
 *    `beforeDatabaseClose` steps run and the database closes.
 *
 * Node's `server.close()` is not used to stop listening: it also destroys at once every connection
 * without a request in progress, including one on which a client is just sending its next request,
 * which then fails with a reset although the server never read it.
 */
export async function gracefulShutdown(
  server: Server,
  app: Pick<App, 'apollo' | 'readiness'>,
  db: DataSource,
  { drainMs = 0, graceMs = 10_000, beforeDatabaseClose = [] }: ShutdownOptions = {},
): Promise<ShutdownReport> {
  const started = Date.now();
  // A server watched only from now on has connections this shutdown does not know: those are
  // closed as Node's server.close() closes them, as soon as they are idle (with the race that
  // watching from the start avoids).
  const watchedFromStart = watches.has(server);
  const connections = watchConnections(server);
  app.readiness.markShuttingDown();
  const inFlightAtSignal = connections.closeAfterEachResponse();
  if (drainMs > 0) await sleep(drainMs);

  const closed = new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    NetServer.prototype.close.call(server, () => resolve());
  });
  log({ level: 'info', msg: 'not accepting connections', openConnections: connections.open });
  const closeIdle = () => (watchedFromStart ? connections.closeIdle(IDLE_CONNECTION_MS) : server.closeIdleConnections());
  closeIdle();
  const sweep = setInterval(closeIdle, SWEEP_INTERVAL_MS);
  let cutOff = 0;
  const deadline = setTimeout(() => {
    cutOff = connections.open;
    log({ level: 'warn', msg: `requests still running after ${graceMs} ms are cut off`, connections: cutOff });
    server.closeAllConnections();
  }, graceMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(deadline);
  }
  await app.apollo.stop();
  for (const work of beforeDatabaseClose) {
    await work().catch((error: unknown) => log({ level: 'error', msg: 'shutdown step failed', error: String(error) }));
  }
  if (db.isInitialized) await db.destroy();
  const report: ShutdownReport = {
    inFlightAtSignal,
    answeredDuringShutdown: connections.answeredSinceClosing,
    unfinished: connections.unfinished,
    cutOff,
    ms: Date.now() - started,
  };
  log({ level: 'info', msg: 'stopped', ...report });
  return report;
}
