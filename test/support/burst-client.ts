/**
 * A client in a process of its own that sends a burst of sign-ins at once from one loopback address,
 * as an attacker's machine would: none of its work runs on the server's event loop. Started by
 * `startBurstClient()`; each burst reports when its first answer arrives and then every answer.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { signInFrom } from './from-address';

export interface BurstAnswer {
  status: number;
  code?: string;
  retryAfter?: string;
}

interface Burst {
  url: string;
  from: string;
  login: string;
  count: number;
}

type Message = { kind: 'ready' } | { kind: 'first' } | { kind: 'done'; answers: BurstAnswer[] };

export interface BurstClient {
  /** Sends the burst; `underWay` resolves at its first answer, `answers` once all have come. */
  send(burst: Burst): { underWay: Promise<void>; answers: Promise<BurstAnswer[]> };
  stop(): void;
}

export async function startBurstClient(): Promise<BurstClient> {
  const child: ChildProcess = fork(__filename, [], { execArgv: ['-r', '@swc-node/register'], env: { ...process.env, BURST_CLIENT: '1' } });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('error', reject);
  });
  return {
    send(burst) {
      let underWay!: () => void;
      const started = new Promise<void>((resolve) => (underWay = resolve));
      const answers = new Promise<BurstAnswer[]>((resolve) => {
        const listen = (message: Message) => {
          if (message.kind === 'first') underWay();
          if (message.kind === 'done') {
            child.off('message', listen);
            resolve(message.answers);
          }
        };
        child.on('message', listen);
      });
      child.send(burst);
      return { underWay: started, answers };
    },
    stop: () => void child.kill(),
  };
}

if (process.env.BURST_CLIENT === '1' && process.send) {
  const reply = (message: Message) => process.send!(message);
  process.on('message', async ({ url, from, login, count }: Burst) => {
    let first = true;
    const answers = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const answer = await signInFrom(url, from, login, `wrong password ${i}`);
        if (first) reply({ kind: 'first' });
        first = false;
        return { status: answer.status, code: answer.errors?.[0]?.extensions?.code, retryAfter: answer.retryAfter };
      }),
    );
    reply({ kind: 'done', answers });
  });
  process.on('disconnect', () => process.exit(0));
  reply({ kind: 'ready' });
}
