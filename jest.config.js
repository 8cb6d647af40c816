/** Tests run against real databases: SQLite by default, MariaDB/MySQL when DATABASE_URL is set. */
const { existsSync } = require('node:fs');

// Scratch databases and data folders go to memory where the system offers it: they are thrown away
// after each file, so surviving a power cut buys nothing, and every commit's fsync to disk costs
// about a third of the suite's time. Set TMPDIR to choose another place.
if (!process.env.TMPDIR && existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';

module.exports = {
  // One test file per core: each starts its own server on its own scratch database (SQLite file or
  // MariaDB/MySQL database), so files never share state.
  maxWorkers: '100%',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
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
  testTimeout: 30000,
};
