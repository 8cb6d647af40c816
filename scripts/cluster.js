'use strict';
/**
 * A three-node MariaDB Galera cluster on this machine, for running the suite and the write
 * benchmark against a multi-primary database: `npm run cluster:start`, `npm run cluster:stop`,
 * `node scripts/cluster.js status`.
 *
 * Nodes listen on 127.0.0.1:3307, 3308 and 3309 (root without password, database `test`). Each
 * runs detached in its own process group with its own option file, so that neither the machine's
 * own MariaDB (port 3306, /etc/mysql) nor a terminal closing affects them. The first node
 * bootstraps the cluster; the others join it one at a time, each copying the data by rsync (SST).
 *
 * Data lives in CLUSTER_DIR, by default in memory (/dev/shm/inspection-cluster) where the system
 * offers it: it is scratch data thrown away by `stop`, and Galera keeps a commit durable by
 * replicating it, not by fsync. CLUSTER_USER chooses the system user mariadbd runs as when
 * started by root (`mysql` if it exists, else `root`).
 */
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, chownSync, readdirSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const MARIADBD = process.env.MARIADBD || '/usr/sbin/mariadbd';
const INSTALL_DB = process.env.MARIADB_INSTALL_DB || 'mariadb-install-db';
const CLIENT = process.env.MARIADB_CLIENT || 'mariadb';
const PROVIDER = process.env.WSREP_PROVIDER || '/usr/lib/galera/libgalera_smm.so';
const DIR = process.env.CLUSTER_DIR || join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'inspection-cluster');
const HOST = '127.0.0.1';

/** Ports per node: SQL, Galera replication, incremental state transfer (IST), full state transfer (SST). */
const NODES = [1, 2, 3].map((n) => ({
  n,
  port: 3306 + n,
  galera: 4557 + 10 * n,
  ist: 4558 + 10 * n,
  sst: 4434 + 10 * n,
  dir: join(DIR, `node${n}`),
}));
for (const node of NODES) {
  node.data = join(node.dir, 'data');
  node.cnf = join(node.dir, 'my.cnf');
  node.pidFile = join(node.dir, 'node.pid');
  node.log = join(node.dir, 'mariadbd.log');
  node.socket = join(node.dir, 'mariadbd.sock');
}

/** The cluster's URLs, as the test harness and the benchmark take them (CLUSTER_URLS). */
const CLUSTER_URLS = NODES.map((node) => `mariadb://root@${HOST}:${node.port}/test`).join(',');

const START_TIMEOUT_MS = Number(process.env.CLUSTER_START_TIMEOUT_MS || 180_000);
const STOP_GRACE_MS = 30_000;

function say(text) {
  process.stdout.write(`cluster: ${text}\n`);
}

/** The system user mariadbd runs as: none to choose unless started by root. */
function runAs() {
  if (process.getuid?.() !== 0) return null;
  const wanted = process.env.CLUSTER_USER || (spawnSync('id', ['-u', 'mysql']).status === 0 ? 'mysql' : 'root');
  const uid = Number(spawnSync('id', ['-u', wanted], { encoding: 'utf8' }).stdout);
  const gid = Number(spawnSync('id', ['-g', wanted], { encoding: 'utf8' }).stdout);
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error(`no system user "${wanted}" (CLUSTER_USER)`);
  return { name: wanted, uid, gid };
}

function chownTree(path, user) {
  chownSync(path, user.uid, user.gid);
  if (!statSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), user);
}

function optionFile(node, user) {
  const peers = NODES.map((other) => `${HOST}:${other.galera}`).join(',');
  return `[mysqld]
${user ? `user=${user.name}\n` : ''}datadir=${node.data}
socket=${node.socket}
pid-file=${join(node.dir, 'mariadbd.pidfile')}
log-error=${node.log}
port=${node.port}
bind-address=${HOST}
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=300
performance_schema=OFF
# Small: the machine is shared, and the data is a few test databases.
innodb_buffer_pool_size=128M
innodb_log_file_size=48M
# A commit is durable once it is replicated to the other nodes, so each node need not fsync it.
innodb_flush_log_at_trx_commit=2
# What Galera requires.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=${PROVIDER}
wsrep_cluster_name=inspection-cluster
wsrep_cluster_address=gcomm://${peers}
wsrep_node_name=node${node.n}
wsrep_node_address=${HOST}:${node.galera}
wsrep_node_incoming_address=${HOST}:${node.port}
wsrep_sst_method=rsync
wsrep_sst_receive_address=${HOST}:${node.sst}
wsrep_provider_options="gmcast.listen_addr=tcp://${HOST}:${node.galera};ist.recv_addr=${HOST}:${node.ist};gcache.size=64M"
wsrep_slave_threads=2
# Galera would interleave auto-increment ids over the nodes (1, 4, 7, … on one node). Every write
# here appends to the one audit chain, so two writes on different nodes conflict and one is retried
# anyway: interleaving would prevent no conflict, and ids would stop following each other as they
# do on one server. Two inserts on two nodes that take the same id conflict like any other write.
wsrep_auto_increment_control=OFF
# A single statement outside a transaction (a limit's count, a session's last use) aborted by a
# conflicting write from another node is run again by the node itself, as write() runs a transaction again.
wsrep_retry_autocommit=4
auto_increment_increment=1
auto_increment_offset=1
`;
}

