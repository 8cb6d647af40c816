/**
 * `npm run admin -- <command>`: what the operator of a new installation does before anyone can
 * sign in, on the configured database (DATABASE_URL, or the embedded default under DATA_DIR; no
 * TOKEN_SECRET needed). Every row it writes joins the audit trail with no account as its author:
 * the operator's.
 *
 *   init --body-name <name> [--body-name-en <name>] [--body-code <code>]
 *        --admin-name <person name> [--position <position>] --login <login>
 *     On an empty database: brings its schema up to date, creates the root body (a party
 *     committee at central level), the first administrator's person, their ROSTER_ADMIN
 *     membership at the root and their account, with a one-time password printed once.
 *
 *   approve-membership <id>
 *     Approves a pending membership, for when nobody may approve it yet (the first leader of a
 *     leading group).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ConfigError, loadDatabaseConfig } from '../config';
import { connect } from '../db/connect';
import { createRequestContext, type RequestContext } from '../graphql/context';
import { write } from '../write/write-service';
import { childPath } from '../scope/paths';
import { now, today } from '../modules/common/record';
import { Account } from '../modules/account/account.entity';
import { CreateAccountInput } from '../modules/account/account.inputs';
import { hashPassword } from '../modules/account/sign-in';
import { Body } from '../modules/body/body.entity';
import { BodyKind, BodyLevel } from '../modules/body/body.enums';
import { CreateBodyInput } from '../modules/body/body.inputs';
import { Membership } from '../modules/membership/membership.entity';
import { MembershipRole, MembershipStatus } from '../modules/membership/membership-role';
import { Person } from '../modules/person/person.entity';
import { CadreRank } from '../modules/person/person.enums';
import { CreatePersonInput } from '../modules/person/person.inputs';

const USAGE = `usage:
  npm run admin -- init --body-name <name> [--body-name-en <name>] [--body-code <code>] --admin-name <person name> [--position <position>] --login <login>
  npm run admin -- approve-membership <id>`;

/** A mistake of the operator's: said plainly, without a stack. */
class Refusal extends Error {}

/** The operator's context: no caller, so the audit trail records no account for what it writes. */
const operator = (db: DataSource): RequestContext => createRequestContext(db, null, { requestId: 'admin-script' });

