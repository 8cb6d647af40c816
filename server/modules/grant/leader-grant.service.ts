import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { applyIdsFilter } from '../../graphql/list';
import { scopedQuery } from '../../scope/scoped-query';
import { LeaderGrant } from './leader-grant.entity';
import type { LeaderGrantFilter } from './leader-grant.inputs';

/** The grants the caller may see that `filter` selects, under the alias `leader_grant`. */
export function leaderGrantsMatching(ctx: RequestContext, filter: LeaderGrantFilter): SelectQueryBuilder<LeaderGrant> {
  const qb = scopedQuery(ctx, LeaderGrant, 'leader_grant');
  applyIdsFilter(qb, filter);
  if (filter.teamId !== undefined) qb.andWhere('leader_grant.teamId = :teamId', { teamId: filter.teamId });
  if (filter.personId !== undefined) qb.andWhere('leader_grant.personId = :personId', { personId: filter.personId });
  if (filter.validOn) {
    qb.andWhere('leader_grant.validFrom <= :day AND leader_grant.validUntil >= :day AND leader_grant.revokedOn IS NULL', {
      day: filter.validOn,
    });
  }
  return qb;
}
