import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import type { SelectQueryBuilder } from 'typeorm';
import { scopedQuery } from '../../scope/scoped-query';
import { write, type WriteTransaction } from '../../write/write-service';
import type { VersionedInput } from '../common/inputs';
import { givenOnly, refuseNulls, requiredText } from '../common/text';
import { SAVED_QUERY_LIMITS, SavedQuery } from './saved-query.entity';
import type { CreateSavedQueryInput, UpdateSavedQueryInput } from './saved-query.inputs';

/**
 * Counted in UTF-16 units, as JavaScript counts (a character outside the BMP counts twice): 15 000
 * of them are at most 45 000 bytes of UTF-8, so a query, its name and its variables together fit the
 * audit entry that copies them (one TEXT column, 65 535 bytes).
 */
function withinLimit(field: keyof typeof SAVED_QUERY_LIMITS, text: string): string {
  const max = SAVED_QUERY_LIMITS[field];
  if (text.length > max) throw badInput(field, 'input.tooLong', { max, length: text.length });
  return text;
}

const checkedName = (name: string) => withinLimit('name', requiredText('name', name));
const checkedQuery = (query: string) => withinLimit('query', requiredText('query', query));

/** The variables as written, or null for none. They must be a JSON object, as GraphQL variables are. */
function checkedVariables(variables: string | null | undefined): string | null {
  const text = variables?.trim();
  if (!text) return null;
  withinLimit('variables', text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw badInput('variables', 'input.notJson', { detail: (error as Error).message });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badInput('variables', 'input.notJsonObject');
  }
  return text;
}

/** Names are compared without case, as MariaDB's collation compares them, so both databases agree. */
async function assertNameFree(tx: WriteTransaction, accountId: number, name: string, exceptId?: number): Promise<void> {
  const qb = tx.manager
    .createQueryBuilder(SavedQuery, 'saved')
    .where('saved.accountId = :accountId', { accountId })
    .andWhere('LOWER(saved.name) = LOWER(:name)', { name });
  if (exceptId !== undefined) qb.andWhere('saved.id <> :exceptId', { exceptId });
  if (await qb.getOne()) throw badInput('name', 'savedQuery.nameTaken', { name });
}

/** The caller's own saved queries (the rules open nobody else's), under the alias `saved`. */
export function ownSavedQueries(ctx: RequestContext): SelectQueryBuilder<SavedQuery> {
  return scopedQuery(ctx, SavedQuery, 'saved');
}

export function createSavedQuery(ctx: RequestContext, input: CreateSavedQueryInput): Promise<SavedQuery> {
  return write(ctx, async (tx) => {
    const values = {
      accountId: ctx.caller!.accountId,
      name: checkedName(input.name),
      query: checkedQuery(input.query),
      variables: checkedVariables(input.variables),
    };
    tx.assertAllowed('create', SavedQuery, values);
    await assertNameFree(tx, values.accountId, values.name);
    return tx.insert(SavedQuery, values);
  });
}

export function updateSavedQuery(ctx: RequestContext, input: UpdateSavedQueryInput): Promise<SavedQuery> {
  return write(ctx, async (tx) => {
    refuseNulls(input, ['variables']);
    const saved = await tx.load(SavedQuery, input.id, 'update');
    const changes = givenOnly<Partial<SavedQuery>>({
      name: input.name === undefined ? undefined : checkedName(input.name),
      query: input.query === undefined ? undefined : checkedQuery(input.query),
      variables: input.variables === undefined ? undefined : checkedVariables(input.variables),
    });
    if (changes.name !== undefined) await assertNameFree(tx, saved.accountId, changes.name, saved.id);
    return tx.update(SavedQuery, saved, input.version, changes);
  });
}

export function deleteSavedQuery(ctx: RequestContext, input: VersionedInput): Promise<SavedQuery> {
  return write(ctx, async (tx) => {
    const saved = await tx.load(SavedQuery, input.id, 'retire');
    await tx.remove(SavedQuery, saved, input.version);
    return saved;
  });
}
