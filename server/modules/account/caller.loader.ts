import type { DataSource } from 'typeorm';
import type { Authority, Caller, Role } from '../../permissions/caller';
import { GrantRole } from '../../permissions/caller';
import { today } from '../common/record';

interface CallerRow {
  accountId: number;
  personId: number;
  login: string;
  role: Role | null;
  bodyId: number | null;
  bodyPath: string | null;
  source: 'membership' | 'grant' | null;
  sourceId: number | null;
}

/**
 * The account with every membership and grant current today, in one statement, on every request:
 * a deactivation or a change of roles takes effect on the next request, not when the token expires.
 */
export async function loadCaller(db: DataSource, accountId: number): Promise<Caller | null> {
  const day = today();
  const rows: CallerRow[] = await db.query(
    `SELECT a.id AS accountId, a.personId AS personId, a.login AS login,
            h.role AS role, h.bodyId AS bodyId, h.bodyPath AS bodyPath, h.source AS source, h.sourceId AS sourceId
       FROM account a
       JOIN person p ON p.id = a.personId AND p.retiredOn IS NULL
       LEFT JOIN (
         SELECT m.personId AS personId, m.role AS role, m.bodyId AS bodyId, b.scopePath AS bodyPath,
                'membership' AS source, m.id AS sourceId
           FROM membership m JOIN body b ON b.id = m.bodyId AND b.retiredOn IS NULL
          WHERE m.personId = (SELECT personId FROM account WHERE id = ?)
            AND m.since <= ? AND (m.until IS NULL OR m.until >= ?)
         UNION ALL
         SELECT g.personId, '${GrantRole.TEAM_LEADER}', g.teamId, b.scopePath, 'grant', g.id
           FROM leader_grant g JOIN body b ON b.id = g.teamId AND b.retiredOn IS NULL
          WHERE g.personId = (SELECT personId FROM account WHERE id = ?)
            AND g.validFrom <= ? AND g.validUntil >= ? AND g.revokedOn IS NULL
       ) h ON 1 = 1
      WHERE a.id = ? AND a.active = 1`,
    [accountId, day, day, accountId, day, day, accountId],
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
    }));
  return { accountId: Number(rows[0].accountId), personId: Number(rows[0].personId), login: rows[0].login, authorities };
}
