/**
 * The request deadline as the database layer reads it: none outside a request, the time left
 * inside one, and once an answer is streaming (an export), the whole length again for each statement.
 *
 * @database-independent
 */
import express from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { remainingMs, withinDeadline } from '../server/limits/deadline';
import { requestDeadline } from '../server/http/deadline';

describe('the request deadline', () => {
  it('is absent outside a request, and counts down inside one', async () => {
    expect(remainingMs()).toBeUndefined();
    await withinDeadline(1000, async () => {
      expect(remainingMs()).toBeGreaterThan(900);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(remainingMs()).toBeLessThanOrEqual(800);
    });
    await withinDeadline(10, async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(remainingMs()).toBeLessThanOrEqual(0);
    });
  });

  it('gives each statement of an answer already streaming the whole length again', async () => {
    const seen: Array<number | undefined> = [];
    const app = express()
      .use(requestDeadline(1))
      .get('/stream', async (_req, res) => {
        await new Promise((resolve) => setTimeout(resolve, 1100));
        seen.push(remainingMs());
        res.write('first page\n');
        seen.push(remainingMs());
        res.end();
      });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    await (await fetch(`http://127.0.0.1:${port}/stream`)).text();
    server.close();
    expect(seen[0]).toBeLessThanOrEqual(0);
    expect(seen[1]).toBe(1000);
  });
});
