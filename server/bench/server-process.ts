/**
 * The real server, compiled as for production and run in a process of its own, so that what is
 * measured (latency, throughput, memory) is the server's and not the load generator's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseConfig } from '../config';

const BUILD_DIR = resolve('data', 'bench', 'build');
export const SERVER_ENTRY = join(BUILD_DIR, 'server', 'main.js');
export const BARE_SERVER_ENTRY = join(BUILD_DIR, 'server', 'bench', 'bare-server.js');
export const PROBE = join(BUILD_DIR, 'server', 'bench', 'probe.js');

/** Compiles the server with tsc into data/bench/build (not dist/, which others may be using). */
export async function buildServer(): Promise<void> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  const child = spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'exit');
  // Type errors elsewhere in the tree do not stop tsc from emitting; only a missing entry point does.
  if (!existsSync(SERVER_ENTRY)) throw new Error(`building the server failed (tsc exit code ${code}):\n${output}`);
  if (code !== 0)
    process.stdout.write(
      `  (tsc reported type errors but emitted the server; first lines:)\n${output.split('\n').slice(0, 5).join('\n')}\n`,
    );
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** How many processes serve: the one started and all its descendants (the workers of a cluster). */
  processes(): number;
  /** Resident set size now, in bytes, of the process and its descendants. */
  rss(): number;
  /** The highest RSS sampled since start or since the last `resetPeak`. */
  peakRss(): number;
  resetPeak(): void;
  /** What the server wrote to stderr lately, and how it exited if it did: for reporting a failure. */
  lastWords(): string;
  stop(): Promise<void>;
}

/** The process and its descendants, as Linux lists each thread's children. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${tree[i]}/task`))
        for (const child of readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').split(' ').filter(Boolean))
          tree.push(Number(child));
    } catch {
      // The process ended while it was being read.
    }
  }
  return tree;
}

function residentBytes(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'))?.[1];
      total += kb ? Number(kb) * 1024 : 0;
    } catch {
      // As above.
    }
  }
  return total;
}

export interface ServerOptions {
  /** Server processes behind the port (env WORKERS); 1 unless a measure is about more. */
  workers?: number;
  /** Preload the probe (server/bench/probe.ts) and expose the collector to it. */
  probe?: boolean;
}

export async function startServer(
  database: DatabaseConfig,
  port: number,
  tokenSecret: string,
  options: ServerOptions = {},
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'inspection-bench-'));
  const execArgv = options.probe ? ['--expose-gc', '--require', PROBE] : [];
  const child: ChildProcess = spawn(process.execPath, [...execArgv, SERVER_ENTRY], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      WORKERS: String(options.workers ?? 1),
      DATA_DIR: dataDir,
      DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.url}` : database.url,
      TOKEN_SECRET: tokenSecret,
      // The benchmark's databases are reused from run to run: one fixed key seals their trail.
      AUDIT_KEY: process.env.AUDIT_KEY || 'benchmark-audit-key-not-for-real-data-0123456789',
      SEED_DEMO: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return watch(child, port, `http://127.0.0.1:${port}/graphql`, () => rmSync(dataDir, { recursive: true, force: true }));
}

/** The bare server (server/bench/bare-server.ts) on the statements and settings of `specFile`. */
export async function startBareServer(specFile: string, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BARE_SERVER_ENTRY, specFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  return watch(child, port, `http://127.0.0.1:${port}/graphql`, () => undefined);
}

async function watch(child: ChildProcess, port: number, url: string, cleanUp: () => void): Promise<ServerProcess> {
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped at start-up:\n${stderr}`);
    const ready = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the server was not ready within a minute:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  let peak = residentBytes(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 50);
  return {
    url,
    pid,
    processes: () => processTree(pid).length,
    rss: () => residentBytes(pid),
    peakRss: () => Math.max(peak, residentBytes(pid)),
    resetPeak: () => (peak = residentBytes(pid)),
    lastWords: () =>
      `${child.exitCode === null && child.signalCode === null ? 'still running' : `exited (${child.exitCode ?? child.signalCode})`}; stderr:\n${stderr}`,
    async stop() {
      clearInterval(sampler);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      cleanUp();
    },
  };
}
