import type { DataSource } from 'typeorm';
import type { Authority, Caller, Role } from '../../permissions/caller';
import { GrantRole } from '../../permissions/caller';
import { today } from '../common/record';
import { MembershipRole } from '../membership/membership-role';
import { Stage } from '../assignment/stage';

interface CallerRow {
  accountId: number;
  personId: number;
  login: string;
  role: Role | null;
  bodyId: number | null;
  bodyPath: string | null;
  source: Authority['source'] | null;
  sourceId: number | null;
  assignmentId: number | null;
  targetId: number | null;
}

/**
 * The account with every membership and grant current today and every staffing of an open
 * inspection, in one statement, on every request: a deactivation, a change of roles or the close
 * of an inspection takes effect on the next request, not when the token expires. A raw query runs
 * on the primary, so a lagging read replica cannot hand back roles already taken away.
 */
export async function loadCaller(db: DataSource, accountId: number): Promise<Caller | null> {
  const day = today();
  const rows: CallerRow[] = await db.query(
    `SELECT a.id AS accountId, a.personId AS personId, a.login AS login,
            h.role AS role, h.bodyId AS bodyId, h.bodyPath AS bodyPath, h.source AS source, h.sourceId AS sourceId,
            h.assignmentId AS assignmentId, h.targetId AS targetId
       FROM account a
       JOIN person p ON p.id = a.personId AND p.retiredOn IS NULL
       LEFT JOIN (
         SELECT m.personId AS personId, m.role AS role, m.bodyId AS bodyId, b.scopePath AS bodyPath,
                'membership' AS source, m.id AS sourceId, NULL AS assignmentId, NULL AS targetId
           FROM membership m JOIN body b ON b.id = m.bodyId AND b.retiredOn IS NULL
          WHERE m.personId = (SELECT personId FROM account WHERE id = ?)
            AND m.since <= ? AND (m.until IS NULL OR m.until >= ?)
         UNION ALL
         SELECT g.personId, '${GrantRole.TEAM_LEADER}', g.teamId, b.scopePath, 'grant', g.id, g.assignmentId, x.targetId
           FROM leader_grant g JOIN body b ON b.id = g.teamId AND b.retiredOn IS NULL
           LEFT JOIN assignment x ON x.id = g.assignmentId
          WHERE g.personId = (SELECT personId FROM account WHERE id = ?)
            AND g.validFrom <= ? AND g.validUntil >= ? AND g.revokedOn IS NULL
            AND (g.assignmentId IS NULL OR x.stage <> '${Stage.CLOSED}')
         UNION ALL
         SELECT s.personId, '${MembershipRole.TEAM_MEMBER}', x.teamId, x.scopePath, 'staffing', s.id, s.assignmentId, x.targetId
           FROM assignment_member s JOIN assignment x ON x.id = s.assignmentId
          WHERE s.personId = (SELECT personId FROM account WHERE id = ?)
            AND x.stage <> '${Stage.CLOSED}'
       ) h ON 1 = 1
      WHERE a.id = ? AND a.active = 1`,
    [accountId, day, day, accountId, day, day, accountId, accountId],
  );
  if (rows.length === 0) return null;
  const authorities: Authority[] = rows
    .filter((r) => r.role !== null)
    .map((r) => ({
      role: r.role!,
      bodyId: Number(r.bodyId),
      bodyPath: r.bodyPath!,
      source: r.source!,
      sourceId: Number(r.sourceId),
      assignmentId: r.assignmentId === null ? null : Number(r.assignmentId),
      targetId: r.targetId === null ? null : Number(r.targetId),
    }));
  return { accountId: Number(rows[0].accountId), personId: Number(rows[0].personId), login: rows[0].login, authorities };
}
