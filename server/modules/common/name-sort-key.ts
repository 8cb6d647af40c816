/**
 * The key names sort by: their pinyin, so that 丁 (ding) comes before 严 (yan) rather than after it
 * as character codes have it. Computed when a name is written (NameSortKeySubscriber, for every way
 * of writing a person or a body, the demo and seed loaders included) and stored beside it, so that
 * a sorted page stays one indexed query on both databases.
 */
import { pinyin } from 'pinyin-pro';
import type { EntitySubscriberInterface, InsertEvent, ObjectLiteral, UpdateEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';

/** The width of the column that holds a key; a longer key is cut, which only affects ties so far along. */
export const NAME_SORT_KEY_LENGTH = 255;

/**
 * Syllables with their tone number (`ding1 yan2`), lowercased, ASCII only, so that both databases'
 * comparisons agree (binary on SQLite, a case-insensitive collation on MariaDB). The tone digit
 * ends each syllable, so `li3` sorts before `lin2` as a shorter word does. A person's surname is
 * read as a surname (仇 qiu, 单 shan, 曾 zeng).
 */
export function nameSortKey(name: string, kind: 'person' | 'body'): string {
  const syllables = pinyin(name.trim(), {
    toneType: 'num',
    type: 'array',
    surname: kind === 'person' ? 'head' : 'off',
    nonZh: 'consecutive',
  });
  return syllables
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^ -~]/g, ''),
    )
    .filter((s) => s.length > 0)
    .join(' ')
    .slice(0, NAME_SORT_KEY_LENGTH);
}

/** The entities whose `name` has a `nameSortKey`, and how their names are read. */
const KINDS = new Map<string, 'person' | 'body'>([
  ['Person', 'person'],
  ['Body', 'body'],
]);

/** Sets `nameSortKey` in values about to be written to the entity named, when they name it (a person or body). */
export function fillNameSortKey(metadataName: string, values: ObjectLiteral | undefined): void {
  const kind = KINDS.get(metadataName);
  if (!kind || !values || typeof values.name !== 'string') return;
  values.nameSortKey = nameSortKey(values.name, kind);
}

/**
 * Sets the key whenever a name is inserted or changed, through the repository, the manager or a
 * query builder alike: TypeORM calls a subscriber with the values about to be written.
 */
@EventSubscriber()
export class NameSortKeySubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    fillNameSortKey(event.metadata.name, event.entity);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    fillNameSortKey(event.metadata.name, event.entity);
  }
}