/** Checks values by the API's own input rules, naming the command-line flag of each problem. */
async function checkFlags<T extends object>(input: T, flags: Partial<Record<keyof T, string>>): Promise<void> {
  const problems = await validate(input, { skipMissingProperties: true });
  if (problems.length) {
    const lines = problems.map((p) => `--${flags[p.property as keyof T] ?? p.property}: ${Object.values(p.constraints ?? {}).join('; ')}`);
    throw new Refusal(lines.join('\n'));
  }
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const ONE_TIME_PASSWORD_BYTES = 18; // 24 characters of base64url

interface InitOptions {
  bodyName: string;
  bodyNameEn: string;
  bodyCode: string;
  adminName: string;
  position: string;
  login: string;
}

async function init(db: DataSource, options: InitOptions): Promise<void> {
  const bodies = await db.getRepository(Body).count();
  const accounts = await db.getRepository(Account).count();
  if (bodies > 0 || accounts > 0) {
    throw new Refusal(
      `The database is not empty: it holds ${counted(bodies, 'body', 'bodies')} and ${counted(accounts, 'account', 'accounts')}. ` +
        'init sets up a new, empty database only; add administrators to a running system through the console.',
    );
  }
  const password = randomBytes(ONE_TIME_PASSWORD_BYTES).toString('base64url');
  const passwordHash = await hashPassword(password);
  const account = await write(operator(db), async (tx) => {
    const root = await tx.insert(
      Body,
      {
        code: options.bodyCode,
        name: options.bodyName,
        nameEn: options.bodyNameEn,
        kind: BodyKind.PARTY_COMMITTEE,
        level: BodyLevel.CENTRAL,
        reportsToId: null,
        hostedById: null,
        retiredOn: null,
        // The path needs the new id: a placeholder until then.
        scopePath: '/0/',
      },
      (id) => ({ scopePath: childPath(null, id) }),
    );
    const person = await tx.insert(Person, {
      name: options.adminName,
      position: options.position,
      rank: CadreRank.STAFF,
      employerId: root.id,
      managedById: root.id,
      idNumber: null,
      retiredOn: null,
      scopePath: root.scopePath,
    });
    await tx.insert(Membership, {
      personId: person.id,
      bodyId: root.id,
      role: MembershipRole.ROSTER_ADMIN,
      since: today(),
      until: null,
      status: MembershipStatus.APPROVED,
      proposedByAccountId: null,
      decidedByAccountId: null,
      decidedAt: null,
      decisionNote: '',
      endedAt: null,
      scopePath: root.scopePath,
    });
    return tx.insert(Account, {
      login: options.login,
      passwordHash,
      personId: person.id,
      active: true,
      lastLoginAt: null,
      failedLogins: 0,
      lockedUntil: null,
      // The operator saw this password: its holder chooses their own before doing anything else.
      mustChangePassword: true,
      scopePath: root.scopePath,
    });
  });
  process.stdout.write(
    [
      `Set up "${options.bodyName}" (code ${options.bodyCode}) with its first roster administrator, ${options.adminName}.`,
      `  login:    ${account.login}`,
      `  password: ${password}`,
      'The password is shown only this once and must be changed at the first sign-in.',
      '',
    ].join('\n'),
  );
}

async function approveMembership(db: DataSource, id: number): Promise<void> {
  const approved = await write(operator(db), async (tx) => {
    const membership = await tx.manager.findOneBy(Membership, { id });
    if (!membership) throw new Refusal(`membership ${id} does not exist`);
    if (membership.status !== MembershipStatus.PENDING)
      throw new Refusal(`membership ${id} is ${membership.status}, not PENDING: only a proposal can be approved`);
    if (membership.endedAt !== null) throw new Refusal(`membership ${id} was ended before it was decided`);
    const changes = {
      status: MembershipStatus.APPROVED,
      decidedByAccountId: null,
      decidedAt: now(),
      decisionNote: 'Approved by the operator (npm run admin -- approve-membership).',
    };
    return tx.update(Membership, membership, membership.version, changes, 'approve');
  });
  const person = await db.getRepository(Person).findOneByOrFail({ id: approved.personId });
  const body = await db.getRepository(Body).findOneByOrFail({ id: approved.bodyId });
  process.stdout.write(
    `Approved membership ${id}: ${person.name} is ${approved.role} of ${body.name} (${body.code}) from ${approved.since}.\n`,
  );
}

async function parseInit(args: string[]): Promise<InitOptions> {
  const { values } = parseArgs({
    args,
    options: {
      'body-name': { type: 'string' },
      'body-name-en': { type: 'string' },
      'body-code': { type: 'string', default: 'C' },
      'admin-name': { type: 'string' },
      position: { type: 'string', default: '系统管理员' },
      login: { type: 'string' },
    },
    strict: true,
  });
  const missing = ['body-name', 'admin-name', 'login'].filter((flag) => !values[flag as keyof typeof values]);
  if (missing.length) throw new Refusal(`init needs ${missing.map((flag) => `--${flag}`).join(', ')}\n${USAGE}`);
  const options: InitOptions = {
    bodyName: values['body-name']!.trim(),
    bodyNameEn: (values['body-name-en'] ?? values['body-name']!).trim(),
    bodyCode: values['body-code']!.trim(),
    adminName: values['admin-name']!.trim(),
    position: values.position!.trim(),
    login: values.login!.trim().toLowerCase(),
  };
  await checkFlags(Object.assign(new CreateBodyInput(), { code: options.bodyCode, name: options.bodyName, nameEn: options.bodyNameEn }), {
    code: 'body-code',
    name: 'body-name',
    nameEn: 'body-name-en',
  });
  await checkFlags(Object.assign(new CreatePersonInput(), { name: options.adminName, position: options.position }), {
    name: 'admin-name',
    position: 'position',
  });
  await checkFlags(Object.assign(new CreateAccountInput(), { login: options.login }), { login: 'login' });
  return options;
}

function parseId(args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isSafeInteger(id) || id < 1)
    throw new Refusal(`approve-membership needs one membership id\n${USAGE}`);
  return id;
}

/** The command, checked in full before the database is opened. */
async function commandOf([command, ...args]: string[]): Promise<(db: DataSource) => Promise<void>> {
  if (command === 'init') {
    const options = await parseInit(args);
    return (db) => init(db, options);
  }
  if (command === 'approve-membership') {
    const id = parseId(args);
    return (db) => approveMembership(db, id);
  }
  throw new Refusal(USAGE);
}

async function main(argv: string[]): Promise<void> {
  const run = await commandOf(argv);
  const db = await connect(loadDatabaseConfig().database);
  try {
    await run(db);
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof Refusal || error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`${known ? '' : 'admin: '}${(error as Error).message ?? error}\n`);
  process.exit(1);
});
