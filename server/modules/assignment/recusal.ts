import type { EntityManager } from 'typeorm';
import { pathRange } from '../../scope/paths';
import type { Body } from '../body/body.entity';
import { Membership } from '../membership/membership.entity';
import { Person } from '../person/person.entity';
import { PersonRelation } from '../person/person-relation.entity';

/**
 * Why `personId` may not inspect `target` (回避): they work or worked at it or a body under it,
 * or a relative of theirs is a cadre there. An empty list means no ground was found.
 */
export async function recusalGrounds(manager: EntityManager, personId: number, target: Body): Promise<string[]> {
  const [low, high] = pathRange(target.scopePath);
  const under = (alias: string, column: string) => `${alias}.${column} >= :low AND ${alias}.${column} < :high`;
  const grounds: string[] = [];
  const person = await manager
    .createQueryBuilder(Person, 'p')
    .where('p.id = :personId', { personId })
    .andWhere(under('p', 'scopePath'), { low, high })
    .getOne();
  if (person) grounds.push(`works at ${target.name} or a body under it`);
  const past = await manager
    .createQueryBuilder(Membership, 'm')
    .where('m.personId = :personId', { personId })
    .andWhere(under('m', 'scopePath'), { low, high })
    .orderBy('m.since')
    .getMany();
  for (const m of past)
    grounds.push(`held a role (${m.role}) at ${target.name} or a body under it from ${m.since}${m.until ? ` to ${m.until}` : ''}`);
  const relatives = await manager
    .createQueryBuilder(PersonRelation, 'r')
    .where('r.personId = :personId', { personId })
    .andWhere(under('r', 'relativeBodyPath'), { low, high })
    .getMany();
  for (const r of relatives) grounds.push(`is related (${r.relation}) to ${r.relativeName}, a cadre there`);
  return grounds;
}
