'use strict';
/**
 * `npm start`: checks the configuration, builds what is out of date, then runs the server in this
 * process (so that SIGTERM reaches its own handler). A configuration mistake is reported at once,
 * before a build that would take a minute; an up-to-date dist starts without building.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { build, canBuild, runsAsBuilt, ROOT } = require('./build');

/** The server's own check, as the server will run it: compiled when that is what will run, else from the sources. */
function checkConfiguration() {
  if (!runsAsBuilt('server') && !canBuild('server')) return true; // the build below says what is missing
  if (runsAsBuilt('server')) {
    const { loadConfig, ConfigError } = require(join(ROOT, 'dist', 'server', 'config.js'));
    try {
      loadConfig();
      return true;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write(`configuration error: ${error.message}\n`);
      return false;
    }
  }
  const check = `
    const { loadConfig, ConfigError } = require('./server/config');
    try { loadConfig(); } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write('configuration error: ' + error.message + '\\n');
      process.exit(1);
    }`;
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', check], { cwd: ROOT, stdio: 'inherit' });
  return result.status === 0;
}

async function start() {
  if (!checkConfiguration()) process.exit(1);
  await build(['server', 'console']);
  require(join(ROOT, 'dist', 'server', 'main.js'));
}

start().catch((error) => {
  process.stderr.write(`${error.message ?? error}\n`);
  process.exit(1);
});
