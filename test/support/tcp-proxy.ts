/**
 * A TCP proxy between the server and its database, for tests of what clients see when the
 * database goes away: `cut()` drops every connection and refuses new ones, as a database server
 * that stopped or a network that failed; `restore()` lets connections through again.
 */
import net from 'node:net';
import type { DatabaseConfig } from '../../server/config';

export interface TcpProxy {
  /** The port the proxy listens on (the same after a restore). */
  port: number;
  /** Drops every open connection and stops accepting new ones. */
  cut(): Promise<void>;
  /**
   * Cuts as soon as the client sends bytes that contain `text`, which never reach the database:
   * for example a transaction's COMMIT, so that everything before it was executed but not kept.
   * Resolves when the cut has happened.
   */
  cutOnSend(text: string): Promise<void>;
  /** Accepts and forwards connections again. */
  restore(): Promise<void>;
  close(): Promise<void>;
  /**
   * The database stops answering without closing anything, as behind a network that holds packets
   * or a server frozen under load: connections stay open and new ones are accepted, but no byte
   * passes either way. What is sent meanwhile is held, as TCP would keep retransmitting it.
   */
  silence(): void;
  /** Delivers what was held, in order, and lets bytes pass again. */
  unsilence(): void;
  /**
   * Goes silent as soon as the client sends bytes that contain `text`, which are held with
   * everything after them: for a statement, the database never sees it (until `unsilence`), and
   * the client never hears back. Resolves when the silence has begun.
   */
  silenceOnSend(text: string): Promise<void>;
  /**
   * Lets the bytes that contain `text` reach the database, then cuts before its answer can come
   * back: for a transaction's COMMIT, the change is kept but the server never hears so.
   * Resolves when the cut has happened.
   */
  cutAfterSend(text: string): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let trigger: { text: Buffer; fire: () => void } | null = null;
  let silent = false;
  /** What was sent while silent, to deliver in order once it ends. */
  let held: Array<() => void> = [];
  let silenceTrigger: { text: Buffer; fire: () => void } | null = null;
  let passThenCut: { text: Buffer; fire: () => void } | null = null;

  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      // Either side failing ends both, as a broken network would.
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk) => {
      if (silenceTrigger && chunk.includes(silenceTrigger.text)) silenceTrigger.fire();
      if (silent) return void held.push(() => !upstream.destroyed && upstream.write(chunk));
      if (passThenCut && chunk.includes(passThenCut.text)) {
        upstream.write(chunk);
        return passThenCut.fire();
      }
      if (trigger && chunk.includes(trigger.text)) return trigger.fire();
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (silent) return void held.push(() => !client.destroyed && client.write(chunk));
      client.write(chunk);
    });
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });

  const cut = async () => {
    trigger = null;
    const stopped = server.listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const socket of open) socket.destroy();
    await stopped;
  };

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    cut,
    cutOnSend(text) {
      return new Promise<void>((resolve) => {
        trigger = { text: Buffer.from(text), fire: () => void cut().then(resolve) };
      });
    },
    async restore() {
      trigger = null;
      if (!server.listening) await listen(port);
    },
    close: cut,
    silence() {
      silent = true;
    },
    silenceOnSend(text) {
      return new Promise<void>((resolve) => {
        silenceTrigger = {
          text: Buffer.from(text),
          fire: () => {
            silenceTrigger = null;
            silent = true;
            resolve();
          },
        };
      });
    },
    unsilence() {
      silenceTrigger = null;
      silent = false;
      const deliveries = held;
      held = [];
      for (const deliver of deliveries) deliver();
    },
    cutAfterSend(text) {
      return new Promise<void>((resolve) => {
        passThenCut = {
          text: Buffer.from(text),
          fire: () => {
            passThenCut = null;
            void cut().then(resolve);
          },
        };
      });
    },
  };
}

/** A proxy in front of the database server that `databaseUrl` names. */
export function startProxyFor(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  return startTcpProxy({ host: target.hostname, port: Number(target.port || 3306) });
}

/** For `startTestServer`'s `connectVia`: the database reached through `proxy` instead of directly. */
export function viaProxy(proxy: TcpProxy): (database: DatabaseConfig) => DatabaseConfig {
  return (database) => {
    const url = new URL(database.url);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    return { ...database, url: url.toString() };
  };
}
