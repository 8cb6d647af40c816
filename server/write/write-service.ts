/**
 * The one write path. Every change runs in a transaction, loads what it changes under the
 * caller's rules for that action, checks the version it was based on, and appends to the audit
 * trail before it commits; if any step fails, nothing is written.
 */
import { subject } from '@casl/ability';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Action } from '../permissions/ability';
import { conflict, forbidden, notFound, outcomeUnknown } from '../errors';
import { transactionOnce } from '../db/transaction';
import { givenUp, shouldRetryTransient } from '../db/transient';
import { findScoped, scopedQuery, subjectNameOf } from '../scope/scoped-query';
import { appendAudit } from '../modules/audit/audit.service';
import type { Caller } from '../permissions/caller';
import type { ReadScope } from '../scope/read-scope';
import type { IdempotencyState } from './idempotency';
import { now } from '../modules/common/record';
import { governanceRuleOf, type GovernanceRule } from '../permissions/delegation';

/**
 * What the write path needs of a request: the caller's read scope, who writes (the audit trail
 * records it), the switch to the primary, and the request's `Idempotency-Key`, if it has one. A
 * GraphQL request's context is one.
 */
export interface WriteScope extends ReadScope {
  readonly caller: Caller | null;
  readFromPrimary(): void;
  idempotency?: IdempotencyState;
}

/** The refusal for `action` on a record, naming the governance rule that decided it, if one did. */
export function refusal(ctx: WriteScope, action: Action, name: string, record: ObjectLiteral) {
  const rule = ctx.ability.relevantRuleFor(action, subject(name, { ...record }) as never);
  const key = rule?.inverted ? governanceRuleOf(rule.reason) : null;
  return key ? refusedBy(key, action, name) : forbidden(action, name);
}

export const refusedBy = (key: GovernanceRule, action: string, name: string) => forbidden(action, name, key);

interface Versioned extends ObjectLiteral {
  id: number;
  version: number;
}

export class WriteTransaction {
  constructor(
    readonly ctx: WriteScope,
    readonly manager: EntityManager,
  ) {}

  /**
   * The record, if the caller's rules allow `action` on it in SQL. One they may read but not act on
   * is FORBIDDEN; one they may not even read is NOT_FOUND.
   */
  async load<T extends ObjectLiteral>(entity: EntityTarget<T>, id: number, action: Action): Promise<T> {
    const record = await scopedQuery(this.ctx, entity, 'r', action, this.manager).andWhere('r.id = :id', { id }).getOne();
    if (record) return record;
    const readable = await findScoped(this.ctx, entity, id, 'read', this.manager);
    throw refusal(this.ctx, action, subjectNameOf(entity), readable);
  }

  /** A record referenced by an input: it must exist and be readable, else NOT_FOUND naming it. */
  async reference<T extends ObjectLiteral>(entity: EntityTarget<T>, id: number): Promise<T> {
    return findScoped(this.ctx, entity, id, 'read', this.manager);
  }

  /** Checks a record's state in memory against the rules (the state it will have after the write). */
  assertAllowed(action: Action, entity: EntityTarget<ObjectLiteral>, state: ObjectLiteral): void {
    const name = subjectNameOf(entity);
    if (!this.ctx.ability.can(action, subject(name, { ...state }) as never)) throw refusal(this.ctx, action, name, state);
  }

  /** Inserts a record; `derive` fills columns that need the new id (such as a body's own path). */
  async insert<T extends Versioned>(
    entity: new () => T,
    values: NoInfer<Omit<T, 'id' | 'version' | 'createdAt' | 'updatedAt'>>,
    derive?: (id: number) => NoInfer<Partial<T>>,
    auditAction = 'create',
  ): Promise<T> {
    const at = now();
    const result = await this.manager.insert(entity, { ...values, version: 1, createdAt: at, updatedAt: at } as never);
    const id = Number(result.identifiers[0].id);
    if (derive) await this.manager.update(entity, { id } as never, derive(id) as never);
    const created = await this.manager.findOneByOrFail(entity, { id } as never);
    await appendAudit(this.manager, this.ctx, auditAction, subjectNameOf(entity), id, null, created);
    return created;
  }

