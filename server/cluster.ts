/**
 * WORKERS > 1: this process is the primary. It has done the one-time work already (configuration,
 * connection, migrations, the demo on first start); it forks the workers, which serve the same port
 * (node:cluster hands each new connection to one of them) and serves nothing itself. Work that
 * must happen once per deployment stays here: the announcement, the demo-logins banner, the
 * gathering of the workers' metrics for a scrape, and the audit checkpoints, whose last one is
 * written once every worker has stopped, after the last write.
 */
import cluster, { type Worker } from 'node:cluster';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { gatherMetricsForWorkers } from './http/metrics';
import type { AuditCheckpoints } from './modules/audit/checkpoint';
import { log } from './observability/log';
import { SHUTDOWN_GRACE_MS, type FromWorker } from './serve';

/** Workers that stop unexpectedly are replaced, but no more than this many within `CRASH_WINDOW_MS`: past it, something is wrong that a restart does not mend. */
export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 60_000;

export interface PrimaryOptions {
  /** The file each worker runs: the server's entry point, whatever started this process. */
  exec: string;
  checkpoints: AuditCheckpoints;
  /** Logs that the server listens and prints the demo logins, once all workers listen. */
  announce: () => void;
}

export function runPrimary(config: Config, db: DataSource, { exec, checkpoints, announce }: PrimaryOptions): void {
  cluster.setupPrimary({ exec });
  const listening = new Set<number>();
  let announced = false;
  let stopping = false;
  let failing = false;
  let cleanExits = true;
  const crashes: number[] = [];

  const finish = async (code: number) => {
    try {
      // After the last worker's last write: the final checkpoint covers everything they wrote.
      if (announced) await checkpoints.stop();
    } catch (error) {
      log({ level: 'error', msg: 'shutdown step failed', error: String(error) });
      code = 1;
    }
    if (db.isInitialized) await db.destroy().catch(() => undefined);
    log({ level: 'info', msg: 'all workers stopped', exitCode: code });
    process.exit(code);
  };

  const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());

  /** Stops the workers the way `signal` stops one: each drains and exits. */
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    const workers = alive();
    if (workers.length === 0) return void finish(cleanExits ? 0 : 1);
    for (const worker of workers) worker.process.kill(signal);
    const drainMs = config.shutdownDrainSeconds * 1000;
    setTimeout(
      () => {
        log({ level: 'error', msg: 'workers still running long after the shutdown began are killed', workers: alive().length });
        for (const worker of alive()) worker.process.kill('SIGKILL');
        process.exit(1);
      },
      drainMs + SHUTDOWN_GRACE_MS + 10_000,
    ).unref();
  };

  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (message: FromWorker) => {
      if (message?.kind === 'listening') {
        listening.add(worker.id);
        if (!announced && listening.size >= config.workers) {
          announced = true;
          announce();
          checkpoints.start();
        }
      } else if (message?.kind === 'cannot-listen' && !failing) {
        // Every worker meets the same taken port; it is reported once.
        failing = true;
        stopping = true;
        process.stderr.write(message.text);
        for (const other of alive()) other.process.kill('SIGKILL');
        void finish(1);
      }
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    if (failing) return;
    if (stopping) {
      if (code !== 0) {
        cleanExits = false;
        log({ level: 'error', msg: 'worker did not stop cleanly', worker: worker.id, workerPid: worker.process.pid, code, signal });
      }
      if (alive().length === 0) void finish(cleanExits ? 0 : 1);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes[0] <= now - CRASH_WINDOW_MS) crashes.shift();
    log({ level: 'error', msg: 'worker stopped unexpectedly', worker: worker.id, workerPid: worker.process.pid, code, signal });
    if (crashes.length > MAX_CRASHES) {
      process.stderr.write(
        `workers keep stopping: ${crashes.length} stopped unexpectedly within ${CRASH_WINDOW_MS / 1000} seconds, the last with ${signal ?? `exit code ${code}`}; the server stops (the log above says why)\n`,
      );
      cleanExits = false;
      stopAll('SIGTERM');
      return;
    }
    fork();
  });

  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      // A second signal means "now".
      for (const worker of alive()) worker.process.kill('SIGKILL');
      process.exit(1);
    }
    signalled = true;
    log({ level: 'info', msg: 'stopping workers', signal, workers: alive().length });
    stopAll(signal);
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  gatherMetricsForWorkers(() => alive().filter((w) => listening.has(w.id)));
  for (let i = 0; i < config.workers; i++) fork();
}
