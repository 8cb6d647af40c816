import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppAbility } from '../permissions/ability';
import type { Caller } from '../permissions/caller';
import { readingFromPrimary } from '../db/replication';
import { defineAbilityFor } from '../permissions/define-ability';
import { pathIds } from '../scope/paths';
import { createLoaders, type Loaders } from './loaders';
import type { IdempotencyState } from '../write/idempotency';
import type { ReadScope } from '../scope/read-scope';

/** Everything a request needs, built once per request (a loader cache shared between callers would leak). */
export interface RequestContext extends ReadScope {
  requestId: string;
  /**
   * The database as this request reads it: from the replicas, when there are any, until
   * `readFromPrimary` is called, and from the primary after that.
   */
  readonly db: DataSource;
  /**
   * Sends the rest of this request's reads to the primary: once it has written (a replica may not
   * have the write yet), or before a read that decides what to write.
   */
  readFromPrimary(): void;
  caller: Caller | null;
  loaders: Loaders;
  /** The client's network address, for limits on what anonymous callers may do. */
  clientAddress: string;
  /** The browser or program, as it names itself; recorded with a sign-in so that its holder can tell sessions apart. */
  userAgent: string;
  /** See Config.summaryMinimumGroup. */
  summaryMinimumGroup: number;
  /** The request's `Idempotency-Key`, bound and checked by graphql/idempotent-mutations.ts; absent outside GraphQL. */
  idempotency?: IdempotencyState;
}

export interface RequestOptions {
  requestId?: string;
  clientAddress?: string;
  userAgent?: string;
  summaryMinimumGroup?: number;
}

/**
 * A class, so that the way to the database is found through the prototype: Apollo hands resolvers a
 * shallow copy of the context, which keeps the prototype and shares `reads` with the original (the
 * one the loaders hold), so both switch to the primary together.
 */
class Context implements RequestContext {
  readonly ability: AppAbility;
  readonly bodyPaths = new Map<number, string>();
  loaders: Loaders;
  private readonly reads: { db: DataSource };

  constructor(
    private readonly database: DataSource,
    readonly caller: Caller | null,
    readonly requestId: string,
    readonly clientAddress: string,
    readonly summaryMinimumGroup: number,
    readonly userAgent: string,
  ) {
    this.reads = { db: database };
    this.ability = defineAbilityFor(caller);
    for (const authority of caller?.authorities ?? []) {
      // Each path lists its ancestors too, so their paths are its prefixes.
      const ids = pathIds(authority.bodyPath);
      ids.forEach((id, i) => this.bodyPaths.set(id, `/${ids.slice(0, i + 1).join('/')}/`));
    }
    this.loaders = createLoaders(this);
  }

  get db(): DataSource {
    return this.reads.db;
  }

  readFromPrimary(): void {
    this.reads.db = readingFromPrimary(this.database);
  }
}

export function createRequestContext(db: DataSource, caller: Caller | null, options: RequestOptions = {}): RequestContext {
  const { requestId = randomUUID(), clientAddress = 'local', userAgent = '', summaryMinimumGroup = 3 } = options;
  return new Context(db, caller, requestId, clientAddress, summaryMinimumGroup, userAgent);
}
