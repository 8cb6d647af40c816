import type { RequestContext } from '../../graphql/context';
import { applyIdsFilter, pageOf, type ListResult, type PageInput } from '../../graphql/list';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { LeaderGrant } from './leader-grant.entity';
import type { LeaderGrantFilter } from './leader-grant.inputs';

export function listLeaderGrants(ctx: RequestContext, filter: LeaderGrantFilter = {}, page?: PageInput): Promise<ListResult<LeaderGrant>> {
  const qb = scopedQuery(ctx, LeaderGrant, 'leader_grant');
  applyIdsFilter(qb, filter);
  if (filter.teamId !== undefined) qb.andWhere('leader_grant.teamId = :teamId', { teamId: filter.teamId });
  if (filter.personId !== undefined) qb.andWhere('leader_grant.personId = :personId', { personId: filter.personId });
  if (filter.validOn) {
    qb.andWhere('leader_grant.validFrom <= :day AND leader_grant.validUntil >= :day AND leader_grant.revokedOn IS NULL', { day: filter.validOn });
  }
  return pageOf(qb.orderBy('leader_grant.validFrom', 'DESC'), undefined, page);
}

export function getLeaderGrant(ctx: RequestContext, id: number): Promise<LeaderGrant> {
  return findScoped(ctx, LeaderGrant, id);
}