function pidOf(node) {
  if (!existsSync(node.pidFile)) return null;
  const pid = Number(readFileSync(node.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs SQL on a node over TCP as root; null if the node does not answer. */
function sql(node, statement, { socket = false } = {}) {
  const target = socket ? [`--socket=${node.socket}`] : [`--host=${HOST}`, `--port=${node.port}`, '--protocol=tcp'];
  const result = spawnSync(CLIENT, ['--no-defaults', '-uroot', ...target, '--connect-timeout=2', '-N', '-B', '-e', statement], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return result.status === 0 ? result.stdout : null;
}

/** `wsrep_%` status of a node, or null when it does not answer. */
function wsrepStatus(node, options) {
  const out = sql(node, "SHOW GLOBAL STATUS LIKE 'wsrep_%'", options);
  if (out === null) return null;
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((line) => line.split('\t')),
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the node is a synced member of a cluster of `size`; fails early if it exits. */
async function waitUntilSynced(node, size, options) {
  const until = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const pid = pidOf(node);
    if (!pid || !alive(pid)) throw new Error(`node ${node.n} exited while starting; see ${node.log}:\n${tail(node.log)}`);
    const status = wsrepStatus(node, options);
    if (
      status &&
      status.wsrep_ready === 'ON' &&
      Number(status.wsrep_cluster_size) >= size &&
      status.wsrep_local_state_comment === 'Synced'
    ) {
      return;
    }
    if (Date.now() > until) throw new Error(`node ${node.n} not synced after ${START_TIMEOUT_MS} ms; see ${node.log}:\n${tail(node.log)}`);
    await sleep(500);
  }
}

function tail(path, lines = 15) {
  return existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n').slice(-lines).join('\n') : '(no log)';
}

function launch(node, user, bootstrap) {
  const out = openSync(join(node.dir, 'console.log'), 'a');
  // Detached: its own process group, untouched by a terminal's signals or this script's exit.
  const child = spawn(MARIADBD, [`--defaults-file=${node.cnf}`, ...(bootstrap ? ['--wsrep-new-cluster'] : [])], {
    detached: true,
    stdio: ['ignore', out, out],
  });
  child.unref();
  writeFileSync(node.pidFile, `${child.pid}\n`);
}

/** How many of the nodes are running (by their PID files). */
function running() {
  return NODES.filter((node) => {
    const pid = pidOf(node);
    return pid !== null && alive(pid);
  });
}

async function start() {
  try {
    await startNodes();
  } catch (error) {
    // A half-started cluster is stopped; its logs stay for reading until the next start.
    await stopNodes();
    throw error;
  }
}

async function startNodes() {
  const up = running();
  if (up.length === NODES.length) {
    const sizes = NODES.map((node) => wsrepStatus(node)?.wsrep_cluster_size ?? '?');
    say(`already running (cluster sizes seen by the nodes: ${sizes.join(', ')}); nothing to do`);
    say(`CLUSTER_URLS=${CLUSTER_URLS}`);
    return;
  }
  if (up.length) {
    throw new Error(
      `only nodes ${up.map((node) => node.n).join(', ')} of ${NODES.length} are running; run "npm run cluster:stop" first, then start again`,
    );
  }
  const user = runAs();
  rmSync(DIR, { recursive: true, force: true });
  for (const node of NODES) {
    mkdirSync(node.data, { recursive: true });
    writeFileSync(node.cnf, optionFile(node, user));
  }
  const started = Date.now();
  const [first, ...others] = NODES;
  // Only the first node's data is made here; the others receive it from the cluster.
  const install = spawnSync(
    INSTALL_DB,
    [
      `--defaults-file=${first.cnf}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...(user ? [`--user=${user.name}`] : []),
      '--wsrep-on=OFF',
    ],
    { encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
  if (user) chownTree(DIR, user);
  // rsync's daemon, started as root to receive a state transfer, writes as `nobody`.
  if (user?.uid === 0)
    for (const node of others) chownSync(node.data, Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout), 0);
  launch(first, user, true);
  await waitUntilSynced(first, 1, { socket: true });
  const setup = [
    "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''",
    "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION",
    'CREATE DATABASE IF NOT EXISTS test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
  ].join('; ');
  if (sql(first, setup, { socket: true }) === null) throw new Error('could not create the root user and the test database on node 1');
  say(`node 1 bootstrapped the cluster on port ${first.port}`);
  for (const [index, node] of others.entries()) {
    launch(node, user, false);
    await waitUntilSynced(node, index + 2);
    say(`node ${node.n} joined on port ${node.port}`);
  }
  for (const node of NODES) await waitUntilSynced(node, NODES.length);
  say(`three nodes synced, wsrep_ready=ON, in ${((Date.now() - started) / 1000).toFixed(1)} s; data in ${DIR}`);
  say(`CLUSTER_URLS=${CLUSTER_URLS}`);
}

async function stop() {
  await stopNodes();
  rmSync(DIR, { recursive: true, force: true });
  say(`stopped; removed ${DIR}`);
}

async function stopNodes() {
  // The last to join leaves first, so that the bootstrap node ends holding the newest state.
  for (const node of [...NODES].reverse()) {
    const pid = pidOf(node);
    if (!pid || !alive(pid)) continue;
    process.kill(pid, 'SIGTERM');
    const until = Date.now() + STOP_GRACE_MS;
    while (alive(pid) && Date.now() < until) await sleep(200);
    if (alive(pid)) {
      say(`node ${node.n} (pid ${pid}) did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
      killGroup(pid, 'SIGKILL');
    }
    // What it started (a state transfer's rsync) goes with it.
    killGroup(pid, 'SIGKILL');
    say(`node ${node.n} stopped`);
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // No such group left.
  }
}

function status() {
  for (const node of NODES) {
    const pid = pidOf(node);
    const status = pid && alive(pid) ? wsrepStatus(node) : null;
    say(
      `node ${node.n} port ${node.port}: ${
        !pid || !alive(pid)
          ? 'not running'
          : status
            ? `pid ${pid}, ${status.wsrep_local_state_comment}, cluster size ${status.wsrep_cluster_size}, ready ${status.wsrep_ready}`
            : `pid ${pid}, not answering`
      }`,
    );
  }
}

/**
 * `npm run test:cluster`: the whole suite against the cluster, as `npm test` runs it (side by side,
 * then the files that measure a load of their own one at a time), each test file on one of the
 * three nodes (test/support/cluster-node.ts) and test/cluster.e2e.test.ts on all three. Extra
 * arguments go to jest. Leaves the cluster running; `npm run cluster:stop` ends it.
 */
async function test(args) {
  await start();
  const env = { ...process.env, DATABASE_URL: CLUSTER_URLS.split(',')[0], CLUSTER_URLS };
  const root = join(__dirname, '..');
  const run = (command, commandArgs, extra = {}) =>
    spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...env, ...extra } }).status ?? 1;
  const jest = join(root, 'node_modules', '.bin', 'jest');
  const started = Date.now();
  let status = run(process.execPath, [join(__dirname, 'build.js'), '--quiet', 'console']);
  if (status === 0) status = run(jest, ['--maxWorkers=2', '--passWithNoTests', ...args], { TEST_PART: 'shared' });
  if (status === 0) status = run(jest, ['--runInBand', '--passWithNoTests', ...args], { TEST_PART: 'alone' });
  say(`suite on the cluster ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = status;
}

module.exports = { CLUSTER_URLS, DIR, NODES, running, start, stop };

if (require.main === module) {
  const command = process.argv[2];
  const commands = { start, stop, status, test };
  if (!commands[command]) {
    process.stderr.write('usage: node scripts/cluster.js start|stop|status|test [jest arguments]\n');
    process.exit(2);
  }
  Promise.resolve(commands[command](process.argv.slice(3))).catch((error) => {
    process.stderr.write(`cluster: ${error.message}\n`);
    process.exit(1);
  });
}