  /**
   * Applies `changes` to `before` only if nobody changed it since `expectedVersion`
   * (`UPDATE … WHERE id = ? AND version = ?`; no rows means someone else won).
   */
  async update<T extends Versioned>(
    entity: new () => T,
    before: T,
    expectedVersion: number,
    changes: NoInfer<Partial<T>>,
    auditAction = 'update',
  ): Promise<T> {
    const name = subjectNameOf(entity);
    if (before.version !== expectedVersion) throw conflict(name, before.id, expectedVersion);
    const result = await this.manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...changes, updatedAt: now(), version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id: before.id, version: expectedVersion })
      .execute();
    if (result.affected === 0) throw conflict(name, before.id, expectedVersion);
    const after = await this.manager.findOneBy(entity, { id: before.id } as never);
    if (!after) throw notFound(name, before.id);
    await appendAudit(this.manager, this.ctx, auditAction, name, before.id, before, after);
    return after;
  }

  /**
   * Deletes a record; the trail keeps what it was. Given `expectedVersion`, only if nobody changed it
   * since, as `update` checks; without one, for a record that is part of another (a plan's target).
   */
  async remove<T extends Versioned>(entity: new () => T, record: T, expectedVersion?: number): Promise<void> {
    const name = subjectNameOf(entity);
    if (expectedVersion === undefined) {
      await this.manager.delete(entity, { id: record.id } as never);
    } else {
      if (record.version !== expectedVersion) throw conflict(name, record.id, expectedVersion);
      const result = await this.manager.delete(entity, { id: record.id, version: expectedVersion } as never);
      if (result.affected === 0) throw conflict(name, record.id, expectedVersion);
    }
    await appendAudit(this.manager, this.ctx, 'delete', name, record.id, record, null);
  }
}

/** How often a keyed write starts over after the request that held its key wrote nothing. */
const KEY_ATTEMPTS = 3;

/**
 * Runs `work` in one transaction. With an `Idempotency-Key` (see idempotency.ts) the key is taken
 * first and the result kept last, inside the same transaction; a key that already made its change
 * returns that change's result instead, writing nothing.
 *
 * A transaction rolled back by a concurrent one (a deadlock; on a Galera cluster, a conflicting
 * commit on another node) runs again from the start, `work` included, with a fresh
 * WriteTransaction, a few times (server/db/transient.ts): it applied nothing, and the key, if
 * any, is claimed again inside the new transaction, so that a copy of the request that won meanwhile
 * is answered with, not applied twice. One that keeps colliding is refused as a CONFLICT.
 *
 * A COMMIT whose answer was lost is OutcomeUnknownError (server/db/transaction.ts).
 */
export async function write<T>(ctx: WriteScope, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  // The mutation's answer, and whatever else the request reads after it, must see this write.
  ctx.readFromPrimary();
  const keyed = ctx.idempotency?.keyedWrite(ctx.db) ?? null;
  if (keyed) {
    const earlier = await keyed.earlier();
    if (earlier) return earlier.result as T;
  }
  let keyAttempts = 0;
  let transientFailures = 0;
  for (;;) {
    try {
      const result = await transactionOnce(ctx.db, async (manager) => {
        await keyed?.claim(manager);
        const done = await work(new WriteTransaction(ctx, manager));
        await keyed?.settle(manager, done);
        return done;
      });
      if (ctx.idempotency) ctx.idempotency.committed = true;
      keyed?.committed();
      return result;
    } catch (error) {
      const claim = keyed?.claimFailure(error);
      if (claim === 'lost') {
        const winner = await keyed!.winner();
        if (winner) return winner.result as T;
        if (++keyAttempts < KEY_ATTEMPTS) continue;
      }
      // Another copy of this request holds the key and may yet make the change.
      if (claim === 'waited') throw outcomeUnknown(error);
      // A COMMIT refused as a conflict, or by a Galera node that left the cluster, applied nothing.
      if (await shouldRetryTransient(error, ++transientFailures)) continue;
      throw givenUp(error);
    }
  }
}
