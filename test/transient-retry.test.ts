/**
 * A transaction rolled back by a concurrent one (an InnoDB deadlock; on a Galera cluster, a
 * conflicting commit on another node) is run again from its start by the write path, a bounded
 * number of times, and lands exactly once. On MariaDB/MySQL two real writes deadlock each other;
 * on every database, work that fails with a deadlock as the driver reports it shows the bound, what
 * is retried and what is not, and that a keyed write retried is still applied once.
 */
import { QueryFailedError, type DataSource } from 'typeorm';
import { AppError } from '../server/errors';
import { isDatabaseUnavailable } from '../server/db/outage';
import { TRANSIENT_ATTEMPTS, transientBackoffMs, transientKind, transientRetries } from '../server/db/transient';
import { verifyAuditChain } from '../server/modules/audit/audit.service';
import { AuditEntry } from '../server/modules/audit/audit-entry.entity';
import { Person } from '../server/modules/person/person.entity';
import { defineAbilityFor } from '../server/permissions/define-ability';
import { IdempotencyState } from '../server/write/idempotency';
import { IdempotentRequest } from '../server/write/idempotent-request.entity';
import { write, type WriteScope } from '../server/write/write-service';
import { startTestServer, type TestServer } from './support/harness';

jest.setTimeout(60_000);

const databaseUrl = process.env.DATABASE_URL ?? '';
const onServer = /^(mariadb|mysql):/.test(databaseUrl);

let server: TestServer;
let people: Person[];
beforeAll(async () => {
  server = await startTestServer();
  people = await server.db.getRepository(Person).find({ order: { id: 'ASC' }, take: 2 });
});
afterAll(() => server?.close());

/** What write() needs of a request: no caller (the operator), no key unless one is given. */
function scope(db: DataSource, idempotency?: IdempotencyState): WriteScope {
  return { ability: defineAbilityFor(null), bodyPaths: new Map(), db, caller: null, readFromPrimary() {}, idempotency };
}

/** A deadlock as TypeORM hands it on from mysql2. */
function deadlock(): QueryFailedError {
  const driverError = Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
    code: 'ER_LOCK_DEADLOCK',
    errno: 1213,
    sqlState: '40001',
  });
  return new QueryFailedError('COMMIT', [], driverError);
}

const notPrepared = () =>
  Object.assign(new Error('WSREP has not yet prepared node for application use'), { code: 'ER_UNKNOWN_COM_ERROR', errno: 1047 });

const personById = (id: number) => server.db.getRepository(Person).findOneByOrFail({ id });
const updatesOf = (id: number, position: string) =>
  server.db
    .getRepository(AuditEntry)
    .createQueryBuilder('e')
    .where('e.subject = :s AND e.recordId = :id AND e.action = :a AND e.after LIKE :p', {
      s: 'Person',
      id,
      a: 'update',
      p: `%${position}%`,
    })
    .getCount();

/** Changes a person's position through the write path, based on the version it reads in the transaction. */
async function movePerson(tx: Parameters<Parameters<typeof write>[1]>[0], id: number, position: string) {
  const before = await tx.manager.findOneByOrFail(Person, { id });
  return tx.update(Person, before, before.version, { position });
}

