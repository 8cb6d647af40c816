import type { ObjectLiteral } from 'typeorm';
import { badInput } from '../../errors';
import type { RequestContext } from '../../graphql/context';
import type { PageInput } from '../../graphql/list';
import { protectedFieldsOf } from '../../permissions/protected-fields';
import { SUBJECTS, type SubjectName } from '../../permissions/roles';
import { findScoped } from '../../scope/scoped-query';
import { Account } from '../account/account.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Person } from '../person/person.entity';
import type { FieldChange, HistoryEntry, HistoryPage } from './history.types';

/** Bookkeeping every change touches, which says nothing a reader needs beside the entry's own time. */
const BOOKKEEPING: ReadonlySet<string> = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * The fields of one entry whose values differ, limited to the fields the record type shows
 * (`shown`): columns kept out of the schema stay out of its history too. A protected field is
 * named when it changed, but neither of its values is given, whoever asks: the trail stores it
 * redacted, and this holds even for an entry written before it did.
 */
export function changesOf(
  subject: string,
  before: ObjectLiteral | null,
  after: ObjectLiteral | null,
  shown: ReadonlySet<string>,
): FieldChange[] {
  const hidden = protectedFieldsOf(subject);
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING.has(field) || !shown.has(field)) continue;
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    if (hidden.has(field)) changes.push({ field, before: null, after: null, redacted: true });
    else changes.push({ field, before: was, after: is, redacted: false });
  }
  return changes;
}

function isSubject(name: string): name is SubjectName {
  return (SUBJECTS as readonly string[]).includes(name);
}

/**
 * The changes to one record, newest first, for whoever may read that record now: anyone else
 * gets NOT_FOUND, as reading it would. Reads of an informant's identity are on the trail too, but
 * they are no change to the record and are left out.
 */
export async function historyOf(
  ctx: RequestContext,
  subject: string,
  recordId: number,
  page: PageInput,
  shown: ReadonlySet<string>,
): Promise<HistoryPage> {
  if (!isSubject(subject) || !ctx.db.hasMetadata(subject)) throw badInput('subject', 'history.notRecordType', { subject });
  await findScoped(ctx, ctx.db.getMetadata(subject).target as never, recordId);
  const entries = ctx.db
    .getRepository(AuditEntry)
    .createQueryBuilder('e')
    .where('e.subject = :subject AND e.recordId = :recordId', { subject, recordId })
    .andWhere("e.action <> 'read'");
  const [rows, totalCount] = await Promise.all([
    entries.clone().orderBy('e.id', 'DESC').skip(page.skip).take(page.take).getMany(),
    entries.clone().getCount(),
  ]);
  const names = await actorNames(ctx, rows);
  const items = rows.map((row): HistoryEntry => ({
    id: row.id,
    at: row.at,
    action: row.action,
    actorAccountId: row.accountId,
    actorName: row.accountId === null ? null : (names.get(row.accountId) ?? null),
    changes: changesOf(subject, parse(row.before), parse(row.after), shown),
  }));
  return { items, totalCount };
}

function parse(json: string | null): ObjectLiteral | null {
  return json === null ? null : (JSON.parse(json) as ObjectLiteral);
}

/** Who made each change, by the name of the account's person: a change is signed, whoever reads it. */
async function actorNames(ctx: RequestContext, rows: AuditEntry[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.map((row) => row.accountId).filter((id): id is number => id !== null))];
  if (!ids.length) return new Map();
  const found = await ctx.db
    .getRepository(Account)
    .createQueryBuilder('a')
    .innerJoin(Person, 'p', 'p.id = a.personId')
    .select(['a.id AS id', 'p.name AS name'])
    .where('a.id IN (:...ids)', { ids })
    .getRawMany<{ id: number | string; name: string }>();
  return new Map(found.map((row) => [Number(row.id), row.name]));
}
