import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { retryTransient } from '../db/transient';
import { recordReads } from '../modules/audit/audit.service';
import { scopedQuery, subjectNameOf } from '../scope/scoped-query';
import type { RequestContext } from './context';

/**
 * A protected record (an informant's or an interviewee's identity) by the id of the record it
 * belongs to, read under the caller's rules in one batch per request. Every read is put on the
 * trail before the identity leaves: no trail, no answer.
 */
export function recordedReadsBy<T extends ObjectLiteral & { id: number }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  keyProperty: keyof T & string,
): DataLoader<number, T | null> {
  const subjectName = subjectNameOf(entity);
  return ctx.loaders.custom(
    `recordedReads:${subjectName}:${keyProperty}`,
    () =>
      new DataLoader<number, T | null>(async (keys) => {
        const rows = await scopedQuery(ctx, entity, 'i')
          .andWhere(`i.${keyProperty} IN (:...keys)`, { keys: [...keys] })
          .getMany();
        if (rows.length)
          await retryTransient(() =>
            ctx.db.transaction((manager) =>
              recordReads(
                manager,
                ctx,
                subjectName,
                rows.map((r) => r.id),
              ),
            ),
          );
        return keys.map((key) => rows.find((r) => r[keyProperty] === key) ?? null);
      }),
  );
}