describe('which failures are transient', () => {
  test('a deadlock, a lock wait that ran out and a row changed since read are conflicts; a node not yet in the cluster is not ready', () => {
    expect(transientKind(deadlock())).toBe('conflict');
    expect(transientKind(deadlock().driverError)).toBe('conflict');
    expect(transientKind(Object.assign(new Error('Lock wait timeout exceeded'), { code: 'ER_LOCK_WAIT_TIMEOUT' }))).toBe('conflict');
    expect(transientKind(Object.assign(new Error('Record has changed since last read'), { code: 'ER_CHECKREAD' }))).toBe('conflict');
    expect(transientKind(notPrepared())).toBe('not-ready');
    // The answer to a write after the node rejoined the cluster is an outage while it lasts, not an internal error.
    expect(isDatabaseUnavailable(notPrepared())).toBe(true);
  });

  test('a constraint, an unknown command, a version conflict, an outage and a plain error are not', () => {
    expect(transientKind(Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' }))).toBeNull();
    expect(transientKind(Object.assign(new Error('Unknown command'), { code: 'ER_UNKNOWN_COM_ERROR' }))).toBeNull();
    expect(transientKind(new AppError('CONFLICT', 'record.changed', { subject: 'Person', id: 1, version: 1 }))).toBeNull();
    expect(transientKind(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBeNull();
    expect(transientKind(Object.assign(new Error('gone'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }))).toBeNull();
    expect(transientKind(new Error('boom'))).toBeNull();
    expect(transientKind(null)).toBeNull();
  });

  test('the pause before each retry doubles, with jitter around it', () => {
    expect([1, 2, 3].map((n) => transientBackoffMs(n, () => 0))).toEqual([4, 8, 16]);
    expect([1, 2, 3].map((n) => transientBackoffMs(n, () => 1))).toEqual([12, 24, 48]);
  });
});

describe('the write path runs a transaction again after a transient failure', () => {
  test('work that deadlocks twice runs three times and its change lands once', async () => {
    const [person] = people;
    const before = await personById(person.id);
    const retriedBefore = transientRetries.retried;
    let runs = 0;
    const result = await write(scope(server.db), async (tx) => {
      runs++;
      const moved = await movePerson(tx, person.id, 'retried twice');
      // After the change and its audit entry, as a certification failure at COMMIT would come.
      if (runs <= 2) throw deadlock();
      return moved;
    });
    expect(runs).toBe(3);
    expect(transientRetries.retried - retriedBefore).toBe(2);
    expect(result.version).toBe(before.version + 1);
    expect((await personById(person.id)).version).toBe(before.version + 1);
    expect(await updatesOf(person.id, 'retried twice')).toBe(1);
    expect((await verifyAuditChain(server.db.manager)).broken).toBeUndefined();
  });

  test('work that keeps deadlocking runs TRANSIENT_ATTEMPTS times, then is refused as a CONFLICT that changed nothing', async () => {
    const [person] = people;
    const before = await personById(person.id);
    let runs = 0;
    const failure = await write(scope(server.db), async (tx) => {
      runs++;
      await movePerson(tx, person.id, 'never lands');
      throw deadlock();
    }).catch((error: unknown) => error);
    expect(runs).toBe(TRANSIENT_ATTEMPTS);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('CONFLICT');
    expect(failure).toMatchObject({ messageKey: 'record.concurrentWrites', details: { reason: 'concurrent-writes' } });
    expect((await personById(person.id)).version).toBe(before.version);
    expect(await updatesOf(person.id, 'never lands')).toBe(0);
  });

  test('a failure that is not transient is not retried', async () => {
    let runs = 0;
    const failure = await write(scope(server.db), async () => {
      runs++;
      throw Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' });
    }).catch((error: unknown) => error);
    expect(runs).toBe(1);
    expect((failure as Error).message).toBe('Duplicate entry');
  });

  test('a node that stays unready is given up on after the same bound and answered as an outage', async () => {
    let runs = 0;
    const failure = await write(scope(server.db), async () => {
      runs++;
      throw notPrepared();
    }).catch((error: unknown) => error);
    expect(runs).toBe(TRANSIENT_ATTEMPTS);
    expect(isDatabaseUnavailable(failure)).toBe(true);
  });

  test('a keyed write retried claims its key again in the new transaction: applied once, and a repeat is answered with it', async () => {
    const [, person] = people;
    const before = await personById(person.id);
    const key = `retry-${Date.now()}-${Math.random()}`;
    const keyed = async () => {
      const state = new IdempotencyState();
      await state.bind(server.db, 1, key, 'fingerprint of one request');
      return state;
    };
    let runs = 0;
    const first = await write(scope(server.db, await keyed()), async (tx) => {
      runs++;
      const moved = await movePerson(tx, person.id, 'keyed and retried');
      if (runs === 1) throw deadlock();
      return moved;
    });
    expect(runs).toBe(2);
    const repeat = await write(scope(server.db, await keyed()), async (tx) => {
      runs++;
      return movePerson(tx, person.id, 'keyed and retried');
    });
    expect(runs).toBe(2);
    expect(repeat.version).toBe(first.version);
    expect((await personById(person.id)).version).toBe(before.version + 1);
    expect(await updatesOf(person.id, 'keyed and retried')).toBe(1);
    expect(await server.db.getRepository(IdempotentRequest).countBy({ accountId: 1 })).toBe(1);
  });
});

(onServer ? describe : describe.skip)('two writes that deadlock each other on a database server', () => {
  test('the one InnoDB rolls back runs again and both land exactly once', async () => {
    const [x, y] = people;
    const [xBefore, yBefore] = [await personById(x.id), await personById(y.id)];
    const retriedBefore = transientRetries.retried;
    const locked = { a: deferred(), b: deferred() };
    const runs = { a: 0, b: 0 };
    const lock = (tx: Parameters<Parameters<typeof write>[1]>[0], id: number) =>
      tx.manager.getRepository(Person).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    /** Locks `first`, waits (on its first run only) until the other holds its own first row, then locks `second` and changes both. */
    const edit = (name: 'a' | 'b', first: number, second: number, other: 'a' | 'b') =>
      write(scope(server.db), async (tx) => {
        runs[name]++;
        await lock(tx, first);
        if (runs[name] === 1) {
          locked[name].resolve();
          await locked[other].promise;
        }
        await lock(tx, second);
        await movePerson(tx, first, `moved by ${name}`);
        return movePerson(tx, second, `moved by ${name}`);
      });
    const outcomes = await Promise.allSettled([edit('a', x.id, y.id, 'b'), edit('b', y.id, x.id, 'a')]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    // One of them was the deadlock's victim and ran twice; the other ran once.
    expect(runs.a + runs.b).toBe(3);
    expect(transientRetries.retried - retriedBefore).toBe(1);
    expect((await personById(x.id)).version).toBe(xBefore.version + 2);
    expect((await personById(y.id)).version).toBe(yBefore.version + 2);
    for (const id of [x.id, y.id]) for (const name of ['a', 'b']) expect(await updatesOf(id, `moved by ${name}`)).toBe(1);
    expect((await verifyAuditChain(server.db.manager)).broken).toBeUndefined();
  });
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
