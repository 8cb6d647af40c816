/**
 * `npm run audit:verify [-- --checkpoints <file>]`: checks the whole audit trail of the configured
 * database (DATABASE_URL, or the embedded default under DATA_DIR) with its audit key, and against
 * the signed checkpoints of AUDIT_CHECKPOINT_FILE (or the file given, e.g. a witness's copy). Names
 * the first thing that does not hold: a truncation, a rewritten, deleted or moved entry, a forged
 * checkpoint, a checkpoint file that went backwards. Exit code 0 when the trail holds, 1 when it
 * does not, 2 when the database or the checkpoint file cannot be read. LANG=zh… answers in Chinese.
 */
import 'reflect-metadata';
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadDatabaseConfig, parseAuditSettings } from '../config';
import { createDataSource } from '../db/data-source';
import { readingFromPrimary } from '../db/replication';
import { verifyAuditChain, type ChainVerification } from '../modules/audit/audit.service';
import { checkpointLines } from '../modules/audit/checkpoint';

const USAGE = 'usage: npm run audit:verify [-- --checkpoints <file>]';
const chinese = /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
const say = (en: string, zh: string) => process.stdout.write(`${chinese ? zh : en}\n`);

function checkpointFileArgument(args: string[]): string | undefined {
  if (!args.length) return undefined;
  if (args[0] === '--checkpoints' && args[1] && args.length === 2) return resolve(args[1]);
  throw new Error(`unknown arguments: ${args.join(' ')}\n${USAGE}`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function report(result: ChainVerification, file: string, took: string): number {
  const { entries, broken, legacyEntries, checkpoints } = result;
  if (broken) {
    const where = broken.id !== undefined ? ` at entry ${broken.id}` : '';
    const whereZh = broken.id !== undefined ? `（第 ${broken.id} 条）` : '';
    say(
      `audit trail BROKEN${where}: ${broken.reason} (${entries} entries before it hold; ${took})`,
      `审计记录已被破坏${whereZh}：${broken.reasonZh}（此前 ${entries} 条成立；${took}）`,
    );
    return 1;
  }
  say(`audit trail holds: ${entries} entries verified in ${took}`, `审计记录成立：已核验 ${entries} 条，用时 ${took}`);
  if (legacyEntries) {
    const anchored = checkpoints?.count ? 'a checkpoint covers them' : 'no checkpoint covers them yet';
    const anchoredZh = checkpoints?.count ? '已有检查点覆盖' : '尚无检查点覆盖';
    say(
      `entries 1 to ${legacyEntries} were written before the trail had an audit key: they hold by their SHA-256 chain, and ${anchored}`,
      `第 1 至 ${legacyEntries} 条写于启用审计密钥之前：由其 SHA-256 链维系，${anchoredZh}`,
    );
  }
  const newest = checkpoints?.newest;
  if (!newest) {
    say(
      `no checkpoint in ${file}: nothing outside the database vouches for how long the trail is`,
      `${file} 中没有检查点：数据库之外没有任何凭据能证明审计记录的长度`,
    );
    return 0;
  }
  say(
    `${checkpoints.count} checkpoints in ${file} agree; the newest (${newest.at}) vouches for ${newest.entries} entries`,
    `${file} 中的 ${checkpoints.count} 个检查点一致；最新一个（${newest.at}）证明了 ${newest.entries} 条`,
  );
  if (entries > newest.entries) {
    say(
      `entries ${newest.entries + 1} to ${entries} are newer than the newest checkpoint: until one covers them, they could be cut off unnoticed`,
      `第 ${newest.entries + 1} 至 ${entries} 条晚于最新检查点：在被检查点覆盖之前，它们被截去将无从察觉`,
    );
  }
  return 0;
}

async function main(): Promise<number> {
  const explicitFile = checkpointFileArgument(process.argv.slice(2));
  // Loading the configuration would generate a key for the embedded default; verifying with a new
  // key would call every entry rewritten, so a missing key is said as such.
  const keyFile = join(resolve(process.env.DATA_DIR || './data'), 'audit-key');
  if (!process.env.AUDIT_KEY && !(await exists(keyFile))) {
    throw new Error(
      `no audit key: AUDIT_KEY is not set and there is no ${keyFile} (set DATA_DIR to the server's data folder, or AUDIT_KEY)`,
    );
  }
  const { dataDir, database } = loadDatabaseConfig();
  const file = explicitFile ?? parseAuditSettings(process.env, dataDir).checkpointFile;
  // A file named on the command line must be there; the configured one may not exist yet.
  const present = await exists(file);
  if (explicitFile && !present) throw new Error(`no checkpoint file at ${file}`);
  const db = createDataSource(database);
  await db.initialize();
  try {
    const started = Date.now();
    // From the primary: a lagging replica would read as a truncated trail.
    const result = await verifyAuditChain(readingFromPrimary(db).manager, 2000, present ? { checkpoints: checkpointLines(file) } : {});
    return report(result, file, `${Date.now() - started} ms`);
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = (error as Error).message ?? String(error);
    process.stderr.write(chinese ? `无法核验审计记录：${message}\n` : `cannot verify the audit trail: ${message}\n`);
    process.exit(2);
  },
);
