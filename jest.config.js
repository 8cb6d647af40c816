/** Tests run against real databases: SQLite by default, MariaDB/MySQL when DATABASE_URL is set. */
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

// Scratch databases and data folders go to memory where the system offers it: they are thrown away
// after each file, so surviving a power cut buys nothing, and every commit's fsync to disk costs
// about a third of the suite's time. Set TMPDIR to choose another place.
if (!process.env.TMPDIR && existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';

/**
 * A test file whose header says `@database-independent` never opens the configured database (it
 * needs none, or starts its own embedded one): it runs in the default run only, not again when
 * DATABASE_URL names a database server.
 */
function filesMarked(pragma) {
  const dir = join(__dirname, 'test');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .filter((name) => new RegExp(`^\\s*\\*\\s*@${pragma}\\s*$`, 'm').test(readFileSync(join(dir, name), 'utf8').split('*/')[0]))
    .map((name) => `/test/${name.replace(/\./g, '\\.')}$`);
}
const onDatabaseServer = /^(mariadb|mysql):/.test(process.env.DATABASE_URL ?? '');

/**
 * A file marked `@runs-alone` measures the server under a load it makes itself (a shutdown under
 * load, a burst of sign-ins): `npm test` runs it after the others, one file at a time
 * (TEST_PART=alone), and leaves it out of the run side by side (TEST_PART=shared). Without
 * TEST_PART every file runs.
 */
const alone = filesMarked('runs-alone');
const partIgnores = { shared: alone, alone: [] }[process.env.TEST_PART] ?? [];

module.exports = {
  // One test file per core: each starts its own server on its own scratch database (SQLite file or
  // MariaDB/MySQL database), so files never share state.
  maxWorkers: '100%',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(onDatabaseServer ? filesMarked('database-independent') : []), ...partIgnores],
  ...(process.env.TEST_PART === 'alone' ? { testMatch: alone.map((pattern) => `**${pattern.slice(0, -1).replace(/\\/g, '')}`) } : {}),
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  // With CLUSTER_URLS, each file's DATABASE_URL is one node of the cluster.
  setupFilesAfterEnv: ['<rootDir>/test/support/cluster-node.ts'],
  testTimeout: 30000,
};
