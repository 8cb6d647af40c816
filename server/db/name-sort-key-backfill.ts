import type { QueryRunner } from 'typeorm';
import { nameSortKey } from '../modules/common/name-sort-key';

/**
 * Fills `nameSortKey` for the people and bodies already on file when the column arrives; rows
 * written afterwards get theirs as they are written. Names that share a key are updated together.
 */
export async function backfillNameSortKeys(queryRunner: QueryRunner): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  for (const [table, kind] of [
    ['person', 'person'],
    ['body', 'body'],
  ] as const) {
    const rows: Array<{ id: number; name: string }> = await queryRunner.query(`SELECT ${q('id')}, ${q('name')} FROM ${q(table)}`);
    const idsByKey = new Map<string, number[]>();
    for (const row of rows) {
      const key = nameSortKey(row.name, kind);
      idsByKey.set(key, [...(idsByKey.get(key) ?? []), Number(row.id)]);
    }
    for (const [key, ids] of idsByKey) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await queryRunner.query(`UPDATE ${q(table)} SET ${q('nameSortKey')} = ? WHERE ${q('id')} IN (${chunk.map(() => '?').join(', ')})`, [
          key,
          ...chunk,
        ]);
      }
    }
  }
}
