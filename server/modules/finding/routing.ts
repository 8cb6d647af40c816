import type { EntityManager } from 'typeorm';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { pathIds } from '../../scope/paths';
import { FindingCategory } from './finding.enums';

/**
 * Where a decided finding goes (移交), by category and by who holds cadre management authority over
 * the cadre it concerns: the department of this kind under the committee that holds that
 * authority, or, when no cadre is named, under the committee that runs the inspection.
 */
export const ROUTING_TABLE: Record<FindingCategory, { recipientKind: BodyKind; reason: string }> = {
  [FindingCategory.CORRUPTION]: {
    recipientKind: BodyKind.DISCIPLINE_COMMISSION,
    reason: 'violations of discipline and law go to the discipline commission',
  },
  [FindingCategory.WORK_STYLE]: {
    recipientKind: BodyKind.DISCIPLINE_COMMISSION,
    reason: 'breaches of the eight-point rules go to the discipline commission',
  },
  [FindingCategory.POLITICAL_DISCIPLINE]: {
    recipientKind: BodyKind.DISCIPLINE_COMMISSION,
    reason: 'breaches of political discipline go to the discipline commission',
  },
  [FindingCategory.PERSONNEL]: {
    recipientKind: BodyKind.ORGANISATION_DEPARTMENT,
    reason: 'problems in selecting and appointing cadres go to the organisation department',
  },
};

/** The nearest party committee on a body's reporting line, the body itself included. */
async function committeeOf(manager: EntityManager, body: Body): Promise<Body | null> {
  const line = pathIds(body.scopePath).reverse();
  const bodies = await manager.createQueryBuilder(Body, 'b').where('b.id IN (:...line)', { line }).getMany();
  for (const id of line) {
    const found = bodies.find((b) => b.id === id);
    if (found?.kind === BodyKind.PARTY_COMMITTEE) return found;
  }
  return null;
}

export async function routeFinding(
  manager: EntityManager,
  category: FindingCategory,
  managingBody: Body | null,
  inspectingCommittee: Body,
): Promise<Body | null> {
  const committee = (managingBody && (await committeeOf(manager, managingBody))) ?? inspectingCommittee;
  return manager.findOne(Body, {
    where: { reportsToId: committee.id, kind: ROUTING_TABLE[category].recipientKind },
    order: { id: 'ASC' },
  });
}

export { committeeOf };
