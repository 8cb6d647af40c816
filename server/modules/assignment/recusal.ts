import type { EntityManager } from 'typeorm';
import { pathRange } from '../../scope/paths';
import type { Body } from '../body/body.entity';
import { Membership } from '../membership/membership.entity';
import { Person } from '../person/person.entity';
import { PersonRelation } from '../person/person-relation.entity';
import { renderMessage, type MessageRef } from '../../../shared/messages';

/** Why `personId` may not inspect `target`, in English (the words of the refusal). An empty list means no ground was found. */
export async function recusalGrounds(manager: EntityManager, personId: number, target: Body): Promise<string[]> {
  return (await recusalGroundMessages(manager, personId, target)).map((ground) => renderMessage(ground.key, ground.params)!);
}

/**
 * Why `personId` may not inspect `target` (回避), as messages of the catalogue: they work or worked
 * at it or a body under it, or a relative of theirs is a cadre there. Empty when no ground was found.
 */
export async function recusalGroundMessages(manager: EntityManager, personId: number, target: Body): Promise<MessageRef[]> {
  return (await recusalGroundMessagesOf(manager, [personId], target)).get(personId)!;
}

/**
 * The grounds of `recusalGroundMessages` for each of `personIds` (each id a key, an empty list when
 * none), in three statements however many people are asked about: a picker listing a page of
 * candidates costs what one candidate does, and the staffing refusal applies the same rule.
 */
export async function recusalGroundMessagesOf(
  manager: EntityManager,
  personIds: readonly number[],
  target: Body,
): Promise<Map<number, MessageRef[]>> {
  const grounds = new Map<number, MessageRef[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return grounds;
  const ids = [...grounds.keys()];
  const [low, high] = pathRange(target.scopePath);
  const under = (alias: string, column: string) => `${alias}.${column} >= :low AND ${alias}.${column} < :high`;
  // One after another: inside a write they share the transaction's single connection.
  const workThere = await manager
    .createQueryBuilder(Person, 'p')
    .select('p.id')
    .where('p.id IN (:...ids)', { ids })
    .andWhere(under('p', 'scopePath'), { low, high })
    .getMany();
  const past = await manager
    .createQueryBuilder(Membership, 'm')
    .where('m.personId IN (:...ids)', { ids })
    .andWhere(under('m', 'scopePath'), { low, high })
    .orderBy('m.since')
    .addOrderBy('m.id')
    .getMany();
  const relatives = await manager
    .createQueryBuilder(PersonRelation, 'r')
    .where('r.personId IN (:...ids)', { ids })
    .andWhere(under('r', 'relativeBodyPath'), { low, high })
    .orderBy('r.id')
    .getMany();
  for (const person of workThere) grounds.get(person.id)!.push({ key: 'recusal.worksThere', params: { body: target.name } });
  for (const m of past) {
    const params = { role: m.role, body: target.name, since: m.since };
    grounds
      .get(m.personId)!
      .push(m.until ? { key: 'recusal.heldRoleUntil', params: { ...params, until: m.until } } : { key: 'recusal.heldRole', params });
  }
  for (const r of relatives)
    grounds.get(r.personId)!.push({ key: 'recusal.related', params: { relation: r.relation, relative: r.relativeName } });
  return grounds;
}
