import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import type { SelectQueryBuilder } from 'typeorm';
import { applyIdsFilter } from '../../graphql/list';
import { scopedQuery } from '../../scope/scoped-query';
import { write } from '../../write/write-service';
import type { RetireInput } from '../common/inputs';
import { today } from '../common/record';
import { givenOnly, refuseNulls } from '../common/text';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { Person } from '../person/person.entity';
import { PoolEntry } from './pool-entry.entity';
import type { CreatePoolEntryInput, PoolEntryFilter, UpdatePoolEntryInput } from './pool-entry.inputs';

/** The pool entries the caller may see that `filter` selects, under the alias `entry`. */
export function poolEntriesMatching(ctx: RequestContext, filter: PoolEntryFilter): SelectQueryBuilder<PoolEntry> {
  const qb = scopedQuery(ctx, PoolEntry, 'entry');
  applyIdsFilter(qb, filter);
  if (!filter.includeRetired) qb.andWhere('entry.retiredOn IS NULL');
  if (filter.leadingGroupId !== undefined) qb.andWhere('entry.leadingGroupId = :lg', { lg: filter.leadingGroupId });
  if (filter.personId !== undefined) qb.andWhere('entry.personId = :personId', { personId: filter.personId });
  return qb;
}

export function createPoolEntry(ctx: RequestContext, input: CreatePoolEntryInput): Promise<PoolEntry> {
  return write(ctx, async (tx) => {
    const person = await tx.reference(Person, input.personId);
    if (person.retiredOn) throw badInput('personId', 'person.left', { id: person.id });
    const group = await tx.reference(Body, input.leadingGroupId);
    if (group.kind !== BodyKind.LEADING_GROUP) throw badInput('leadingGroupId', 'body.notLeadingGroup', { id: group.id });
    if (group.retiredOn) throw badInput('leadingGroupId', 'body.retired', { id: group.id });
    const existing = await tx.manager.findOneBy(PoolEntry, { personId: person.id, leadingGroupId: group.id });
    if (existing) throw badInput('personId', 'pool.alreadyIn', { person: person.id, entry: existing.id });
    const values = {
      personId: person.id,
      leadingGroupId: group.id,
      since: input.since,
      note: (input.note ?? '').trim(),
      retiredOn: null,
      scopePath: group.scopePath,
    };
    tx.assertAllowed('create', PoolEntry, values);
    return tx.insert(PoolEntry, values);
  });
}

export function updatePoolEntry(ctx: RequestContext, input: UpdatePoolEntryInput): Promise<PoolEntry> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const entry = await tx.load(PoolEntry, input.id, 'update');
    const changes = givenOnly<Partial<PoolEntry>>({ since: input.since, note: input.note?.trim() });
    return tx.update(PoolEntry, entry, input.version, changes);
  });
}

export function retirePoolEntry(ctx: RequestContext, input: RetireInput): Promise<PoolEntry> {
  return write(ctx, async (tx) => {
    const entry = await tx.load(PoolEntry, input.id, 'retire');
    if (entry.retiredOn) throw badInput('id', 'pool.alreadyRetired', { id: entry.id });
    return tx.update(PoolEntry, entry, input.version, { retiredOn: input.on ?? today() }, 'retire');
  });
}
