import { createServer, type AddressInfo } from 'node:net';

/** A port nothing listens on now, for a server the test starts as a process of its own. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
