/**
 * A TCP proxy between the server and its database, for tests of what clients see when the
 * database goes away: `cut()` drops every connection and refuses new ones, as a database server
 * that stopped or a network that failed; `restore()` lets connections through again.
 */
import net from 'node:net';

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
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let trigger: { text: Buffer; fire: () => void } | null = null;

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
      if (trigger && chunk.includes(trigger.text)) return trigger.fire();
      upstream.write(chunk);
    });
    upstream.pipe(client);
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
  };
}
