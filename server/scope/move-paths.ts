import type { EntityManager } from 'typeorm';
import { pathColumns } from './path-column';
import { pathRange } from './paths';

/**
 * Rewrites every copied path under `oldPrefix` to start with `newPrefix` instead: one UPDATE per
 * path column. Must run in the transaction that moves the body, so no reader sees a half-moved tree.
 */
export async function movePaths(manager: EntityManager, oldPrefix: string, newPrefix: string): Promise<number> {
  const [low, high] = pathRange(oldPrefix);
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  let rows = 0;
  for (const ref of pathColumns(manager.connection)) {
    const column = manager.connection.driver.escape(ref.column);
    const table = manager.connection.driver.escape(ref.metadata.tableName);
    const rewritten = sqlite ? `? || SUBSTR(${column}, ?)` : `CONCAT(?, SUBSTR(${column}, ?))`;
    const result = await manager.query(`UPDATE ${table} SET ${column} = ${rewritten} WHERE ${column} >= ? AND ${column} < ?`, [
      newPrefix,
      oldPrefix.length + 1,
      low,
      high,
    ]);
    rows += affectedRows(result);
  }
  return rows;
}

function affectedRows(result: unknown): number {
  if (Array.isArray(result) && typeof result[1] === 'number') return result[1];
  const r = result as { affectedRows?: number; changes?: number } | undefined;
  return r?.affectedRows ?? r?.changes ?? 0;
}
