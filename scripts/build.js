'use strict';
/**
 * Builds the API server (tsc → dist/server, and the shared/ code it imports → dist/shared) and the
 * console (Vite → dist/admin), each only when it is out of date: when the content of what it is
 * built from differs from what the last successful build of it was made from (recorded in
 * dist/.build). Plain JavaScript, so that it runs before anything is built.
 *
 *   node scripts/build.js [--force] [--quiet] [server] [console]
 *
 * Without a part named, both; --force builds even what is up to date; --quiet leaves out Vite's
 * list of files.
 *
 * The build tools (TypeScript, Vite) are dev dependencies. A production install (`npm ci
 * --omit=dev`, or `npm prune --omit=dev` after a build) has none, so it runs what dist holds as it
 * is, and says so; a part it would need to build and cannot is an error naming the way out.
 */
const { createHash } = require('node:crypto');
const { spawn } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ROOT = join(__dirname, '..');
const STATE_DIR = join(ROOT, 'dist', '.build');
/** Written by the Vite build (vite.config.ts): the project's own files the console bundle was made of. */
const CONSOLE_INPUTS = join(STATE_DIR, 'console-inputs.json');

/** Every file under `dir` (relative to the project), or none when it does not exist. */
function filesUnder(dir, { recursive = true } = {}) {
  const absolute = join(ROOT, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(join(ROOT, path)).isFile());
}

/** One digest of the files' names and contents: it changes when a file is added, removed, renamed or edited. */
function digest(paths) {
  const hash = createHash('sha256');
  for (const path of [...new Set(paths)].sort()) {
    hash.update(path).update('\0');
    hash.update(existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path)) : 'missing').update('\0');
  }
  return hash.digest('hex');
}

const DEPENDENCIES = ['package-lock.json'];

/**
 * The console is made of admin/** and the few project files outside it that the bundle imports
 * (shared/, the query examples of schema/): the last build recorded which. Their folders are
 * read whole, so that a file added beside them (a new query example) counts too.
 */
function consoleInputs() {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(CONSOLE_INPUTS, 'utf8'));
  } catch {
    return null;
  }
  const outside = recorded.filter((path) => !path.startsWith('admin/'));
  const folders = [...new Set(outside.map((path) => dirname(path)))];
  return [
    ...filesUnder('admin'),
    ...folders.flatMap((folder) => filesUnder(folder, { recursive: false })),
    'vite.config.ts',
    ...DEPENDENCIES,
  ];
}

const PARTS = {
  server: {
    output: join(ROOT, 'dist', 'server', 'main.js'),
    tool: join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    inputs: () => [...filesUnder('server'), ...filesUnder('shared'), 'tsconfig.json', 'tsconfig.build.json', ...DEPENDENCIES],
    hasSources: () => existsSync(join(ROOT, 'server')),
    command: () => {
      // Compiled afresh, so that a source removed since leaves no compiled file behind.
      for (const dir of ['server', 'shared']) rmSync(join(ROOT, 'dist', dir), { recursive: true, force: true });
      return [PARTS.server.tool, '-p', 'tsconfig.build.json'];
    },
  },
  console: {
    output: join(ROOT, 'dist', 'admin', 'index.html'),
    tool: join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    inputs: consoleInputs,
    hasSources: () => existsSync(join(ROOT, 'admin')),
    command: (quiet) => [PARTS.console.tool, 'build', ...(quiet ? ['--logLevel', 'warn'] : [])],
  },
};

const stampOf = (name) => join(STATE_DIR, `${name}.json`);

/** Why `name` must be built, or null when dist holds a build of exactly its current sources. */
function reasonToBuild(name) {
  const part = PARTS[name];
  if (!existsSync(part.output)) return 'not built yet';
  if (!part.hasSources()) return null; // a release without sources runs what it was given
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampOf(name), 'utf8'));
  } catch {
    return 'no record of what it was built from';
  }
  const inputs = part.inputs();
  if (!inputs) return 'no record of what it was built from';
  return stamp.inputs === digest(inputs) ? null : 'sources changed since it was built';
}

/** Whether `name` can be built here: its build tool is a dev dependency. */
const canBuild = (name) => existsSync(PARTS[name].tool);

/** Whether dist's `name` is what will run: built from the current sources, or all there is where it cannot be built. */
function runsAsBuilt(name) {
  return !reasonToBuild(name) || (!canBuild(name) && existsSync(PARTS[name].output));
}

function cannotBuild(names) {
  const tools = names.map((name) => ({ server: 'TypeScript', console: 'Vite' })[name]);
  return new Error(
    `cannot build the ${names.join(' and ')}: ${tools.join(' and ')}, ${tools.length > 1 ? 'dev dependencies, are' : 'a dev dependency, is'} not installed. ` +
      'Build with the dev dependencies installed (npm ci && npm run build), then leave them out (npm prune --omit=dev).',
  );
}

/** Children still running, stopped if this process is told to stop. */
const running = new Set();

function run(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    running.add(child);
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function onStopSignal(signal) {
  for (const child of running) child.kill(signal);
  process.exit(1);
}

/**
 * Builds the parts that are out of date (all of `names` with `force`), at the same time. Resolves
 * to the names built; rejects when a build fails.
 */
async function build(names = Object.keys(PARTS), { force = false, quiet = false, log = (line) => process.stdout.write(line + '\n') } = {}) {
  const due = [];
  for (const name of names) {
    const reason = force ? 'asked for' : reasonToBuild(name);
    if (!reason) log(`${name}: up to date, not rebuilt`);
    else if (!force && runsAsBuilt(name)) log(`${name}: ${reason}, but its build tools are not installed: running the build in dist`);
    else due.push({ name, reason });
  }
  const unbuildable = due.filter((p) => !canBuild(p.name)).map((p) => p.name);
  if (unbuildable.length) throw cannotBuild(unbuildable);
  if (!due.length) return [];
  process.on('SIGINT', onStopSignal).on('SIGTERM', onStopSignal);
  try {
    const results = await Promise.all(
      due.map(async ({ name, reason }) => {
        log(`${name}: building (${reason})…`);
        const started = Date.now();
        const part = PARTS[name];
        // Vite notes that a TypeScript config file will need to be an ES module in a later major; nothing to act on today.
        const code = await run(part.command(quiet), { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' });
        if (code !== 0) return { name, ok: false };
        const inputs = part.inputs();
        mkdirSync(STATE_DIR, { recursive: true });
        writeFileSync(stampOf(name), JSON.stringify({ inputs: digest(inputs), builtAt: new Date().toISOString() }) + '\n');
        log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return { name, ok: true };
      }),
    );
    const failed = results.filter((r) => !r.ok).map((r) => r.name);
    if (failed.length) throw new Error(`the build of ${failed.join(' and ')} failed (see above)`);
    return due.map((p) => p.name);
  } finally {
    process.off('SIGINT', onStopSignal).off('SIGTERM', onStopSignal);
    for (const child of running) child.kill();
  }
}

module.exports = { build, canBuild, runsAsBuilt, ROOT };

if (require.main === module) {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !PARTS[name]);
  if (unknown.length) {
    process.stderr.write(`unknown part ${unknown.join(', ')}: the parts are ${Object.keys(PARTS).join(' and ')}\n`);
    process.exit(2);
  }
  build(names.length ? names : undefined, { force: args.includes('--force'), quiet: args.includes('--quiet') }).catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
