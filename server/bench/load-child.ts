/**
 * The load generator in a process of its own, so that on a machine with few cores it is visible
 * (and reported) how much of them it takes from the server it drives: the parent sends one
 * {@link LoadJob}, this process runs it with autocannon and answers one {@link LoadDone}, then exits.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { throughput, type Operation, type Throughput } from './measure';

export interface LoadJob {
  url: string;
  calls: Array<{ operation: Operation; token?: string }>;
  connections: number;
  seconds: number;
}

export type LoadDone = { result: Throughput } | { error: string };

/** Runs `job` in a child process (this file, compiled or not, as the parent runs) and returns what it measured. */
export async function throughputInChild(job: LoadJob): Promise<Throughput> {
  const child = fork(__filename, [], { execArgv: __filename.endsWith('.ts') ? ['-r', '@swc-node/register'] : [], stdio: 'inherit' });
  const done = once(child, 'message') as Promise<[LoadDone]>;
  child.send(job);
  const [message] = await done;
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  if ('error' in message) throw new Error(`the load generator failed: ${message.error}`);
  return { ...message.result, generator: 'child process' };
}

if (require.main === module)
  process.once('message', (job: LoadJob) => {
    throughput(job.url, job.calls, job.connections, job.seconds).then(
      (result) => process.send!({ result } satisfies LoadDone, () => process.disconnect()),
      (error: Error) => process.send!({ error: error.stack ?? error.message } satisfies LoadDone, () => process.disconnect()),
    );
  });
