/**
 * What the plan form may offer: the leading groups the caller may draft plans for, and the bodies
 * such a plan may name. The same rules createRound applies, so the form offers nothing it refuses.
 */
import { subject } from '@casl/ability';
import type { RequestContext } from '../../graphql/context';
import { forbidden } from '../../errors';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { likePattern, nameContains, searchTerm } from '../assignment/candidates';
import { jurisdictionOf } from './round.service';

const MAX_CHOICES = 50;

const mayDraftFor = (ctx: RequestContext, group: Body) =>
  ctx.ability.can('create', subject('Round', { leadingGroupId: group.id, scopePath: group.scopePath }) as never);

export async function planLeadingGroups(ctx: RequestContext): Promise<Body[]> {
  const groups = await scopedQuery(ctx, Body, 'b')
    .andWhere('b.kind = :kind AND b.retiredOn IS NULL', { kind: BodyKind.LEADING_GROUP })
    .orderBy('b.scopePath', 'ASC')
    .getMany();
  return groups.filter((group) => mayDraftFor(ctx, group));
}

export async function planTargetChoices(ctx: RequestContext, leadingGroupId: number, search?: string | null): Promise<Body[]> {
  const group = await findScoped(ctx, Body, leadingGroupId);
  if (group.kind !== BodyKind.LEADING_GROUP) return [];
  if (!mayDraftFor(ctx, group)) throw forbidden('create', 'Round');
  const term = searchTerm(search);
  const jurisdiction = await jurisdictionOf(ctx.db.manager, group);
  const qb = scopedQuery(ctx, Body, 'b')
    .andWhere('b.scopePath >= :low AND b.scopePath < :high', { low: jurisdiction.range[0], high: jurisdiction.range[1] })
    .andWhere('NOT (b.scopePath >= :groupLow AND b.scopePath < :groupHigh)', {
      groupLow: jurisdiction.inspectionBodies[0],
      groupHigh: jurisdiction.inspectionBodies[1],
    })
    .andWhere('b.id <> :committee AND b.retiredOn IS NULL', { committee: jurisdiction.committeeId });
  if (term) qb.andWhere(nameContains('b'), { search: likePattern(term) });
  return qb.orderBy('b.scopePath', 'ASC').take(MAX_CHOICES).getMany();
}
