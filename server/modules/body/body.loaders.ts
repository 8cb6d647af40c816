import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context';
import { scopePredicate } from '../../scope/scoped-query';
import { Body } from './body.entity';

/**
 * The first `limit` bodies under each of several bodies (keyed by path), in tree order, in one
 * statement: a self-join on the path range, numbered per ancestor by a window function.
 */
export function subtreeLoader(ctx: RequestContext, limit: number): DataLoader<string, Body[]> {
  return new DataLoader<string, Body[]>(async (paths) => {
    const sqlite = ctx.db.options.type === 'better-sqlite3';
    const upper = sqlite
      ? `SUBSTR(a.scopePath, 1, LENGTH(a.scopePath) - 1) || '0'`
      : `CONCAT(SUBSTR(a.scopePath, 1, CHAR_LENGTH(a.scopePath) - 1), '0')`;
    const inner = ctx.db.createQueryBuilder(Body, 'd');
    const scope = scopePredicate(ctx, inner as never, Body, 'd');
    const numbered = inner
      .select('d.id', 'id')
      .addSelect('ROW_NUMBER() OVER (PARTITION BY a.id ORDER BY d.scopePath, d.id)', 'rn')
      .innerJoin(Body, 'a', `d.scopePath > a.scopePath AND d.scopePath < ${upper}`)
      .where('a.scopePath IN (:...subtreeRoots)', { subtreeRoots: [...paths] })
      .andWhere('d.retiredOn IS NULL')
      .andWhere(scope.sql, scope.params);
    const rows = await ctx.db
      .createQueryBuilder(Body, 'r')
      .where(`r.id IN (SELECT numbered.id FROM (${numbered.getQuery()}) numbered WHERE numbered.rn <= :subtreeLimit)`)
      .setParameters({ ...numbered.getParameters(), subtreeLimit: limit })
      .orderBy('r.scopePath')
      .getMany();
    return paths.map((path) => rows.filter((row) => row.scopePath !== path && row.scopePath.startsWith(path)).slice(0, limit));
  });
}
