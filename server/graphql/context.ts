import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppAbility } from '../permissions/ability';
import type { Caller } from '../permissions/caller';
import { defineAbilityFor } from '../permissions/define-ability';
import { pathIds } from '../scope/paths';
import { createLoaders, type Loaders } from './loaders';

/** Everything a request needs, built once per request (a loader cache shared between callers would leak). */
export interface RequestContext {
  requestId: string;
  db: DataSource;
  caller: Caller | null;
  ability: AppAbility;
  /** Current paths of the bodies the caller's rules name; the SQL form of `$under` needs them. */
  bodyPaths: ReadonlyMap<number, string>;
  loaders: Loaders;
  /** The client's network address, for limits on what anonymous callers may do. */
  clientAddress: string;
  /** See Config.summaryMinimumGroup. */
  summaryMinimumGroup: number;
}

export interface RequestOptions {
  requestId?: string;
  clientAddress?: string;
  summaryMinimumGroup?: number;
}

export function createRequestContext(db: DataSource, caller: Caller | null, options: RequestOptions = {}): RequestContext {
  const { requestId = randomUUID(), clientAddress = 'local', summaryMinimumGroup = 3 } = options;
  const bodyPaths = new Map<number, string>();
  for (const authority of caller?.authorities ?? []) {
    // Each path lists its ancestors too, so their paths are its prefixes.
    const ids = pathIds(authority.bodyPath);
    ids.forEach((id, i) => bodyPaths.set(id, `/${ids.slice(0, i + 1).join('/')}/`));
  }
  const context: RequestContext = { requestId, db, caller, ability: defineAbilityFor(caller), bodyPaths, loaders: undefined!, clientAddress, summaryMinimumGroup };
  context.loaders = createLoaders(context);
  return context;
}
