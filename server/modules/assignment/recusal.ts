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
  const [low, high] = pathRange(target.scopePath);
  const under = (alias: string, column: string) => `${alias}.${column} >= :low AND ${alias}.${column} < :high`;
  const grounds: MessageRef[] = [];
  const person = await manager
    .createQueryBuilder(Person, 'p')
    .where('p.id = :personId', { personId })
    .andWhere(under('p', 'scopePath'), { low, high })
    .getOne();
  if (person) grounds.push({ key: 'recusal.worksThere', params: { body: target.name } });
  const past = await manager
    .createQueryBuilder(Membership, 'm')
    .where('m.personId = :personId', { personId })
    .andWhere(under('m', 'scopePath'), { low, high })
    .orderBy('m.since')
    .getMany();
  for (const m of past) {
    const params = { role: m.role, body: target.name, since: m.since };
    grounds.push(m.until ? { key: 'recusal.heldRoleUntil', params: { ...params, until: m.until } } : { key: 'recusal.heldRole', params });
  }
  const relatives = await manager
    .createQueryBuilder(PersonRelation, 'r')
    .where('r.personId = :personId', { personId })
    .andWhere(under('r', 'relativeBodyPath'), { low, high })
    .getMany();
  for (const r of relatives) grounds.push({ key: 'recusal.related', params: { relation: r.relation, relative: r.relativeName } });
  return grounds;
}
