/**
 * `npm start` as an operator runs it, in a copy of the project (its own dist, the same
 * node_modules): a configuration mistake is reported before any build, a start with an up-to-date
 * dist builds nothing, a change rebuilds only the part it belongs to, and SIGTERM to npm stops the
 * server cleanly. Prints the times measured.
 *
 * @database-independent
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './support/free-port';

const PROJECT = join(__dirname, '..');
const COPIED = [
  'server',
  'shared',
  'admin',
  'schema',
  'scripts',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];

let copy: string;
const running = new Set<ChildProcess>();

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'start-up-'));
  for (const path of COPIED) cpSync(join(PROJECT, path), join(copy, path), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(copy, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the milliseconds until the server listens, or the exit code if it stops before. */
  ready: Promise<{ listeningAfterMs?: number; exitCode?: number | null }>;
  exited: Promise<number | null>;
}

/** Runs `npm <args>` in the copy, without NODE_ENV, as an operator would. */
function npm(args: string[], env: NodeJS.ProcessEnv): Started {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(copy, 'data'), ...env };
  delete childEnv.NODE_ENV;
  delete childEnv.JEST_WORKER_ID;
  const started = Date.now();
  const child = spawn('npm', args, { cwd: copy, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const ready = new Promise<{ listeningAfterMs?: number; exitCode?: number | null }>((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"listening"')) resolve({ listeningAfterMs: Date.now() - started });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then((exitCode) => resolve({ exitCode }));
  });
  return { child, output: () => output, ready, exited };
}

/** Starts `npm start`, waits until it listens, then stops it with SIGTERM to npm as an orchestrator would. */
async function startAndStop(env: NodeJS.ProcessEnv = {}) {
  // The embedded SQLite file, whatever database the suite itself runs on.
  const run = npm(['start'], { PORT: String(await freePort()), DATABASE_URL: '', ...env });
  const ready = await run.ready;
  expect(ready).toMatchObject({ listeningAfterMs: expect.any(Number) });
  const signalled = Date.now();
  run.child.kill('SIGTERM');
  const code = await run.exited;
  return { ms: ready.listeningAfterMs!, output: run.output(), code, stopMs: Date.now() - signalled };
}

const BAD_CONFIGURATION = {
  DATABASE_URL: 'mariadb://root@127.0.0.1:3306/inspection',
  TOKEN_SECRET: '',
  AUDIT_KEY: 'an-audit-key-long-enough-for-the-check-0123456789',
};

it('reports a configuration mistake within seconds, before building anything', async () => {
  expect(existsSync(join(copy, 'dist'))).toBe(false);
  const started = Date.now();
  const run = npm(['start'], BAD_CONFIGURATION);
  const code = await run.exited;
  const ms = Date.now() - started;
  console.log(`configuration error reported after ${ms} ms (nothing built yet)`);
  expect(code).not.toBe(0);
  expect(run.output()).toContain('configuration error: TOKEN_SECRET must be set when DATABASE_URL points at a database server');
  expect(run.output()).not.toMatch(/building/);
  expect(existsSync(join(copy, 'dist', 'server'))).toBe(false);
  expect(ms).toBeLessThan(5000);
}, 30_000);

it('builds once, then starts without building while the sources are unchanged, and rebuilds only what changed', async () => {
  const fresh = await startAndStop();
  console.log(`npm start with nothing built: listening after ${fresh.ms} ms`);
  expect(fresh.output).toMatch(/server: building/);
  expect(fresh.output).toMatch(/console: building/);
  // The bundler's notes about "use client" directives in packages are gone; nothing else was lost.
  expect(fresh.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|module level directive/);
  const buildLines = fresh.output.split('\n').filter((line) => !line.startsWith('{') && !line.startsWith('  ')).length;
  console.log(`lines printed by the build: ${buildLines}`);
  expect(buildLines).toBeLessThan(100);
  expect(fresh.code).toBe(0);

  // Touched but unchanged: still up to date (content, not modification times, decides).
  const now = new Date();
  utimesSync(join(copy, 'server', 'main.ts'), now, now);
  const again = await startAndStop({ SHUTDOWN_DRAIN_SECONDS: '1' });
  console.log(`npm start with an up-to-date dist: listening after ${again.ms} ms; stopped ${again.stopMs} ms after SIGTERM to npm`);
  expect(again.output).toContain('server: up to date, not rebuilt');
  expect(again.output).toContain('console: up to date, not rebuilt');
  expect(again.output).not.toMatch(/building/);
  expect(again.ms).toBeLessThan(fresh.ms);
  // npm hands SIGTERM to the server itself, which drains and stops cleanly, and npm waits for it.
  expect(again.output).toContain('"msg":"stopped"');
  expect(again.stopMs).toBeGreaterThanOrEqual(1000);
  expect(again.code).toBe(0);

  // A change to the server alone rebuilds the server alone.
  appendFileSync(join(copy, 'server', 'main.ts'), '\n// changed\n');
  const changed = await startAndStop();
  console.log(`npm start after a server change: listening after ${changed.ms} ms`);
  expect(changed.output).toMatch(/server: building \(sources changed since it was built\)/);
  expect(changed.output).toContain('console: up to date, not rebuilt');
  expect(changed.code).toBe(0);
}, 400_000);
